#!/usr/bin/env bash
# Office documents through the CLI (issue 11): N .docx reports (the real-corpus variants, copied
# round-robin) and the same reports as text (their browser-copy .txt), in one `nianbao check`
# run — once the way the CLI reads now (the reader inside the office, no view) and once the old
# way (NIANBAO_OFFICE_REMOTE_READ=1 NIANBAO_OFFICE_VIEW_LOAD=1: every paragraph and cell over the
# pipe, a hidden frame per document), alternated in the same run of this script. Prints each
# way's office start-up, per-document median/p99 (from NIANBAO_OFFICE_LOG), documents/s after
# start-up, the office's and nianbao's CPU, and the text reports' time.
#   bench/office_cli.sh [N] [ways…]      ways: new old (default both)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100}; shift || true
ways=("${@:-new old}"); ways=(${ways[*]})
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
names=(city-2025 jiangsu-shuyang-fagaiju-2023 shanghai-shi-bangongting-2019)
for i in $(seq 1 "$n"); do
    name=${names[$(( i % ${#names[@]} ))]}
    cp "$root/tests/data/real/variants/$name.docx" "$work/d$i.docx"
    cp "$root/tests/data/real/variants/$name.browser.txt" "$work/t$i.txt"
done
bin="$root/build/cli/nianbao"
docs=(); texts=()
for i in $(seq 1 "$n"); do docs+=("$work/d$i.docx"); texts+=("$work/t$i.txt"); done

for way in "${ways[@]}"; do
    case $way in
        new) extra=() ;;
        old) extra=(NIANBAO_OFFICE_REMOTE_READ=1 NIANBAO_OFFICE_VIEW_LOAD=1) ;;
        *) echo "unknown way $way" >&2; exit 2 ;;
    esac
    start=$(date +%s.%N)
    env "${extra[@]}" NIANBAO_OFFICE_LOG=1 "$bin" check --format json "${docs[@]}" "${texts[@]}" > "$work/out-$way.json" 2> "$work/log-$way" || [ $? -eq 1 ]
    end=$(date +%s.%N)
    start_text=$(date +%s.%N)
    "$bin" check --format json "${texts[@]}" > /dev/null || [ $? -eq 1 ]
    end_text=$(date +%s.%N)
    echo "== $way (${extra[*]:-default})"
    python3 - "$work/log-$way" "$work/out-$way.json" "$n" "$start" "$end" "$start_text" "$end_text" <<'PY'
import json, re, statistics, sys
log, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
start, end, st, et = map(float, sys.argv[4:8])
text = open(log).read()
m = re.search(r"office: started in (\d+) ms \(pid \d+, office CPU (\d+) ms\)", text)
startup, startup_cpu = int(m.group(1)), int(m.group(2))
docs = re.findall(r"office: \S+\.docx (\d+) ms \(office CPU (\d+) ms\) load (\d+) ms read (\d+) ms close (\d+) ms", text)
assert len(docs) == n, (len(docs), text[-500:])
col = lambda k: sorted(int(d[k]) for d in docs)
times, cpu = col(0), col(1)
p99 = lambda v: v[min(len(v) - 1, int(round(0.99 * len(v))) - 1)]
total = re.search(r"office: \d+ documents \(office CPU (-?\d+) ms, nianbao CPU (\d+) ms\)", text)
results = json.load(open(out))
unread = [r["file"] for r in results if "error" in r]
total_docs = sum(times) / 1000
print("office start-up: %d ms wall, %d ms office CPU" % (startup, startup_cpu))
print("office documents: %d, median %d ms, p99 %d ms, max %d ms, sum %.1f s = %.1f documents/s after start-up"
      % (n, statistics.median(times), p99(times), times[-1], total_docs, n / total_docs))
print("  median load %d ms, read %d ms, close %d ms" % (statistics.median(col(2)), statistics.median(col(3)), statistics.median(col(4))))
print("office CPU per document: median %d ms, p99 %d ms, sum %.1f s = %.1f documents/s on one core"
      % (statistics.median(cpu), p99(cpu), sum(cpu) / 1000, n / max(sum(cpu) / 1000, 0.001)))
if total:
    print("whole run CPU: office %.1f s (start-up included), nianbao %.1f s" % (int(total.group(1)) / 1000, int(total.group(2)) / 1000))
print("same reports as text: %d in %.2f s (%.1f ms each, %.0f reports/s)" % (n, et - st, (et - st) * 1000 / n, n / (et - st)))
print("whole run (%d office + %d text): %.1f s; unreadable: %d" % (n, n, end - start, len(unread)))
PY
done
if [ -f "$work/out-new.json" ] && [ -f "$work/out-old.json" ]; then
    cmp -s "$work/out-new.json" "$work/out-old.json" && echo "findings: identical both ways" || { echo "findings DIFFER"; exit 1; }
fi
