#!/usr/bin/env bash
# Builds LianXin with warnings as errors and runs every test (unit, ledger,
# crash, GUI headless), then the fuzzers for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# The Fabric tests' Node reference chaincode (the npm registry is reachable in CI).
bash scripts/install-node-deps.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
LIANXIN_BUILD_DIR=${LIANXIN_BUILD_DIR:-build} bash scripts/build.sh
build=${LIANXIN_BUILD_DIR:-build}
# Fuzzers first (bounded time: 60 s shared by the targets, 6 s each), so the
# test runner's summary closes the run.
bash scripts/fuzz.sh "${LIANXIN_FUZZ_SECONDS:-60}"
ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
