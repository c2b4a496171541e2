#!/usr/bin/env bash
# Installs what building and testing Minnow needs on Debian, if missing.
#   tools/setup-deps.sh [--boards] [--fuzz]
#     --boards  the arm-none-eabi toolchain, newlib and QEMU (tools/boards)
#     --fuzz    clang with libFuzzer (tools/fuzz.sh)
set -eu
need=()
boards=0
fuzz=0
for a in "$@"; do
  case $a in
    --boards) boards=1 ;;
    --fuzz) fuzz=1 ;;
    *) echo "setup-deps.sh: unknown option $a" >&2; exit 2 ;;
  esac
done
command -v cmake >/dev/null || need+=(cmake)
command -v g++ >/dev/null || need+=(g++)
command -v python3 >/dev/null || need+=(python3)
[ -e /usr/include/gtest/gtest.h ] || need+=(libgtest-dev)
if [ $boards = 1 ]; then
  command -v arm-none-eabi-gcc >/dev/null || need+=(gcc-arm-none-eabi)
  compgen -G "/usr/lib/arm-none-eabi/*/libc_nano.a" >/dev/null ||
    compgen -G "/usr/lib/arm-none-eabi/newlib/*libc_nano.a" >/dev/null || need+=(libnewlib-arm-none-eabi)
  command -v qemu-system-arm >/dev/null || need+=(qemu-system-arm)
fi
if [ $fuzz = 1 ]; then
  command -v clang++ >/dev/null || need+=(clang)
  compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a" >/dev/null || need+=(libclang-rt-dev)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
