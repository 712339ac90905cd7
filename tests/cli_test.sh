#!/usr/bin/env bash
# The CLI as a user runs it: exit statuses, Chinese messages, JSON shape, fill -o.
set -u
nianbao="$1"; data="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0; failed=0
expect() {  # expect NAME EXPECTED_STATUS COMMAND...
    local name=$1 want=$2; shift 2
    "$@" >"$work/out" 2>"$work/err"; local got=$?
    if [ "$got" -eq "$want" ]; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAIL $name: exit $got, want $want"; cat "$work/out" "$work/err"; fi
}
contains() {  # contains NAME FILE TEXT
    if grep -qF -- "$3" "$2"; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAIL $1: no '$3' in:"; cat "$2"; fi
}

expect "a clean report -> 0" 0 "$nianbao" check "$data/layouts/tabs.txt"
contains "clean" "$work/out" "未发现问题"
expect "prose contradicts table -> 1" 1 "$nianbao" check "$data/samples/zhanhe-zhujian-2024.txt"
contains "duplicate heading named" "$work/out" "标题「一、总体情况」重复出现"
contains "no-requests claim named" "$work/out" "未收到政府信息公开申请。”，但表三「一、本年新收政府信息公开申请数量」总计为 7 件"
expect "errors -> 1" 1 "$nianbao" check "$data/samples/zezhou-zhujian-2023.txt"
contains "balance message with numbers" "$work/out" "本年新收 5 加上年结转 0 为 5"
expect "batch: worst status" 1 "$nianbao" check "$data/layouts/tabs.txt" "$data/samples/zezhou-zhujian-2023.txt"
expect "missing file -> 2" 2 "$nianbao" check "$work/none.txt"
contains "missing file message" "$work/err" "无法打开文件"
: > "$work/empty.txt"
expect "empty file -> 2" 2 "$nianbao" check "$work/empty.txt"
contains "empty file message" "$work/err" "文件为空"
head -c 3000 /dev/urandom > "$work/binary.bin"
expect "binary -> 2" 2 "$nianbao" check "$work/binary.bin"
expect "no arguments -> 2" 2 "$nianbao" check
contains "usage message" "$work/err" "请给出要检查的报告文件"
expect "unknown option -> 2" 2 "$nianbao" check --frobnicate x
expect "unknown command -> 2" 2 "$nianbao" frobnicate
expect "bad severity -> 2" 2 "$nianbao" check --severity table/balance=loud "$data/layouts/tabs.txt"
expect "unknown rule -> 2" 2 "$nianbao" check --severity table/nope=off "$data/layouts/tabs.txt"
expect "regrade: balance as warning -> still 1 (outdated format)" 1 "$nianbao" check --severity table/balance=warning "$data/samples/zezhou-zhujian-2023.txt"
expect "silence errors -> 0" 0 "$nianbao" check --severity table/balance=off --severity structure/outdated-format=off --severity text/no-requests-claim=off "$data/samples/zezhou-zhujian-2023.txt"

# Findings of one rule repeated down a column or along a row are one line (as in the Writer panel
# and the review's index.html), with the count and the lines; --all lists every one. The Shanghai
# 2019 page has 135 blank cells, which were 135 lines.
sh2019="$data/real/shanghai-shi-bangongting-2019.html"
"$nianbao" check --format json "$sh2019" > "$work/json" 2>/dev/null
blank=$(grep -o '"rule":"table/blank-cell"' "$work/json" | wc -l)
expect "grouped: still exit 1" 1 "$nianbao" check "$sh2019"
folded=$(grep -c "\[table/blank-cell\]" "$work/out")
[ "$blank" -ge 100 ] && [ "$folded" -ge 1 ] && [ "$folded" -le 20 ] && passed=$((passed+1)) \
    || { failed=$((failed+1)); echo "FAIL $blank blank cells in $folded lines"; cat "$work/out"; }
contains "a column's group: count, rule summary, same fix" "$work/out" "列 "
contains "a group's count" "$work/out" " 处：表格中的数值单元格不得为空白。"
grep -qE "^    错误  第 [0-9]+( 至 [0-9]+)? 行  表三「科研机构」列 [0-9]+ 处：" "$work/out" && passed=$((passed+1)) \
    || { failed=$((failed+1)); echo "FAIL a group's line: severity, lines, column, count"; cat "$work/out"; }
contains "how to list every one" "$work/out" "逐条列出：nianbao check --all"
contains "the total still counts every finding" "$work/out" "合计：错误 $(grep -o '"severity":"error"' "$work/json" | wc -l) 个"
expect "--all: every finding on its line" 1 "$nianbao" check --all "$sh2019"
[ "$(grep -c "\[table/blank-cell\]" "$work/out")" -eq "$blank" ] && passed=$((passed+1)) \
    || { failed=$((failed+1)); echo "FAIL --all listed $(grep -c "\[table/blank-cell\]" "$work/out") of $blank"; }
! grep -q "逐条列出" "$work/out" && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL --all still folds"; }
expect "--all is in check --help" 0 "$nianbao" check --help
contains "--all described" "$work/out" "--all"
expect "json ignores --all" 1 "$nianbao" check --format json --all "$sh2019"
cmp -s "$work/out" "$work/json" && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL --all changed the JSON"; }

expect "a PDF report (Writer's export of city-2025.html) -> 0" 0 "$nianbao" check "$data/real/variants/city-2025.pdf"
contains "PDF findings name the page" "$work/out" "提示  第 3 页  标题「存在问题及改进情况」不是标准表述"
expect "show on a PDF" 0 "$nianbao" show "$data/real/variants/city-2025.pdf"
contains "show names a PDF's pages, not its lines" "$work/out" "表二（主动公开政府信息情况）  2021 格式，第 1 页起"
contains "show: a PDF cell's page" "$work/out" "regulations / issued = “3”  （第 1 页）"
contains "show: a PDF section's page" "$work/out" "第 2 页  部分 disputes"
expect "json on a PDF" 1 "$nianbao" check --format json "$data/real/variants/jiangsu-shuyang-fagaiju-2023.pdf"
contains "json: a PDF finding's page" "$work/out" '"page":6}'
cp "$data/real/variants/city-2025.pdf" "$work/city-named.txt"
expect "a PDF named .txt is read as a PDF" 0 "$nianbao" check "$work/city-named.txt"
# PDFs (issue 11): read through poppler; a scan, an encrypted, damaged or empty PDF -> 2 with one message.
expect "scanned PDF -> 2" 2 "$nianbao" check "$data/pdf/scan.pdf"
contains "scan message" "$work/err" "扫描件，没有文字层，无法检查"
expect "encrypted PDF -> 2" 2 "$nianbao" check "$data/pdf/encrypted.pdf"
contains "encrypted message" "$work/err" "设有打开密码"
expect "damaged PDF -> 2" 2 "$nianbao" check "$data/pdf/garbage.pdf"
contains "damaged message" "$work/err" "已损坏"
expect "truncated PDF -> 2" 2 "$nianbao" check "$data/pdf/truncated.pdf"
expect "empty .pdf -> 2" 2 "$nianbao" check "$data/pdf/empty.pdf"
contains "empty PDF message" "$work/err" "0 字节"
expect "batch with a scan: the others still checked" 2 "$nianbao" check "$data/pdf/scan.pdf" "$data/layouts/tabs.txt"
contains "batch goes on" "$work/out" "未发现问题"
cp "$data/real/variants/city-2025.pdf" "$work/city.pdf"
expect "fill -o on a PDF -> 2" 2 "$nianbao" fill "$work/city.pdf" -o "$work/city-filled.pdf"
contains "fill -o PDF message" "$work/err" "PDF 文件不能写出修正后的副本"
[ ! -e "$work/city-filled.pdf" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL fill -o wrote a PDF copy"; }
expect "json (an unreadable file makes it 2)" 2 "$nianbao" check --format json "$data/samples/zezhou-zhujian-2023.txt" "$work/empty.txt"
/usr/bin/python3 - "$work/out" <<'PY' && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL json schema"; }
import json, sys
doc = json.load(open(sys.argv[1]))
assert isinstance(doc, list) and len(doc) == 2
a, b = doc
assert a["format"] == "2019" and a["file"].endswith("zezhou-zhujian-2023.txt")
rules = [f["rule"] for f in a["findings"]]
assert rules.count("table/balance") == 2 and "text/no-requests-claim" in rules, rules
for f in a["findings"]:
    assert set(f) == {"rule", "severity", "message", "location", "related", "fix"}, f
    assert f["severity"] in ("error", "warning", "info")
bal = [f for f in a["findings"] if f["rule"] == "table/balance"][0]
assert bal["location"]["table"] == "requests" and bal["location"]["row"] == "4" and bal["location"]["column"] == "natural"
assert len(bal["related"]) == 3
assert b["error"] == "文件为空" and b["findings"] == [] and b["format"] is None
PY

expect "previous year" 1 "$nianbao" check "$data/history/ecology-2024.txt" --previous "$data/history/ecology-2023.txt"
contains "carry-over named" "$work/out" "表三「自然人」列的上年结转为 1，而上年报告的结转下年度继续办理为 2"
contains "copied share" "$work/out" "与上年报告相同"
expect "previous unreadable -> 2" 2 "$nianbao" check "$data/history/ecology-2024.txt" --previous "$work/empty.txt"
contains "previous message" "$work/err" "上年报告无法作为年度报告读取"
expect "previous with two files -> 2" 2 "$nianbao" check a.txt b.txt --previous c.txt
expect "rules" 0 "$nianbao" rules
contains "rules list" "$work/out" "table/row-total"

# fill: shows the edits, writes a corrected copy, never touches the input.
cp "$data/layouts/tabs.txt" "$work/report.txt"
sed -i 's/^（七）总计\t\t12\t2\t0\t0\t0\t0\t14/（七）总计\t\t0\t0\t0\t0\t0\t0\t0/' "$work/report.txt"
before=$(sha256sum "$work/report.txt")
expect "check wrong totals -> 1" 1 "$nianbao" check "$work/report.txt"
expect "fill shows edits" 0 "$nianbao" fill "$work/report.txt"
contains "fill names a cell" "$work/out" "（七）总计」行「总计」列：“0” → 14"
expect "fill -o" 0 "$nianbao" fill "$work/report.txt" -o "$work/fixed.txt"
[ "$before" = "$(sha256sum "$work/report.txt")" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL input changed"; }
expect "fixed copy has no error" 0 "$nianbao" check "$work/fixed.txt"
expect "second fill: nothing to do" 0 "$nianbao" fill "$work/fixed.txt"
contains "nothing to do" "$work/out" "无需修改"
expect "fill onto the input -> 2" 2 "$nianbao" fill "$work/report.txt" -o "$work/report.txt"
expect "fill into a missing directory -> 2" 2 "$nianbao" fill "$work/report.txt" -o "$work/no/such/dir.txt"
# fill -o writes through a temporary file of its own: another run's file next to the output is
# left alone, and runs at once into one output all succeed and leave one whole copy.
printf '另一次运行的输出\n' > "$work/fixed2.txt.nianbao-tmp"
expect "fill -o beside another run's temporary file" 0 "$nianbao" fill "$work/report.txt" -o "$work/fixed2.txt"
contains "the other run's file is untouched" "$work/fixed2.txt.nianbao-tmp" "另一次运行的输出"
cmp -s "$work/fixed.txt" "$work/fixed2.txt" && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL fill -o beside a temporary file"; }
pids=()
for i in 1 2 3 4 5 6; do "$nianbao" fill "$work/report.txt" -o "$work/together.txt" >/dev/null 2>"$work/together-$i.err" & pids+=($!); done
together_ok=1
for p in "${pids[@]}"; do wait "$p" || together_ok=0; done
[ "$together_ok" = 1 ] && cmp -s "$work/fixed.txt" "$work/together.txt" && [ -z "$(ls "$work" | grep 'together.txt.nianbao-')" ] \
    && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL six fills at once into one output"; cat "$work"/together-*.err; }

# template: one agency, a list, and every way it must refuse without writing anything.
expect "template odt" 0 "$nianbao" template --agency 某县住房和城乡建设局 --year 2025 -o "$work/t/报告.odt"
/usr/bin/python3 - "$work/t/报告.odt" <<'PY' && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL odt package"; }
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
assert z.testzip() is None
content = z.read("content.xml").decode()
assert "某县住房和城乡建设局2025年政府信息公开工作年度报告" in content and content.count("<table:table ") == 3
assert "（六）其他处理" in content and "3.其他" in content and "结转下年度继续办理" in content
PY
expect "no overwrite" 2 "$nianbao" template --agency 某局 --year 2025 -o "$work/t/报告.odt"
contains "no overwrite message" "$work/err" "不覆盖已有文件"
expect "year before 2021" 2 "$nianbao" template --agency 某局 --year 2020 -o "$work/t/old.odt"
contains "2019 format said" "$work/err" "2019 年试行格式"
[ ! -e "$work/t/old.odt" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL old.odt written"; }
expect "bad year" 2 "$nianbao" template --year 20x5 -o "$work/t/x.odt"
expect "bad extension" 2 "$nianbao" template --year 2025 -o "$work/t/x.pdf"
printf '某县人民政府\n# 注释行\n\n某县住房和城乡建设局\n某县/市场监督管理局\n某县教育局:*?\n' > "$work/list.txt"
expect "batch" 0 "$nianbao" template --agencies "$work/list.txt" --year 2025 --out-dir "$work/batch" --format fodt
[ "$(ls "$work/batch" | wc -l)" -eq 4 ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL batch count"; ls "$work/batch"; }
[ -f "$work/batch/某县_市场监督管理局2025年政府信息公开工作年度报告.fodt" ] && [ -f "$work/batch/某县教育局___2025年政府信息公开工作年度报告.fodt" ] \
    && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL safe names"; ls "$work/batch"; }
grep -q "工作考核、社会评议和责任追究" "$work/batch/某县人民政府2025年政府信息公开工作年度报告.fodt" && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL government guidance"; }
printf '某局\n   \n某局\n' > "$work/dup.txt"
expect "duplicate names" 2 "$nianbao" template --agencies "$work/dup.txt" --year 2025 --out-dir "$work/dup"
[ -z "$(ls -A "$work/dup" 2>/dev/null)" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL half-written batch"; ls -a "$work/dup"; }
expect "unreadable list" 2 "$nianbao" template --agencies "$work/none.txt" --year 2025 --out-dir "$work/x"
contains "list message" "$work/err" "无法读取机关名单"
printf '# 只有注释\n' > "$work/empty-list.txt"
expect "out-dir is a file" 2 "$nianbao" template --agencies "$work/list.txt" --year 2025 --out-dir "$work/list.txt"
contains "not a directory, in Chinese" "$work/err" "已存在，但不是目录"
expect "empty list" 2 "$nianbao" template --agencies "$work/empty-list.txt" --year 2025 --out-dir "$work/x"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
