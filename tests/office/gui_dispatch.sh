#!/usr/bin/env bash
# A visible office under its own Xvfb, every vnd.nianbao: command dispatched remotely into it
# (test_remote_dispatch.py):  gui_dispatch.sh OXT [TEST_NAME...]
# Xvfb takes the first free display from :71 to :79; it and the office are killed by their PIDs.
# NIANBAO_SHOTS=DIR keeps screenshots of what the user sees.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt=$1; shift
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
display=""
for n in 71 72 73 74 75 76 77 78 79; do
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
if [ -z "$display" ]; then echo "gui_dispatch: no free X display among :71-:79" >&2; exit 1; fi
export DISPLAY=$display NIANBAO_OFFICE_GUI=1
# NIANBAO_GUI_SCRIPT: another script of this folder to run the same way (bench_typing.py).
timeout "${NIANBAO_GUI_TIMEOUT:-600}" "$here/office.sh" "$oxt" /usr/bin/python3 "$here/${NIANBAO_GUI_SCRIPT:-test_remote_dispatch.py}" "$@"
