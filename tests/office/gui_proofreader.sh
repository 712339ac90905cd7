#!/usr/bin/env bash
# The wavy underline as a person sees it: a visible Writer under its own Xvfb, a checked report,
# screenshots of the underline and of its context menu (gui_proofreader.py). Not part of ctest:
#   tests/office/gui_proofreader.sh build/nianbao.oxt OUT_DIR     (NIANBAO_TYPING=1: also time typing)
# The display and the office are gui_dispatch.sh's (own Xvfb, killed by their PIDs).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$2" && cd "$2" && pwd)
NIANBAO_SHOTS=$out NIANBAO_GUI_SCRIPT=gui_proofreader.py exec "$here/gui_dispatch.sh" "$1"
