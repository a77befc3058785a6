#!/usr/bin/env bash
# lianxin-cli on the Fabric test network, standing in for lianxin-cli itself
# so that the CLI lifecycle scripts of tests/cli run unchanged against the
# network (docs/fabric-tests.md):
#   LIANXIN_CLI      the real lianxin-cli
#   LIANXIN_NETWORK  the network's folder (scripts/fabric-network.sh up DIR)
#
#   cli_on_network.sh run SCRIPT   runs tests/cli/SCRIPT with this file as its
#                                  lianxin-cli; SKIP (77) when the network is
#                                  not there (no Fabric programs were found)
#   cli_on_network.sh ARGS...      lianxin-cli ARGS on the network
#
# Every command goes to the network: --network DIR/profiles/<MSP>.json, the
# profile of the bank the --as identity belongs to, so each bank's officers
# use their own bank's peer (the first profile's when there is no --as).
#
# "sandbox init" is what a script does first to get a data folder with the
# consortium's identities. On a network that means joining it: each user of
# the network (DIR/users/<MSP>/<USER>/msp, Fabric's msp layout) is imported
# into the data folder's wallet with "identities import", as a bank's
# officer would import what their Fabric CA issued. "sandbox init --demo"
# (a demo book on an embedded sandbox) stays a sandbox: that data folder and
# every later command on it use the embedded ledger, as without a network.
set -u
cli=${LIANXIN_CLI:?LIANXIN_CLI names lianxin-cli}
net=${LIANXIN_NETWORK:?LIANXIN_NETWORK names the network folder}

if [ "${1:-}" = run ]; then
    if [ ! -f "$net/network.json" ] || [ ! -d "$net/profiles" ]; then
        echo "SKIP: no Fabric network in $net (no Fabric programs were found to bring it up)"
        exit 77
    fi
    exec bash "$2" "${BASH_SOURCE[0]}"
fi

data= pass= as= init= demo= addbank= file= submit= json= availability= mspdir=
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    case ${args[i]} in
    --data) data=${args[i + 1]:-} ;;
    --passphrase-file) pass=${args[i + 1]:-} ;;
    --as) as=${args[i + 1]:-} ;;
    --file) file=${args[i + 1]:-} ;;
    --json) json=1 ;;
    --demo) demo=1 ;;
    sandbox) [ "${args[i + 1]:-}" = init ] && init=1; [ "${args[i + 1]:-}" = add-bank ] && addbank=1 ;;
    submit-config) [ "${args[i - 1]:-}" = governance ] && submit=${args[i + 1]:-} ;;
    availability) [ "${args[i - 1]:-}" = gas ] && availability=1 ;;
    --msp-dir) mspdir=1 ;;
    esac
done
network_script=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/scripts/fabric-network.sh

if [ -n "$data" ] && [ -e "$data/.embedded-sandbox" ]; then
    exec "$cli" "$@"
fi

if [ -n "$init" ]; then
    if [ -n "$demo" ]; then
        "$cli" "$@" || exit $?
        touch "$data/.embedded-sandbox"
        exit 0
    fi
    [ -n "$data" ] && [ -n "$pass" ] || { echo "cli_on_network: sandbox init needs --data and --passphrase-file" >&2; exit 2; }
    profile=$(ls "$net"/profiles/*.json | head -n 1)
    imported=0
    for msp in "$net"/users/*/*/msp; do
        user=$(basename "$(dirname "$msp")")
        org=$(basename "$(dirname "$(dirname "$msp")")")
        "$cli" --data "$data" --passphrase-file "$pass" --network "$profile" \
            identities import --msp-id "$org" --user "$user" --msp-dir "$msp" >/dev/null || exit $?
        imported=$((imported + 1))
    done
    echo "Joined the network in $net: $imported identities imported into $data"
    exit 0
fi

if [ -n "$addbank" ] && [ ! -e "$data/.embedded-sandbox" ]; then
    out=$("$cli" --data "$net/sandbox" --passphrase-file "$net/sandbox.pass" --json sandbox add-bank --file "$file") || exit $?
    msp=$(printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin)["mspId"])')
    bash "$network_script" org-materials "$net" "$msp" || exit 4
    profile=$(ls "$net"/profiles/*.json | head -n 1)
    for dir in "$net/users/$msp"/*/msp; do
        "$cli" --data "$data" --passphrase-file "$pass" --network "$profile" identities import --msp-id "$msp" \
            --user "$(basename "$(dirname "$dir")")" --msp-dir "$dir" >/dev/null || exit $?
    done
    if [ -n "$json" ]; then
        printf '%s' "$out"
    else
        echo "Bank $msp made for the network in $net"
    fi
    exit 0
fi

org=${as%%/*}
profile=$net/profiles/$org.json
if [ -z "$as" ] || [ ! -f "$profile" ]; then
    profile=$(ls "$net"/profiles/*.json | head -n 1)
fi
if [ -n "$submit" ]; then
    "$cli" --network "$profile" "$@" || exit $?
    # The bank's operator brings its peer into the channels that have it now.
    state=$("$cli" --network "$profile" --data "$data" --passphrase-file "$pass" --json governance config "$submit") || exit $?
    read -r msp joined < <(printf '%s' "$state" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["organization"], " ".join(c["channel"] for c in d["channels"] if c["applied"]))')
    [ -z "$joined" ] || bash "$network_script" join-org "$net" "$msp" $joined >&2 || exit 4
    exit 0
fi
# A node's availability statement is signed by the bank's own peer0, as its
# MSP folder in the network's materials holds it.
if [ -n "$availability" ] && [ -z "$mspdir" ]; then
    exec "$cli" --network "$profile" "$@" --msp-dir "$net/orgs/$org/peer0/msp"
fi
exec "$cli" --network "$profile" "$@"
