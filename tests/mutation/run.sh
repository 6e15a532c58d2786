#!/usr/bin/env bash
# Mutation check: applies each line of mutations.txt on its own (a small bug in core), rebuilds,
# runs the whole suite, and puts the file back exactly (from a copy, even if interrupted). A
# mutation is "caught" when at least one test fails. Prints one line per mutation and the score.
#
#     tests/mutation/run.sh [BUILD_DIR]        (a configured build; default build)
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
list="$root/tests/mutation/mutations.txt"
caught=0
total=0
survivors=()
while IFS=$'\t' read -r file original mutated meaning; do
    [[ -z "$file" || "$file" == \#* ]] && continue
    total=$((total + 1))
    path="$root/$file"
    backup="$(mktemp)"
    cp -p "$path" "$backup"
    # Put back on any exit; an interrupt also stops the run (a trap that only put the file back
    # would let the loop go on to the next mutation).
    trap 'cp "$backup" "$path"; rm -f "$backup"' EXIT
    trap 'cp "$backup" "$path"; rm -f "$backup"; trap - EXIT; exit 130' INT
    trap 'cp "$backup" "$path"; rm -f "$backup"; trap - EXIT; exit 143' TERM
    if ! python3 - "$path" "$original" "$mutated" <<'PY'
import sys
path, original, mutated = sys.argv[1], sys.argv[2].replace("\\n", "\n"), sys.argv[3].replace("\\n", "\n")
text = open(path, encoding="utf-8").read()
if text.count(original) != 1:
    sys.exit(f"mutation: the text to change occurs {text.count(original)} times in {path}")
open(path, "w", encoding="utf-8").write(text.replace(original, mutated))
PY
    then
        echo "mutation $total: NOT APPLIED ($file): fix mutations.txt"
        cp "$backup" "$path"
        exit 2
    fi
    if ! cmake --build "$build" >/dev/null 2>&1; then
        # A mutation that does not compile tests nothing: it is a mistake in the list.
        cp "$backup" "$path"
        echo "mutation $total ($file): INVALID, does not compile: fix mutations.txt"
        exit 2
    elif ctest --test-dir "$build" -j2 -E "translations-up-to-date" >/dev/null 2>&1; then
        result="SURVIVED"
        survivors+=("$total: $meaning")
    else
        result="caught"
        caught=$((caught + 1))
    fi
    cp "$backup" "$path"  # a new mtime: the next build compiles the original again
    rm -f "$backup"
    trap - EXIT INT TERM
    echo "mutation $total ($file): $result: $meaning"
done < "$list"
cmake --build "$build" >/dev/null 2>&1
echo "mutation score: $caught of $total caught"
for s in "${survivors[@]}"; do echo "survived: $s"; done
[ "$caught" -eq "$total" ]
