#!/usr/bin/env bash
# Makes the Word 97 (.doc) and ODF (.odt) copies of the real reports' Word conversions
# (tests/data/real/variants/*.docx) the way an agency's clerk makes them: Writer opens the .docx
# and saves it in the other format (headless `soffice --convert-to`), into OUT (default
# build/real-office). Not committed: Writer 7.4 on Debian 12 makes them the same every run.
# Read by tests/office/real_office_test.cpp (ctest office_real; fixture real_office).
# Safe to run again: a copy is made only when missing or older than its .docx.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
variants="$root/tests/data/real/variants"
out=$(mkdir -p "${1:-$root/build/real-office}" && cd "${1:-$root/build/real-office}" && pwd)
profile="$out/.lo-profile"   # a throwaway profile of our own: never the user's, never another run's
work=$(mktemp -d /tmp/real-office.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! command -v soffice > /dev/null; then
    echo "make-real-office-copies: soffice (LibreOffice) is not installed" >&2
    exit 1
fi

shopt -s nullglob
for format in doc odt; do
    todo=()
    for src in "$variants"/*.docx; do
        name=$(basename "$src" .docx)
        [[ $out/$name.$format -nt $src ]] || todo+=("$src")
    done
    ((${#todo[@]})) || continue
    args=(--headless --norestore --nologo "-env:UserInstallation=file://$profile" --convert-to "$format" --outdir "$work")
    # A fresh profile makes the first start exit early (code 81): try once more.
    timeout 600 soffice "${args[@]}" "${todo[@]}" > "$work/soffice.log" 2>&1 ||
        timeout 600 soffice "${args[@]}" "${todo[@]}" > "$work/soffice.log" 2>&1
    for src in "${todo[@]}"; do
        name=$(basename "$src" .docx)
        [[ -s $work/$name.$format ]] || { cat "$work/soffice.log" >&2; echo "soffice made no .$format of $src" >&2; exit 1; }
        mv "$work/$name.$format" "$out/"
    done
done
ls "$out"
