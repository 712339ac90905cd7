#!/usr/bin/env bash
# Starts Writer under Xvfb with nianbao.oxt installed, opens a report with wrong totals, clicks
# 检查报告 and saves screenshots (default /tmp/nianbao-shots). Not part of CI: look at the pictures.
#   scripts/gui-smoke.sh [OUT_DIR]      NIANBAO_CLICK_X/Y: where the toolbar button is
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
display=:99
Xvfb $display -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display NIANBAO_OFFICE_GUI=1 timeout 300 "$root/tests/office/office.sh" "$root/build/nianbao.oxt" \
    env DISPLAY=$display /usr/bin/python3 "$root/tests/office/gui_smoke.py" "${1:-/tmp/nianbao-shots}"
