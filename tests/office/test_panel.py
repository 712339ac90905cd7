"""The 年报检查 panel's model, headless (run through office.sh): what the panel lists after a check
(sections, groups of repeated findings, places in words), 修正 of one finding (one undo step), 忽略
kept in the document through .odt and .docx, restored, and back when the figures change; a
read-only document; the automatic re-check after an edit; a document closed while a check runs.

Every panel action is a vnd.nianbao: command with a Row argument — the panel's buttons call the
same code — and answers with the panel's rows ("Rows"), which is what these tests read.
"""
import os
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from com.sun.star.util import CloseVetoException  # noqa: E402
from test_extension import DATA, prop, run_tests, snapshot, tabs_text, writer_document_from_text  # noqa: E402

PID = int(os.environ.get("NIANBAO_OFFICE_PID", "0"))


def quiet(office, doc, command, **args):
    return office.dispatch(doc, command, Interactive=False, **args)


def rows_of(office, doc):
    state, detail = quiet(office, doc, "panel")
    return list(detail.get("Rows", ()))


def row_index(rows, *words):
    for i, r in enumerate(rows):
        if all(w in r for w in words):
            return i
    raise AssertionError("no row with %s in:\n%s" % (words, "\n".join(rows)))


def expanded_rows(office, doc):
    """The rows with every group expanded (bottom up, so the indices above stay valid)."""
    rows = rows_of(office, doc)
    for i in reversed(range(len(rows))):
        if "[+]" in rows[i]:
            quiet(office, doc, "toggle", Row=i)
    return rows_of(office, doc)


def dismissed_heading(rows, count=None):
    """The 已忽略 heading (its word is the UI's: 已忽略 on a Chinese office, Dismissed otherwise)."""
    for i, r in enumerate(rows):
        if r.startswith("■ 已忽略") or r.startswith("■ Dismissed"):
            assert count is None or r.endswith("（%d）" % count), r
            return i
    raise AssertionError("no 已忽略 heading in:\n" + "\n".join(rows))


def blank_columns_text():
    """tabs.txt with the 商业企业 and 科研机构 columns of 表三 left blank in every row."""
    out, in_table3 = [], False
    for line in tabs_text().splitlines():
        if line.startswith("一、本年新收政府信息公开申请数量"):
            in_table3 = True
        fields = line.split("\t")
        if in_table3 and len(fields) >= 9:
            fields[3] = fields[4] = ""
            line = "\t".join(fields)
        if line.startswith("四、结转下年度继续办理"):
            in_table3 = False
        out.append(line)
    return "\n".join(out)


def dismissals_property(doc):
    props = doc.DocumentProperties.UserDefinedProperties
    if not props.PropertySetInfo.hasPropertyByName("NianbaoDismissals"):
        return ""
    return props.getPropertyValue("NianbaoDismissals")


def test_rows_are_sections_with_repeated_findings_grouped_and_places_in_words(office):
    doc = writer_document_from_text(office, blank_columns_text(), "groups")
    state, detail = quiet(office, doc, "check")
    assert state == 1, detail
    rows = list(detail["Rows"])
    assert rows == rows_of(office, doc)
    section = row_index(rows, "■ 三、")
    group = row_index(rows, "[+]", "表三「商业企业」列", "处：")
    assert group > section, rows
    # One line per column, not one per cell: the two blank columns' findings fill two group lines.
    assert sum(1 for r in rows if "[+]" in r and "列" in r) >= 2, "\n".join(rows)
    assert len(rows) < detail["Count"], (len(rows), detail["Count"])
    count = int(rows[group].split("列 ")[1].split(" 处")[0])
    # Expanding lists the members with their places in words; collapsing hides them again.
    state, d = quiet(office, doc, "toggle", Row=group)
    expanded = list(d["Rows"])
    assert "[−]" in expanded[group], expanded[group]
    members = expanded[group + 1:group + 1 + count]
    assert all("表三「" in m and "商业企业列" in m and "为空白" in m for m in members), members
    state, d = quiet(office, doc, "toggle", Row=group)
    assert list(d["Rows"]) == rows
    # A heading is not a group: refused, in Chinese.
    state, d = quiet(office, doc, "toggle", Row=section)
    assert state == 0 and "不是一组" in d["Message"], d
    doc.close(True)


def test_fix_applies_one_finding_alone_in_one_undo_step(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "fix")
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    row = row_index(rows, "表三「（七）总计」行 · 自然人列")
    state, preview = quiet(office, doc, "preview", Row=row)
    assert state == 1 and "“0” → “12”" in preview["Message"], preview
    before = snapshot(doc)
    state, d = quiet(office, doc, "fixFinding", Row=row)
    assert state == 1 and d["Count"] == 1, d
    after = snapshot(doc)
    changed = {k: (before[0][k], after[0][k]) for k in before[0] if before[0][k] != after[0][k]}
    assert list(changed.values()) == [("0", "12")], changed   # that cell alone
    assert before[1] == after[1]
    assert not any("表三「（七）总计」行 · 自然人列" in r for r in d["Rows"]), list(d["Rows"])
    doc.UndoManager.undo()   # one step takes it back
    assert snapshot(doc) == before
    # A row without a value to write: refused, nothing changed.
    heading = row_index(rows, "■ ")
    state, d = quiet(office, doc, "fixFinding", Row=heading)
    assert state == 0 and snapshot(doc) == before, d
    doc.close(True)


def test_fix_refuses_a_cell_edited_after_the_check(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "stale")
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    row = row_index(rows, "表三「（七）总计」行 · 自然人列")
    finding = [f for f in office.checker.checkDocument(doc) if "自然人列" in f.Place and "（七）总计" in f.Place][0]
    doc.TextTables.getByName(finding.TableName).getCellByName(finding.CellName).setString("7")
    state, d = quiet(office, doc, "fixFinding", Row=row)
    assert state == 0 and "已改为“7”" in d["Message"], d
    cell = doc.TextTables.getByName(finding.TableName).getCellByName(finding.CellName)
    assert cell.String == "7"
    doc.close(True)


def dismiss_total(office, doc, reason):
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    row = row_index(rows, "表三「（七）总计」行 · 自然人列")
    state, d = quiet(office, doc, "dismiss", Row=row, Reason=reason)
    assert state == 1, d
    return rows, list(d["Rows"])


def test_dismissal_is_kept_in_odt_and_docx_and_can_be_restored(office):
    for filter_name, ext in (("writer8", "odt"), ("MS Word 2007 XML", "docx")):
        doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "dismiss")
        count = quiet(office, doc, "check")[1]["Count"]
        rows, after = dismiss_total(office, doc, "经核实：原表如此")
        dismissed = dismissed_heading(after, 1)
        assert not any("自然人列" in r and "（七）总计" in r for r in after[:dismissed]), after
        assert "（七）总计" in after[dismissed + 1] and "理由：经核实：原表如此" in after[dismissed + 1], after
        assert dismissals_property(doc).startswith("nianbao-dismissals 1\n")
        path = office.store(doc, "dismissed." + ext, filter_name)
        doc.close(True)

        again = office.load(path)
        assert dismissals_property(again).startswith("nianbao-dismissals 1\n"), (ext, dismissals_property(again))
        state, d = quiet(office, again, "check")
        assert d["Count"] == count - 1, (ext, d["Count"], count)
        rows = list(d["Rows"])
        assert "已忽略 1 个" in d["Message"], d["Message"]
        # The service and the CLI's reading code see the same: the finding is left out.
        assert len(office.checker.checkDocument(again)) == count - 1, ext
        # 恢复 brings it back and empties the record.
        state, d = quiet(office, again, "restore", Row=row_index(rows, "（七）总计", "理由："))
        assert state == 1 and d["Count"] == count, (ext, d)
        assert dismissals_property(again) == ""
        again.close(True)


def test_a_dismissed_finding_comes_back_when_its_figures_change(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "figures")
    dismiss_total(office, doc, "")
    found = None
    t = doc.TextTables
    for i in range(t.Count):
        table = t.getByIndex(i)
        for name in table.CellNames:
            if table.getCellByName(name).String == "（一）予以公开":
                found = (table, name)
    assert found, "row （一）予以公开 of table 3 not found"
    table, label = found
    natural = chr(ord(label[0]) + 1) + label[1:]   # the 自然人 column, right of the label
    assert table.getCellByName(natural).String == "8", table.getCellByName(natural).String
    table.getCellByName(natural).setString("9")   # the dismissed total's figures change: 12 -> 13
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    assert any("（七）总计" in r and "自然人列" in r and "13" in r for r in rows), rows
    assert not any(r.startswith("■ 已忽略") or r.startswith("■ Dismissed") for r in rows), rows
    doc.close(True)


def test_read_only_document_lists_findings_and_refuses_changes(office):
    path = office.store(writer_document_from_text(office, tabs_text(zero_total_row=True), "ro"), "ro.odt", "writer8")
    doc = office.load(path, prop("ReadOnly", True))
    before = snapshot(doc)
    state, d = quiet(office, doc, "check")
    assert state == 1 and d["Count"] > 0
    row = row_index(expanded_rows(office, doc), "（七）总计", "自然人列")
    for command in ("fixFinding", "dismiss"):
        state, r = quiet(office, doc, command, Row=row)
        assert state == 0 and "只读" in r["Message"], (command, r)
    assert snapshot(doc) == before and dismissals_property(doc) == ""
    doc.close(True)


def test_automatic_recheck_after_an_edit(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "auto")
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    assert any("（七）总计" in r and "自然人列" in r for r in rows)
    finding = [f for f in office.checker.checkDocument(doc) if "自然人列" in f.Place and "（七）总计" in f.Place][0]
    doc.TextTables.getByName(finding.TableName).getCellByName(finding.CellName).setString("12")
    time.sleep(0.5)   # debounced: not yet
    assert rows_of(office, doc) == rows
    deadline = time.time() + 10
    while time.time() < deadline and any("（七）总计" in r and "自然人列" in r for r in rows_of(office, doc)):
        time.sleep(0.25)
    assert not any("（七）总计" in r and "自然人列" in r for r in rows_of(office, doc)), rows_of(office, doc)
    doc.close(True)


def test_check_time_on_a_full_report(office):
    """检查 on a complete real report: reading the document and every rule, as the office logs it."""
    with open(os.path.join(DATA, "samples", "zezhou-shenpi-2021.txt"), encoding="utf-8") as f:
        doc = writer_document_from_text(office, f.read(), "full")
    times = []
    for _ in range(7):
        start = time.time()
        state, d = quiet(office, doc, "check")
        times.append((time.time() - start) * 1000)
        assert state == 1 and d["Count"] >= 0
    log = os.path.join(os.environ["NIANBAO_PROFILE"], "user", "nianbao.log")
    with open(log, encoding="utf-8") as f:
        lines = [l for l in f if "check: " in l and "of which checking" in l][-7:]
    total = sorted(float(l.split(" (")[-1].split(" ms")[0]) for l in lines)
    rules = sorted(float(l.split("of which checking ")[1].split(" ms")[0]) for l in lines)
    print("    检查, full report, median of 7: %.1f ms checking (every rule + grouping), %.1f ms with reading the "
          "Writer document, %.1f ms with the socket round trip" % (rules[3], total[3], sorted(times)[3]), flush=True)
    assert rules[3] < 50, rules
    doc.close(True)


def test_document_closed_while_checks_run(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "closing")
    errors = []

    def hammer():
        for _ in range(30):
            try:
                quiet(office, doc, "check")
            except Exception as e:   # the document went away under the call: expected, not a crash
                errors.append(type(e).__name__)
                return

    t = threading.Thread(target=hammer, daemon=True)
    t.start()
    time.sleep(0.3)
    try:
        doc.close(True)
    except CloseVetoException:
        # Closed in the middle of a read: the checker vetoes and, holding the ownership
        # close(True) handed over, closes the document itself when the read is done.
        pass
    t.join(30)
    assert not t.is_alive()
    closed = False
    for _ in range(40):
        try:
            doc.getArgs()
        except Exception:   # DisposedException: the document is closed
            closed = True
            break
        time.sleep(0.25)
    assert closed, "the document must end up closed"
    if PID:
        os.kill(PID, 0)   # the office is still running
    other = writer_document_from_text(office, tabs_text(), "after")
    assert quiet(office, other, "check")[0] == 1
    other.close(True)


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
