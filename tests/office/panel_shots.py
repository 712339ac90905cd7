"""Screenshots of the 年报检查 panel at the sidebar's default width, as docs/extension.md shows it:
after 检查报告, one finding dismissed, the （七）总计 group expanded, a long finding selected (its
whole text wrapped in the detail below the list). Run by gui_dispatch.sh:
    NIANBAO_GUI_SCRIPT=panel_shots.py NIANBAO_SHOTS=DIR [NIANBAO_OFFICE_UI_LOCALE=zh-CN] \
        tests/office/gui_dispatch.sh build/nianbao.oxt
DIR/panel.png is the right part of the 1280x800 screen (700x800 from x=580), as in the docs.
"""
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_extension import run_tests, tabs_text  # noqa: E402
from test_remote_dispatch import SHOTS, deck_is_open, dispatch_remotely, expanded_rows, visible_document, wait_until  # noqa: E402


def rows(office, doc):
    return list(office.dispatch(doc, "panel", Interactive=False)[1].get("Rows", ()))


def test_panel_screenshot(office):
    assert SHOTS, "set NIANBAO_SHOTS"
    doc = visible_document(office, tabs_text(zero_total_row=True), "shots")
    dispatch_remotely(office, doc, "check")
    assert wait_until(lambda: deck_is_open(doc) and rows(office, doc))
    listed = expanded_rows(office, doc)
    row = next(i for i, r in enumerate(listed) if "（七）总计" in r and "自然人列" in r)
    office.dispatch(doc, "dismiss", Interactive=False, Row=row, Reason="原表如此")
    listed = rows(office, doc)
    # Collapse every group but the first, so that the list shows a group open and one closed.
    for i in reversed(range(len(listed))):
        if "[−]" in listed[i] and i != next(k for k, r in enumerate(listed) if "[−]" in r):
            office.dispatch(doc, "toggle", Interactive=False, Row=i)
    time.sleep(1.5)
    # Click the second row of the list (a finding under the first heading) as a clerk would.
    subprocess.run(["xdotool", "mousemove", "1040", "199", "click", "1"], check=True)
    time.sleep(1.5)
    os.makedirs(SHOTS, exist_ok=True)
    full = os.path.join(SHOTS, "screen.png")
    subprocess.run(["import", "-window", "root", full], check=True)
    subprocess.run(["convert", full, "-crop", "700x800+580+0", "+repage", os.path.join(SHOTS, "panel.png")],
                   check=True)
    doc.close(True)


if __name__ == "__main__":
    run_tests(globals(), hard_exit=True)
