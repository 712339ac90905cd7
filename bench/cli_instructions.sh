#!/usr/bin/env bash
# Instructions (callgrind) for `nianbao check --format json` over N text reports in one process —
# the same reports, round-robin, as bench/cli_throughput.sh. Unlike wall-clock time, the count
# does not move with what else the machine is doing.
#   bench/cli_instructions.sh [N] [NIANBAO]   (prints the total, then the top functions)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-96}
bin=${2:-$root/build/cli/nianbao}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sources=("$root"/tests/data/samples/*.txt "$root"/tests/data/layouts/* "$root"/tests/data/history/*)
for i in $(seq 1 "$n"); do cp "${sources[$(( i % ${#sources[@]} ))]}" "$work/r$i.txt"; done
valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$bin" check --format json "$work"/r*.txt \
    > "$work/out.json" 2> "$work/valgrind.log" || [ $? -eq 1 ]
grep -o 'Collected : [0-9]*' "$work/valgrind.log"
[ -n "${NIANBAO_CG_KEEP:-}" ] && cp "$work/cg.out" "$NIANBAO_CG_KEEP"
callgrind_annotate --inclusive=no "$work/cg.out" 2>/dev/null | sed -n '/^Ir/,$p' | head -25
