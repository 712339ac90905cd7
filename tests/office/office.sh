#!/usr/bin/env bash
# Runs a command against a real headless LibreOffice with nianbao.oxt installed in a throwaway
# profile:  office.sh OXT COMMAND...   (the command gets NIANBAO_OFFICE_PORT and UserInstallation)
# Every step is bounded by a timeout; the office is killed by its PID whatever happens.
# NIANBAO_OFFICE_LANG: the locale unopkg and the office run in (default C.UTF-8), e.g. C.
set -euo pipefail
oxt=$(readlink -f "$1"); shift
program=/usr/lib/libreoffice/program
work=$(mktemp -d /tmp/nianbao-office.XXXXXX)
office_pid=""
cleanup() {
    if [ -n "$office_pid" ] && kill -0 "$office_pid" 2>/dev/null; then
        kill "$office_pid" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$office_pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$office_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
lang=${NIANBAO_OFFICE_LANG:-C.UTF-8}
profile="$work/profile"
mkdir -p "$profile" "$work/home"
cp "$oxt" "$work/nianbao.oxt"
# unopkg refuses to run as root without --shared: install as an unprivileged user.
if [ "$(id -u)" -eq 0 ]; then
    chown -R 65534:65534 "$work"
    timeout 120 setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin HOME="$work/home" LANG="$lang" \
        "$program/unopkg" add -s "$work/nianbao.oxt" "-env:UserInstallation=file://$profile" </dev/null
else
    LANG="$lang" LC_ALL="" timeout 120 "$program/unopkg" add -s "$work/nianbao.oxt" "-env:UserInstallation=file://$profile" </dev/null
fi
port=$(( 20000 + RANDOM % 20000 ))
# NIANBAO_OFFICE_GUI=1 (with DISPLAY set, e.g. under Xvfb): a visible office, for screenshots.
mode="--headless --invisible"
if [ -n "${NIANBAO_OFFICE_GUI:-}" ]; then
    mode=""
    # No tip-of-the-day dialog over the document.
    xcu="$profile/user/registrymodifications.xcu"
    if [ -f "$xcu" ]; then
        sed -i 's|</oor:items>|<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item></oor:items>|' "$xcu"
    fi
fi
# NIANBAO_OFFICE_UI_LOCALE=zh-CN: the office's UI language (needs libreoffice-l10n-zh-cn); set in
# the profile, as ooLocale is recomputed at every start.
if [ -n "${NIANBAO_OFFICE_UI_LOCALE:-}" ]; then
    xcu="$profile/user/registrymodifications.xcu"
    if [ -f "$xcu" ]; then
        sed -i "s|</oor:items>|<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" oor:op=\"fuse\"><value>$NIANBAO_OFFICE_UI_LOCALE</value></prop></item></oor:items>|" "$xcu"
    fi
fi
start_office() {
    # shellcheck disable=SC2086
    LANG="$lang" LC_ALL="" "$program/soffice.bin" $mode --norestore --nologo --nodefault --nolockcheck \
        "-env:UserInstallation=file://$profile" "--accept=socket,host=127.0.0.1,port=$port;urp;" </dev/null >"$work/office.log" 2>&1 &
    office_pid=$!
}
# The first start of a profile (or after an extension change) exits with 81: start again.
# The start after that runs LibreOffice's graphics render tests once (a few seconds on an idle
# machine, a minute on a loaded one, longer under qemu): wait up to 5 minutes for the socket.
start_office
for _ in $(seq 1 600); do
    if ! kill -0 "$office_pid" 2>/dev/null; then
        wait "$office_pid" || true
        start_office
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.5
done
export NIANBAO_OFFICE_PORT=$port UserInstallation="file://$profile" NIANBAO_PROFILE="$profile" NIANBAO_OFFICE_PID=$office_pid
status=0
# NIANBAO_OFFICE_TEST_TIMEOUT: a longer bound for scripts that start offices of their own.
timeout "${NIANBAO_OFFICE_TEST_TIMEOUT:-600}" "$@" || status=$?
if [ -n "${NIANBAO_SHOW_LOG:-}" ] || [ "$status" -ne 0 ]; then
    [ -f "$profile/user/nianbao.log" ] && { echo "--- nianbao.log"; tail -20 "$profile/user/nianbao.log"; }
    [ -s "$work/office.log" ] && { echo "--- office output"; tail -30 "$work/office.log"; }
fi
exit $status
