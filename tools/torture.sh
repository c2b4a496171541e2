#!/usr/bin/env bash
# Torture runs of the script tests on the unix port built with
# AddressSanitizer and UndefinedBehaviorSanitizer (tools/torture.py does the
# runs; see its top comment for the rules):
#   gc         every test with a collection before every allocation
#              (-X gctorture; a test that allocates more than 2000 times gets
#              one before every K-th, K chosen for about 2000 collections);
#   failalloc  every test with its N-th allocation failing (-X failalloc=N),
#              for every N up to its allocation count when that is at most
#              20, else for 20 values of N spread over it. The run must end
#              in its normal output, or a clean MemoryError.
# Any crash, sanitizer report, hang or wrong output fails the test.
#
#   tools/torture.sh [OPTIONS] [TESTS...]   e.g. tools/torture.sh --fail-max 0
#
# Options go to tools/torture.py: --mode gc|failalloc|all, --gc-max N and
# --fail-max N (0 = every allocation / every N: the long run), -j N,
# --timeout S, -v. Environment: TORTURE_BUILD (build folder, default
# build-torture). Ends with "N passed, N failed" (one per test per mode).
#
# The build is optimised (RelWithDebInfo): three times faster under
# gctorture than -O0, and it is what ships, where the collector must find
# pointers that live only in registers. tools/test's sanitizer build is -O0.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${TORTURE_BUILD:-build-torture}

# The sanitizer runtimes linked statically: a third less start-up time, and
# failalloc starts the interpreter about ten thousand times.
link_flags=""
if ! "${CXX:-c++}" --version 2>/dev/null | grep -qi clang; then
  link_flags="-static-libasan -static-libubsan"
fi
echo "== build ($build)"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINNOW_SANITIZE=ON -DMINNOW_UNIT_TESTS=OFF \
  -DCMAKE_EXE_LINKER_FLAGS="$link_flags" >/dev/null || exit 1
cmake --build "$build" -j"$(nproc)" --target minnow 2>&1 | grep -E " error:" ; [ "${PIPESTATUS[0]}" = 0 ] || exit 1

echo "== torture ($build/minnow)"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
exec python3 tools/torture.py --minnow "$build/minnow" -j "$(nproc)" "$@"
