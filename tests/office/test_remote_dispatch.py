"""Every vnd.nianbao: command dispatched by a script over the socket into a VISIBLE office (run
under Xvfb by gui_dispatch.sh), the way automation and our own tools drive LibreOffice.

Issue 12: 填充合计 dispatched this way took the office down with every unsaved document. For each
command the test asserts what a user would see: the dispatch returns at once, the command's window
or message shows its result, the office process is still alive afterwards and the document holds
exactly what the command should have written.
"""
import os
import shutil
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from test_extension import DATA, run_tests, prop, snapshot, tabs_text, html_from_tabs, our_comments  # noqa: E402
from ui_probe import wait_for_window, top_windows  # noqa: E402

PID = int(os.environ["NIANBAO_OFFICE_PID"])
SHOTS = os.environ.get("NIANBAO_SHOTS", "")
OK, YES, NO, CANCEL = ("OK",), ("Yes",), ("No",), ("Cancel",)


def alive(office):
    os.kill(PID, 0)   # raises if soffice.bin has exited
    return office.desktop.Components.createEnumeration().hasMoreElements()


def shot(name):
    if SHOTS:
        os.makedirs(SHOTS, exist_ok=True)
        os.system("import -window root %s/%s.png" % (SHOTS, name))


def visible_document(office, text, name, read_only=False):
    html = os.path.join(office.tmp, name + ".html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(html_from_tabs(text))
    web = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(html), "_blank", 0,
                                              (prop("Hidden", True), prop("FilterName", "HTML (StarWriter)")))
    odt = office.store(web, name + ".odt", "writer8")
    web.close(True)
    doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(odt), "_blank", 0,
                                              (prop("ReadOnly", True),) if read_only else ())
    doc.CurrentController.Frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
    return doc


def dispatch_remotely(office, doc, command, **args):
    """XDispatch.dispatch from this process, as a macro or a tool does: no result listener."""
    transformer = office.smgr.createInstanceWithContext("com.sun.star.util.URLTransformer", office.ctx)
    url = uno.createUnoStruct("com.sun.star.util.URL")
    url.Complete = "vnd.nianbao:" + command
    _, url = transformer.parseStrict(url)
    dispatcher = doc.CurrentController.Frame.queryDispatch(url, "_self", 0)
    assert dispatcher is not None, command
    call = threading.Thread(target=dispatcher.dispatch, args=(url, tuple(prop(k, v) for k, v in args.items())),
                            daemon=True)
    call.start()
    call.join(5)
    # The command's windows belong to the office's main thread: a dialog never holds the caller
    # (before the fix the box ran on this call's bridge thread, which held the call until it closed).
    assert not call.is_alive(), "dispatch of %s held the caller while its window was open" % command


def titled(*words):
    return lambda w: any(word in w.title for word in words)


def saying(*words):
    return lambda w: all(word in w.text() for word in words)


def deck_is_open(doc):
    sidebar = doc.CurrentController.getSidebar()
    if not sidebar.isVisible():
        return False
    decks = sidebar.getDecks()
    return decks.hasByName("NianbaoDeck") and decks.getByName("NianbaoDeck").isActive()


def wait_until(predicate, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def expanded_rows(office, doc):
    """The panel's rows with every group of repeated findings expanded."""
    rows = list(office.dispatch(doc, "panel", Interactive=False)[1]["Rows"])
    for i in reversed(range(len(rows))):
        if "[+]" in rows[i]:
            office.dispatch(doc, "toggle", Interactive=False, Row=i)
    return list(office.dispatch(doc, "panel", Interactive=False)[1]["Rows"])


def test_check_opens_the_deck_with_the_findings(office):
    doc = visible_document(office, tabs_text(zero_total_row=True), "check")
    before = snapshot(doc)
    dispatch_remotely(office, doc, "check")
    assert wait_until(lambda: deck_is_open(doc) and checked(office, doc)), "检查报告 must open the 年报检查 deck"
    rows = expanded_rows(office, doc)
    assert any("（七）总计应为" in r and "（表三「（七）总计」行 · 自然人列）" in r for r in rows), rows
    shot("check-deck")
    # Dispatched again while the deck is open, it stays open (.uno:SidebarDeck would toggle it shut).
    dispatch_remotely(office, doc, "check")
    time.sleep(1)
    assert deck_is_open(doc)
    assert alive(office)
    assert snapshot(doc) == before, "检查报告 must not change the document"
    doc.close(True)


def checked(office, doc):
    """The queued check has run (the deck alone may already be open: the sidebar remembers it)."""
    return bool(office.dispatch(doc, "panel", Interactive=False)[1].get("Rows"))


def test_every_panel_command_dispatched_remotely(office):
    doc = visible_document(office, tabs_text(zero_total_row=True), "panel")
    dispatch_remotely(office, doc, "check")
    assert wait_until(lambda: deck_is_open(doc) and checked(office, doc))
    rows = expanded_rows(office, doc)
    row = next(i for i, r in enumerate(rows) if "（七）总计" in r and "自然人列" in r)
    before = snapshot(doc)
    for command, args in (("panel", {}), ("select", {"Row": row}), ("preview", {"Row": row}), ("toggle", {"Row": 0})):
        dispatch_remotely(office, doc, command, **args)
        time.sleep(0.5)
        assert alive(office) and snapshot(doc) == before, command
    dispatch_remotely(office, doc, "dismiss", Row=row, Reason="原表如此")
    assert wait_until(lambda: any("理由：原表如此" in r for r in office.dispatch(doc, "panel", Interactive=False)[1]["Rows"]))
    shot("dismissed")
    rows = list(office.dispatch(doc, "panel", Interactive=False)[1]["Rows"])
    dispatch_remotely(office, doc, "restore", Row=next(i for i, r in enumerate(rows) if "理由：原表如此" in r))
    assert wait_until(lambda: not any("理由：" in r for r in office.dispatch(doc, "panel", Interactive=False)[1]["Rows"]))
    rows = expanded_rows(office, doc)
    row = next(i for i, r in enumerate(rows) if "（七）总计" in r and "自然人列" in r)
    dispatch_remotely(office, doc, "fixFinding", Row=row)
    assert wait_until(lambda: not any("（七）总计" in r and "自然人列" in r
                                      for r in office.dispatch(doc, "panel", Interactive=False)[1]["Rows"]))
    after = snapshot(doc)
    changed = sorted(after[0][k] for k in before[0] if before[0][k] != after[0][k])
    assert changed == ["12"], changed
    assert alive(office) and after[1] == before[1]
    doc.close(True)


def test_read_only_document_in_the_panel(office):
    doc = visible_document(office, tabs_text(zero_total_row=True), "ro-panel", read_only=True)
    before = snapshot(doc)
    dispatch_remotely(office, doc, "check")
    assert wait_until(lambda: deck_is_open(doc) and checked(office, doc))
    rows = list(office.dispatch(doc, "panel", Interactive=False)[1]["Rows"])
    row = next(i for i, r in enumerate(rows) if "（七）总计" in r)
    dispatch_remotely(office, doc, "fixFinding", Row=row)
    time.sleep(1)
    shot("read-only-panel")
    assert alive(office) and snapshot(doc) == before
    doc.close(True)


def test_fill_writes_the_totals_and_says_so(office):
    doc = visible_document(office, tabs_text(zero_total_row=True), "fill")
    before = snapshot(doc)
    dispatch_remotely(office, doc, "fill")
    box = wait_for_window(office, saying("已写入 3 个合计"))
    shot("fill-message")
    box.press(*OK)
    time.sleep(0.5)
    assert alive(office)
    after = snapshot(doc)
    changed = sorted(after[0][k] for k in before[0] if before[0][k] != after[0][k])
    assert changed == ["12", "14", "2"], changed
    assert before[1] == after[1]
    assert doc.isModified()
    doc.close(True)


def test_fill_asks_about_blank_cells_and_cancel_changes_nothing(office):
    text = tabs_text(zero_total_row=True).replace("行政规范性文件\t2\t1\t18", "行政规范性文件\t\t1\t18")
    doc = visible_document(office, text, "blank")
    before = snapshot(doc)
    dispatch_remotely(office, doc, "fill")
    box = wait_for_window(office, saying("数值单元格是空白的"))
    shot("fill-question")
    box.press(*CANCEL)
    time.sleep(0.5)
    assert alive(office)
    assert snapshot(doc) == before
    doc.close(True)


def test_fill_refuses_a_read_only_document_in_a_message(office):
    doc = visible_document(office, tabs_text(zero_total_row=True), "ro", read_only=True)
    before = snapshot(doc)
    dispatch_remotely(office, doc, "fill")
    box = wait_for_window(office, saying("只读"))
    box.press(*OK)
    time.sleep(0.5)
    assert alive(office)
    assert snapshot(doc) == before
    doc.close(True)


def test_comments_inserted_and_removed_with_a_message_each(office):
    doc = visible_document(office, tabs_text(zero_total_row=True), "comments")
    expected = len(office.checker.checkDocument(doc))
    dispatch_remotely(office, doc, "insertComments")
    wait_for_window(office, saying("已插入 %d 条批注" % expected)).press(*OK)
    time.sleep(0.5)
    assert alive(office) and our_comments(doc) == (expected, 0), our_comments(doc)
    dispatch_remotely(office, doc, "removeComments")
    wait_for_window(office, saying("已移除 %d 条检查批注" % expected)).press(*OK)
    time.sleep(0.5)
    assert alive(office) and our_comments(doc) == (0, 0)
    doc.close(True)


def test_compare_with_a_given_file_shows_the_findings_in_the_deck(office):
    with open(os.path.join(DATA, "history", "ecology-2024.txt"), encoding="utf-8") as f:
        doc = visible_document(office, f.read(), "this-year")
    last = os.path.join(office.tmp, "last-year.txt")
    shutil.copy(os.path.join(DATA, "history", "ecology-2023.txt"), last)
    before = snapshot(doc)
    dispatch_remotely(office, doc, "compare", PreviousURL=uno.systemPathToFileUrl(last))
    assert wait_until(lambda: deck_is_open(doc))
    assert alive(office) and snapshot(doc) == before
    doc.close(True)


def test_compare_file_picker_opens_and_cancel_is_harmless(office):
    doc = visible_document(office, tabs_text(), "picker")
    before = snapshot(doc)
    dispatch_remotely(office, doc, "compare")
    picker = wait_for_window(office, titled("选择上年的年度报告"))
    shot("compare-picker")
    picker.press(*CANCEL)
    time.sleep(0.5)
    assert alive(office) and snapshot(doc) == before
    doc.close(True)


def show_open_windows(office):
    try:
        print("    open windows:", [w.title for w in top_windows(office)], flush=True)
    except Exception as e:
        print("    office unreachable:", e, flush=True)
        return False   # the office is gone: every later test would only repeat that
    return True


if __name__ == "__main__":
    run_tests(globals(), after_failure=show_open_windows, hard_exit=True)
