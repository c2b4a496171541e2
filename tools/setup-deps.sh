#!/usr/bin/env bash
# Installs what building and testing Minnow needs on Debian, if missing.
set -eu
need=()
command -v cmake >/dev/null || need+=(cmake)
command -v g++ >/dev/null || need+=(g++)
command -v python3 >/dev/null || need+=(python3)
[ -e /usr/include/gtest/gtest.h ] || need+=(libgtest-dev)
if [ "${1:-}" = "--boards" ]; then
  command -v arm-none-eabi-gcc >/dev/null || need+=(gcc-arm-none-eabi libnewlib-arm-none-eabi)
  command -v qemu-system-arm >/dev/null || need+=(qemu-system-arm)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
