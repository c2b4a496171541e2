#!/bin/sh
# Builds the firmware of every bare-metal board and prints the size report.
#
#   tools/boards/build.sh [build-folder]     (default: build-boards)
#
# Each board lands in <build-folder>/<board>/firmware.elf (and .bin, .map).
# The build fails when a board outgrows its chip (flash or RAM) or links
# malloc or the C++ unwinder (tools/boards/check_image.py).
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$repo/build-boards}
jobs=$(nproc 2>/dev/null || echo 2)
generator=
command -v ninja >/dev/null 2>&1 && generator="-G Ninja"

# board name : port folder
boards="netduinoplus2:ports/stm32 microbit:ports/microbit"

for entry in $boards; do
  board=${entry%%:*}
  port=${entry#*:}
  dir=$out/$board
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$repo/ports/common" -B "$dir" $generator \
      -DCMAKE_TOOLCHAIN_FILE="$repo/tools/boards/arm-none-eabi.cmake" \
      -DMINNOW_BOARD_DIR="$repo/$port" >/dev/null
  fi
  if ! cmake --build "$dir" -j "$jobs" >"$dir/build.log" 2>&1; then
    grep -E "error|overflowed|undefined" "$dir/build.log" | head -20 >&2
    echo "build of $board failed (see $dir/build.log)" >&2
    exit 1
  fi
done

echo "size report (bytes):"
for entry in $boards; do
  grep "^size " "$out/${entry%%:*}/build.log" | sed 's/^size /  /'
done
