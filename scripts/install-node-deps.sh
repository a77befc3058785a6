#!/usr/bin/env bash
# Installs the Node packages of the Fabric reference chaincode
# (bench/fabric-reference) from its lockfile with npm ci, once: does nothing
# when they are in place and the lockfile has not changed since. Safe to run
# from parallel tests (one npm ci at a time). Needs node and npm
# (scripts/install-deps.sh) and the npm registry.
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/bench/fabric-reference"
stamp=$dir/node_modules/.lianxin-lock-sha256
want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
exec 9>"${TMPDIR:-/tmp}/lianxin-npm-ci.lock"
flock 9
if [[ -f $stamp && $(cat "$stamp") == "$want" ]]; then
    exit 0
fi
echo "install-node-deps: npm ci in bench/fabric-reference"
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "$want" >"$stamp"
