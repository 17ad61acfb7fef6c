#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for a bounded time.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      default: 60 s, every target
#
# Seeds come from the test fixtures and the examples; the growing corpus lives in
# .build/fuzz-corpus/<target>/ (reused by the next run), crashes in .build/fuzz-artifacts/<target>/.
# Exits 1 when any target finds a crash, a leak-free hang (timeout) or an out-of-memory.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzCSV FuzzNumberParser FuzzSpec FuzzTemplate)

# Own scratch path: sanitizer flags would otherwise invalidate the normal .build/debug.
scratch=.build/fuzz
for target in "${targets[@]}"; do
    RENJA_FUZZ=1 swift build --scratch-path "$scratch" --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
        --product "$target" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol" || true
    [ -x "$scratch/debug/$target" ] || { echo "error: $target did not build" >&2; exit 1; }
done

# seed TARGET FILE...: copies each regular file into the target's corpus under a name from its path.
seed() {
    local corpus=.build/fuzz-corpus/$1
    shift
    mkdir -p "$corpus"
    for file in "$@"; do
        # Only regular files: the hostile fixtures hold links to /dev/zero and folders named *.csv.
        [ -f "$file" ] && [ ! -L "$file" ] || continue
        cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"
    done
}

shopt -s nullglob globstar
seed FuzzCSV Tests/Fixtures/**/*.csv docs/examples/**/*.csv input/**/*.csv
seed FuzzSpec Tests/Fixtures/**/renja.yaml docs/examples/**/renja.yaml input/**/renja.yaml
seed FuzzTemplate templates/bab-*.xml Tests/Fixtures/**/templates/*.xml
mkdir -p .build/fuzz-corpus/FuzzNumberParser
for cell in "1.814.088.000" "99,34" "1,814,088,000" "99.34" "-" "" "12 %" "+5" "-0,5" " 7 " "1.5" "1,5"; do
    printf '%s' "$cell" > ".build/fuzz-corpus/FuzzNumberParser/seed-$(printf '%s' "$cell" | od -An -tx1 | tr -d ' \n')"
done

# Backtraces from the Swift runtime can hang a crashing fuzzer; libFuzzer prints its own.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
status=0
for target in "${targets[@]}"; do
    artifacts=.build/fuzz-artifacts/$target/
    mkdir -p "$artifacts"
    dictionary=Fuzz/dictionaries/$target.dict
    # 60 s per input: a spec within the alias budget may expand to 4 MiB of text, which takes
    # 2 s in a debug build and up to ~30 s under the fuzzer's sanitizers; a real hang never ends.
    options=(-max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1
             -artifact_prefix="$artifacts")
    [ -f "$dictionary" ] && options+=(-dict="$dictionary")
    echo "== $target for ${seconds}s"
    # libFuzzer reports every new unit; keep that in a log and show its closing statistics.
    log=.build/fuzz-artifacts/$target.log
    if ! "$scratch/debug/$target" "${options[@]}" ".build/fuzz-corpus/$target" >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "error: $target found a problem; see $artifacts and $log" >&2
        status=1
    else
        grep -E '^(stat::|Done )' "$log" || tail -n 5 "$log"
    fi
done
exit $status
