#!/usr/bin/env bash
# CLI throughput: `nianbao check --format json` over N text reports (the samples, the layout
# variants and the history pair, copied round-robin) in one process pinned to one core; then
# peak memory. With a second binary (an older build, say), both are timed alternately in the
# same run, so the comparison is not skewed by what else the machine is doing.
#   bench/cli_throughput.sh [N] [BASELINE_NIANBAO]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-1000}
baseline=${2:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sources=("$root"/tests/data/samples/*.txt "$root"/tests/data/layouts/* "$root"/tests/data/history/*)
for i in $(seq 1 "$n"); do cp "${sources[$(( i % ${#sources[@]} ))]}" "$work/r$i.txt"; done
bin="$root/build/cli/nianbao"

# Seconds for one pass over the N reports.
one_pass() {
    local start end
    start=$(date +%s.%N)
    taskset -c 0 "$1" check --format json "$work"/r*.txt > "$work/out.json" || [ $? -eq 1 ]
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
rate() { printf "%.3f s = %.0f reports/s" "$1" "$(echo "$n / $1" | bc -l)"; }

for run in 1 2 3 4 5; do
    t=$(one_pass "$bin")
    line="run $run: this build $(rate "$t")"
    if [ -n "$baseline" ]; then
        b=$(one_pass "$baseline")
        line="$line | baseline $(rate "$b")"
    fi
    echo "$line"
done
/usr/bin/time -q -f "peak RSS, $n reports in one process: %M KiB" "$bin" check --format json "$work"/r*.txt > /dev/null || true
/usr/bin/time -q -f "peak RSS, one report: %M KiB" "$bin" check --format json "$work/r1.txt" > /dev/null || true
