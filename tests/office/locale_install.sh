#!/usr/bin/env bash
# Installs nianbao.oxt and looks for its template under three session locales, one throwaway
# office each:  locale_install.sh OXT
# Issue 12: under LANG=C unopkg failed on the Chinese folder name inside the .oxt.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt=$1
if ! locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then
    echo "locale_install: the zh_CN.UTF-8 locale is not generated (run scripts/install-deps.sh)" >&2
    exit 1
fi
passed=0 failed=0
for lang in C C.UTF-8 zh_CN.UTF-8; do
    if NIANBAO_OFFICE_LANG=$lang timeout 300 "$here/office.sh" "$oxt" /usr/bin/python3 "$here/test_template_category.py"; then
        passed=$((passed + 1)); echo "PASS LANG=$lang"
    else
        failed=$((failed + 1)); echo "FAIL LANG=$lang"
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
