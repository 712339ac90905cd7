#!/usr/bin/env bash
# Office documents through the CLI (issue 11): N .docx reports (the real-corpus variants, copied
# round-robin) and the same reports as text (their browser-copy .txt), in one `nianbao check`
# run. Prints the private office's start-up, each document's median/p99 (from
# NIANBAO_OFFICE_LOG), office documents/s after start-up, and the text reports' time.
#   bench/office_cli.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100}
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

start=$(date +%s.%N)
NIANBAO_OFFICE_LOG=1 "$bin" check --format json "${docs[@]}" "${texts[@]}" > "$work/out.json" 2> "$work/log" || [ $? -eq 1 ]
end=$(date +%s.%N)
start_text=$(date +%s.%N)
"$bin" check --format json "${texts[@]}" > /dev/null || [ $? -eq 1 ]
end_text=$(date +%s.%N)

python3 - "$work/log" "$work/out.json" "$n" "$start" "$end" "$start_text" "$end_text" <<'PY'
import json, re, statistics, sys
log, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
start, end, st, et = map(float, sys.argv[4:8])
text = open(log).read()
m = re.search(r"office: started in (\d+) ms \(pid \d+, office CPU (\d+) ms\)", text)
startup, startup_cpu = int(m.group(1)), int(m.group(2))
docs = re.findall(r"office: \S+\.docx (\d+) ms \(office CPU (\d+) ms\)", text)
times = sorted(int(w) for w, _ in docs)
cpu = sorted(int(c) for _, c in docs)
assert len(times) == n, (len(times), text[-500:])
results = json.load(open(out))
unread = [r["file"] for r in results if "error" in r]
p99 = times[min(len(times) - 1, int(round(0.99 * len(times))) - 1)]
total_docs = sum(times) / 1000
print("office start-up: %d ms wall, %d ms office CPU" % (startup, startup_cpu))
print("office documents: %d, median %d ms, p99 %d ms, max %d ms, sum %.1f s = %.1f documents/s after start-up"
      % (n, statistics.median(times), p99, times[-1], total_docs, n / total_docs))
print("office CPU per document: median %d ms, p99 %d ms, sum %.1f s = %.1f documents/s on one core"
      % (statistics.median(cpu), cpu[min(len(cpu) - 1, int(round(0.99 * len(cpu))) - 1)], sum(cpu) / 1000,
         n / max(sum(cpu) / 1000, 0.001)))
print("same reports as text: %d in %.2f s (%.1f ms each, %.0f reports/s)" % (n, et - st, (et - st) * 1000 / n, n / (et - st)))
print("whole run (%d office + %d text): %.1f s; unreadable: %d" % (n, n, end - start, len(unread)))
PY
