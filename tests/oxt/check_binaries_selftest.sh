#!/usr/bin/env bash
# check_binaries.sh must refuse what made the component fail on a clerk's machine (issue 15):
# a component that needs a library LibreOffice does not ship (libicuuc here, as libspdlog was)
# and carries a build-directory RUNPATH.   check_binaries_selftest.sh CHECK_SCRIPT GOOD_OXT
set -euo pipefail
check=$1
good=$(readlink -f "$2")
work=$(mktemp -d /tmp/nianbao-oxt-selftest.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir oxt
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall("oxt")' "$good"
echo 'int nianbao_selftest() { return 0; }' >bad.cpp
c++ -shared -fPIC -o bad.so bad.cpp -Wl,--no-as-needed -licuuc -Wl,-rpath,/usr/lib/libreoffice/sdk/lib
cp bad.so oxt/linux_x86_64/nianbao_uno.so
(cd oxt && python3 -c 'import os, zipfile
with zipfile.ZipFile("../bad.oxt", "w") as z:
    for d, _, files in os.walk("."):
        for f in files: z.write(os.path.join(d, f), os.path.relpath(os.path.join(d, f), "."))')
status=0
"$check" bad.oxt >out.txt 2>&1 || status=$?
cat out.txt
[ "$status" -eq 1 ] || { echo "FAIL: check_binaries.sh exited $status on a bad .oxt"; exit 1; }
grep -q "nianbao_uno.so needs libicuuc.so" out.txt || { echo "FAIL: the libicuuc dependency was not named"; exit 1; }
grep -q "nianbao_uno.so has RUNPATH/RPATH '/usr/lib/libreoffice/sdk/lib'" out.txt \
    || { echo "FAIL: the build-directory RUNPATH was not named"; exit 1; }
"$check" "$good" >/dev/null || { echo "FAIL: the good .oxt was refused"; exit 1; }
echo "PASS: check_binaries.sh refuses a foreign dependency and a build RUNPATH, accepts the real .oxt"
