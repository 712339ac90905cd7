#!/usr/bin/env bash
# Makes the PDFs of the real-report corpus (tests/data/real) the way agencies make theirs: with
# LibreOffice Writer's PDF export (headless `soffice --convert-to pdf`), into OUT (default
# build/real-pdfs):
#   <name>.pdf       every report as found: the web pages (*.html, Writer's HTML import) and the
#                    text and markdown copies (*.txt, *.md, Writer's text import, UTF-8)
#   <name>.docx.pdf  the Word conversions in variants/ (scripts/make-real-variants.sh), opened and
#                    exported by Writer
#   city-2025.footers.pdf  synthetic: city-2025.docx saved by Writer as flat ODF, a running header
#                    and a page-number footer "— N —" added to its page style, exported by Writer
#                    (its tables are split across pages 1–3 with the footers between their parts)
# They are not committed (2.3 MB together, mostly embedded CJK font subsets); the PDF corpus test
# (tests/pdf_corpus_test.cpp) reads them from OUT, and ctest makes them first (fixture real_pdfs).
# Writer 7.4 on Debian 12 gives the same layout every run, so the goldens hold.
# Safe to run again: a PDF is made only when missing or older than its source.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
real="$root/tests/data/real"
out=$(mkdir -p "${1:-$root/build/real-pdfs}" && cd "${1:-$root/build/real-pdfs}" && pwd)
profile="$out/.lo-profile"   # a throwaway profile of our own: never the user's, never another run's
work=$(mktemp -d /tmp/real-pdfs.XXXXXX)
trap 'rm -rf "$work"' EXIT

if ! command -v soffice > /dev/null; then
    echo "make-real-pdfs: soffice (LibreOffice) is not installed" >&2
    exit 1
fi

# fit_tables IN OUT: the web page with its tables fitted to the page width. Writer lays a web
# page's table out at the widths the page asks for (width="607", style="width:559px", nowrap
# cells) and cuts what does not fit at the page edge, so whole columns of shanghai-shi-bangongting-
# 2019's table 3 and jiangsu-shuyang-fagaiju-2023's table 4 were not in the PDF at all. Agencies'
# PDFs come from Word with the table fitted to the page; so the widths and nowrap are dropped and
# Writer fits the tables to the text area, as it does city-2025's (the text itself is untouched).
# The margin of a `body { … }` style rule is dropped too: Writer's HTML import gives every table
# cell that margin as inner spacing on both sides (the crawler's `body { margin: 24px }` around
# jiangsu-shuyang-fagaiju-2023 made each of table 4's 15 one-character columns 46 pt wide, 18 pt of
# it spacing: some 690 pt on a 482 pt text area); a printed report's cells have Word's narrow margins.
fit_tables() {
    python3 - "$1" "$2" <<'PY'
import re, sys
s = open(sys.argv[1], encoding='utf-8').read()
s = re.sub(r'\s(?:width|nowrap)(?:="[^"]*"|=\S+)?(?=[\s>/])', '', s, flags=re.I)
s = re.sub(r'(?<![-\w])width\s*:\s*[^;"]*;?', '', s, flags=re.I)
s = re.sub(r'(?<![-\w.#])(body\s*\{[^}]*?)(?<![-\w])margin\s*:\s*[^;}]*;?', r'\1', s, flags=re.I)
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
}

# convert FILTER SUFFIX SOURCE…: exports every source that has no up-to-date PDF yet.
convert() {
    local filter=$1 suffix=$2
    shift 2
    local todo=()
    for src in "$@"; do
        local name
        name=$(basename "$src")
        name=${name%.*}
        [[ -f $real/$name.cells.tsv || $suffix == .docx.pdf ]] || continue
        # Web pages are given to Writer with their tables fitted to the page (below): made again
        # when this script is newer than their PDF.
        [[ $out/$name$suffix -nt $src && ($filter != HTML* || $out/$name$suffix -nt $0) ]] ||
            todo+=("$src")
    done
    ((${#todo[@]})) || return 0
    if [[ $filter == HTML* ]]; then
        local fitted=()
        for src in "${todo[@]}"; do
            fit_tables "$src" "$work/$(basename "$src")"
            fitted+=("$work/$(basename "$src")")
        done
        todo=("${fitted[@]}")
    fi
    local args=(--headless --norestore --nologo "-env:UserInstallation=file://$profile")
    [[ -n $filter ]] && args+=("--infilter=$filter")
    # A fresh profile makes the first start exit early (code 81): try once more.
    soffice "${args[@]}" --convert-to pdf --outdir "$work" "${todo[@]}" > "$work/soffice.log" 2>&1 ||
        soffice "${args[@]}" --convert-to pdf --outdir "$work" "${todo[@]}" > "$work/soffice.log" 2>&1
    for src in "${todo[@]}"; do
        local name
        name=$(basename "$src")
        name=${name%.*}
        [[ -s $work/$name.pdf ]] || { cat "$work/soffice.log" >&2; echo "soffice made no PDF of $src" >&2; exit 1; }
        mv "$work/$name.pdf" "$out/$name$suffix"
    done
}

shopt -s nullglob
convert "HTML (StarWriter)" .pdf "$real"/*.html
convert "Text (encoded):UTF8,LF,,," .pdf "$real"/*.txt "$real"/*.md
convert "" .docx.pdf "$real"/variants/*.docx
# The synthetic case with page furniture (see the top).
if [[ ! $out/city-2025.footers.pdf -nt $real/variants/city-2025.docx ]]; then
    soffice --headless --norestore --nologo "-env:UserInstallation=file://$profile" --convert-to fodt \
        --outdir "$work" "$real/variants/city-2025.docx" > "$work/soffice.log" 2>&1
    python3 - "$work/city-2025.fodt" "$work/city-2025.footers.fodt" <<'PY'
import sys
s = open(sys.argv[1], encoding='utf-8').read()
old = '<style:master-page style:name="Standard" style:page-layout-name="pm1" draw:style-name="dp1"/>'
assert old in s, 'no Standard master page in ' + sys.argv[1]
s = s.replace(old, old[:-2] + '>'
              '<style:header><text:p>测试市人民政府办公室 政府信息公开工作年度报告（2025）</text:p></style:header>'
              '<style:footer><text:p>— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>'
              '</style:master-page>')
open(sys.argv[2], 'w', encoding='utf-8').write(s)
PY
    soffice --headless --norestore --nologo "-env:UserInstallation=file://$profile" --convert-to pdf \
        --outdir "$work" "$work/city-2025.footers.fodt" > "$work/soffice.log" 2>&1
    [[ -s $work/city-2025.footers.pdf ]] || { cat "$work/soffice.log" >&2; exit 1; }
    mv "$work/city-2025.footers.pdf" "$out/"
fi
ls "$out"/*.pdf
