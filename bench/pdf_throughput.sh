#!/usr/bin/env bash
# PDF reading throughput (issue 11): `nianbao check --format json` over the corpus PDFs
# (scripts/make-real-pdfs.sh), each repeated ROUNDS times in one process pinned to one core, minus a
# run over one PDF (start-up). Prints PDFs/s and pages/s after start-up, by wall clock and by the
# process's CPU time (user + sys, from /usr/bin/time: on a shared machine the wall clock mostly
# measures the neighbours).
#   bench/pdf_throughput.sh [ROUNDS] [NIANBAO] [PDF_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-10}
nianbao=${2:-$root/build/cli/nianbao}
dir=${3:-$root/build/real-pdfs}
mapfile -t pdfs < <(ls "$dir"/*.pdf)
((${#pdfs[@]})) || { echo "no PDFs in $dir: run scripts/make-real-pdfs.sh" >&2; exit 1; }
pages=0
for p in "${pdfs[@]}"; do pages=$((pages + $(pdfinfo "$p" | awk '/^Pages:/ {print $2}'))); done
args=()
for ((r = 0; r < rounds; ++r)); do args+=("${pdfs[@]}"); done
now() { date +%s.%N; }
cpu=$(mktemp)
trap 'rm -f "$cpu"' EXIT
t0=$(now); /usr/bin/time -o "$cpu" -f "%U %S" taskset -c 0 "$nianbao" check --format json "${pdfs[0]}" > /dev/null || true; t1=$(now)
cpu_one=$(tail -1 "$cpu")
/usr/bin/time -o "$cpu" -f "%U %S" taskset -c 0 "$nianbao" check --format json "${args[@]}" > /dev/null || true; t2=$(now)
cpu_all=$(tail -1 "$cpu")
python3 - "$t0" "$t1" "$t2" "${#args[@]}" "$((pages * rounds))" $cpu_one $cpu_all <<'PY'
import sys
t0, t1, t2, n, pages, u1, s1, u2, s2 = map(float, sys.argv[1:])
one = t1 - t0
work = (t2 - t1) - one
cpu = (u2 + s2) - (u1 + s1)
print(f"{int(n)} PDFs ({int(pages)} pages) in {t2 - t1:.2f} s wall, {u2 + s2:.2f} s CPU; one PDF with start-up "
      f"{one * 1000:.0f} ms wall, {(u1 + s1) * 1000:.0f} ms CPU")
print(f"after start-up, wall: {n / work:.1f} PDFs/s, {pages / work:.1f} pages/s, {work / n * 1000:.1f} ms per PDF")
print(f"after start-up, CPU:  {n / cpu:.1f} PDFs/s, {pages / cpu:.1f} pages/s, {cpu / n * 1000:.1f} ms per PDF")
PY
