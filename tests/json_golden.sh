#!/usr/bin/env bash
# `nianbao check --format json`, byte for byte: the output for the bundled reports (samples,
# layouts, the real corpus as found, a history pair, unreadable input) is compared exactly with
# tests/golden/json/*.json, which the hand-written writer produced (issue 13: the JSON library
# that replaced it must not change a byte). Paths are given relative to tests/data so the
# files' "file" fields do not depend on where the repository is.
#   json_golden.sh NIANBAO DATA_DIR GOLDEN_DIR      (NIANBAO_UPDATE_GOLDEN=1 rewrites the files)
set -u
nianbao=$(readlink -f "$1"); data=$2; golden=$(readlink -f "$3")
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
compare real real/*.txt real/*.md real/*.html
compare history history/ecology-2024.txt --previous history/ecology-2023.txt
compare unreadable layouts/tabs.txt /dev/null no-such-file.txt real/blank-template-2021.docx
[ "$failed" -eq 0 ] && echo "json_golden: every output identical" || exit 1
