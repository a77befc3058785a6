#!/usr/bin/env bash
# Configures and builds LianXin into ${LIANXIN_BUILD_DIR:-build}.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LIANXIN_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
