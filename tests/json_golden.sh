#!/usr/bin/env bash
# `nianbao check --format json`, byte for byte: the output for the bundled reports (samples,
# layouts, the real corpus as found, the committed PDFs, a history pair, unreadable input) is compared exactly with
# tests/golden/json/*.json, which the hand-written writer produced (issue 13: the JSON library
# that replaced it must not change a byte). Paths are given relative to tests/data so the
# files' "file" fields do not depend on where the repository is.
# The office document goes through the CLI's private LibreOffice, so it is compared only when the
# build has the office plug-in (the sanitizer build has not: the output would be "无法加载…组件").
#   json_golden.sh NIANBAO DATA_DIR GOLDEN_DIR [office]   (NIANBAO_UPDATE_GOLDEN=1 rewrites the files)
set -u
nianbao=$(readlink -f "$1"); data=$2; golden=$(readlink -f "$3"); with_office=${4:-}
cd "$data" || exit 1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0
compare() {  # compare NAME ARGS...
    local name=$1; shift
    "$nianbao" check --format json "$@" > "$work/$name.json" 2>/dev/null
    if [ "${NIANBAO_UPDATE_GOLDEN:-}" = 1 ]; then cp "$work/$name.json" "$golden/$name.json"; return; fi
    if ! cmp -s "$work/$name.json" "$golden/$name.json"; then
        failed=$((failed + 1))
        echo "FAIL $name: output differs from tests/golden/json/$name.json"
        diff "$golden/$name.json" "$work/$name.json" | head -20
    fi
}
compare samples samples/*.txt
compare layouts layouts/*
# The corpus's reports only: its README, SOURCES and the person-written reviews are no reports
# (as inputs they made this golden change with every edit of the corpus's documentation).
real_reports=()
for f in real/*.txt real/*.md real/*.html; do
    case $f in real/README.md | real/SOURCES.md | *.review.md) ;; *) real_reports+=("$f") ;; esac
done
compare real "${real_reports[@]}"
compare pdf real/variants/*.pdf
compare history history/ecology-2024.txt --previous history/ecology-2023.txt
compare unreadable layouts/tabs.txt /dev/null no-such-file.txt
if [ "$with_office" = office ]; then
    compare office real/blank-template-2021.docx
else
    echo "json_golden: built without the office plug-in; office.json not compared"
fi
[ "$failed" -eq 0 ] && echo "json_golden: every output identical" || exit 1
