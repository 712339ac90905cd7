#!/usr/bin/env bash
# Runs one libFuzzer target with a seed corpus made from the test data.
#   fuzz/run.sh reader|value|binder SECONDS [extra libFuzzer flags]
# Needs the fuzz build: cmake --preset fuzz && cmake --build --preset fuzz
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=$1; seconds=$2; shift 2
corpus="$root/build-fuzz/corpus/$target"
mkdir -p "$corpus" "$root/build-fuzz/crashes/$target"
case $target in
    reader|binder) cp -n "$root"/tests/data/samples/*.txt "$root"/tests/data/layouts/* "$root"/tests/data/history/* "$corpus/" ;;
    value) i=0; for v in 12 １２ 10,727 "240794.55 元" "22（其中修订16件）" 七 十二 一百零五 / — 无 不适用 -3 0.000001 99999999999; do
               printf '%s' "$v" > "$corpus/seed$i"; i=$((i+1)); done ;;
esac
exec "$root/build-fuzz/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=$([ "$target" = value ] && echo 256 || echo 65536) \
    -artifact_prefix="$root/build-fuzz/crashes/$target/" -print_final_stats=1 "$@"
