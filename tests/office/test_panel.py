"""The 年报检查 panel's model, headless (run through office.sh): what the panel lists after a check
(sections, groups of repeated findings, places in words), 修正 of one finding (one undo step), 忽略
kept in the document through .odt and .docx, restored, and back when the figures change; a
read-only document; the automatic re-check after an edit; a document closed while a check runs.
And what the panel meets in use (issue 12, "Bad input and faults"): two documents side by side, a
table or rows removed under a listed finding, undo after a group fix, a damaged dismissal record,
and a document with 10 000 findings.

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


def cell_holding(doc, text):
    """(table, cell name) of the first cell whose text starts with `text`."""
    tables = doc.TextTables
    for i in range(tables.Count):
        table = tables.getByIndex(i)
        for name in table.CellNames:
            if table.getCellByName(name).String.startswith(text):
                return table, name
    raise AssertionError("no cell starting with " + text)


def test_two_documents_side_by_side_each_panel_shows_its_own(office):
    left = writer_document_from_text(office, tabs_text(zero_total_row=True), "left")
    right = writer_document_from_text(office, blank_columns_text(), "right")
    quiet(office, left, "check")
    quiet(office, right, "check")
    rows_left, rows_right = rows_of(office, left), rows_of(office, right)
    assert any("（七）总计" in r for r in rows_left), rows_left
    assert not any("「商业企业」列" in r for r in rows_left), rows_left
    assert any("[+]" in r and "表三「商业企业」列" in r for r in rows_right), rows_right
    before_right = snapshot(right)
    # Expanding, fixing and dismissing in the left document leave the right one as it was.
    rows = expanded_rows(office, left)
    state, d = quiet(office, left, "fixFinding", Row=row_index(rows, "表三「（七）总计」行 · 自然人列"))
    assert state == 1, d
    rows = expanded_rows(office, left)
    state, d = quiet(office, left, "dismiss", Row=row_index(rows, "（七）总计", "商业企业列"), Reason="左边的")
    assert state == 1, d
    assert snapshot(right) == before_right
    assert dismissals_property(right) == "" and dismissals_property(left) != ""
    assert rows_of(office, right) == rows_right
    # ... and the other way round: a group fixed on the right does not reach the left.
    before_left, rows_left = snapshot(left), rows_of(office, left)
    state, d = quiet(office, right, "fixFinding", Row=row_index(rows_right, "[+]", "表三「商业企业」列"))
    assert state == 1 and d["Count"] > 3, d
    assert snapshot(left) == before_left and rows_of(office, left) == rows_left
    left.close(True)
    right.close(True)


def test_a_table_removed_under_the_panel_is_not_acted_on(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "table-removed")
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    row = row_index(rows, "表三「（七）总计」行 · 自然人列")
    table, _ = cell_holding(doc, "（七）总计")
    name = table.Name
    before = {k: v for k, v in snapshot(doc)[0].items() if k[0] != name}
    table.dispose()   # the whole of 表三 is deleted while the panel lists its findings
    # At once, before the automatic re-check (1.5 s after the edit) has renewed the list.
    state, d = quiet(office, doc, "fixFinding", Row=row)
    assert state == 0 and "重新检查" in d["Message"], d
    assert snapshot(doc)[0] == before and not fixes_in_undo(doc)
    rows = rows_of(office, doc)   # checked again: nothing points into the removed table
    assert not any("（七）总计应为" in r for r in rows), rows
    assert any("表三" in r for r in rows), rows   # missing now, and said so
    doc.close(True)


def fixes_in_undo(doc):
    return [t for t in doc.UndoManager.getAllUndoActionTitles() if "年报修正" in t]


def remove_row_of(doc, label):
    table, name = cell_holding(doc, label)
    table.Rows.removeByIndex(int("".join(ch for ch in name if ch.isdigit())) - 1, 1)


def test_rows_removed_under_the_panel_nothing_written_to_the_wrong_cell(office):
    doc = writer_document_from_text(office, blank_columns_text(), "rows-removed")
    quiet(office, doc, "check")
    rows = expanded_rows(office, doc)
    row = row_index(rows, "部分公开", "商业企业列", "为空白")
    # A row above it is deleted: its Writer cell name now names the cell one row down, which
    # is blank too — the text seen at the check matches, the place does not.
    remove_row_of(doc, "二、上年结转")
    # At once, before the automatic re-check (1.5 s after the edit) has renewed the list.
    state, d = quiet(office, doc, "fixFinding", Row=row)
    assert state == 0 and "重新检查" in d["Message"], d
    assert not fixes_in_undo(doc), "nothing may be written by a stale place"
    # Selecting by a stale place is refused the same way (it would select the wrong cell).
    rows = expanded_rows(office, doc)
    row = row_index(rows, "部分公开", "商业企业列", "为空白")
    remove_row_of(doc, "一、本年新收")
    state, d = quiet(office, doc, "select", Row=row)
    assert state == 0 and "重新检查" in d["Message"], d
    time.sleep(2)   # the automatic re-check of the removal has run
    before = snapshot(doc)
    # The list after the re-check names the rows as they are; its fix writes where it says.
    rows = expanded_rows(office, doc)
    row = row_index(rows, "部分公开", "商业企业列", "为空白")
    state, d = quiet(office, doc, "fixFinding", Row=row)
    assert state == 1 and d["Count"] == 1, d
    after = snapshot(doc)
    changed = [k for k in before[0] if before[0][k] != after[0][k]]
    assert len(changed) == 1 and after[0][changed[0]] == "0", changed
    t, name = changed[0]
    label_cell = doc.TextTables.getByName(t).getCellByName("A" + "".join(ch for ch in name if ch.isdigit()))
    row_text = "".join(doc.TextTables.getByName(t).getCellByName(c).String
                       for c in doc.TextTables.getByName(t).CellNames
                       if "".join(ch for ch in c if ch.isdigit()) == "".join(ch for ch in name if ch.isdigit()))
    assert "部分公开" in row_text, (name, label_cell.String, row_text)
    doc.close(True)


def test_undo_after_a_group_fix_restores_exactly(office):
    doc = writer_document_from_text(office, blank_columns_text(), "undo-group")
    quiet(office, doc, "check")
    rows = rows_of(office, doc)
    group = row_index(rows, "[+]", "表三「商业企业」列")
    before = snapshot(doc)
    state, d = quiet(office, doc, "fixFinding", Row=group)
    assert state == 1 and d["Count"] > 3, d
    after = snapshot(doc)
    changed = [k for k in before[0] if before[0][k] != after[0][k]]
    assert len(changed) == d["Count"] and all(before[0][k] == "" for k in changed), changed
    doc.UndoManager.undo()   # one step takes every cell of the group back
    assert snapshot(doc) == before
    assert not doc.UndoManager.isUndoPossible() or "年报修正" not in doc.UndoManager.getCurrentUndoActionTitle()
    # The panel comes back to the list before the fix by itself (the automatic re-check).
    deadline = time.time() + 15
    while time.time() < deadline and rows_of(office, doc) != rows:
        time.sleep(0.25)
    assert rows_of(office, doc) == rows, rows_of(office, doc)
    doc.close(True)


def set_dismissals(doc, text):
    props = doc.DocumentProperties.UserDefinedProperties
    props.setPropertyValue("NianbaoDismissals", text)


def test_a_damaged_dismissal_record_is_shown_good_entries_kept_nothing_overwritten(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "damaged")
    count = quiet(office, doc, "check")[1]["Count"]
    dismiss_total(office, doc, "原表如此")
    good = dismissals_property(doc)
    damaged = good + "junk without any tab\ntable/results-total\tcell:requests/3.7/total\tshort\n"
    set_dismissals(doc, damaged)
    state, d = quiet(office, doc, "check")
    assert state == 1 and d["Count"] == count - 1, (d["Count"], count)   # the readable one holds
    assert "无法读取" in d["Message"], d["Message"]
    rows = list(d["Rows"])
    assert rows[0].startswith("■ 忽略记录") and "NianbaoDismissals" in rows[0], rows[:3]
    assert "第 3 行" in rows[1] and "第 4 行" in rows[2], rows[:3]
    assert dismissals_property(doc) == damaged, "a check must not rewrite the record"
    # Nor does the automatic re-check after an edit.
    doc.Text.getEnd().setString("补记。")
    time.sleep(3)
    assert dismissals_property(doc) == damaged
    # Junk from the first line: nothing is honoured, and the panel says why.
    set_dismissals(doc, "这不是忽略记录\nfoo\tbar\n")
    state, d = quiet(office, doc, "check")
    assert d["Count"] == count, (d["Count"], count)
    rows = list(d["Rows"])
    assert "第 1 行" in rows[1] and "全部不生效" in rows[1], rows[:3]
    assert dismissals_property(doc) == "这不是忽略记录\nfoo\tbar\n"
    # The user acts (忽略): the record is written anew, and the message says what was dropped.
    rows = expanded_rows(office, doc)
    state, d = quiet(office, doc, "dismiss", Row=row_index(rows, "（七）总计", "自然人列"))
    assert state == 1 and "无法读取" in d["Message"], d
    assert dismissals_property(doc).startswith("nianbao-dismissals 1\n"), dismissals_property(doc)
    assert not list(d["Rows"])[0].startswith("■ 忽略记录"), list(d["Rows"])[:2]
    doc.close(True)


def flood_text(paragraphs=5000):
    """A report whose 总体情况 holds `paragraphs` lines each found twice (a figure that is not the
    table's, and 未收到申请 against 表三): 10 000 findings."""
    text = tabs_text()
    at = text.index("二、主动公开政府信息情况")
    flood = "".join("（%d）本年度新收申请99件，本年度未收到政府信息公开申请。\n\n" % i for i in range(paragraphs))
    return text[:at] + flood + text[at:]


def test_ten_thousand_findings_stay_folded_and_quick(office):
    doc = writer_document_from_text(office, flood_text(), "flood")
    start = time.time()
    state, d = quiet(office, doc, "check")
    check_s = time.time() - start
    assert state == 1 and d["Count"] >= 10000, d["Count"]
    rows = list(d["Rows"])
    # Repeats fold: one line per rule for the 10 000, not 10 000 lines.
    assert len(rows) < 40, len(rows)
    group = row_index(rows, "[+]", "一、总体情况", "处：")
    timings = {}
    for name, command, args in (("panel", "panel", {}), ("select", "select", {"Row": group + 0}),
                                ("preview", "preview", {"Row": group})):
        start = time.time()
        quiet(office, doc, command, **args)
        timings[name] = (time.time() - start) * 1000
    start = time.time()
    state, d = quiet(office, doc, "toggle", Row=group)
    timings["expand"] = (time.time() - start) * 1000
    assert state == 1 and len(d["Rows"]) > 5000, len(d["Rows"])
    start = time.time()
    state, d = quiet(office, doc, "select", Row=group + 2500)
    timings["select member"] = (time.time() - start) * 1000
    assert state == 1, d
    log = os.path.join(os.environ["NIANBAO_PROFILE"], "user", "nianbao.log")
    with open(log, encoding="utf-8") as f:
        checks = [l for l in f if "check: " in l and "of which checking" in l]
    print("    10 000 findings: 检查 %.1f s (office: %s); %s" % (
        check_s, checks[-1].split("check: ")[-1].strip() if checks else "?",
        ", ".join("%s %.0f ms" % kv for kv in timings.items())), flush=True)
    assert max(timings.values()) < 2000, timings
    doc.close(True)


def test_document_closed_while_the_automatic_recheck_reads_it(office):
    """The automatic re-check reads on its own thread (not the main one): a document closed
    before, during or after that read (the moment varies with the machine's load, so several)
    must close, and the office stay up."""
    for delay in (1.55, 1.8, 2.1, 2.5):
        doc = writer_document_from_text(office, flood_text(2000), "closing-auto")
        quiet(office, doc, "check")
        doc.Text.getEnd().setString("补记。")
        time.sleep(delay)   # the re-check is due 1.5 s after the edit and reads for about a second
        try:
            doc.close(True)
        except CloseVetoException:
            pass   # vetoed while read; the re-check closes it when done
        closed = False
        for _ in range(80):
            try:
                doc.getArgs()
            except Exception:
                closed = True
                break
            time.sleep(0.25)
        assert closed, "the document must end up closed (closed %.2f s after the edit)" % delay
        if PID:
            os.kill(PID, 0)
    other = writer_document_from_text(office, tabs_text(), "after-auto")
    assert quiet(office, other, "check")[0] == 1
    other.close(True)


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
