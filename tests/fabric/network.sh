#!/usr/bin/env bash
# The Fabric tests' network, as a CTest fixture: one network brought up by
# scripts/fabric-network.sh in the build folder for every fabric test, and
# brought down at the end.
#   network.sh up DIR     a fresh network in DIR (--dated-transactions), or SKIP (77)
#   network.sh down DIR   stops it and removes DIR (the tests' own folder)
# Ports from FABRIC_SCENARIOS_BASE_PORT (default 27550, away from the script's
# own default 27050, so a developer's network and a test run never collide).
set -u
what=$1 dir=$2
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
script=$repo/scripts/fabric-network.sh

fabric_found() {
    local candidate on_path candidates=()
    [ -n "${FABRIC_BIN:-}" ] && candidates+=("$FABRIC_BIN")
    if on_path=$(command -v peer 2>/dev/null); then candidates+=("$(dirname "$on_path")"); fi
    candidates+=("$repo/../shared/fabric/bin")
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate/peer" ] && return 0
    done
    return 1
}

case $what in
up)
    if ! fabric_found; then
        echo "SKIP: no Fabric programs found (FABRIC_BIN, PATH, ../shared/fabric/bin)"
        exit 77
    fi
    if [ ! -f "$script" ]; then
        echo "SKIP: this tree has no scripts/fabric-network.sh to bring a network up"
        exit 77
    fi
    # A network left over by an interrupted run: stop exactly its processes.
    if [ -e "$dir" ]; then
        bash "$script" down "$dir" >/dev/null 2>&1
        rm -rf "$dir"
    fi
    start=$SECONDS
    bash "$script" up "$dir" --base-port "${FABRIC_SCENARIOS_BASE_PORT:-27550}" --dated-transactions
    code=$?
    echo "fabric-network.sh up: exit $code after $((SECONDS - start)) s"
    if [ $code -ne 0 ]; then
        # Leave nothing running; keep the logs for the report.
        bash "$script" down "$dir" >/dev/null 2>&1
        for log in "$dir"/logs/*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 15 "$log"; }; done
        exit 1
    fi
    ;;
down)
    [ -e "$dir" ] || exit 0
    bash "$script" down "$dir"
    code=$?
    [ $code -eq 0 ] && rm -rf "$dir"
    exit $code
    ;;
*)
    echo "usage: network.sh up|down DIR" >&2
    exit 2
    ;;
esac
