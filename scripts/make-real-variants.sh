#!/usr/bin/env bash
# Makes, for every tests/data/real/*.html, the forms in which users really pass the same report on:
#   variants/<name>.browser.txt   document.body.innerText from headless Chromium (what "select all,
#                                 copy" out of a browser gives)
#   variants/<name>.pdftotext.txt the PDF LibreOffice Writer exports from the page, read by
#                                 `pdftotext -layout`
#   variants/<name>.pdf           that PDF, kept only when under 200 KB
#   variants/<name>.docx          Writer's DOCX conversion of the page, kept only when under 100 KB
# The PDFs of every report (and of the .docx made here) for the PDF reader are made by
# scripts/make-real-pdfs.sh, into the build directory (not committed).
# Safe to run again: every output is rebuilt from the page. Needs chromium, soffice, pdftotext,
# python3 (all installed by scripts/install-deps.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
real="$root/tests/data/real"
out="$real/variants"
mkdir -p "$out"

work=$(mktemp -d /tmp/corpus-variants.XXXXXX)
profile=/tmp/corpus-lo-profile
trap 'rm -rf "$work"' EXIT

# Writes the page's document.body.innerText to $2. The copy of the page gets a script at the end of
# its body that computes innerText (forcing layout, as a browser's copy does) and replaces the body
# by a <pre> holding it; --dump-dom prints the DOM after the page has loaded.
browser_text() {
    local page=$1 dest=$2
    local copy="$work/$(basename "$page")"
    python3 - "$page" "$copy" <<'PY'
import sys
src, dst = sys.argv[1], sys.argv[2]
html = open(src, encoding='utf-8').read()
probe = ('<script>(function(){var t=document.body.innerText;'
         'var pre=document.createElement("pre");pre.id="nianbao-innertext";pre.textContent=t;'
         'document.body.innerHTML="";document.body.appendChild(pre);})();</script>')
i = html.lower().rfind('</body>')
html = html[:i] + probe + html[i:] if i >= 0 else html + probe
open(dst, 'w', encoding='utf-8').write(html)
PY
    local udd
    udd=$(mktemp -d "$work/chromium.XXXXXX")
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$udd" --virtual-time-budget=3000 --dump-dom "file://$copy" \
        > "$work/dom.html" 2> "$work/chromium.log"
    python3 - "$work/dom.html" "$dest" <<'PY'
import sys, re, html
dom = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'<pre id="nianbao-innertext">(.*?)</pre>', dom, re.S)
if not m:
    sys.exit('no innerText in the dumped DOM of ' + sys.argv[1])
open(sys.argv[2], 'w', encoding='utf-8').write(html.unescape(m.group(1)))
PY
}

# Converts the page with LibreOffice Writer's HTML import filter; $2 is the filter spec, $3 the
# extension of the result.
writer_convert() {
    local page=$1 spec=$2 ext=$3
    soffice --headless --norestore "-env:UserInstallation=file://$profile" \
        --infilter="HTML (StarWriter)" --convert-to "$spec" --outdir "$work" "$page" \
        > "$work/soffice.log" 2>&1
    local result="$work/$(basename "${page%.html}").$ext"
    [[ -s $result ]] || { cat "$work/soffice.log" >&2; echo "soffice made no $ext for $page" >&2; exit 1; }
    echo "$result"
}

shopt -s nullglob
for page in "$real"/*.html; do
    name=$(basename "${page%.html}")
    echo "== $name"

    browser_text "$page" "$out/$name.browser.txt"

    pdf=$(writer_convert "$page" pdf pdf)
    pdftotext -layout "$pdf" "$out/$name.pdftotext.txt"
    rm -f "$out/$name.pdf"
    if (( $(stat -c %s "$pdf") < 200 * 1024 )); then cp "$pdf" "$out/$name.pdf"; fi

    docx=$(writer_convert "$page" 'docx:MS Word 2007 XML' docx)
    rm -f "$out/$name.docx"
    if (( $(stat -c %s "$docx") < 100 * 1024 )); then cp "$docx" "$out/$name.docx"; fi
    rm -f "$pdf" "$docx"
done
ls -l "$out"
