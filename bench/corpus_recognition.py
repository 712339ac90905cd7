#!/usr/bin/env python3
"""Recognition over the real-report corpus, from the files the corpus test keeps exact.

For every document of tests/data/real (reports as found and their variants), the golden file
tests/golden/real/<document>.expected lists the cells read differently from the person's
transcription (<name>.cells.tsv) and the findings. This prints, per document: cells present in
the document, cells read as transcribed, cells read wrongly, and structure/missing-table
findings; then the totals. Run the suite first (ctest), which fails when a golden file is stale.

    python3 bench/corpus_recognition.py
"""
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
real = root / "tests" / "data" / "real"
golden = root / "tests" / "golden" / "real"


def transcribed(tsv):
    return sum(1 for line in tsv.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))


rows = []
for expected in sorted(golden.glob("*.expected")):
    document = expected.name[: -len(".expected")]
    stem = document
    for suffix in (".browser.txt", ".pdftotext.txt", ".docx.pdf", ".pdf", ".docx", ".html", ".txt", ".md"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    present = transcribed(real / f"{stem}.cells.tsv")
    lines = expected.read_text(encoding="utf-8").splitlines()
    not_read = sum(1 for l in lines if l.startswith("not read\t"))
    wrong = sum(1 for l in lines if l.startswith("differs\t"))
    missing = sum(1 for l in lines if "\tstructure/missing-table\t" in l)
    rows.append((document, present, present - not_read - wrong, wrong, missing))

print(f"{'document':60} {'present':>7} {'read':>7} {'wrong':>5} {'missing-table':>13}")
for r in rows:
    print(f"{r[0]:60} {r[1]:7} {r[2]:7} {r[3]:5} {r[4]:13}")
html_pdfs = {p.name[: -len(".html")] + ".pdf" for p in real.glob("*.html")}
for label, keep in (("reports as found", lambda d: not (d.endswith(".browser.txt") or d.endswith(".pdftotext.txt")
                                                         or d.endswith(".pdf") or d.endswith(".docx"))),
                    ("Word conversions read through the office plug-in", lambda d: d.endswith(".docx")),
                    ("browser copies", lambda d: d.endswith(".browser.txt")),
                    ("pdftotext of Writer's PDF", lambda d: d.endswith(".pdftotext.txt")),
                    ("the same PDFs read by the PDF reader", lambda d: d in html_pdfs),
                    ("Writer's PDFs of the Word conversions", lambda d: d.endswith(".docx.pdf")),
                    ("Writer's PDFs of the text and markdown reports", lambda d: d.endswith(".pdf") and not d.endswith(".docx.pdf")
                                                                              and d not in html_pdfs),
                    ("all PDFs (PDF reader)", lambda d: d.endswith(".pdf"))):
    sel = [r for r in rows if keep(r[0])]
    present = sum(r[1] for r in sel)
    read = sum(r[2] for r in sel)
    print(f"{label}: {len(sel)} documents, {read}/{present} cells read as transcribed "
          f"({100.0 * read / max(present, 1):.1f} %), {sum(r[3] for r in sel)} read wrongly, "
          f"{sum(r[4] for r in sel)} structure/missing-table findings")
