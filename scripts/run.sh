#!/usr/bin/env bash
# Builds LianXin and starts the workstation on the embedded sandbox
# consortium. The sandbox (banks, identities, channels, genesis blocks) is
# created on the first run in the data folder. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build=${LIANXIN_BUILD_DIR:-build}
exec "$build/app/lianxin" "$@"
