#!/usr/bin/env bash
# Captures the real Fabric blocks of tests/data/fabric-blocks (run by hand,
# once; docs/fabric-block-verification.md): a network of our own making, the
# Fabric scenarios' transactions (drafts in implicit collections, an
# endorsement-policy failure, MVCC conflicts, an L/C's lifecycle), an
# anchor-peer configuration update on trust and on lc, then every block of
# every channel from HuaxiaBank's peer.
#   capture-blocks.sh BUILD-DIR OUT-DIR [BASE-PORT]
set -euo pipefail
build=$(cd "$1" && pwd) out=$2 port=${3:-33050}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${FABRIC_BIN:?set FABRIC_BIN to the folder of the Fabric programs}"
net=$(mktemp -d)/net
trap 'bash "$repo/scripts/fabric-network.sh" down "$net" >/dev/null 2>&1 || true' EXIT
LIANXIN_BUILD_DIR=$build bash "$repo/scripts/fabric-network.sh" up "$net" --base-port "$port" --dated-transactions
driver=(/usr/bin/python3 "$repo/tests/fabric/run.py" --cli "$build/app/cli/lianxin-cli" --protoc "$(command -v protoc)"
    --repo "$repo" --network "$net")
for scenario in private mvcc lc; do "${driver[@]}" "$scenario"; done
bash "$repo/tests/fabric/anchor-peer-update.sh" "$net" trust HuaxiaBankMSP
bash "$repo/tests/fabric/anchor-peer-update.sh" "$net" lc DongfangBankMSP
"${driver[@]}" mvcc # transactions after the configuration update
rm -rf "$out"
"$build/tests/fabric/fabric_capture_blocks" "$net" "$out"
