#!/usr/bin/env bash
# Office start-up with and without nianbao.oxt: from launching soffice.bin (headless) until it
# answers over UNO, 5 starts per profile after a warm-up start. Usage: bench/office_startup.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
program=/usr/lib/libreoffice/program
work=$(mktemp -d); pid=""
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/plain" "$work/ext" "$work/home"
cp "$root/build/nianbao.oxt" "$work/"
chown -R 65534:65534 "$work" 2>/dev/null || true
run_unopkg() { if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@"; else "$@"; fi; }
run_unopkg timeout 120 "$program/unopkg" add -s "$work/nianbao.oxt" "-env:UserInstallation=file://$work/ext" </dev/null
cat > "$work/probe.py" <<'PY'
import sys, time, uno
local = uno.getComponentContext()
r = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
t0 = float(sys.argv[2])
while True:
    try:
        ctx = r.resolve("uno:socket,host=127.0.0.1,port=%s;urp;StarOffice.ComponentContext" % sys.argv[1])
        ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        break
    except Exception:
        time.sleep(0.01)
print("%.0f" % ((time.time() - t0) * 1000))
PY
start() {  # start PROFILE PORT -> prints ms until the office answers
    local t0; t0=$(date +%s.%N)
    "$program/soffice.bin" --headless --invisible --norestore --nologo --nodefault --nolockcheck \
        "-env:UserInstallation=file://$work/$1" "--accept=socket,host=127.0.0.1,port=$2;urp;" </dev/null >/dev/null 2>&1 &
    pid=$!
    timeout "${3:-60}" /usr/bin/python3 "$work/probe.py" "$2" "$t0" || echo "restart"
    kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; pid=""
}
for profile in plain ext; do
    for _ in 1 2; do start $profile 23456 15 >/dev/null; done   # first start of a profile exits 81
    times=$(for _ in 1 2 3 4 5; do start $profile 23456; done | sort -n | tr '\n' ' ')
    echo "$profile: $times ms (sorted; median is the third)"
done
