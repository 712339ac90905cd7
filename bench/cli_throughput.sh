#!/usr/bin/env bash
# CLI throughput: `nianbao check --format json` over 1 000 text reports (the three samples and
# the layout variants, copied round-robin), pinned to one core. Also peak memory.
#   bench/cli_throughput.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sources=("$root"/tests/data/samples/*.txt "$root"/tests/data/layouts/* "$root"/tests/data/history/*)
for i in $(seq 1 "$n"); do cp "${sources[$(( i % ${#sources[@]} ))]}" "$work/r$i.txt"; done
bin="$root/build/cli/nianbao"
best=""
for run in 1 2 3; do
    start=$(date +%s.%N)
    taskset -c 0 "$bin" check --format json "$work"/r*.txt > "$work/out.json" || [ $? -eq 1 ]
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    echo "run $run: $n reports in $(printf %.3f "$t") s = $(printf %.0f "$(echo "$n / $t" | bc -l)") reports/s"
done
/usr/bin/time -f "peak RSS, $n reports in one process: %M KiB" "$bin" check --format json "$work"/r*.txt > /dev/null || true
/usr/bin/time -f "peak RSS, one report: %M KiB" "$bin" check --format json "$work/r1.txt" > /dev/null || true
