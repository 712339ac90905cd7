"""Reads back what `nianbao review` wrote and checks it against figures computed here.

Used by review_test.sh: `check(out, root, check_json, show_dir, calc_dir)` asserts what holds for
any review (one row per file, counts equal to `nianbao check --format json`, every finding in the
问题 sheet and in the file's annotated copy, the roll-up equal to the cells of the reports it names
summed from `nianbao show` (unless show_dir is None: the caller sums them its own way), in the
sheet XML and in LibreOffice Calc's CSV export, index.html self-contained with working links) and returns the parsed sheets for the caller's own assertions.
"""
import csv
import glob
import html
import json
import os
import re
import zipfile
import xml.etree.ElementTree as ET
from decimal import Decimal
from urllib.parse import unquote

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def read_xlsx(path):
    """{sheet name: [row values]} from the workbook's XML (shared strings, formula strings, numbers)."""
    z = zipfile.ZipFile(path)
    shared = ["".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
              for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)]
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    sheets = {}
    for s in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        root = ET.fromstring(z.read("xl/" + rels[s.get("{%s}id" % NS["r"])]))
        rows = []
        for row in root.iter("{%s}row" % NS["m"]):
            cells = {}
            for c in row.findall("m:c", NS):
                letters = re.match(r"[A-Z]+", c.get("r")).group(0)
                idx = 0
                for ch in letters:
                    idx = idx * 26 + ord(ch) - 64
                v = c.find("m:v", NS)
                if v is None:
                    continue
                t = c.get("t")
                cells[idx - 1] = shared[int(v.text)] if t == "s" else v.text if t == "str" else Decimal(v.text)
            rows.append([cells.get(i, "") for i in range(max(cells) + 1 if cells else 0)])
        sheets[s.get("name")] = rows
    return sheets


def show_cells(path):
    """{"表二": [raw…], …}: the cells `nianbao show` lists, in the format's order."""
    tables, current = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(表[二三四])（", line)
        if m:
            current = tables.setdefault(m.group(1), [])
            continue
        m = re.match(r"  \S+ / \S+ = “([^”]*)”", line)
        if m and current is not None:
            current.append(m.group(1))
    return tables


def show_name(name):
    return name.replace("/", "__") + ".show"


def starts(row, text):
    return bool(row) and isinstance(row[0], str) and row[0].startswith(text)


def included(rows):
    names, on = [], False
    for r in rows:
        if starts(r, "纳入汇总的报告"):
            on = True
        elif starts(r, "未纳入汇总的报告"):
            break
        elif on and len(r) > 3 and r[3]:
            names.append(r[3])
    return sorted(names)


def table_values(rows):
    """Every number above the list of reports, row by row: the summed cells in the form's order."""
    values = []
    for r in rows:
        if starts(r, "纳入汇总的报告"):
            break
        values += [v for v in r if isinstance(v, Decimal)]
    return values


def check(out, root, check_json, show_dir, calc_dir=None):
    sheets = read_xlsx(os.path.join(out, "汇总.xlsx"))
    assert list(sheets) == ["报告", "问题", "汇总表二", "汇总表三", "汇总表四"], list(sheets)
    results = {os.path.relpath(f["file"], root): f for f in json.load(open(check_json))}
    head = sheets["报告"][0]
    col = {name: i for i, name in enumerate(head)}
    rows = {r[col["文件"]]: r + [""] * (len(head) - len(r)) for r in sheets["报告"][1:]}
    assert set(rows) == set(results), (sorted(rows), sorted(results))
    total = 0
    for name, f in results.items():
        r = rows[name]
        if "error" in f:
            assert str(r[col["状态"]]).startswith("无法读取：" + f["error"]), (name, r)
            continue
        sev = [x["severity"] for x in f["findings"]]
        total += len(sev)
        got = (r[col["错误"]], r[col["警告"]], r[col["提示"]])
        assert got == (sev.count("error"), sev.count("warning"), sev.count("info")), (name, got, sev)
        copy = os.path.join(out, r[col["批注副本"]])
        assert os.path.isfile(copy), copy
        if not copy.endswith(".html"):   # an office document's copy in its own format: the caller opens it
            assert os.path.splitext(copy)[1] == os.path.splitext(name)[1], (name, copy)
            continue
        page = open(copy, encoding="utf-8-sig").read()
        for x in f["findings"]:
            assert html.escape(x["message"]) in page, (copy, x["message"])
    assert len(sheets["问题"]) - 1 == total, (len(sheets["问题"]) - 1, total)

    calc = {}
    if calc_dir:
        for path in glob.glob(os.path.join(calc_dir, "*.csv")):
            calc[path.rsplit("-", 1)[1][:-4]] = list(csv.reader(open(path, encoding="utf-8")))
        assert set(calc) == set(sheets), sorted(calc)
    for sheet in ["汇总表二", "汇总表三", "汇总表四"] if show_dir else []:
        expected = None
        for name in included(sheets[sheet]):
            raw = show_cells(os.path.join(show_dir, show_name(name)))["表" + sheet[-1]]
            v = [Decimal(x) for x in raw]
            expected = v if expected is None else [a + b for a, b in zip(expected, v)]
        got = table_values(sheets[sheet])
        if expected is None:
            assert not any(got), (sheet, got)
            continue
        assert got == expected, (sheet, got, expected)
        if calc:
            vals = []
            for r in calc[sheet]:
                if starts(r, "纳入汇总的报告"):
                    break
                vals += [Decimal(x) for x in r if re.fullmatch(r"-?\d+(\.\d+)?", x)]
            assert vals == expected, (sheet, "Calc", vals, expected)

    page = open(os.path.join(out, "index.html"), encoding="utf-8").read()
    assert not re.search(r"(src|href)=\"(https?:)?//", page), "index.html fetches from the network"
    assert "<script src" not in page and "<link" not in page
    for href in re.findall(r'href="([^"#][^"]*)"', page):
        assert os.path.exists(os.path.join(out, unquote(href))), href
    unread = sorted(n for n, f in results.items() if "error" in f)
    if unread:
        listed = page.split('id="unreadable"')[1].split("</ul>")[0]
        for n in unread:
            assert html.escape(n) in listed, n
    assert page.count(">批注副本</a>") == 2 * (len(results) - len(unread))
    return sheets, col
