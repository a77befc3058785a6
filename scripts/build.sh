#!/usr/bin/env bash
# Configures and builds LianXin into ${LIANXIN_BUILD_DIR:-build}, warnings as
# errors (the project builds clean with Debian 12's g++).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LIANXIN_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIANXIN_WERROR=ON "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
