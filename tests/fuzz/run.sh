#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60) from its seed corpus in
# tests/fuzz/corpus/<target>, and prints the executions per target. Builds the targets with
# clang first (build-fuzz/). A crash stops the run with the reproducer's path: turn it into
# a regular test, then fix the bug.
set -euo pipefail
seconds=${1:-60}
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPCC_FUZZ=ON >/dev/null
cmake --build "$build"
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in policing_bodies geojson log_import postcode template_merge eml; do
    work="$build/fuzz-work/$target"
    mkdir -p "$work/corpus" "$work/artifacts"
    log="$work/fuzz.log"
    if "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$work/artifacts/" -print_final_stats=1 \
        "$work/corpus" "$root/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
        echo "fuzz: $target: ${runs:-?} executions in ${seconds} s, no crash"
    else
        echo "fuzz: $target: FAILED (see $log; reproducer in $work/artifacts/)"
        tail -n 40 "$log"
        status=1
    fi
done
exit $status
