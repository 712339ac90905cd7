#!/usr/bin/env bash
# `nianbao review` of N mixed reports as a supervising office receives them (issue 11's "review
# of 100 reports in under 30 s"): half .docx (the real-corpus Word conversions in
# tests/data/real/variants/), the rest PDFs (the variants' Writer exports), web pages and
# text/markdown copies of the real corpus, round-robin. Each given nianbao binary reviews the same
# folder in turn, ROUNDS times, alternated (e.g. the build before a change and after it).
#   bench/review_mixed.sh [N] [ROUNDS] [NIANBAO…]     default: 100 2 build/cli/nianbao
# Per run: wall time and the CPU of nianbao and its office together (/usr/bin/time: the office is
# nianbao's child), the office's own CPU and each office document's time and office CPU from
# NIANBAO_OFFICE_LOG (a document's lines summed: the build before one load per document logged
# the read and the annotated copy as two), and what the review wrote.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100}; rounds=${2:-2}; shift 2 || shift $# || true
bins=("$@"); [ ${#bins[@]} -gt 0 ] || bins=("$root/build/cli/nianbao")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
real="$root/tests/data/real"
docx=("$real"/variants/*.docx)
pdfs=("$real"/variants/*.pdf)
pages=("$real"/*.html)
texts=()
for f in "$real"/*.txt "$real"/*.md; do
    case "$f" in *.review.md|*/README.md|*/SOURCES.md) ;; *) texts+=("$f");; esac
done
mkdir -p "$work/in"
for i in $(seq 1 "$n"); do
    k=$((i / 2))
    if [ $((i % 2)) -eq 0 ]; then s=${docx[$((k % ${#docx[@]}))]}
    else
        case $((k % 3)) in
            0) s=${pdfs[$((k / 3 % ${#pdfs[@]}))]} ;;
            1) s=${pages[$((k / 3 % ${#pages[@]}))]} ;;
            2) s=${texts[$((k / 3 % ${#texts[@]}))]} ;;
        esac
    fi
    cp "$s" "$work/in/r$(printf %04d "$i")-$(basename "$s")"
done
echo "input: $n files: $(cd "$work/in" && ls | sed 's/.*\.//' | sort | uniq -c | tr -s ' \n' ' ')"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$rounds"); do
    for b in "${!bins[@]}"; do
        bin=${bins[$b]}; out="$work/out-$b-$round"
        status=0
        NIANBAO_OFFICE_LOG=1 /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" review "$work/in" -o "$out" \
            > "$work/stdout" 2> "$work/log" || status=$?
        python3 - "$work/time" "$work/log" "$work/stdout" "$bin" "$round" "$status" "$out" <<'PY'
import collections, os, re, statistics, sys
timef, logf, outf, binary, rnd, status, out = sys.argv[1:8]
wall, user, sys_, rss = open(timef).read().split()[-4:]
log = open(logf, encoding="utf-8", errors="replace").read()
docs = collections.defaultdict(lambda: [0, 0])
for path, ms, cpu in re.findall(r"^office: (\S+) (\d+) ms \(office CPU (\d+) ms\)", log, re.M):
    docs[path][0] += int(ms)
    docs[path][1] += int(cpu)
start = re.search(r"office: started in (\d+) ms \(pid \d+, office CPU (\d+) ms\)", log)
total = re.search(r"office: \d+ documents \(office CPU (-?\d+) ms, nianbao CPU (\d+) ms\)", log)
copies = sum(len(f) for _, _, f in os.walk(os.path.join(out, "批注")))
office_copies = sum(1 for _, _, fs in os.walk(os.path.join(out, "批注")) for f in fs if f.endswith(".docx"))
ms = sorted(v[0] for v in docs.values()); cpu = sorted(v[1] for v in docs.values())
p99 = lambda v: v[min(len(v) - 1, max(0, int(round(0.99 * len(v))) - 1))]
print("round %s %s: exit %s, wall %.1f s, CPU %.1f s (user %s + sys %s, nianbao and its office), peak RSS %d MB"
      % (rnd, binary, status, float(wall), float(user) + float(sys_), user, sys_, int(rss) // 1024))
if start:
    print("  office start-up %.1f s wall, %.1f s office CPU" % (int(start.group(1)) / 1000, int(start.group(2)) / 1000))
if total:
    print("  whole run: office CPU %.1f s, nianbao CPU %.1f s" % (int(total.group(1)) / 1000, int(total.group(2)) / 1000))
if ms:
    print("  office documents %d: per document (read + annotated copy) median %d ms wall, p99 %d ms; office CPU median %d ms, p99 %d ms, sum %.1f s"
          % (len(ms), statistics.median(ms), p99(ms), statistics.median(cpu), p99(cpu), sum(cpu) / 1000))
print("  " + " ".join(l for l in open(outf, encoding="utf-8").read().splitlines() if l.startswith("已审查")))
print("  copies written: %d (%d .docx with comments)" % (copies, office_copies))
PY
        rm -rf "$out"
    done
done
