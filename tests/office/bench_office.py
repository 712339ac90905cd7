"""Office-path timings (run through office.sh): checkDocument and fillTotals on a full report in
Writer, beside the same report checked and filled by the CLI (whole process) in the same run.
The start-up effect is measured by bench/office_startup.sh.
Run: tests/office/office.sh build/nianbao.oxt /usr/bin/python3 tests/office/bench_office.py"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_extension import Office, tabs_text, writer_document_from_text  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.environ.get("NIANBAO_CLI", os.path.join(ROOT, "build", "cli", "nianbao"))
RUNS = 20


def timed(fn, runs=RUNS):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


def row(what, writer, cli):
    print("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |" % (what, writer[0], writer[1], cli[0], cli[1]))


text = tabs_text(zero_total_row=True)
office = Office()
doc = writer_document_from_text(office, text, "bench")


def fill_and_undo():
    office.checker.fillTotals(doc, False)
    doc.UndoManager.undo()


writer_check = timed(lambda: office.checker.checkDocument(doc))
writer_fill = timed(fill_and_undo)
writer_dispatch = timed(lambda: office.dispatch(doc, "check", Interactive=False))
doc.close(True)

with tempfile.TemporaryDirectory() as work:
    report = os.path.join(work, "report.txt")
    with open(report, "w", encoding="utf-8") as f:
        f.write(text)
    filled = os.path.join(work, "filled.txt")

    def cli(*args):
        # Exit 1 means findings: expected here (the total row is left at 0).
        subprocess.run([CLI, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    cli_check = timed(lambda: cli("check", "--format", "json", report))
    cli_fill = timed(lambda: cli("fill", report, "-o", filled))

print("Same report (3 tables, 6 sections, (七)总计 row at 0), %d runs each:" % RUNS)
print("| operation | Writer median | Writer max | CLI median | CLI max |")
print("|---|---:|---:|---:|---:|")
row("check", writer_check, cli_check)
row("fill totals (Writer: + undo)", writer_fill, cli_fill)
print("dispatch vnd.nianbao:check (no window): median %.1f ms, max %.1f ms" % writer_dispatch)
