#!/usr/bin/env bash
# `nianbao check DIR` and `nianbao review DIR -o OUT` as a supervising office runs them: the walk,
# exit statuses, unreadable files listed, inputs never modified, and 汇总.xlsx read back twice —
# from its XML and through LibreOffice Calc — against sums this script computes from `nianbao show`.
set -u
nianbao="$1"; data="$2"
work=${REVIEW_TEST_KEEP:-$(mktemp -d)}
[ -n "${REVIEW_TEST_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
passed=0; failed=0
ok() { passed=$((passed+1)); }
fail() { failed=$((failed+1)); echo "FAIL $*"; }
expect() {  # expect NAME EXPECTED_STATUS COMMAND...
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    if [ "$got" -eq "$want" ]; then ok; else fail "$name: exit $got, want $want"; cat "$work/out" "$work/err"; fi
}
contains() { if grep -qF -- "$3" "$2"; then ok; else fail "$1: no '$3' in $2:"; cat "$2"; fi; }
lacks() { if grep -qF -- "$3" "$2"; then fail "$1: '$3' in $2"; else ok; fi; }

# --- A region: the same clean report under several agencies, one of another year, one whose table 3
# does not add up, one agency twice, a 2019-format report, and files that cannot be read.
region="$work/收到的年报"; mkdir -p "$region/重发" "$region/坏文件"
tabs="$data/layouts/tabs.txt"
cp "$tabs" "$region/生态环境局.txt"
cp "$tabs" "$region/重发/生态环境局-重发.txt"
sed 's/某市生态环境局/某市住房和城乡建设局/g; s/2025年1月20日/2025年2月10日/' "$tabs" > "$region/住建局.txt"
sed 's/某市生态环境局/某县人民政府/g' "$tabs" > "$region/县政府.txt"
sed 's/某市生态环境局/某市交通运输局/g; s/2025/2026/g; s/2024/2025/g' "$tabs" > "$region/交通局.txt"
sed 's/某市生态环境局/某市水利局/g; s/^（七）总计\t\t12\t2\t0\t0\t0\t0\t14/（七）总计\t\t0\t0\t0\t0\t0\t0\t0/' "$tabs" > "$region/水利局.txt"
# A report on 2024 that still uses the 2019 trial tables (format.md §7).
sed "s/2024/2025/g; s/2023/2024/g" "$data/samples/zezhou-zhujian-2023.txt" > "$region/泽州住建局.txt"
: > "$region/坏文件/空文件.txt"
head -c 4000 /dev/urandom > "$region/坏文件/扫描件.pdf"
head -c 4000 /dev/urandom > "$region/坏文件/损坏.docx"
echo x > "$region/坏文件/说明.dat"               # not a report extension: not walked
echo x > "$region/.~lock.住建局.docx#"           # an office lock file: skipped
(cd "$region" && find . -type f -exec sha256sum {} + | sort) > "$work/before"

# check DIR: sorted walk, the summary names the unreadable files, exit 2 for them.
expect "check DIR with unreadable files -> 2" 2 "$nianbao" check "$region"
contains "summary" "$work/out" "共 10 个文件：读取 7 份报告"
contains "unreadable listed" "$work/out" "坏文件/空文件.txt：文件为空"
contains "office document message" "$work/err" "损坏.docx"
lacks "lock file skipped" "$work/out" ".~lock"
lacks "unknown extension skipped" "$work/out" "说明.dat"
lacks "no progress bar when stderr is piped" "$work/err" "/10 "
if command -v script >/dev/null; then  # on a terminal: the bar, erased at the end
    script -qec "'$nianbao' check '$region' >/dev/null" "$work/typescript" >/dev/null 2>&1
    contains "progress bar on a terminal" "$work/typescript" "] 10/10 "
fi
grep '^== ' "$work/out" | sed 's/（.*//' > "$work/order"
sort -c "$work/order" 2>/dev/null && ok || { fail "walk order not sorted"; cat "$work/order"; }
"$nianbao" check --jobs 1 "$region" > "$work/j1" 2>/dev/null
"$nianbao" check --jobs 4 "$region" > "$work/j4" 2>/dev/null
cmp -s "$work/j1" "$work/j4" && ok || fail "--jobs 4 output differs from --jobs 1"
expect "check DIR json" 2 "$nianbao" check --format json "$region"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==10, len(d); assert sum(1 for f in d if "error" in f)==3' "$work/out" && ok || fail "json of a directory"
expect "bad --jobs" 2 "$nianbao" check --jobs 0 "$region"
mkdir -p "$work/empty-dir"
expect "a directory without reports -> 2" 2 "$nianbao" check "$work/empty-dir"
contains "no reports message" "$work/err" "没有年度报告文件"
expect "clean directory -> 0" 0 "$nianbao" check "$data/layouts/tabs.txt"

# review: usage errors.
expect "review without -o -> 2" 2 "$nianbao" review "$region"
expect "review into the input directory -> 2" 2 "$nianbao" review "$region" -o "$region"
contains "refuses to overwrite" "$work/err" "不能是要审查的目录"
out="$work/审查结果"
expect "review with unreadable files -> 2" 2 "$nianbao" review "$region" -o "$out"
contains "review summary" "$work/out" "已审查 10 个文件：读取 7 份报告"
contains "review lists unreadable" "$work/out" "扫描件.pdf"
(cd "$region" && find . -type f -exec sha256sum {} + | sort) > "$work/after"
cmp -s "$work/before" "$work/after" && ok || { fail "an input changed or a file appeared among the inputs"; diff "$work/before" "$work/after"; }

# Figures computed here, not by the review: findings per file from check --format json, cells from show.
figures() {  # figures ROOT DIR: DIR/check.json and DIR/<file>.show for every report below ROOT
    mkdir -p "$2"
    "$nianbao" check --format json "$1" > "$2/check.json" 2>/dev/null
    (cd "$1" && find . -type f -name '[!.]*' | sed 's|^\./||') | while read -r f; do
        "$nianbao" show "$1/$f" > "$2/$(echo "$f" | sed 's|/|__|g').show" 2>/dev/null
    done
}
figures "$region" "$work/figures"

# 汇总.xlsx in LibreOffice Calc: every sheet to CSV, with a throwaway profile.
calc=
if command -v soffice >/dev/null && [ -e /usr/lib/libreoffice/program/libsclo.so ]; then
    cp "$out/汇总.xlsx" "$work/summary.xlsx"   # an ASCII name for the CSV files Calc names after it
    (cd "$work" && timeout 180 soffice -env:UserInstallation=file://"$work/lo-profile" --headless --norestore \
        --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
        --outdir "$work/calc" "$work/summary.xlsx" >"$work/calc.log" 2>&1)
    if ls "$work/calc"/*.csv >/dev/null 2>&1; then ok; calc="$work/calc"; else fail "Calc did not convert 汇总.xlsx"; cat "$work/calc.log"; fi
else
    fail "LibreOffice Calc is not installed (scripts/install-deps.sh installs libreoffice-calc)"
fi

tests=$(dirname "$0")
python3 - "$tests" "$out" "$region" "$work/figures" "$calc" <<'PY' && ok || fail "review of the region"
import sys
sys.path.insert(0, sys.argv[1])
import review_outputs
out, region, figures, calc = sys.argv[2:6]
sheets, col = review_outputs.check(out, region, figures + "/check.json", figures, calc or None)
rows = {r[col["文件"]]: r + [""] * (len(col) - len(r)) for r in sheets["报告"][1:]}
assert sorted(n for n, r in rows.items() if str(r[col["状态"]]).startswith("无法读取")) == \
    ["坏文件/扫描件.pdf", "坏文件/损坏.docx", "坏文件/空文件.txt"]
assert rows["住建局.txt"][col["是否按期"]] == "逾期 10 天", rows["住建局.txt"]
assert rows["生态环境局.txt"][col["是否按期"]] == "按期"
assert rows["县政府.txt"][col["类别"]] == "政府" and rows["县政府.txt"][col["公开期限"]] == "2025-03-31"
assert "重发/生态环境局-重发.txt" in rows["生态环境局.txt"][col["同机关同年度"]]
assert "生态环境局.txt" in rows["重发/生态环境局-重发.txt"][col["同机关同年度"]]
assert rows["住建局.txt"][col["同机关同年度"]] == ""
expect_in = {"汇总表二": ["住建局.txt", "县政府.txt", "水利局.txt"],
             "汇总表三": ["住建局.txt", "县政府.txt"],
             # 表四 has the same fifteen columns in both formats: the 2019-format report counts.
             "汇总表四": ["住建局.txt", "县政府.txt", "水利局.txt", "泽州住建局.txt"]}
for sheet, names in expect_in.items():
    assert review_outputs.included(sheets[sheet]) == names, (sheet, review_outputs.included(sheets[sheet]))
    assert any(review_outputs.table_values(sheets[sheet])), sheet
    text = "\n".join(",".join(map(str, r)) for r in sheets[sheet])
    assert "报告年度为 2025 年，汇总的是 2024 年" in text and "同一机关同一年度有 2 份报告" in text, text
three = "\n".join(",".join(map(str, r)) for r in sheets["汇总表三"])
assert "水利局.txt" in three and "勾稽关系不成立" in three and "2019 年试行格式" in three, three
page = open(out + "/index.html", encoding="utf-8").read()
for a in ["某市住房和城乡建设局", "某县人民政府", "某市水利局", "某市交通运输局"]:
    assert a in page, a
assert "sortable" in page and "localeCompare" in page
PY

# The columns sort in a browser: click 错误 twice (descending) in a copy of the page, read the DOM.
if command -v chromium >/dev/null; then
    sed 's|</body></html>|<script>var h=document.querySelectorAll("#reports th")[4];h.click();h.click();</script></body></html>|' \
        "$out/index.html" > "$out/sorted.html"
    timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/chromium" \
        --dump-dom "file://$out/sorted.html" > "$work/sorted-dom.html" 2>/dev/null
    python3 - "$work/sorted-dom.html" <<'PY' && ok || fail "sorting index.html by 错误 in Chromium"
import re, sys
body = open(sys.argv[1], encoding="utf-8").read().split('id="reports"')[1].split("</tbody>")[0]
errors = [int(re.findall(r"<td[^>]*>(.*?)</td>", r, re.S)[4]) for r in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)[1:]]
assert len(errors) == 7 and errors == sorted(errors, reverse=True) and errors[0] > 0, errors
PY
    rm -f "$out/sorted.html"
fi

# The real corpus and the samples as one folder (each report as published: text, markdown, HTML).
corpus="$work/corpus"; mkdir -p "$corpus/real" "$corpus/samples"
for f in "$data"/real/*.txt "$data"/real/*.html "$data"/real/*.md; do
    case "$f" in *.review.md|*/README.md|*/SOURCES.md) continue;; esac
    cp "$f" "$corpus/real/"
done
cp "$data"/samples/*.txt "$corpus/samples/"
(cd "$corpus" && find . -type f -exec sha256sum {} + | sort) > "$work/corpus-before"
expect "review of the corpus (errors in real reports) -> 1" 1 "$nianbao" review --jobs 2 "$corpus" -o "$work/corpus-out"
(cd "$corpus" && find . -type f -exec sha256sum {} + | sort) > "$work/corpus-after"
cmp -s "$work/corpus-before" "$work/corpus-after" && ok || fail "a corpus file changed"
figures "$corpus" "$work/corpus-figures"
python3 - "$tests" "$work/corpus-out" "$corpus" "$work/corpus-figures" <<'PY' && ok || fail "review of the corpus"
import sys
sys.path.insert(0, sys.argv[1])
import review_outputs
out, root, figures = sys.argv[2:5]
sheets, col = review_outputs.check(out, root, figures + "/check.json", figures)
import os
files = sum(len(f) for _, _, f in os.walk(root))
assert len(sheets["报告"]) - 1 == files >= 18, (len(sheets["报告"]) - 1, files)
assert any(review_outputs.included(sheets[s]) for s in ["汇总表二", "汇总表三", "汇总表四"])
PY

# A review of clean reports only: 0; of reports with errors only: 1.
expect "review of a clean report -> 0" 0 "$nianbao" review "$data/layouts/tabs.txt" -o "$work/clean"
expect "review with errors -> 1" 1 "$nianbao" review "$data/samples" -o "$work/samples"
[ -f "$work/samples/index.html" ] && [ -f "$work/samples/汇总.xlsx" ] && ok || fail "outputs of the samples review"
# An HTML report's copy is the page itself with the findings flagged in it.
expect "review of a web page" 1 "$nianbao" review "$data/real/jiangsu-shuyang-fagaiju-2023.html" -o "$work/page"
copy=$(ls "$work/page/批注/"*.html)
contains "html copy keeps the page" "$copy" "<table"
contains "html copy flags" "$copy" 'class="nb-flag'
# A second run over the same output directory overwrites its own files and skips them when the
# output lies inside the walked directory.
mkdir -p "$work/nested"; cp "$tabs" "$work/nested/a.txt"
"$nianbao" review "$work/nested" -o "$work/nested/审查" >/dev/null 2>&1
expect "second run with the output inside the input" 0 "$nianbao" review "$work/nested" -o "$work/nested/审查"
contains "output not reviewed" "$work/out" "已审查 1 个文件"

echo "review_test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
