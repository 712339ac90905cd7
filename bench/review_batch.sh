#!/usr/bin/env bash
# `nianbao review` of N text reports (copies of the real corpus, the samples and the layout
# variants, round-robin: text, markdown and web pages) and `nianbao check DIR` with --jobs 1 and
# --jobs 2, each pair timed alternately in the same run.
#   bench/review_batch.sh [N_REVIEW] [N_CHECK]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-100}; m=${2:-1000}
bin="$root/build/cli/nianbao"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
sources=()
for f in "$root"/tests/data/real/*.txt "$root"/tests/data/real/*.html "$root"/tests/data/real/*.md \
         "$root"/tests/data/samples/*.txt "$root"/tests/data/layouts/*; do
    case "$f" in *.review.md|*/README.md|*/SOURCES.md) continue;; esac
    sources+=("$f")
done
fill() {  # fill DIR COUNT
    mkdir -p "$1"
    for i in $(seq 1 "$2"); do
        local s=${sources[$(( i % ${#sources[@]} ))]}
        cp "$s" "$1/r$(printf %04d "$i")-$(basename "$s")"
    done
}
fill "$work/review" "$n"
fill "$work/check" "$m"
bytes=$(du -sb "$work/review" | cut -f1)
echo "review input: $n files, $((bytes / 1024)) KiB; check input: $m files"

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
for run in 1 2 3; do
    rm -rf "$work/out1" "$work/out2"
    r1=$(secs "$bin" review --jobs 1 "$work/review" -o "$work/out1")
    r2=$(secs "$bin" review --jobs 2 "$work/review" -o "$work/out2")
    c1=$(secs "$bin" check --jobs 1 --format json "$work/check")
    c2=$(secs "$bin" check --jobs 2 --format json "$work/check")
    printf "run %d: review %d: --jobs 1 %.2f s, --jobs 2 %.2f s | check %d: --jobs 1 %.2f s (%.0f/s), --jobs 2 %.2f s (%.0f/s)\n" \
        "$run" "$n" "$r1" "$r2" "$m" "$c1" "$(echo "$m / $c1" | bc -l)" "$c2" "$(echo "$m / $c2" | bc -l)"
done
cmp -s <("$bin" check --jobs 1 --format json "$work/check" 2>/dev/null) <("$bin" check --jobs 2 --format json "$work/check" 2>/dev/null) \
    && echo "check output identical for --jobs 1 and 2" || echo "check output DIFFERS between --jobs 1 and 2"
echo "review output: $(du -sh "$work/out1" | cut -f1), $(ls "$work/out1/批注" | wc -l) copies, 汇总.xlsx $(du -k "$work/out1/汇总.xlsx" | cut -f1) KiB, index.html $(du -k "$work/out1/index.html" | cut -f1) KiB"
/usr/bin/time -q -f "peak RSS, review of $n: %M KiB" "$bin" review "$work/review" -o "$work/out3" >/dev/null || true
