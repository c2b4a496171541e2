#!/bin/sh
# Builds the bare-metal boards and runs the script tests on them in QEMU.
#
#   tools/boards/test.sh [build-folder]      (default: build-boards)
#
# Installs the ARM toolchain, newlib and QEMU with apt-get when missing,
# builds every board (tools/boards/build.sh: size report, fails when a
# board outgrows its chip), then runs tools/boards/run_board_tests.py on all
# of them. Ends with the line "N passed, N failed, N skipped" over all
# boards; the exit status is 1 when a build fails or a test fails that is
# not in tests/known_failures_<board>.txt.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$root/build-boards}

need=""
command -v cmake >/dev/null 2>&1 || need="$need cmake"
command -v python3 >/dev/null 2>&1 || need="$need python3"
command -v arm-none-eabi-gcc >/dev/null 2>&1 || need="$need gcc-arm-none-eabi"
[ -e /usr/lib/arm-none-eabi/newlib/libc_nano.a ] || [ -e /usr/lib/arm-none-eabi/lib/libc_nano.a ] ||
  need="$need libnewlib-arm-none-eabi"
command -v qemu-system-arm >/dev/null 2>&1 || need="$need qemu-system-arm"
if [ -n "$need" ]; then
  echo "installing:$need"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
fi

echo "== build (boards)"
"$root/tools/boards/build.sh" "$out"

echo "== script tests (boards, in QEMU)"
python3 "$root/tools/boards/run_board_tests.py" --build-dir "$out"
