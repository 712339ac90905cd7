#!/usr/bin/env bash
# The unit suite under AddressSanitizer + UndefinedBehaviorSanitizer (leak checking on), then
# under Valgrind memcheck. Part of .ci/run; fails on any sanitizer report, error or leak.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset sanitize >/dev/null
cmake --build --preset sanitize
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset sanitize
for t in core_tests rule_tests; do
    echo "valgrind: $t"
    valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
        --show-leak-kinds=definite,indirect build/tests/$t --gtest_brief=1
done
echo "memory checks: no sanitizer report, no Valgrind error or leak"
