"""Looks at the wavy underline in a visible Writer (run by gui_proofreader.sh under Xvfb): a report
whose prose says no application was received while 表三 counts 14 is checked; Writer's own
grammar-checking thread underlines the claim; a right click on it opens the context menu with the
finding. Saves OUT/underline.png and OUT/menu.png for a person to look at; asserts only that the
office is alive and the mark is there (test_proofreader.py asserts the marks themselves).
Also times typing into the checked report (NIANBAO_TYPING=1): BENCHMARKS.md."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from test_extension import Office, prop, writer_document_from_text  # noqa: E402
from test_proofreader import CLAIM, flat_paragraph_with, marks, report_with_claim  # noqa: E402

OUT = os.environ.get("NIANBAO_SHOTS", "/tmp")


def shot(name):
    path = os.path.join(OUT, name)
    subprocess.run(["import", "-window", "root", path], check=True, timeout=60)
    print("screenshot", path, flush=True)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=True, timeout=30)


office = Office()
hidden = writer_document_from_text(office, report_with_claim(), "looked-at")
url = hidden.URL
hidden.close(True)
doc = office.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", False),))
frame = doc.CurrentController.Frame
frame.ContainerWindow.setPosSize(0, 0, 1280, 800, 15)
state, detail = office.dispatch(doc, "check", Interactive=False)
assert state == 1, detail
assert marks(office, doc, flat_paragraph_with(doc, CLAIM)), "no mark for the claim"

# The view cursor into the claim's words, the paragraph in view.
e = doc.Text.createEnumeration()
while e.hasMoreElements():
    p = e.nextElement()
    if p.supportsService("com.sun.star.text.Paragraph") and CLAIM in p.String:
        break
cursor = doc.Text.createTextCursorByRange(p.getStart())
cursor.goRight(p.String.index(CLAIM) + 3, False)
view = doc.CurrentController.ViewCursor
view.gotoRange(cursor, False)
doc.CurrentController.ViewSettings.ZoomValue = 140
time.sleep(6)  # Writer's idle grammar pass paints the underline
shot("underline.png")


def underline_box(png):
    """The bounding box (w, h, x, y) of the pure blue (#0000FF) wavy line in a screenshot."""
    out = subprocess.run(["convert", png, "-fill", "black", "+opaque", "#0000FF", "-format", "%@", "info:"],
                         check=True, timeout=60, capture_output=True, text=True).stdout
    size, x, y = out.split("+")
    w, h = size.split("x")
    return int(w), int(h), int(x), int(y)


# A right click on the underlined words: Writer's grammar menu with the finding.
w, h, x, y = underline_box(os.path.join(OUT, "underline.png"))
assert 0 < h < 12 and w > 100, (w, h, x, y)
xdotool("mousemove", str(x + w // 3), str(y - 10), "click", "3")
time.sleep(2)
shot("menu.png")
xdotool("key", "Escape")
time.sleep(0.5)

def typing_seconds(paragraph, n=200):
    """n characters typed through the keyboard at the end of the paragraph, until the last one is
    in the document (Writer's grammar thread and the automatic re-check run meanwhile)."""
    view.gotoRange(paragraph.getEnd(), False)
    before = len(paragraph.String)
    t = time.perf_counter()
    xdotool("type", "--delay", "20", "x" * n)
    while len(paragraph.String) < before + n and time.perf_counter() - t < 120:
        time.sleep(0.02)
    return time.perf_counter() - t


if os.environ.get("NIANBAO_TYPING"):
    lsm = office.smgr.createInstanceWithContext("com.sun.star.linguistic2.LinguServiceManager", office.ctx)
    service = "com.sun.star.linguistic2.Proofreader"
    zh = uno.createUnoStruct("com.sun.star.lang.Locale", "zh", "CN", "")
    ours = lsm.getConfiguredServices(service, zh)
    # Without: no zh-CN grammar checker configured, as before the extension had one. The order
    # alternates, so that neither always types into the longer paragraph.
    e = doc.Text.createEnumeration()
    while e.hasMoreElements():
        unmarked = e.nextElement()
        if unmarked.supportsService("com.sun.star.text.Paragraph") and "政府信息管理" in unmarked.String:
            break
    for where, paragraph in (("the marked paragraph", p), ("a paragraph without a mark", unmarked)):
        for round_ in range(4):
            times = {}
            for ours_on in ((True, False) if round_ % 2 == 0 else (False, True)):
                lsm.setConfiguredServices(service, zh, ours if ours_on else ())
                times[ours_on] = typing_seconds(paragraph)
            lsm.setConfiguredServices(service, zh, ours)
            print("typing 200 characters (xdotool, 20 ms apart) into %s, round %d: with the proofreader %.2f s, "
                  "without %.2f s" % (where, round_ + 1, times[True], times[False]), flush=True)
    view.gotoRange(cursor, False)
    time.sleep(3)

doc.close(True)
os._exit(0)
