"""The standard template as LibreOffice's template manager lists it (文件 ▸ 新建 ▸ 模板): a category
named 政府信息公开 holding 政府信息公开工作年度报告（2021年格式）, which opens as a new report.
Run through office.sh; locale_install.sh runs it under LANG=C, C.UTF-8 and zh_CN.UTF-8 (issue 12:
unopkg failed under LANG=C while the category folder inside the .oxt had a Chinese name)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from test_extension import Office, prop  # noqa: E402

CATEGORY = "政府信息公开"
TITLE = "政府信息公开工作年度报告（2021年格式）"


def children(office, content):
    """(title, target URL) of a template hierarchy folder's entries, through the UCB 'open' command."""
    arg = uno.createUnoStruct("com.sun.star.ucb.OpenCommandArgument2")
    arg.Mode = 2   # OpenMode.ALL
    arg.Priority = 32768
    props = []
    for name in ("Title", "TargetURL"):
        p = uno.createUnoStruct("com.sun.star.beans.Property")
        p.Name, p.Handle = name, -1
        props.append(p)
    arg.Properties = tuple(props)
    command = uno.createUnoStruct("com.sun.star.ucb.Command")
    command.Name, command.Handle = "open", -1
    command.Argument = uno.Any("com.sun.star.ucb.OpenCommandArgument2", arg)
    result = content.execute(command, 0, None)
    rows = result.getStaticResultSet()
    out = []
    while rows.next():
        out.append((rows.getString(1), rows.getString(2), rows.queryContentIdentifierString()))
    return out


def main():
    office = Office()
    templates = office.smgr.createInstanceWithContext("com.sun.star.frame.DocumentTemplates", office.ctx)
    templates.update()
    groups = children(office, templates.getContent())
    names = [g[0] for g in groups]
    ours = [g for g in groups if g[0] == CATEGORY]
    assert ours, "no template category %s; categories: %s" % (CATEGORY, names)
    ucb = office.smgr.createInstanceWithContext("com.sun.star.ucb.UniversalContentBroker", office.ctx)
    print("categories:", names, flush=True)
    entries = children(office, ucb.queryContent(ucb.createContentIdentifier(ours[0][2])))
    assert [e[0] for e in entries] == [TITLE], entries
    target = entries[0][1]
    assert "gov-info-disclosure" in target, target   # an ASCII folder in the .oxt, shown by its UI name
    doc = office.desktop.loadComponentFromURL(target, "_blank", 0, (prop("Hidden", True), prop("AsTemplate", True)))
    assert doc is not None and doc.DocumentProperties.Title == TITLE
    assert doc.TextTables.Count == 3, doc.TextTables.Count   # 表二, 表三, 表四
    doc.close(True)
    print("LANG=%s: category %s holds %s" % (os.environ.get("NIANBAO_OFFICE_LANG", "C.UTF-8"), CATEGORY, TITLE))
    print("1 passed, 0 failed", flush=True)
    os._exit(0)


if __name__ == "__main__":
    try:
        main()
    except Exception:
        import traceback
        traceback.print_exc()
        print("0 passed, 1 failed", flush=True)
        os._exit(1)
