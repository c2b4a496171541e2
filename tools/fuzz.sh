#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for a while on a corpus seeded
# from the script tests.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]     default: 60 seconds, fuzz_exec fuzz_parse
#
# Environment: FUZZ_BUILD (build folder, default build-fuzz), FUZZ_WORK (where
# the corpora and crash files go, default $FUZZ_BUILD/work; corpora are kept
# between runs), FUZZ_JOBS (parallel workers per target, default 1).
# Ends with "N passed, N failed" (one per target); a target fails when it
# finds a crash, a sanitizer report, a timeout or an out-of-memory. The input
# that did it is saved as $FUZZ_WORK/<target>-crash-*: reproduce with
#   $FUZZ_BUILD/<target> FILE
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_exec fuzz_parse)
build=${FUZZ_BUILD:-build-fuzz}
work=${FUZZ_WORK:-$build/work}
jobs=${FUZZ_JOBS:-1}

if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh: clang++ is needed (apt-get install clang)"
  exit 1
fi
echo "== build ($build)"
cmake -S fuzz -B "$build" -DCMAKE_CXX_COMPILER=clang++ >/dev/null || exit 1
cmake --build "$build" -j"$(nproc)" 2>&1 | grep -E "error:" ; [ "${PIPESTATUS[0]}" = 0 ] || exit 1

mkdir -p "$work/seeds"
build=$(cd "$build" && pwd)
work=$(cd "$work" && pwd)
# Seeds: every script test (and helper module) of tests/.
find tests -name '*.py' -not -path '*/__pycache__/*' | while read -r f; do
  cp "$f" "$work/seeds/$(echo "$f" | tr '/' '_')"
done

# The sandbox port has no files and drops output; the programs still run in
# a scratch folder, in case a future port function reaches the real one.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Frames on the real stack only: the GC scans it for roots.
export ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

passed=0
failed=0
for t in "${targets[@]}"; do
  corpus="$work/corpus-$t"
  mkdir -p "$corpus"
  log="$work/$t.log"
  echo "== $t for ${seconds}s (corpus $corpus, log $log)"
  args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -malloc_limit_mb=2048
        -close_fd_mask=1 -print_final_stats=1 -artifact_prefix="$work/$t-")
  if [ "$jobs" -gt 1 ]; then args+=(-fork="$jobs" -ignore_crashes=0); fi
  (cd "$scratch" && "$build/$t" "${args[@]}" "$corpus" "$work/seeds") > "$log" 2>&1
  rc=$?
  runs=$(grep -E '^stat::number_of_executed_units' "$log" | tail -n 1 | awk '{print $2}')
  rate=$(grep -E '^stat::average_exec_per_sec' "$log" | tail -n 1 | awk '{print $2}')
  if [ $rc = 0 ]; then
    echo "ok: ${runs:-?} executions (${rate:-?}/s)"
    passed=$((passed + 1))
  else
    echo "FAIL $t (exit $rc):"
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|fuzz:' "$log" | head -n 10
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
