"""A supervising office's review of a real mixed folder (issue 11, “Done when”), run through office.sh.

The folder is made from the real-report corpus (tests/data/real, SOURCES.md) as an office receives
it: Word conversions of the real pages as .docx, and saved by Writer as .doc and .odt; PDFs
exported by Writer (build/real-pdfs, the real_pdfs fixture); a web page; text and markdown
copies; one file that cannot be read (a truncated .docx) and one agency and year sent twice (the
Word file and the published web page of the same report). Then `nianbao review FOLDER -o OUT`, and what the
office would check by hand:
- exit status 2 (one file unreadable), the inputs unchanged (checksums), no office left behind;
- one annotated copy per report in its own format: the office copies opened in LibreOffice, one
  comment by 年报检查 per finding the extension gives for that document, each at its cell, and the
  agency's text unchanged apart from the comments;
- 汇总.xlsx opened in LibreOffice Calc: every file listed with its agency, year, format and counts,
  the unreadable file with its reason, both copies of the duplicate flagged; the roll-up sums equal
  to the sums of the summed reports' cells as a person transcribed them (<stem>.cells.tsv);
- index.html: what review_outputs.check asserts (self-contained, every link resolves).
"""
import hashlib
import json
import os
import shutil
import sys
import tempfile
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import uno  # noqa: E402
import review_outputs  # noqa: E402
from test_cli_office import CliRun, checksums, no_lock_files, service_findings  # noqa: E402
from test_extension import DATA, prop, run_tests, snapshot  # noqa: E402

REAL = os.path.join(DATA, "real")
PDFS = os.environ["NIANBAO_REAL_PDFS"]

# The folder: path in it -> (how it is made, the report's stem in tests/data/real). How:
# "copy" a corpus file, "pdf" a PDF of the real_pdfs fixture, or a Writer filter name to save the
# Word conversion in (variants/<stem>.docx opened by Writer and stored in that format).
FOLDER = {
    "测试市/测试市2025年报告.docx": ("copy", "variants/city-2025.docx", "city-2025"),
    "沭阳县/发改局2023年度报告.doc": ("MS Word 97", "jiangsu-shuyang-fagaiju-2023", "jiangsu-shuyang-fagaiju-2023"),
    "沭阳县/网页下载/发改局2023年度报告.html": ("copy", "jiangsu-shuyang-fagaiju-2023.html", "jiangsu-shuyang-fagaiju-2023"),
    "沭阳县/沭阳县人民政府2025年度报告.md": ("copy", "jiangsu-shuyang-2025.md", "jiangsu-shuyang-2025"),
    "上海市/市政府办公厅2019年报.odt": ("writer8", "shanghai-shi-bangongting-2019", "shanghai-shi-bangongting-2019"),
    "上海市/市政府办公厅2025年报.pdf": ("pdf", "shanghai-shi-bangongting-2025.pdf", "shanghai-shi-bangongting-2025"),
    "上海市/市科委2024年报.pdf": ("pdf", "shanghai-kewei-2024.pdf", "shanghai-kewei-2024"),
    "湛河区/住建局2024年报.txt": ("copy", "henan-pingdingshan-zhanhe-zhujian-2024.txt",
                              "henan-pingdingshan-zhanhe-zhujian-2024"),
    "泽州县/住建局2023年报.txt": ("copy", "shanxi-jincheng-zezhou-zhujian-2023.txt",
                              "shanxi-jincheng-zezhou-zhujian-2023"),
    "泽州县/行政审批局2021年报.txt": ("copy", "shanxi-jincheng-zezhou-shenpi-2021.txt",
                                "shanxi-jincheng-zezhou-shenpi-2021"),
}
UNREADABLE = "测试市/住建局报告（传输中断）.docx"   # the first third of a real .docx
# The agency's Word file and the web page it published: one agency and year twice.
DUPLICATES = ["沭阳县/发改局2023年度报告.doc", "沭阳县/网页下载/发改局2023年度报告.html"]
OFFICE = (".docx", ".doc", ".odt")


def make_folder(office, root):
    for name, (how, source, _) in FOLDER.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if how == "copy":
            shutil.copy(os.path.join(REAL, source), path)
        elif how == "pdf":
            shutil.copy(os.path.join(PDFS, source), path)
        else:
            doc = office.load(os.path.join(REAL, "variants", source + ".docx"))
            doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", how),))
            doc.close(True)
    with open(os.path.join(REAL, "variants", "city-2025.docx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(root, UNREADABLE), "wb") as f:
        f.write(whole[:len(whole) // 3])


def transcription(stem):
    """({"disclosure/regulations/issued": "3", …}, format) as the person transcribed the report."""
    cells, fmt = {}, None
    for line in open(os.path.join(REAL, stem + ".cells.tsv"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# format\t"):
            fmt = line.split("\t")[1]
        if not line or line.startswith("#"):
            continue
        f = line.split("\t") + [""]
        cells["/".join(f[:3])] = f[3]
    return cells, fmt


def comments(doc):
    """(author, content, cell name of the anchor or "") of every comment."""
    out, e = [], doc.TextFields.createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            cell = ""
            try:
                c = f.Anchor.Cell
                cell = c.CellName if c is not None else ""
            except AttributeError:
                pass
            out.append((f.Author, f.Content, cell))
    return out


def calc_sheets(office, path):
    """Every sheet of a workbook as LibreOffice Calc shows it: {name: [[cell text or number]]}."""
    doc = office.load(path)
    try:
        out = {}
        for i in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(i)
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            rows = sheet.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow)
            out[sheet.Name] = [list(r) for r in rows.getDataArray()]
        return out
    finally:
        doc.close(True)


def number(v):
    """A number as Calc gives it (a float) as the Decimal the workbook's XML holds; text as it is."""
    return Decimal(repr(v)).normalize() if isinstance(v, float) else v


def same_as_xml(xml_rows, calc_rows, sheet):
    """The workbook's XML and Calc agree cell by cell. Rows without a value are left out of both
    (the XML has no element for them; Calc lists them in its used area)."""
    def filled(rows):
        out = []
        for row in rows:
            row = [number(v) for v in row]
            while row and row[-1] == "":
                row.pop()
            if row:
                out.append(row)
        return out
    xml, calc = filled(xml_rows), filled(calc_rows)
    assert len(xml) == len(calc), (sheet, len(xml), len(calc))
    for i, (x, c) in enumerate(zip(xml, calc)):
        assert x == c, (sheet, i, x, c)


def test_review_of_a_real_mixed_folder(office):
    work = tempfile.mkdtemp(dir=office.tmp, prefix="review-")
    root = os.path.join(work, "收到的年报")
    make_folder(office, root)
    inputs = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs)
    before = checksums(inputs)
    out = os.path.join(work, "审查结果")

    p = CliRun(office, ["review", root, "-o", out]).run()
    assert p.returncode == 2, (p.returncode, p.stdout, p.stderr)   # one file could not be read
    assert p.stderr.count("office: started") == 1, "one office for the whole review:\n" + p.stderr
    assert "已审查 11 个文件：读取 10 份报告" in p.stdout, p.stdout
    assert "批注副本 10 份" in p.stdout, p.stdout
    assert UNREADABLE in p.stdout, p.stdout
    assert checksums(inputs) == before, "an input changed"
    # One load per office document: read, checked and annotated while loaded (NIANBAO_OFFICE_LOG
    # logs each document the office handled once, with its phases).
    for name in FOLDER:
        if name.endswith(OFFICE):
            logged = [l for l in p.stderr.splitlines() if l.startswith("office: " + os.path.join(root, name) + " ")]
            assert len(logged) == 1, (name, logged)
            assert " annotate " in logged[0], logged[0]
    assert sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs) == inputs, "a file appeared among the inputs"
    for d, _, _ in os.walk(root):
        no_lock_files(d)

    # The findings the same reports give on their own: the CLI for every file, the extension for
    # the office documents (the CLI must agree with it).
    check = CliRun(office, ["check", "--format", "json", root]).run()
    assert check.returncode == 2, check.stderr
    results = {os.path.relpath(r["file"], root): r for r in json.loads(check.stdout)}
    check_json = os.path.join(work, "check.json")
    with open(check_json, "w", encoding="utf-8") as f:
        f.write(check.stdout)
    extension = {name: service_findings(office, os.path.join(root, name)) for name in FOLDER if name.endswith(OFFICE)}
    for name, expected in extension.items():
        got = [(f["rule"], f["severity"], f["message"]) for f in results[name]["findings"]]
        assert got == [e[:3] for e in expected], (name, got[:3], expected[:3])

    # What holds for any review: one row per file with its counts, every finding in 问题, the
    # web and text copies listing every finding, index.html self-contained with working links.
    sheets, col = review_outputs.check(out, root, check_json, None)
    rows = {r[col["文件"]]: r + [""] * (len(col) - len(r)) for r in sheets["报告"][1:]}
    assert sorted(rows) == sorted(list(FOLDER) + [UNREADABLE]), sorted(rows)

    # 汇总.xlsx as Calc opens it: the same cells as its XML.
    calc = calc_sheets(office, os.path.join(out, "汇总.xlsx"))
    assert list(calc) == list(sheets), list(calc)
    for name in sheets:
        same_as_xml(sheets[name], calc[name], name)
    calc_rows = {r[col["文件"]]: r for r in calc["报告"][1:]}

    # Every report listed with its agency, year and format, and its counts.
    for name, (_, _, stem) in FOLDER.items():
        r = calc_rows[name]
        cells, fmt = transcription(stem)
        want_agency, want_year = EXPECTED[name]
        assert r[col["机关"]] == want_agency, (name, r[col["机关"]], want_agency)
        assert number(r[col["年度"]]) == want_year, (name, r[col["年度"]], want_year)
        assert r[col["格式"]] == FORMAT_NAMES[fmt], (name, r[col["格式"]], fmt)
        sev = [f["severity"] for f in results[name]["findings"]]
        got = tuple(number(r[col[c]]) for c in ("错误", "警告", "提示"))
        assert got == (sev.count("error"), sev.count("warning"), sev.count("info")), (name, got)
        assert r[col["状态"]] == "已检查", (name, r[col["状态"]])
    assert calc_rows[UNREADABLE][col["状态"]].startswith("无法读取："), calc_rows[UNREADABLE]
    assert "损坏" in calc_rows[UNREADABLE][col["状态"]], calc_rows[UNREADABLE]
    for a, b in (DUPLICATES, DUPLICATES[::-1]):
        assert b in calc_rows[a][col["同机关同年度"]], (a, calc_rows[a][col["同机关同年度"]])
    flagged = sorted(n for n, r in calc_rows.items() if r[col["同机关同年度"]])
    assert flagged == sorted(DUPLICATES), flagged

    # The roll-up: each table summed over the reports it names, from the person's transcriptions.
    order, _ = transcription("city-2025")   # a complete 2021 transcription: the form's cell order
    assert len(order) == 200, len(order)
    summed_any = False
    for sheet, table in (("汇总表二", "disclosure"), ("汇总表三", "requests"), ("汇总表四", "disputes")):
        keys = [k for k in order if k.startswith(table + "/")]
        names = review_outputs.included(sheets[sheet])
        assert not set(names) & set(DUPLICATES), (sheet, names)
        expected = [Decimal(0)] * len(keys)
        for name in names:
            cells, _ = transcription(FOLDER[name][2])
            assert all(k in cells for k in keys), (sheet, name, "its transcription lacks cells of", table)
            expected = [e + Decimal(cells[k]) for e, k in zip(expected, keys)]
        values = review_outputs.table_values([[number(v) for v in row] for row in calc[sheet]])
        if names:
            summed_any = True
            assert values == expected, (sheet, names, values, expected)
        else:
            assert not any(values), (sheet, values)
        assert INCLUDED[sheet] == names, (sheet, names)
    assert summed_any, "no table of any report was summed"

    # The office copies: in their own format, one comment per finding at its cell, text unchanged.
    for name, expected in extension.items():
        copy = os.path.join(out, rows[name][col["批注副本"]])
        assert copy.endswith(os.path.splitext(name)[1]), copy
        original, annotated = office.load(os.path.join(root, name)), office.load(copy)
        try:
            mine = [c for c in comments(annotated) if c[0] == "年报检查"]
            assert len(mine) == len(expected), (name, len(mine), len(expected))
            for rule, severity, message, _, _, _, cell, _ in expected:
                at = [c for c in mine if message in c[1]]
                assert at, (name, "no comment for", message)
                if cell:
                    assert cell in [c[2] for c in at], (name, message, cell, [c[2] for c in at])
            assert snapshot(annotated) == snapshot(original), name + ": the agency's text changed"
        finally:
            original.close(True)
            annotated.close(True)


# What the reports say of themselves (title, preamble, signature), read by a person: agency, year.
EXPECTED = {
    # Writer's conversion of the web page has no title in its text: the page's <title> is kept as
    # the document's Title property, which the reader takes when the text has none.
    "测试市/测试市2025年报告.docx": ("测试市", 2025),
    "沭阳县/发改局2023年度报告.doc": ("沭阳县发展和改革局", 2023),
    "沭阳县/网页下载/发改局2023年度报告.html": ("沭阳县发展和改革局", 2023),
    "沭阳县/沭阳县人民政府2025年度报告.md": ("沐阳县人民政府", 2025),   # printed 沐阳 (SOURCES.md)
    "上海市/市政府办公厅2019年报.odt": ("上海市人民政府办公厅", 2019),
    "上海市/市政府办公厅2025年报.pdf": ("上海市人民政府办公厅", 2025),
    "上海市/市科委2024年报.pdf": ("上海市科委", 2024),
    "湛河区/住建局2024年报.txt": ("湛河区住建局", 2024),
    "泽州县/住建局2023年报.txt": ("泽州县住建局", 2023),
    "泽州县/行政审批局2021年报.txt": ("泽州县行政审批服务管理局", 2021),
}
# The reports of 2025 (the year most reports are about) whose tables hold: the office's Word
# file and the county's markdown in every table; the PDF of 上海市人民政府办公厅 2025 in 表四 only —
# its 表二 and 表三 have rows the reader could not place (the converter lost cells, SOURCES.md).
INCLUDED = {
    "汇总表二": ["沭阳县/沭阳县人民政府2025年度报告.md", "测试市/测试市2025年报告.docx"],
    # The PDF's table 3 holds since the PDF reader places its blank cells (wip/pdf11); its sums
    # are checked against the transcription above like the others'.
    "汇总表三": ["上海市/市政府办公厅2025年报.pdf", "沭阳县/沭阳县人民政府2025年度报告.md", "测试市/测试市2025年报告.docx"],
    "汇总表四": ["上海市/市政府办公厅2025年报.pdf", "沭阳县/沭阳县人民政府2025年度报告.md", "测试市/测试市2025年报告.docx"],
}
FORMAT_NAMES = {"2021": "2021", "2019": "2019", "hybrid": "新旧混用"}


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
