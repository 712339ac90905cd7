"""Headless tests of nianbao.oxt in a real LibreOffice (run through office.sh).

Each test loads its own copy of a document, calls the org.nianbao.ReportChecker service or
dispatches a vnd.nianbao: command, and asserts what a user would check: findings and where
they point, the values 填充合计 writes, that nothing else changed, one undo, comments, .docx.
"""
import os
import re
import shutil
import sys
import tempfile
import traceback

import uno
import unohelper
from com.sun.star.beans import PropertyValue
from com.sun.star.frame import XDispatchResultListener

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    def __init__(self):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        url = "uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % os.environ["NIANBAO_OFFICE_PORT"]
        self.ctx = resolver.resolve(url)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.checker = self.smgr.createInstanceWithContext("org.nianbao.ReportChecker", self.ctx)
        self.tmp = tempfile.mkdtemp(prefix="nianbao-docs-")

    def load(self, path, *extra):
        # A fresh copy per load: a lock file left by a killed office must never block a test.
        copy = os.path.join(tempfile.mkdtemp(dir=self.tmp), os.path.basename(path))
        shutil.copy(path, copy)
        os.chmod(copy, 0o644)
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), "_blank", 0,
                                                (prop("Hidden", True),) + extra)
        assert doc is not None, "could not load " + path
        return doc

    def new_document(self):
        return self.desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (prop("Hidden", True),))

    def store(self, doc, name, filter_name):
        path = os.path.join(tempfile.mkdtemp(dir=self.tmp), name)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", filter_name),))
        return path

    def dispatch(self, doc, command, wait=True, **args):
        """Dispatches vnd.nianbao:COMMAND; returns (state, result) — or None with wait=False, for a
        visible office, where an interactive command only queues itself on the main thread and
        its listener hears the result after the user has answered."""
        class Listener(unohelper.Base, XDispatchResultListener):
            event = None

            def dispatchFinished(self, event):
                Listener.event = event

            def disposing(self, source):
                pass

        transformer = self.smgr.createInstanceWithContext("com.sun.star.util.URLTransformer", self.ctx)
        url = uno.createUnoStruct("com.sun.star.util.URL")
        url.Complete = "vnd.nianbao:" + command
        _, url = transformer.parseStrict(url)
        frame = doc.CurrentController.Frame
        dispatcher = frame.queryDispatch(url, "_self", 0)
        assert dispatcher is not None, "no dispatch for " + command
        listener = Listener()
        dispatcher.dispatchWithNotification(url, tuple(prop(k, v) for k, v in args.items()), listener)
        if not wait:
            return None
        event = Listener.event
        assert event is not None, "no result for " + command
        detail = {p.Name: p.Value for p in event.Result}
        return event.State, detail


def html_from_tabs(text):
    """A report with tab-separated table lines as a web page: the way tables reach Writer when
    pasted from a published report."""
    out, table = [], []

    def flush():
        if table:
            out.append("<table border='1'>" + "".join(
                "<tr>" + "".join("<td>%s</td>" % c for c in row) + "</tr>" for row in table) + "</table>")
            table.clear()

    for line in text.splitlines():
        if "\t" in line:
            table.append(line.split("\t"))
        else:
            flush()
            if line.strip():
                out.append("<p>%s</p>" % line)
    flush()
    return "<html><head><meta charset='utf-8'></head><body>%s</body></html>" % "\n".join(out)


def writer_document_from_text(office, text, name):
    html = os.path.join(tempfile.mkdtemp(dir=office.tmp), name + ".html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(html_from_tabs(text))
    web = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(html), "_blank", 0,
                                              (prop("Hidden", True), prop("FilterName", "HTML (StarWriter)")))
    assert web is not None
    odt = office.store(web, name + ".odt", "writer8")
    web.close(True)
    return office.load(odt)


def tabs_text(zero_total_row=False):
    with open(os.path.join(DATA, "layouts", "tabs.txt"), encoding="utf-8") as f:
        text = f.read()
    if zero_total_row:
        text = re.sub(r"^（七）总计\t\t12\t2\t0\t0\t0\t0\t14$", "（七）总计\t\t0\t0\t0\t0\t0\t0\t0", text, flags=re.M)
        assert "（七）总计\t\t0\t0" in text
    return text


def snapshot(doc):
    """Every cell's text and every body paragraph: what must not change unless asked."""
    cells = {}
    tables = doc.TextTables
    for i in range(tables.Count):
        t = tables.getByIndex(i)
        for name in t.CellNames:
            cells[(t.Name, name)] = t.getCellByName(name).String
    paragraphs = []
    e = doc.Text.createEnumeration()
    while e.hasMoreElements():
        p = e.nextElement()
        if p.supportsService("com.sun.star.text.Paragraph"):
            paragraphs.append(p.String)
    return cells, paragraphs


def cell_of(doc, finding):
    return doc.TextTables.getByName(finding.TableName).getCellByName(finding.CellName)


def our_comments(doc):
    n, others = 0, 0
    e = doc.TextFields.createEnumeration()
    while e.hasMoreElements():
        f = e.nextElement()
        if f.supportsService("com.sun.star.text.textfield.Annotation"):
            if f.Author == "年报检查":
                n += 1
            else:
                others += 1
    return n, others


# ---------------------------------------------------------------------------------------------

def test_service_check_points_at_the_wrong_cells(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "bad")
    findings = office.checker.checkDocument(doc)
    results = [f for f in findings if f.RuleId == "table/results-total"]
    assert sorted((f.Row, f.Column) for f in results) == [("3.7", "commercial"), ("3.7", "natural"), ("3.7", "total")], \
        [(f.RuleId, f.Row, f.Column) for f in findings]
    for f in results:
        assert f.TableName and f.CellName, f
        assert cell_of(doc, f).String == "0", (f.CellName, cell_of(doc, f).String)
        assert f.Severity == "error" and "（七）总计应为" in f.Message
    natural = [f for f in results if f.Column == "natural"][0]
    assert natural.Fix == "12", natural.Fix
    assert natural.Place == "表三「（七）总计」行 · 自然人列", natural.Place
    # The row's label is in the same Writer row as the cell the finding names.
    row = re.match(r"[A-Za-z]+(\d+)", natural.CellName).group(1)
    table = doc.TextTables.getByName(natural.TableName)
    assert "（七）总计" in "".join(table.getCellByName(n).String for n in table.CellNames
                                if re.match(r"[A-Za-z]+(\d+)", n).group(1) == row)
    assert len([f for f in findings if f.RuleId == "table/balance"]) == 3
    doc.close(True)


def test_fill_writes_totals_and_nothing_else_and_one_undo_restores(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "fill")
    before = snapshot(doc)
    changes = office.checker.fillTotals(doc, False)
    assert sorted(c.NewText for c in changes) == ["12", "14", "2"], [(c.CellName, c.NewText) for c in changes]
    after = snapshot(doc)
    changed = {k for k in before[0] if before[0][k] != after[0][k]}
    assert changed == {(c.TableName, c.CellName) for c in changes}, changed
    assert before[1] == after[1], "a paragraph changed"
    assert not [f for f in office.checker.checkDocument(doc) if f.RuleId.startswith("table/")]
    assert len(office.checker.fillTotals(doc, False)) == 0, "a second fill must change nothing"
    doc.UndoManager.undo()
    assert snapshot(doc) == before, "one undo must restore the document"
    doc.close(True)


def test_fill_survives_a_docx_round_trip(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "roundtrip")
    changes = office.checker.fillTotals(doc, False)
    assert len(changes) == 3
    path = office.store(doc, "roundtrip.docx", "MS Word 2007 XML")
    doc.close(True)
    again = office.load(path)
    findings = office.checker.checkDocument(again)
    assert not [f for f in findings if f.RuleId.startswith("table/") or f.RuleId == "structure/missing-table"], \
        [(f.RuleId, f.Message) for f in findings]
    values = sorted(again.TextTables.getByName(c.TableName).getCellByName(c.CellName).String for c in changes)
    assert values == ["12", "14", "2"], values
    again.close(True)


def row_value_cells(table, label_prefix):
    """The names of the cells after the label cell of the row whose label starts with the prefix."""
    names = list(table.getCellNames())
    for name in names:
        if table.getCellByName(name).String.strip().startswith(label_prefix):
            row = re.sub(r"^[A-Za-z]+", "", name)
            same_row = [n for n in names if re.sub(r"^[A-Za-z]+", "", n) == row]
            return same_row[same_row.index(name) + 1:]
    raise AssertionError("no row " + label_prefix)


def test_real_template_after_typing_figures(office):
    doc = office.load(os.path.join(DATA, "real", "blank-template-2021.docx"))
    t3 = doc.TextTables.getByName("Table2")
    # An agency types only its non-zero figures: 3 natural persons applied, 2 disclosed, 1 not held.
    t3.getCellByName("B4").String = "3"
    t3.getCellByName("C6").String = "2"
    t3.getCellByName("D16").String = "1"
    t2 = doc.TextTables.getByName("Table1")
    t2.getCellByName("B7").String = "356"
    blank_findings = [f for f in office.checker.checkDocument(doc) if f.RuleId == "table/blank-cell"]
    # 200 value cells, 4 typed; the wholly blank total rows （七） and 四 are one finding each.
    assert len(blank_findings) == 196 - 14 + 2, len(blank_findings)
    assert len([f for f in blank_findings if f.Row in ("3.7", "4") and not f.Column]) == 2
    before = snapshot(doc)
    changes = office.checker.fillTotals(doc, True)
    after = snapshot(doc)
    findings = office.checker.checkDocument(doc)
    assert not [f for f in findings if f.RuleId.startswith("table/") or f.RuleId == "structure/missing-table"], \
        [(f.RuleId, f.CellName, f.Message) for f in findings][:5]
    assert t3.getCellByName("I6").String == "2"    # （一）予以公开 · 总计
    assert t3.getCellByName("C27").String == "3"   # （七）总计 · 自然人
    assert t3.getCellByName("I27").String == "3"   # （七）总计 · 总计
    assert t3.getCellByName("H4").String == "3"    # 一、本年新收 · 总计
    # Only blank value cells and totals were written; every label is as it was.
    for key, text in before[0].items():
        if after[0][key] != text:
            assert text.strip("\u3000 ") == "", (key, text, after[0][key])
    assert before[1] == after[1]
    assert len(changes) == len([k for k in before[0] if before[0][k] != after[0][k]])
    doc.close(True)


def test_comments_are_inserted_and_only_ours_removed(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "comments")
    # A reviewer's own comment, which must survive.
    field = doc.createInstance("com.sun.star.text.textfield.Annotation")
    field.Author, field.Content = "张三", "请核对"
    doc.Text.insertTextContent(doc.Text.getStart(), field, False)
    expected = len(office.checker.checkDocument(doc))
    state, detail = office.dispatch(doc, "insertComments", Interactive=False)
    assert state == 1 and detail["Count"] == expected, (state, detail)
    assert our_comments(doc) == (expected, 1)
    state, detail = office.dispatch(doc, "removeComments", Interactive=False)
    assert state == 1 and detail["Count"] == expected
    assert our_comments(doc) == (0, 1)
    doc.close(True)


def test_dispatch_check_and_fill(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "dispatch")
    state, detail = office.dispatch(doc, "check", Interactive=False)
    assert state == 1 and detail["Count"] == len(office.checker.checkDocument(doc)), detail
    assert "错误" in detail["Message"]
    state, detail = office.dispatch(doc, "fill", Interactive=False)
    assert state == 1 and detail["Count"] == 3, detail
    assert "已写入 3 个合计" in detail["Message"] and "” → 14" in detail["Message"], detail["Message"]
    doc.close(True)


def test_read_only_document_is_refused_and_unchanged(office):
    path = office.store(writer_document_from_text(office, tabs_text(zero_total_row=True), "ro"), "ro.odt", "writer8")
    doc = office.load(path, prop("ReadOnly", True))
    before = snapshot(doc)
    try:
        office.checker.fillTotals(doc, False)
        raise AssertionError("fillTotals on a read-only document must refuse")
    except Exception as e:  # com.sun.star.uno.RuntimeException
        assert "只读" in getattr(e, "Message", str(e)), e
    state, detail = office.dispatch(doc, "fill", Interactive=False)
    assert state == 0 and "只读" in detail["Message"], detail
    assert snapshot(doc) == before
    doc.close(True)


def test_document_without_tables(office):
    doc = office.new_document()
    doc.Text.setString("某局2024年政府信息公开工作年度报告\n一、总体情况\n今年工作顺利。")
    findings = office.checker.checkDocument(doc)
    assert sum(1 for f in findings if f.RuleId == "structure/missing-table") == 3
    heading = [f for f in findings if f.RuleId == "structure/missing-section"]
    assert len(heading) == 5
    try:
        office.checker.fillTotals(doc, False)
        raise AssertionError("fillTotals without tables must refuse")
    except Exception as e:
        assert "没有识别到标准统计表" in getattr(e, "Message", str(e)), e
    doc.close(True)


def test_check_text_matches_the_cli(office):
    with open(os.path.join(DATA, "samples", "zezhou-zhujian-2023.txt"), encoding="utf-8") as f:
        findings = office.checker.checkText(f.read())
    assert [f.RuleId for f in findings] == ["text/no-requests-claim", "structure/outdated-format",
                                           "structure/outdated-format", "table/balance", "table/balance"]


def test_half_a_table_is_reported_not_guessed(office):
    text = tabs_text()
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("（本列数据"))
    del lines[start + 14:start + 28]   # table 3 stops after its first rows
    doc = writer_document_from_text(office, "\n".join(lines), "half")
    findings = office.checker.checkDocument(doc)
    missing = [f for f in findings if f.RuleId == "structure/missing-table" and f.Table == "requests"]
    assert len(missing) >= 10 and all("未找到" in f.Message for f in missing), [f.Message for f in missing][:3]
    before = snapshot(doc)
    changes = office.checker.fillTotals(doc, False)
    # Only totals whose every part is present can be written; nothing in the half table.
    assert all(c.TableName != missing[0].TableName for c in changes), [(c.TableName, c.CellName) for c in changes]
    assert before[1] == snapshot(doc)[1]
    doc.close(True)


def test_text_in_number_cells(office):
    text = tabs_text().replace("行政规范性文件\t2\t1\t18", "行政规范性文件\t若干\t/\t18")
    text = re.sub(r"^(一、本年新收政府信息公开申请数量\t\t)12", r"\1约12", text, flags=re.M)
    doc = writer_document_from_text(office, text, "text-in-cells")
    findings = office.checker.checkDocument(doc)
    nan = sorted((f.Row, f.Column) for f in findings if f.RuleId == "table/not-a-number")
    assert nan == [("1", "natural"), ("normative_docs", "issued"), ("normative_docs", "repealed")], nan
    changes = office.checker.fillTotals(doc, False)
    assert not [c for c in changes if c.OldText == "约12"], "user text must never be overwritten"
    doc.close(True)


def test_tracked_changes_stay_tracked(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "tracked")
    doc.RecordChanges = True
    changes = office.checker.fillTotals(doc, False)
    assert len(changes) == 3
    assert doc.Redlines.Count >= 3, doc.Redlines.Count   # the reviewer sees every edit
    assert not [f for f in office.checker.checkDocument(doc) if f.RuleId.startswith("table/")]
    doc.close(True)


def test_nested_table_does_not_crash(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "nested")
    outer = doc.TextTables.getByIndex(0)
    inner = doc.createInstance("com.sun.star.text.TextTable")
    inner.initialize(2, 2)
    cell = outer.getCellByName("B2")
    cell.insertTextContent(cell.getEnd(), inner, False)
    inner.getCellByName("A1").String = "嵌套"
    findings = office.checker.checkDocument(doc)
    assert [f for f in findings if f.RuleId == "table/results-total"]
    assert len(office.checker.fillTotals(doc, False)) == 3
    doc.close(True)


def test_two_hundred_pages_in_bounded_time(office):
    import time
    filler = "\n".join("（%d）本年度持续推进政务公开标准化规范化建设，按要求完成各项工作任务，进一步提升公开质量和实效。" % i
                       for i in range(6000))
    text = tabs_text(zero_total_row=True).replace("五、存在的主要问题及改进情况", filler + "\n五、存在的主要问题及改进情况")
    doc = writer_document_from_text(office, text, "long")
    pages = doc.CurrentController.PageCount
    assert pages >= 200, pages
    t = time.time()
    findings = office.checker.checkDocument(doc)
    elapsed = time.time() - t
    assert elapsed < 30, elapsed
    assert len([f for f in findings if f.RuleId == "table/results-total"]) == 3
    print("    %d pages checked in %.2f s" % (pages, elapsed))
    doc.close(True)


def test_word_97_document(office):
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "word97")
    path = office.store(doc, "report.doc", "MS Word 97")
    doc.close(True)
    again = office.load(path)
    assert sorted((f.Row, f.Column) for f in office.checker.checkDocument(again) if f.RuleId == "table/results-total") == \
        [("3.7", "commercial"), ("3.7", "natural"), ("3.7", "total")]
    assert len(office.checker.fillTotals(again, False)) == 3
    again.close(True)


def test_compare_with_last_years_report(office):
    with open(os.path.join(DATA, "history", "ecology-2024.txt"), encoding="utf-8") as f:
        this_year = f.read()
    with open(os.path.join(DATA, "history", "ecology-2023.txt"), encoding="utf-8") as f:
        last_year = f.read()
    doc = writer_document_from_text(office, this_year, "this-year")
    # Last year's report as an office document, and as plain text: both are read.
    last_doc = writer_document_from_text(office, last_year, "last-year")
    last_odt = office.store(last_doc, "last-year.odt", "writer8")
    last_doc.close(True)
    last_txt = os.path.join(office.tmp, "last-year.txt")
    shutil.copy(os.path.join(DATA, "history", "ecology-2023.txt"), last_txt)
    plain = len(office.checker.checkDocument(doc))
    for path in (last_odt, last_txt):
        state, detail = office.dispatch(doc, "compare", Interactive=False, PreviousURL=uno.systemPathToFileUrl(path))
        assert state == 1, detail
        # carry-over (自然人, 总计) and repeated text come on top of this year's own findings.
        assert detail["Count"] == plain + 3, (path, plain, detail)
    state, detail = office.dispatch(doc, "compare", Interactive=False,
                                    PreviousURL=uno.systemPathToFileUrl(os.path.join(office.tmp, "missing.txt")))
    assert state == 0 and "上年报告无法作为年度报告读取" in detail["Message"], detail
    doc.close(True)


def open_components(office):
    n, e = 0, office.desktop.Components.createEnumeration()
    while e.hasMoreElements():
        e.nextElement()
        n += 1
    return n


def read_log():
    path = os.path.join(os.environ["NIANBAO_PROFILE"], "user", "nianbao.log")
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def test_compare_leaves_no_hidden_document_and_refuses_a_remote_text(office):
    with open(os.path.join(DATA, "history", "ecology-2024.txt"), encoding="utf-8") as f:
        doc = writer_document_from_text(office, f.read(), "this-year-2")
    empty = office.new_document()
    odt = office.store(empty, "empty.odt", "writer8")
    empty.close(True)
    garbage = os.path.join(office.tmp, "garbage.docx")
    with open(garbage, "wb") as f:
        f.write(b"PK\x03\x04" + os.urandom(2000))
    before = open_components(office)
    for path in (odt, garbage):
        state, detail = office.dispatch(doc, "compare", Interactive=False, PreviousURL=uno.systemPathToFileUrl(path))
        assert state == 0 and "上年报告无法作为年度报告读取" in detail["Message"], (path, detail)
        assert open_components(office) == before, "a hidden document of last year's report stayed open: " + path
    # A text file that is not on this machine: said so, not read as an empty path.
    state, detail = office.dispatch(doc, "compare", Interactive=False, PreviousURL="http://example.invalid/上年.txt")
    assert state == 0 and "不是本机上的文件" in detail["Message"], detail
    doc.close(True)


def test_failed_fill_undoes_only_what_it_wrote_and_logs_why(office):
    """When a cell cannot be written, 填充合计 takes back its own writes and nothing else: the
    user's last edit before it stays, and nianbao.log says what failed."""
    from com.sun.star.container import XNameAccess, NoSuchElementException
    from com.sun.star.document import XUndoManagerSupplier
    from com.sun.star.text import XTextDocument, XTextTablesSupplier

    class TablesVanish(unohelper.Base, XNameAccess):
        """The document's tables as the fill finds them when they go away after `good` writes."""
        def __init__(self, doc, good):
            self.doc, self.good = doc, good

        def getByName(self, name):
            if self.good > 0:
                self.good -= 1
                return self.doc.TextTables.getByName(name)
            raise NoSuchElementException("表格 %s 已被删除" % name, self)

        def getElementNames(self):
            return ()

        def hasByName(self, name):
            return False

        def getElementType(self):
            return uno.getTypeByName("com.sun.star.text.XTextTable")

        def hasElements(self):
            return False

    class Document(unohelper.Base, XTextDocument, XTextTablesSupplier, XUndoManagerSupplier):
        def __init__(self, doc, good):
            self.doc, self.tables = doc, TablesVanish(doc, good)

        def getText(self):
            return self.doc.Text

        def getTextTables(self):
            return self.tables

        def getUndoManager(self):
            return self.doc.UndoManager

    for good in (0, 1):  # fails on the first cell (nothing of ours written), on the second
        doc = writer_document_from_text(office, tabs_text(zero_total_row=True), "failing-fill-%d" % good)
        doc.Text.insertString(doc.Text.getStart(), "用户自己的修改", False)
        titles = doc.UndoManager.getAllUndoActionTitles()
        before = snapshot(doc)
        try:
            office.checker.fillTotals(Document(doc, good), False)
            raise AssertionError("the fill must fail")
        except AssertionError:
            raise
        except Exception as e:
            assert "写入合计时出错" in e.Message, e.Message
        assert snapshot(doc) == before, "good=%d: the document must be as before the fill, the user's edit kept" % good
        assert doc.UndoManager.getAllUndoActionTitles() == titles, (good, doc.UndoManager.getAllUndoActionTitles())
        assert before[1][0].startswith("用户自己的修改")
        log = read_log()
        assert "填充合计: writing cell %d of 3: 表格" % (good + 1) in log and "已被删除" in log, log[-2000:]
        doc.close(True)


def test_generated_template_workflow(office):
    import subprocess
    cli = os.environ["NIANBAO_CLI"]
    out = os.path.join(office.tmp, "template.odt")
    subprocess.run([cli, "template", "--agency", "某县住房和城乡建设局", "--year", "2025", "-o", out], check=True)
    doc = office.load(out)
    findings = office.checker.checkDocument(doc)
    # 200 blank value cells; the total rows （七） and 四 wholly blank are one finding each.
    assert {f.RuleId for f in findings} == {"table/blank-cell"} and len(findings) == 200 - 14 + 2, \
        sorted({(f.RuleId, f.Message) for f in findings if f.RuleId != "table/blank-cell"})
    # Label cells are protected against accidental edits; value cells are not.
    t3 = doc.TextTables.getByName("表三")
    assert t3.getCellByName("A4").String.startswith("一、本年新收") and t3.getCellByName("A4").IsProtected
    assert not t3.getCellByName("B4").IsProtected
    # Type the figures an agency has, into the cells the checker names.
    where = {(f.Table, f.Row, f.Column): (f.TableName, f.CellName) for f in findings}
    typed = {("requests", "1", "natural"): "9", ("requests", "1", "commercial"): "2", ("requests", "2", "natural"): "1",
             ("requests", "3.1", "natural"): "6", ("requests", "3.4.1", "commercial"): "2", ("requests", "3.5.2", "natural"): "3",
             ("disclosure", "licensing", "decisions"): "356", ("disputes", "cases", "review.upheld"): "1"}
    for key, value in typed.items():
        table, cell = where[key]
        doc.TextTables.getByName(table).getCellByName(cell).String = value
    office.checker.fillTotals(doc, True)
    after_fill = office.checker.checkDocument(doc)
    assert not [f for f in after_fill if f.RuleId.startswith("table/") or f.RuleId == "structure/missing-table"], \
        [(f.RuleId, f.Message) for f in after_fill]
    cell = lambda d, key: d.TextTables.getByName(where[key][0]).getCellByName(where[key][1]).String
    t3_name = where[("requests", "1", "natural")][0]
    seven, four = (row_value_cells(doc.TextTables.getByName(t3_name), label) for label in ("（七）总计", "四、结转"))
    where[("requests", "3.7", "total")] = (t3_name, seven[-1])
    where[("requests", "4", "natural")] = (t3_name, four[0])
    assert cell(doc, ("requests", "3.7", "total")) == "11" and cell(doc, ("requests", "4", "natural")) == "1"
    assert cell(doc, ("disputes", "cases", "review.total")) == "1"
    docx = office.store(doc, "template.docx", "MS Word 2007 XML")
    doc.close(True)
    again = office.load(docx)
    reread = office.checker.checkDocument(again)
    assert sorted((f.RuleId, f.Message) for f in reread) == sorted((f.RuleId, f.Message) for f in after_fill), \
        ([(f.RuleId, f.Message) for f in reread], [(f.RuleId, f.Message) for f in after_fill])
    again.close(True)


def test_template_ships_in_the_extension(office):
    import glob
    settings = office.smgr.createInstanceWithContext("com.sun.star.util.PathSettings", office.ctx)
    expander = office.ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    ours = [u for u in settings.Template_internal if u.endswith("nianbao.oxt/templates")]
    assert ours, settings.Template_internal
    internal = [uno.fileUrlToSystemPath(expander.expandMacros(u[len("vnd.sun.star.expand:"):])) for u in ours]
    # An ASCII folder (unopkg under LANG=C); groupuinames.xml beside it names the category 政府信息公开
    # (test_template_category.py checks the name as the template manager shows it).
    found = [p for d in internal for p in glob.glob(os.path.join(d, "gov-info-disclosure", "*.ott"))]
    assert found, ("no .ott under templates/gov-info-disclosure", settings.Template_internal)
    doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(found[0]), "_blank", 0,
                                              (prop("Hidden", True), prop("AsTemplate", True)))
    assert doc is not None and doc.DocumentProperties.Title == "政府信息公开工作年度报告（2021年格式）", doc
    findings = office.checker.checkDocument(doc)
    # A new report from the template: only the cells and the title fields are left to fill in.
    assert {f.RuleId for f in findings} == {"table/blank-cell", "structure/title"}, {f.RuleId for f in findings}
    assert len([f for f in findings if f.RuleId == "table/blank-cell"]) == 200 - 14 + 2
    doc.close(True)


def _hostile(office, name, mutate):
    """Mutates a report with wrong totals, then: the check finishes in bounded time, 填充合计
    either works or refuses with a Chinese message, and only the cells it names change."""
    import time
    doc = writer_document_from_text(office, tabs_text(zero_total_row=True), name)
    mutate(doc)
    t = time.time()
    findings = office.checker.checkDocument(doc)
    assert time.time() - t < 30
    before = snapshot(doc)
    try:
        changes = office.checker.fillTotals(doc, False)
    except Exception as e:
        message = getattr(e, "Message", str(e))
        assert any("\u4e00" <= ch <= "\u9fff" for ch in message), message
        assert snapshot(doc) == before
        doc.close(True)
        return findings, None
    after = snapshot(doc)
    changed = {k for k in before[0] if before[0][k] != after[0][k]}
    assert changed == {(c.TableName, c.CellName) for c in changes}, (changed, [(c.TableName, c.CellName) for c in changes])
    assert before[1] == after[1]
    doc.close(True)
    return findings, changes


def _table3(doc):
    for i in range(doc.TextTables.Count):
        t = doc.TextTables.getByIndex(i)
        if any("本年新收" in t.getCellByName(n).String for n in t.CellNames):
            return t
    raise AssertionError("no table 3")


def test_hostile_formula_and_field_in_cells(office):
    def mutate(doc):
        t = _table3(doc)
        # A formula where a value belongs: Writer shows its result, which is what a reader sees.
        cell = [n for n in t.CellNames if t.getCellByName(n).String == "8"][0]
        t.getCellByName(cell).Formula = "=4+4"
        # A page-number field inside a label cell.
        label = [n for n in t.CellNames if t.getCellByName(n).String.startswith("（一）予以公开")][0]
        field = doc.createInstance("com.sun.star.text.textfield.PageNumber")
        field.NumberingType = 4
        lt = t.getCellByName(label)
        lt.insertTextContent(lt.getEnd(), field, False)
    findings, changes = _hostile(office, "formula", mutate)
    assert [f for f in findings if f.RuleId == "table/results-total"], [f.RuleId for f in findings]


def test_hostile_image_in_a_cell(office):
    def mutate(doc):
        t = _table3(doc)
        graphic = doc.createInstance("com.sun.star.text.TextGraphicObject")
        provider = office.smgr.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", office.ctx)
        png = os.path.join(HERE, "..", "..", "packaging", "icons", "check-16.png")
        graphic.Graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(os.path.abspath(png))),))
        cell = t.getCellByName([n for n in t.CellNames if t.getCellByName(n).String == "8"][0])
        cell.insertTextContent(cell.getEnd(), graphic, False)
    _hostile(office, "image", mutate)


def test_hostile_right_to_left_and_mixed_scripts(office):
    def mutate(doc):
        doc.Text.insertString(doc.Text.getEnd(), "\u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u05e9\u05dc\u05d5\u05dd ×÷ 𠀀 🙂", False)
        t = _table3(doc)
        cell = [n for n in t.CellNames if t.getCellByName(n).String == "8"][0]
        t.getCellByName(cell).String = "\u0668"   # ARABIC-INDIC DIGIT EIGHT: not read as 8
    findings, _ = _hostile(office, "rtl", mutate)
    assert [f for f in findings if f.RuleId == "table/not-a-number"], [f.RuleId for f in findings]


def test_hostile_table_split_across_pages(office):
    def mutate(doc):
        t = _table3(doc)
        # Push table 3 to straddle a page break with a repeated header, as long reports do.
        e = doc.Text.createEnumeration()
        while e.hasMoreElements():
            p = e.nextElement()
            if p.supportsService("com.sun.star.text.Paragraph") and p.String.startswith("三、收到和处理"):
                break
        for _ in range(30):
            doc.Text.insertString(p.getStart(), "（空行）\n", False)
        t.RepeatHeadline = True
        t.HeaderRowCount = 3
    findings, changes = _hostile(office, "split", mutate)
    assert changes is not None and len(changes) == 3


def run_tests(namespace, after_failure=None, hard_exit=False):
    """Runs every test_* function of a module's namespace against one office; arguments on the
    command line select tests by part of their name. `after_failure(office)` may print more and
    return False to stop (the office is gone). Exits 1 when a test failed."""
    office = Office()
    tests = [(name, fn) for name, fn in sorted(namespace.items()) if name.startswith("test_") and callable(fn)]
    selected = sys.argv[1:]
    passed = failed = 0
    for name, fn in tests:
        if selected and not any(s in name for s in selected):
            continue
        try:
            fn(office)
            passed += 1
            print("PASS", name, flush=True)
        except Exception:
            failed += 1
            print("FAIL", name, flush=True)
            traceback.print_exc()
            if after_failure and after_failure(office) is False:
                break
    shutil.rmtree(office.tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed), flush=True)
    if hard_exit:
        os._exit(1 if failed else 0)   # the UNO bridge may crash the interpreter at exit
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    run_tests(globals())
