#!/usr/bin/env bash
# The wavy underline as a person sees it: a visible Writer under its own Xvfb, a checked report,
# screenshots of the underline and of its context menu (gui_proofreader.py). Not part of ctest:
#   tests/office/gui_proofreader.sh build/nianbao.oxt OUT_DIR     (NIANBAO_TYPING=1: also time typing)
# Xvfb takes the first free display from :81 to :89; it and the office are killed by their PIDs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt=$1
out=$(mkdir -p "$2" && cd "$2" && pwd)
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
display=""
for n in 81 82 83 84 85 86 87 88 89; do
    [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 20); do
        [ -e "/tmp/.X11-unix/X$n" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.25
    done
    if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb_pid" 2>/dev/null; then display=":$n"; break; fi
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
done
if [ -z "$display" ]; then echo "gui_proofreader: no free X display among :81-:89" >&2; exit 1; fi
export DISPLAY=$display NIANBAO_OFFICE_GUI=1 NIANBAO_SHOTS=$out
timeout 600 "$here/office.sh" "$oxt" /usr/bin/python3 "$here/gui_proofreader.py"
