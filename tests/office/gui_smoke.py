"""GUI smoke test (not in CI): opens a report with wrong totals in a visible Writer, clicks the
检查报告 toolbar button with xdotool, and saves screenshots to look at.
Run: scripts/gui-smoke.sh  (starts Xvfb and the office)."""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import uno  # noqa: E402
from test_extension import Office, prop, tabs_text, html_from_tabs  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/nianbao-shots"
os.makedirs(out, exist_ok=True)


def shot(name):
    path = os.path.join(out, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=True)
    print("screenshot:", path)


office = Office()
html = os.path.join(office.tmp, "report.html")
with open(html, "w", encoding="utf-8") as f:
    f.write(html_from_tabs(tabs_text(zero_total_row=True)))
web = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(html), "_blank", 0,
                                          (prop("Hidden", True), prop("FilterName", "HTML (StarWriter)")))
odt = office.store(web, "某市生态环境局2024年报告.odt", "writer8")
web.close(True)
doc = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(odt), "_blank", 0, ())
window = doc.CurrentController.Frame.ContainerWindow
window.setPosSize(0, 0, 1280, 800, 15)
time.sleep(4)
shot("1-writer-with-toolbar")
if os.environ.get("NIANBAO_OPEN_MENU"):
    subprocess.run(["xdotool", "mousemove", "408", "9", "click", "1"], check=True)
    time.sleep(1)
    shot("1b-menu")
    subprocess.run(["xdotool", "key", "Escape"], check=False)
    time.sleep(0.5)
x, y = int(os.environ.get("NIANBAO_CLICK_X", "0")), int(os.environ.get("NIANBAO_CLICK_Y", "0"))
if x and y:
    subprocess.run(["xdotool", "mousemove", str(x), str(y), "sleep", "0.3", "mousedown", "1", "sleep", "0.2", "mouseup", "1"], check=True)
else:
    # No coordinates given: dispatch the same command the button sends.
    office.dispatch(doc, "check", wait=False)
time.sleep(3)
shot("2-check-results")
# Select the first finding: the document selects its cell.
fx, fy = int(os.environ.get("NIANBAO_FINDING_X", "0")), int(os.environ.get("NIANBAO_FINDING_Y", "0"))
if fx and fy:
    subprocess.run(["xdotool", "mousemove", str(fx), str(fy), "click", "1"], check=True)
    time.sleep(2)
    shot("3-finding-selected")
# A refusal shown as a message box must not take the office down: fill on a read-only copy.
if os.environ.get("NIANBAO_PROBE_REFUSAL"):
    ro = office.desktop.loadComponentFromURL(uno.systemPathToFileUrl(odt), "_blank", 0, (prop("ReadOnly", True),))
    import threading
    threading.Thread(target=lambda: office.dispatch(ro, "fill", wait=False), daemon=True).start()
    time.sleep(3)
    shot("4-read-only-refusal")
    subprocess.run(["xdotool", "key", "Return"], check=False)
    time.sleep(1)
    print("office alive after refusal:", office.desktop.Components is not None)
