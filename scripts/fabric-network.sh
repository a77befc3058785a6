#!/usr/bin/env bash
# A Hyperledger Fabric 2.5 network of LianXin's own making on this machine's
# loopback: the sandbox's seven organizations (one peer each), one etcdraft
# orderer, the channels trust, lc, forfaiting and guarantee, and the
# consortium's contracts as chaincode-as-a-service (lianxin-chaincode).
# docs/fabric-network.md explains the network, its policies and its folder.
#
#   scripts/fabric-network.sh up DIR [--base-port N] [--dated-transactions]
#                                    [--with-reference] [--contracts LIST]
#   scripts/fabric-network.sh down DIR
#   scripts/fabric-network.sh status DIR
#   scripts/fabric-network.sh stop|start DIR NODE
#       one process of a running network (fault tests): NODE is orderer,
#       peer-<MSP> or cc-<contract>; start waits until it serves again
#   scripts/fabric-network.sh org-materials DIR MSP
#       Fabric material (orgs/MSP, users/MSP) for a bank made in the
#       network's sandbox since (lianxin-cli sandbox add-bank)
#   scripts/fabric-network.sh join-org DIR MSP CHANNEL...
#       once the channels' configurations have the bank (an admission,
#       docs/channel-configuration.md): its peer starts and joins them, and
#       their chaincodes are approved anew with it in their policy
#
# Fabric's programs (peer, orderer, configtxgen, osnadmin): FABRIC_BIN, else
# the PATH, else <repo>/../shared/fabric/bin. Ours (lianxin-cli,
# lianxin-chaincode): LIANXIN_BIN, else the build folder LIANXIN_BUILD_DIR
# when it is set, else the PATH (an installed package), else <repo>/build.
#
# Exit codes: 0 done, 2 usage, 3 a program is missing, 4 the network did
# not come up (or, for status, a process is down or a peer does not answer).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
readonly repo
readonly channels=(trust lc forfaiting guarantee)
# Every contract's chaincode name and its channel (ledger/StandardContracts.cpp).
readonly all_contracts=(registry notary kyc quotes lc guarantee forfaiting)
declare -A contract_channel=([registry]=trust [notary]=trust [kyc]=trust [quotes]=trust
    [lc]=lc [guarantee]=guarantee [forfaiting]=forfaiting [reference]=lc)
readonly cc_version=1.0
readonly stop_timeout=${FABRIC_NETWORK_STOP_TIMEOUT:-15}
# Fabric's default log format without its colour codes (the logs are files).
readonly log_format='%{time:2006-01-02 15:04:05.000 MST} %{id:03x} %{level:.4s} [%{module}] %{shortfunc} -> %{message}'
readonly wait_timeout=${FABRIC_NETWORK_WAIT_TIMEOUT:-120}

say() { echo "fabric-network: $*" >&2; }
# Set while up runs: a failed up stops what it started (the folder and its
# logs stay for a look; down is then a no-op).
stop_on_failure=
die() {
    local code=$1
    shift
    say "$*"
    exit "$code"
}
on_exit() {
    local rc=$?
    if [[ -n $stop_on_failure ]]; then
        stop_on_failure=
        say "up failed (exit $rc): stopping what it started; the logs are in $logs"
        stop_all
    fi
    # A failure that did not say its own exit code is the network's (4).
    ((rc == 0 || rc == 2 || rc == 3 || rc == 4)) && exit "$rc"
    exit 4
}

help_text() { sed -n '8,29p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
usage() {
    help_text >&2
    exit 2
}

# --- finding programs ---------------------------------------------------

fabric_bin=
find_fabric() {
    local candidates=()
    [[ -n ${FABRIC_BIN:-} ]] && candidates+=("$FABRIC_BIN")
    local on_path
    if on_path=$(command -v peer 2>/dev/null); then candidates+=("$(dirname "$on_path")"); fi
    candidates+=("$repo/../shared/fabric/bin")
    local candidate
    for candidate in "${candidates[@]}"; do
        if [[ -x $candidate/peer && -x $candidate/orderer && -x $candidate/configtxgen && -x $candidate/osnadmin ]]; then
            fabric_bin=$(cd "$candidate" && pwd)
            return 0
        fi
    done
    die 3 "no Fabric programs found (FABRIC_BIN, PATH, ../shared/fabric/bin): install Hyperledger Fabric 2.5's release binaries (peer, orderer, configtxgen, osnadmin) and set FABRIC_BIN to their folder (docs/fabric-network.md)"
}

# Our own program NAME: LIANXIN_BIN, the PATH, the build folder; empty when none.
find_ours() {
    local name=$1
    if [[ -n ${LIANXIN_BIN:-} && -x $LIANXIN_BIN/$name ]]; then
        echo "$LIANXIN_BIN/$name"
        return
    fi
    # A build folder named explicitly (the tests do) is what is being
    # tested: it wins over an installed package on the PATH.
    local build=${LIANXIN_BUILD_DIR:-build}
    [[ $build = /* ]] || build=$repo/$build
    local found
    found=$(find "$build/app" -maxdepth 3 -type f -name "$name" -perm -u+x -print -quit 2>/dev/null)
    if [[ -n ${LIANXIN_BUILD_DIR:-} && -n $found ]]; then
        echo "$found"
        return
    fi
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        return
    fi
    echo "$found"
}

require_ours() {
    local path
    path=$(find_ours "$1")
    [[ -n $path ]] || die 3 "$1 not found: build it (scripts/build.sh) or set LIANXIN_BIN to the folder that holds it"
    echo "$path"
}

# --- options and the network's settings ----------------------------------

if [[ ${1:-} == -h || ${1:-} == --help ]]; then
    help_text
    exit 0
fi
cmd=${1:-}
dir=${2:-}
[[ -n $cmd && -n $dir ]] || usage
[[ $cmd == up || $cmd == down || $cmd == status || $cmd == stop || $cmd == start || $cmd == org-materials \
    || $cmd == join-org ]] || usage
shift 2
node=
if [[ $cmd == stop || $cmd == start ]]; then
    [[ $# -ge 1 && $1 != -* ]] || die 2 "$cmd needs the node: orderer, peer-<MSP> or cc-<contract>"
    node=$1
    shift
fi
new_org=
new_channels=()
if [[ $cmd == org-materials || $cmd == join-org ]]; then
    [[ $# -ge 1 && $1 =~ ^[A-Za-z0-9.-]+$ ]] || die 2 "$cmd needs the organization's MSP ID"
    new_org=$1
    shift
    if [[ $cmd == join-org ]]; then
        [[ $# -ge 1 ]] || die 2 "join-org needs the channels the organization joins"
        new_channels=("$@")
        shift $#
    fi
fi
opt_base_port=
opt_dated=
opt_reference=
opt_contracts=
while [[ $# -gt 0 ]]; do
    case $1 in
    --base-port)
        [[ $# -ge 2 && $2 =~ ^[0-9]+$ && $2 -ge 1024 && $2 -le 65000 ]] || die 2 "--base-port wants a port from 1024 to 65000"
        opt_base_port=$2
        shift 2
        ;;
    --dated-transactions) opt_dated=1; shift ;;
    --with-reference) opt_reference=1; shift ;;
    --contracts)
        [[ $# -ge 2 ]] || die 2 "--contracts wants a comma-separated list of chaincode names, all or none"
        opt_contracts=$2
        shift 2
        ;;
    -h | --help) help_text; exit 0 ;;
    *) die 2 "unknown option $1" ;;
    esac
done
[[ $cmd == up || -z $opt_base_port$opt_dated$opt_reference$opt_contracts ]] || die 2 "$cmd takes no options"

[[ $cmd != up ]] || mkdir -p "$dir" 2>/dev/null || true
[[ -d $dir ]] || die 2 "no folder $dir"
dir=$(cd "$dir" && pwd)
readonly dir
readonly settings=$dir/network.env
readonly pids=$dir/pids
readonly logs=$dir/logs

# The network's settings, recorded at the first up; a restart reuses them.
BASE_PORT=
DATED=
REFERENCE=
CONTRACTS=
load_settings() {
    # shellcheck disable=SC1090
    source "$settings"
}

orderer_msp() {
    local org
    for org in "$dir"/orgs/*/; do
        [[ -d $org/orderer0 ]] && { basename "$org"; return; }
    done
}

member_orgs() {
    local org
    for org in "$dir"/orgs/*/; do
        [[ -d $org/peer0 ]] && basename "$org"
    done
}
# The first of them. (Not member_orgs | head: under pipefail a writer cut
# off by head fails the whole pipeline, and set -e the script.)
first_member() {
    local orgs
    orgs=$(member_orgs)
    echo "${orgs%%$'\n'*}"
}

orderer_port() { echo $((BASE_PORT)); }
orderer_admin_port() { echo $((BASE_PORT + 1)); }
orderer_ops_port() { echo $((BASE_PORT + 2)); }
# Peer i (sorted MSP IDs): listen B+10+10i, chaincode B+11+10i, operations B+12+10i.
peer_port() { echo $((BASE_PORT + 10 + 10 * $1)); }
# Chaincode servers: B+100+j in the order of all_contracts; the reference B+110.
cc_port() {
    local name=$1 j
    [[ $name == reference ]] && { echo $((BASE_PORT + 110)); return; }
    for j in "${!all_contracts[@]}"; do
        [[ ${all_contracts[$j]} == "$name" ]] && { echo $((BASE_PORT + 100 + j)); return; }
    done
}

deployed_chaincodes() {
    local name
    for name in $CONTRACTS; do echo "$name"; done
    [[ -n $REFERENCE ]] && echo reference
    return 0
}

# --- processes --------------------------------------------------------------

# Every process we start carries LIANXIN_NETWORK_DIR in its environment, so
# that down and status recognise it by more than a PID that may be reused.
is_ours() {
    local pid=$1
    # grep reads the file itself: a pipe into grep -q fails under pipefail
    # whenever grep stops reading before the writer has written its last byte.
    [[ -r /proc/$pid/environ ]] || return 1
    grep -qzxF "LIANXIN_NETWORK_DIR=$dir" "/proc/$pid/environ" 2>/dev/null
}

pid_of() {
    local file=$pids/$1.pid
    [[ -f $file ]] && cat "$file"
}

alive() {
    local pid
    pid=$(pid_of "$1") || return 1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && is_ours "$pid"
}

# pid_runs PID: the process exists and is not a zombie, read in one look (a
# kill -0 and then a ps saw a zombie reaped between them as running).
pid_runs() {
    local stat
    stat=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ -n $stat && $stat != Z* ]]
}

# A process this run has just started: until it has exec'd its program its
# environment is not yet the one is_ours looks for, so only its PID counts.
still_running() {
    local pid
    pid=$(pid_of "$1") || return 1
    pid_runs "$pid"
}

# start NAME PROGRAM ARGS...: in its own session (signals to the caller's
# process group do not reach it), output to logs/NAME.log, PID to pids/NAME.pid.
start() {
    local name=$1
    shift
    mkdir -p "$pids" "$logs"
    echo "=== $(date -u +%FT%TZ) start $*" >>"$logs/$name.log"
    LIANXIN_NETWORK_DIR=$dir FABRIC_LOGGING_FORMAT=$log_format setsid "$@" </dev/null >>"$logs/$name.log" 2>&1 &
    echo $! >"$pids/$name.pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
    local name=$1 port=$2 deadline=$((SECONDS + wait_timeout))
    until port_open "$port"; do
        still_running "$name" || die 4 "$name stopped while starting; see $logs/$name.log"
        ((SECONDS < deadline)) || die 4 "$name does not listen on 127.0.0.1:$port after ${wait_timeout}s; see $logs/$name.log"
        sleep 0.2
    done
}

check_port_free() {
    if port_open "$1"; then
        die 4 "port $1 is in use already (another network? choose --base-port)"
    fi
}

# Every port the network will listen on, before anything starts.
check_all_ports() {
    local i=0 msp name port
    check_port_free "$(orderer_port)"
    check_port_free "$(orderer_admin_port)"
    check_port_free "$(orderer_ops_port)"
    for msp in $(member_orgs); do
        port=$(peer_port "$i")
        check_port_free "$port"
        check_port_free "$((port + 1))"
        check_port_free "$((port + 2))"
        i=$((i + 1))
    done
    for name in $(deployed_chaincodes); do check_port_free "$(cc_port "$name")"; done
}

stop_all() {
    local file name pid waiting=()
    [[ -d $pids ]] || return 0
    for file in "$pids"/*.pid; do
        [[ -f $file ]] || continue
        name=$(basename "$file" .pid)
        pid=$(cat "$file")
        [[ -n $pid ]] && pid_runs "$pid" || continue
        if is_ours "$pid"; then
            kill -TERM "$pid" 2>/dev/null || true
            waiting+=("$name:$pid")
        else
            say "$name: PID $pid is not this network's process (any more): left alone"
        fi
    done
    # Each PID was ours when it was signalled; it is gone once it no longer
    # exists or is a zombie. (Its environment, which is_ours reads, is
    # unreadable already while it exits: waiting on is_ours returned with a
    # process still running.)
    local deadline=$((SECONDS + stop_timeout)) entry left
    while :; do
        left=()
        for entry in "${waiting[@]}"; do
            pid=${entry#*:}
            pid_runs "$pid" && left+=("$entry")
        done
        waiting=("${left[@]}")
        ((${#waiting[@]} == 0 || SECONDS >= deadline)) && break
        sleep 0.2
    done
    for entry in "${waiting[@]}"; do
        say "${entry%%:*} (PID ${entry#*:}) did not stop within ${stop_timeout}s: KILL"
        kill -KILL "${entry#*:}" 2>/dev/null || true
    done
}

# --- the peer CLI as an organization's admin or user ----------------------------

orderer_tls_ca() { echo "$dir/orgs/$(orderer_msp)/orderer0/tls/ca.crt"; }

# peer_as MSP MSPDIR peer-args...: the peer CLI against MSP's peer.
peer_as() {
    local msp=$1 mspdir=$2 i=0 org
    shift 2
    for org in $(member_orgs); do
        [[ $org == "$msp" ]] && break
        i=$((i + 1))
    done
    FABRIC_CFG_PATH=$dir/config/peers/$msp \
        CORE_PEER_LOCALMSPID=$msp \
        CORE_PEER_MSPCONFIGPATH=$mspdir \
        CORE_PEER_ADDRESS=127.0.0.1:$(peer_port "$i") \
        CORE_PEER_TLS_ENABLED=true \
        CORE_PEER_TLS_ROOTCERT_FILE=$dir/orgs/$msp/peer0/tls/ca.crt \
        FABRIC_LOGGING_SPEC=${FABRIC_LOGGING_SPEC:-warning} \
        "$fabric_bin/peer" "$@"
}

peer_admin() {
    local msp=$1
    shift
    peer_as "$msp" "$dir/orgs/$msp/admin/msp" "$@"
}

orderer_args() { echo -o "127.0.0.1:$(orderer_port)" --tls --cafile "$(orderer_tls_ca)"; }

# --- configuration files ----------------------------------------------------

fill() {
    local template=$1 out=$2
    shift 2
    local expr=() pair
    for pair in "$@"; do expr+=(-e "s|@${pair%%=*}@|${pair#*=}|g"); done
    mkdir -p "$(dirname "$out")"
    sed "${expr[@]}" "$template" >"$out"
    if grep -q '@[A-Z_]*@' "$out"; then die 4 "internal: unfilled placeholder in $out"; fi
}

write_node_configs() {
    local omsp i=0 msp
    omsp=$(orderer_msp)
    fill "$repo/fabric/templates/orderer.yaml.in" "$dir/config/orderer/orderer.yaml" \
        "ORDERER_PORT=$(orderer_port)" "ADMIN_PORT=$(orderer_admin_port)" "OPS_PORT=$(orderer_ops_port)" \
        "ORG_DIR=$dir/orgs/$omsp" "MSP_ID=$omsp" "DATA_DIR=$dir/data/orderer"
    for msp in $(member_orgs); do
        local port
        port=$(peer_port "$i")
        fill "$repo/fabric/templates/core.yaml.in" "$dir/config/peers/$msp/core.yaml" \
            "PEER_ID=peer0.$(echo "$msp" | tr '[:upper:]' '[:lower:]')" "PEER_PORT=$port" \
            "PEER_CC_PORT=$((port + 1))" "OPS_PORT=$((port + 2))" "ORG_DIR=$dir/orgs/$msp" \
            "MSP_DIR=$dir/orgs/$msp/peer0/msp" "MSP_ID=$msp" "DATA_DIR=$dir/data/peers/$msp" \
            "BUILDER_DIR=$repo/fabric/ccaas-builder"
        i=$((i + 1))
    done
}

write_configtx() {
    local omsp out=$dir/config/configtx/configtx.yaml i=0 msp
    omsp=$(orderer_msp)
    mkdir -p "$(dirname "$out")"
    {
        echo "# Written by scripts/fabric-network.sh: the channels' configuration (docs/fabric-network.md)."
        echo "Organizations:"
        echo "  - &$omsp"
        echo "    Name: $omsp"
        echo "    ID: $omsp"
        echo "    MSPDir: $dir/orgs/$omsp/msp"
        echo "    Policies:"
        echo "      Readers: {Type: Signature, Rule: \"OR('$omsp.member')\"}"
        echo "      Writers: {Type: Signature, Rule: \"OR('$omsp.member')\"}"
        echo "      Admins: {Type: Signature, Rule: \"OR('$omsp.admin')\"}"
        echo "    OrdererEndpoints:"
        echo "      - 127.0.0.1:$(orderer_port)"
        for msp in $(member_orgs); do
            echo "  - &$msp"
            echo "    Name: $msp"
            echo "    ID: $msp"
            echo "    MSPDir: $dir/orgs/$msp/msp"
            echo "    Policies:"
            echo "      Readers: {Type: Signature, Rule: \"OR('$msp.admin', '$msp.peer', '$msp.client')\"}"
            echo "      Writers: {Type: Signature, Rule: \"OR('$msp.admin', '$msp.client')\"}"
            echo "      Admins: {Type: Signature, Rule: \"OR('$msp.admin')\"}"
            echo "      Endorsement: {Type: Signature, Rule: \"OR('$msp.peer')\"}"
            echo "    AnchorPeers:"
            echo "      - Host: 127.0.0.1"
            echo "        Port: $(peer_port "$i")"
            i=$((i + 1))
        done
        cat <<EOF
Capabilities:
  Channel: &ChannelCapabilities
    V2_0: true
  Orderer: &OrdererCapabilities
    V2_0: true
  Application: &ApplicationCapabilities
    V2_5: true
Application: &ApplicationDefaults
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
    Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
  Capabilities:
    <<: *ApplicationCapabilities
Orderer: &OrdererDefaults
  OrdererType: etcdraft
  EtcdRaft:
    Consenters:
      - Host: 127.0.0.1
        Port: $(orderer_port)
        ClientTLSCert: $dir/orgs/$omsp/orderer0/tls/server.crt
        ServerTLSCert: $dir/orgs/$omsp/orderer0/tls/server.crt
    Options:
      TickInterval: 500ms
      ElectionTick: 10
      HeartbeatTick: 1
      MaxInflightBlocks: 5
      SnapshotIntervalSize: 16 MB
  BatchTimeout: 100ms
  BatchSize:
    MaxMessageCount: 500
    AbsoluteMaxBytes: 10 MB
    PreferredMaxBytes: 2 MB
  Organizations:
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
    BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
  Capabilities:
    <<: *OrdererCapabilities
Channel: &ChannelDefaults
  Policies:
    Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
    Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
    Admins: {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
  Capabilities:
    <<: *ChannelCapabilities
Profiles:
  LianXinChannel:
    <<: *ChannelDefaults
    Orderer:
      <<: *OrdererDefaults
      Organizations:
        - *$omsp
    Application:
      <<: *ApplicationDefaults
      Organizations:
EOF
        for msp in $(member_orgs); do echo "        - *$msp"; done
    } >"$out"
}

# The chaincode definitions' policy: any one member's peer (BRIEF, docs/fabric-network.md);
# the per-invocation policy rides on state-based endorsement.
signature_policy() {
    local msp list=
    for msp in $(member_orgs); do list+="${list:+, }'$msp.peer'"; done
    echo "OR($list)"
}

# --- chaincode packages -----------------------------------------------------------

json_pem() { awk 'BEGIN { ORS = "" } { gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); print $0 "\\n" }' "$1"; }

package_chaincode() {
    local name=$1 work=$dir/chaincode/$name tls=$dir/chaincode-tls
    mkdir -p "$work/src"
    cat >"$work/src/connection.json" <<EOF
{
  "address": "127.0.0.1:$(cc_port "$name")",
  "dial_timeout": "10s",
  "tls_required": true,
  "client_auth_required": true,
  "root_cert": "$(json_pem "$tls/ca.crt")",
  "client_key": "$(json_pem "$tls/client.key")",
  "client_cert": "$(json_pem "$tls/client.crt")"
}
EOF
    printf '{"type":"ccaas","label":"%s_%s"}\n' "$name" "$cc_version" >"$work/src/metadata.json"
    tar -C "$work/src" -czf "$work/src/code.tar.gz" connection.json
    tar -C "$work/src" -czf "$work/$name.tar.gz" metadata.json code.tar.gz
    local hash
    hash=$(sha256sum "$work/$name.tar.gz" | cut -d' ' -f1)
    echo "${name}_$cc_version:$hash" >"$work/package-id"
}

package_id() { cat "$dir/chaincode/$1/package-id"; }

start_chaincode() {
    local name=$1 tls=$dir/chaincode-tls id
    id=$(package_id "$name")
    if [[ $name == reference ]]; then
        start "cc-$name" env CHAINCODE_ID="$id" CHAINCODE_SERVER_ADDRESS="127.0.0.1:$(cc_port "$name")" \
            CHAINCODE_TLS_CERT="$tls/server.crt" CHAINCODE_TLS_KEY="$tls/server.key" CHAINCODE_CLIENT_CA="$tls/ca.crt" \
            node "$repo/bench/fabric-reference/server.js"
    else
        local extra=()
        [[ -n $DATED ]] && extra+=(--dated-transactions)
        start "cc-$name" "$chaincode_bin" --contract "$name" --chaincode-id "$id" \
            --address "127.0.0.1:$(cc_port "$name")" --tls-cert "$tls/server.crt" --tls-key "$tls/server.key" \
            --client-ca "$tls/ca.crt" "${extra[@]}"
    fi
}

# --- waiting for the orderer and gossip ------------------------------------------

# wait_raft_leader OFFSET: every channel's "Start accepting requests as Raft
# leader" in the orderer's log after byte OFFSET. osnadmin reports a channel
# active before its single-node Raft has elected itself.
wait_raft_leader() {
    local offset=$1 deadline=$((SECONDS + wait_timeout)) ch missing leaders
    while :; do
        missing=
        leaders=$(tail -c +"$((offset + 1))" "$logs/orderer.log" | grep 'Start accepting requests as Raft leader' || true)
        for ch in "${channels[@]}"; do
            grep -q "channel=$ch\b" <<<"$leaders" || missing+=" $ch"
        done
        [[ -z $missing ]] && return 0
        still_running orderer || die 4 "the orderer stopped; see $logs/orderer.log"
        ((SECONDS < deadline)) || die 4 "no Raft leader for$missing after ${wait_timeout}s; see $logs/orderer.log"
        sleep 0.3
    done
}

# wait_gossip OFFSETS...: each peer's log (after its offset) shows a
# membership view with every other peer on every channel, so that the
# gateway can plan endorsements across organizations.
wait_gossip() {
    local -a offsets=("$@")
    local orgs n deadline=$((SECONDS + wait_timeout)) i msp ch pending view
    orgs=($(member_orgs))
    n=${#orgs[@]}
    while :; do
        pending=
        for i in "${!orgs[@]}"; do
            msp=${orgs[$i]}
            for ch in "${channels[@]}"; do
                view=$(tail -c +"$((offsets[i] + 1))" "$logs/peer-$msp.log" |
                    grep "\[$ch\] Membership view has changed" | tail -n 1 | sed 's/.*current view: //') || true
                if (($( (grep -o '127\.0\.0\.1:[0-9]*' <<<"$view" || true) | sort -u | wc -l) < n - 1)); then
                    pending+=" $msp/$ch"
                fi
            done
        done
        [[ -z $pending ]] && return 0
        if ((SECONDS >= deadline)); then
            say "warning: gossip membership incomplete after ${wait_timeout}s:$pending (cross-organization endorsement may fail until it completes)"
            return 0
        fi
        sleep 0.5
    done
}

log_size() { [[ -f $1 ]] && stat -c %s "$1" || echo 0; }

# --- up -----------------------------------------------------------------------

start_orderer() {
    start orderer env FABRIC_CFG_PATH="$dir/config/orderer" FABRIC_LOGGING_SPEC=info "$fabric_bin/orderer"
}

start_peer() {
    start "peer-$1" env FABRIC_CFG_PATH="$dir/config/peers/$1" \
        FABRIC_LOGGING_SPEC='info:gossip.discovery,gossip.comm=warning' "$fabric_bin/peer" node start
}

start_nodes() {
    local i=0 msp port
    local -n _peer_offsets=$1
    check_port_free "$(orderer_port)"
    check_port_free "$(orderer_admin_port)"
    for msp in $(member_orgs); do
        port=$(peer_port "$i")
        check_port_free "$port"
        check_port_free "$((port + 1))"
        i=$((i + 1))
    done
    orderer_offset=$(log_size "$logs/orderer.log")
    start_orderer
    i=0
    for msp in $(member_orgs); do
        _peer_offsets+=("$(log_size "$logs/peer-$msp.log")")
        start_peer "$msp"
        i=$((i + 1))
    done
    wait_port orderer "$(orderer_port)"
    wait_port orderer "$(orderer_admin_port)"
    i=0
    for msp in $(member_orgs); do
        wait_port "peer-$msp" "$(peer_port "$i")"
        i=$((i + 1))
    done
}

start_chaincodes() {
    local name
    for name in $(deployed_chaincodes); do
        check_port_free "$(cc_port "$name")"
        start_chaincode "$name"
    done
    for name in $(deployed_chaincodes); do wait_port "cc-$name" "$(cc_port "$name")"; done
}

# Runs "$@" for every member org in parallel (ORG in the environment); fails
# when any fails, naming its log.
for_each_org() {
    local what=$1
    shift
    local msp jobs=() failed=
    for msp in $(member_orgs); do
        (ORG=$msp "$@") >"$logs/setup-$what-$msp.log" 2>&1 &
        jobs+=("$!:$msp")
    done
    local entry
    for entry in "${jobs[@]}"; do
        wait "${entry%%:*}" || failed+=" ${entry#*:}"
    done
    [[ -z $failed ]] || die 4 "$what failed for$failed; see $logs/setup-$what-*.log"
}

join_channels_of_org() {
    local ch
    for ch in "${channels[@]}"; do
        peer_admin "$ORG" channel join -b "$dir/channel-artifacts/$ch.block"
    done
}

install_on_org() {
    local name
    for name in $(deployed_chaincodes); do
        peer_admin "$ORG" lifecycle chaincode install "$dir/chaincode/$name/$name.tar.gz"
    done
}

approve_for_org() {
    local name policy
    policy=$(signature_policy)
    for name in $(deployed_chaincodes); do
        # shellcheck disable=SC2046
        peer_admin "$ORG" lifecycle chaincode approveformyorg $(orderer_args) --channelID "${contract_channel[$name]}" \
            --name "$name" --version "$cc_version" --package-id "$(package_id "$name")" --sequence 1 \
            --signature-policy "$policy" --waitForEvent
    done
}

commit_chaincode() {
    local name=$1 peers=() i=0 msp first
    for msp in $(member_orgs); do
        peers+=(--peerAddresses "127.0.0.1:$(peer_port "$i")" --tlsRootCertFiles "$dir/orgs/$msp/peer0/tls/ca.crt")
        i=$((i + 1))
    done
    first=$(first_member)
    # shellcheck disable=SC2046
    peer_admin "$first" lifecycle chaincode commit $(orderer_args) --channelID "${contract_channel[$name]}" \
        --name "$name" --version "$cc_version" --sequence 1 --signature-policy "$(signature_policy)" \
        "${peers[@]}" --waitForEvent
}

# lianxin.PrepareEndorsement(MSP...): the state-based endorsement keys with
# their validation parameters (BRIEF: one per MSP and per pair of MSPs).
prepare_endorsement() {
    local name=$1 first args= msp
    first=$(first_member)
    for msp in $(member_orgs); do args+=",\"$msp\""; done
    # shellcheck disable=SC2046
    FABRIC_LOGGING_SPEC=info peer_admin "$first" chaincode invoke $(orderer_args) -C "${contract_channel[$name]}" -n "$name" \
        --peerAddresses "127.0.0.1:$(peer_port 0)" --tlsRootCertFiles "$dir/orgs/$first/peer0/tls/ca.crt" \
        -c "{\"function\":\"lianxin.PrepareEndorsement\",\"Args\":[${args#,}]}" --waitForEvent
}

write_network_json() {
    local omsp i=0 msp name sep= out=$dir/network.json
    omsp=$(orderer_msp)
    {
        echo "{"
        echo "  \"ordererAddress\": \"127.0.0.1:$(orderer_port)\","
        echo "  \"ordererAdminAddress\": \"127.0.0.1:$(orderer_admin_port)\","
        echo "  \"ordererTlsCa\": \"$dir/orgs/$omsp/orderer0/tls/ca.crt\","
        echo "  \"channels\": [\"trust\", \"lc\", \"forfaiting\", \"guarantee\"],"
        echo "  \"orgs\": {"
        for msp in $(member_orgs); do
            echo "$sep    \"$msp\": {\"peerAddress\": \"127.0.0.1:$(peer_port "$i")\", \"peerTlsCa\": \"$dir/orgs/$msp/peer0/tls/ca.crt\", \"adminMsp\": \"$dir/orgs/$msp/admin/msp\"}"
            sep=,
            i=$((i + 1))
        done
        echo "  },"
        echo "  \"chaincodes\": {"
        sep=
        for name in $(deployed_chaincodes); do
            echo "$sep    \"$name\": {\"channel\": \"${contract_channel[$name]}\", \"packageId\": \"$(package_id "$name")\", \"address\": \"127.0.0.1:$(cc_port "$name")\"}"
            sep=,
        done
        echo "  },"
        echo "  \"chaincodeTlsCa\": \"$dir/chaincode-tls/ca.crt\","
        echo "  \"datedTransactions\": $([[ -n $DATED ]] && echo true || echo false)"
        echo "}"
    } | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n,/,\n/g' >"$out.tmp"
    mv "$out.tmp" "$out"
}

# One connection profile per member organization, Fabric's common
# connection profile in JSON and in YAML (DIR/profiles/<MSP>.json, .yaml):
# client.organization that organization, its peer first, every other
# member's peer, the orderer, the channels; TLS CAs by paths relative to
# DIR/profiles (docs/fabric-gateway.md).
node_name() { echo "$1.$(echo "$2" | tr '[:upper:]' '[:lower:]')"; }

write_profiles() {
    local omsp network i=0 msp me out=$dir/profiles orderer ch
    local -a orgs=()
    local -A port_of=()
    omsp=$(orderer_msp)
    orderer=$(node_name orderer0 "$omsp")
    network=lianxin-$(basename "$dir" | tr -c 'A-Za-z0-9._\n-' '-')
    for msp in $(member_orgs); do
        orgs+=("$msp")
        port_of[$msp]=$(peer_port "$i")
        i=$((i + 1))
    done
    mkdir -p "$out"
    for me in "${orgs[@]}"; do
        local -a order=("$me")
        for msp in "${orgs[@]}"; do [[ $msp == "$me" ]] || order+=("$msp"); done
        local sep
        {
            echo "{"
            echo "  \"name\": \"$network\","
            echo "  \"version\": \"1.0.0\","
            echo "  \"client\": {\"organization\": \"$me\"},"
            echo "  \"organizations\": {"
            sep=
            for msp in "${order[@]}"; do
                echo "$sep    \"$msp\": {\"mspid\": \"$msp\", \"peers\": [\"$(node_name peer0 "$msp")\"]}"
                sep=,
            done
            echo "  },"
            echo "  \"peers\": {"
            sep=
            for msp in "${order[@]}"; do
                echo "$sep    \"$(node_name peer0 "$msp")\": {\"url\": \"grpcs://127.0.0.1:${port_of[$msp]}\", \"tlsCACerts\": {\"path\": \"../orgs/$msp/peer0/tls/ca.crt\"}}"
                sep=,
            done
            echo "  },"
            echo "  \"orderers\": {"
            echo "    \"$orderer\": {\"url\": \"grpcs://127.0.0.1:$(orderer_port)\", \"tlsCACerts\": {\"path\": \"../orgs/$omsp/orderer0/tls/ca.crt\"}}"
            echo "  },"
            echo "  \"channels\": {"
            sep=
            for ch in "${channels[@]}"; do
                local peers= psep=
                for msp in "${order[@]}"; do
                    peers+="$psep\"$(node_name peer0 "$msp")\": {}"
                    psep=", "
                done
                echo "$sep    \"$ch\": {\"orderers\": [\"$orderer\"], \"peers\": {$peers}}"
                sep=,
            done
            echo "  }"
            echo "}"
        } | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n,/,\n/g' >"$out/$me.json.tmp"
        {
            echo "# $me's connection profile, written by scripts/fabric-network.sh (docs/fabric-gateway.md)."
            echo "name: $network"
            echo "version: 1.0.0"
            echo "client:"
            echo "  organization: $me"
            echo "organizations:"
            for msp in "${order[@]}"; do
                echo "  $msp:"
                echo "    mspid: $msp"
                echo "    peers:"
                echo "      - $(node_name peer0 "$msp")"
            done
            echo "peers:"
            for msp in "${order[@]}"; do
                echo "  $(node_name peer0 "$msp"):"
                echo "    url: grpcs://127.0.0.1:${port_of[$msp]}"
                echo "    tlsCACerts:"
                echo "      path: ../orgs/$msp/peer0/tls/ca.crt"
            done
            echo "orderers:"
            echo "  $orderer:"
            echo "    url: grpcs://127.0.0.1:$(orderer_port)"
            echo "    tlsCACerts:"
            echo "      path: ../orgs/$omsp/orderer0/tls/ca.crt"
            echo "channels:"
            for ch in "${channels[@]}"; do
                echo "  $ch:"
                echo "    orderers:"
                echo "      - $orderer"
                echo "    peers:"
                for msp in "${order[@]}"; do echo "      $(node_name peer0 "$msp"): {}"; done
            done
        } >"$out/$me.yaml.tmp"
        mv "$out/$me.json.tmp" "$out/$me.json"
        mv "$out/$me.yaml.tmp" "$out/$me.yaml"
    done
}

contracts_from_option() {
    case ${opt_contracts:-all} in
    all) echo "${all_contracts[*]}" ;;
    none) echo "" ;;
    *)
        local name list=
        for name in ${opt_contracts//,/ }; do
            [[ -n ${contract_channel[$name]:-} && $name != reference ]] || die 2 "--contracts: no contract $name (${all_contracts[*]})"
            list+="${list:+ }$name"
        done
        echo "$list"
        ;;
    esac
}

up_fresh() {
    if [[ -n $(ls -A "$dir" 2>/dev/null) ]]; then
        die 2 "$dir is not empty and holds no complete network (an earlier up failed?): run down on it, remove it, and up again"
    fi
    BASE_PORT=${opt_base_port:-${FABRIC_NETWORK_BASE_PORT:-27050}}
    DATED=$opt_dated
    REFERENCE=$opt_reference
    CONTRACTS=$(contracts_from_option)
    local cli
    cli=$(require_ours lianxin-cli)
    [[ -z $CONTRACTS ]] || chaincode_bin=$(require_ours lianxin-chaincode)
    if [[ -n $REFERENCE ]]; then
        command -v node >/dev/null || die 3 "--with-reference needs node (Debian: apt-get install nodejs npm)"
        bash "$repo/scripts/install-node-deps.sh" >&2 || die 3 "npm ci failed in bench/fabric-reference"
    fi
    mkdir -p "$pids" "$logs"
    local started=$SECONDS
    stop_on_failure=1
    trap on_exit EXIT

    say "sandbox and crypto material"
    (umask 077 && head -c 24 /dev/urandom | base64 >"$dir/sandbox.pass")
    "$cli" sandbox init --data "$dir/sandbox" --passphrase-file "$dir/sandbox.pass" >"$logs/setup-sandbox.log"
    "$cli" network materials --data "$dir/sandbox" --passphrase-file "$dir/sandbox.pass" --out "$dir" >>"$logs/setup-sandbox.log"

    say "configuration and genesis blocks"
    write_node_configs
    write_configtx
    mkdir -p "$dir/channel-artifacts"
    local ch
    for ch in "${channels[@]}"; do
        FABRIC_CFG_PATH=$dir/config/configtx "$fabric_bin/configtxgen" -profile LianXinChannel -channelID "$ch" \
            -outputBlock "$dir/channel-artifacts/$ch.block" >>"$logs/setup-configtxgen.log" 2>&1 ||
            die 4 "configtxgen failed for $ch; see $logs/setup-configtxgen.log"
    done
    {
        echo "# Written by scripts/fabric-network.sh up: a restart reuses these settings."
        echo "BASE_PORT=$BASE_PORT"
        echo "DATED=$DATED"
        echo "REFERENCE=$REFERENCE"
        echo "CONTRACTS=\"$CONTRACTS\""
    } >"$settings"

    check_all_ports
    say "orderer and peers"
    local peer_offsets=()
    start_nodes peer_offsets
    local omsp
    omsp=$(orderer_msp)
    for ch in "${channels[@]}"; do
        "$fabric_bin/osnadmin" channel join --channelID "$ch" --config-block "$dir/channel-artifacts/$ch.block" \
            -o "127.0.0.1:$(orderer_admin_port)" --ca-file "$dir/orgs/$omsp/orderer0/tls/ca.crt" \
            --client-cert "$dir/orgs/$omsp/admin/tls/client.crt" --client-key "$dir/orgs/$omsp/admin/tls/client.key" \
            >>"$logs/setup-osnadmin.log" 2>&1 || die 4 "osnadmin channel join $ch failed; see $logs/setup-osnadmin.log"
    done
    wait_raft_leader "$orderer_offset"
    say "peers join the channels"
    for_each_org join join_channels_of_org

    if [[ -n $(deployed_chaincodes) ]]; then
        say "chaincode: package, install, approve, commit ($(deployed_chaincodes | tr '\n' ' '))"
        local name
        for name in $(deployed_chaincodes); do package_chaincode "$name"; done
        for_each_org install install_on_org
        start_chaincodes
        for_each_org approve approve_for_org
        for name in $(deployed_chaincodes); do
            commit_chaincode "$name" >>"$logs/setup-commit.log" 2>&1 ||
                die 4 "committing $name failed; see $logs/setup-commit.log"
        done
        for name in $CONTRACTS; do
            prepare_endorsement "$name" >>"$logs/setup-prepare.log" 2>&1 ||
                die 4 "lianxin.PrepareEndorsement on $name failed; see $logs/setup-prepare.log"
        done
    fi
    say "waiting for gossip membership"
    wait_gossip "${peer_offsets[@]}"
    write_network_json
    write_profiles
    if [[ " $CONTRACTS " == *" registry "* ]]; then
        say "the secretariat registers the members in the trust registry"
        "$cli" --data "$dir/sandbox" --passphrase-file "$dir/sandbox.pass" \
            --network "$dir/profiles/SecretariatMSP.json" --as SecretariatMSP/admin1 network register-members \
            >>"$logs/setup-registry.log" 2>&1 || die 4 "registering the members failed; see $logs/setup-registry.log"
    fi
    echo "complete" >"$dir/state"
    stop_on_failure=
    say "up in $((SECONDS - started))s: $dir/network.json"
}

up_restart() {
    load_settings
    [[ -z $opt_base_port || $opt_base_port == "$BASE_PORT" ]] || die 2 "this network uses base port $BASE_PORT; --base-port cannot change it"
    [[ -z $opt_dated || -n $DATED ]] || die 2 "this network was made without --dated-transactions"
    [[ -z $opt_reference || -n $REFERENCE ]] || die 2 "this network was made without --with-reference"
    [[ -z $opt_contracts || "$(contracts_from_option)" == "$CONTRACTS" ]] || die 2 "this network deploys \"$CONTRACTS\"; --contracts cannot change it"
    local file
    for file in "$pids"/*.pid; do
        [[ -f $file ]] || continue
        alive "$(basename "$file" .pid)" && die 2 "$(basename "$file" .pid) is running already: down first"
    done
    [[ -z $CONTRACTS ]] || chaincode_bin=$(require_ours lianxin-chaincode)
    local started=$SECONDS peer_offsets=()
    stop_on_failure=1
    trap on_exit EXIT
    check_all_ports
    say "restarting the network in $dir"
    start_nodes peer_offsets
    wait_raft_leader "$orderer_offset"
    start_chaincodes
    wait_gossip "${peer_offsets[@]}"
    write_network_json
    write_profiles
    stop_on_failure=
    say "up again in $((SECONDS - started))s"
}

# --- one node: stop and start (fault tests) -------------------------------------

# The member organization whose peer is NODE (peer-<MSP>), and its index.
peer_index() {
    local i=0 msp
    for msp in $(member_orgs); do
        [[ peer-$msp == "$1" ]] && { echo "$i"; return 0; }
        i=$((i + 1))
    done
    return 1
}

known_node() {
    [[ $1 == orderer ]] && return 0
    peer_index "$1" >/dev/null && return 0
    [[ $1 == cc-* ]] && grep -qx "${1#cc-}" <<<"$(deployed_chaincodes)"
}

stop_node() {
    load_settings
    known_node "$node" || die 2 "no node $node in this network (orderer, peer-<MSP>, cc-<contract>)"
    alive "$node" || die 4 "$node is not running"
    local pid deadline=$((SECONDS + stop_timeout))
    pid=$(pid_of "$node")
    kill -TERM "$pid" 2>/dev/null || true
    while pid_runs "$pid"; do
        if ((SECONDS >= deadline)); then
            say "$node (PID $pid) did not stop within ${stop_timeout}s: KILL"
            kill -KILL "$pid" 2>/dev/null || true
            break
        fi
        sleep 0.2
    done
    say "stopped $node"
}

start_node() {
    load_settings
    known_node "$node" || die 2 "no node $node in this network (orderer, peer-<MSP>, cc-<contract>)"
    alive "$node" && die 2 "$node is running already"
    if [[ $node == orderer ]]; then
        local offset
        offset=$(log_size "$logs/orderer.log")
        check_port_free "$(orderer_port)"
        start_orderer
        wait_port orderer "$(orderer_port)"
        wait_raft_leader "$offset"
    elif [[ $node == cc-* ]]; then
        chaincode_bin=$(require_ours lianxin-chaincode)
        check_port_free "$(cc_port "${node#cc-}")"
        start_chaincode "${node#cc-}"
        wait_port "$node" "$(cc_port "${node#cc-}")"
    else
        local i
        i=$(peer_index "$node")
        check_port_free "$(peer_port "$i")"
        start_peer "${node#peer-}"
        wait_port "$node" "$(peer_port "$i")"
    fi
    say "started $node"
}

# --- status ---------------------------------------------------------------------

status() {
    [[ -f $settings ]] || die 4 "no network in $dir"
    load_settings
    local file name pid bad=0
    for file in "$pids"/*.pid; do
        [[ -f $file ]] || continue
        name=$(basename "$file" .pid)
        pid=$(cat "$file")
        if alive "$name"; then
            echo "$name pid $pid alive"
        else
            echo "$name pid $pid dead"
            bad=1
        fi
    done
    local msp list
    for msp in $(member_orgs); do
        if alive "peer-$msp" && list=$(peer_admin "$msp" channel list 2>&1); then
            echo "$msp channels: $(grep -v '^Channels peers has joined' <<<"$list" | tr '\n' ' ')"
        else
            echo "$msp channels: (no answer)"
            bad=1
        fi
    done
    return $((bad ? 4 : 0))
}

# --- a bank that joins later (docs/channel-configuration.md) ---------------------

org_materials() {
    load_settings
    [[ -f $dir/sandbox.pass ]] || die 2 "$dir has no sandbox of its own"
    [[ -d $dir/orgs/$new_org ]] && { say "$new_org has its material already"; return 0; }
    [[ -d $dir/sandbox/consortium/cas/$new_org ]] ||
        die 2 "the network's sandbox has no $new_org (lianxin-cli sandbox add-bank --data $dir/sandbox)"
    # Peers are numbered in MSP order: a bank sorting before a member would
    # move the members' ports.
    local last
    last=$(member_orgs | sort | tail -n 1)
    [[ $new_org > $last ]] || die 2 "$new_org must sort after $last (the network numbers its peers in MSP order)"
    local cli tmp
    cli=$(require_ours lianxin-cli)
    tmp=$(mktemp -d "$dir/materials.XXXXXX")
    "$cli" network materials --data "$dir/sandbox" --passphrase-file "$dir/sandbox.pass" --out "$tmp" \
        >>"$logs/setup-$new_org.log" || { rm -rf "$tmp"; die 4 "material for $new_org failed; see $logs/setup-$new_org.log"; }
    mkdir -p "$dir/users"
    mv "$tmp/orgs/$new_org" "$dir/orgs/$new_org"
    mv "$tmp/users/$new_org" "$dir/users/$new_org"
    rm -rf "$tmp"
    say "material for $new_org in $dir/orgs/$new_org and $dir/users/$new_org"
}

committed_sequence() {
    local name=$1 ch=$2 out
    out=$(peer_admin "$(first_member)" lifecycle chaincode querycommitted --channelID "$ch" --name "$name" -O json 2>/dev/null) ||
        { echo 0; return; }
    sed -n 's/.*"sequence": *\([0-9]*\).*/\1/p' <<<"$out" | head -n 1
}

# approve_at ORG NAME SEQUENCE: ORG approves NAME's definition at SEQUENCE.
approve_at() {
    local msp=$1 name=$2 sequence=$3
    # shellcheck disable=SC2046
    peer_admin "$msp" lifecycle chaincode approveformyorg $(orderer_args) --channelID "${contract_channel[$name]}" \
        --name "$name" --version "$cc_version" --package-id "$(package_id "$name")" --sequence "$sequence" \
        --signature-policy "$(signature_policy)" --waitForEvent
}

join_org() {
    load_settings
    [[ -d $dir/orgs/$new_org/peer0 ]] || die 2 "no material for $new_org (org-materials first)"
    local i=0 msp index=-1 ch name
    for msp in $(member_orgs); do
        [[ $msp == "$new_org" ]] && index=$i
        i=$((i + 1))
    done
    local port offset
    port=$(peer_port "$index")
    write_node_configs
    if ! still_running "peer-$new_org"; then
        check_port_free "$port"
        offset=$(log_size "$logs/peer-$new_org.log")
        start_peer "$new_org"
        wait_port "peer-$new_org" "$port"
    else
        offset=0
    fi
    local joined
    joined=$(peer_admin "$new_org" channel list 2>/dev/null || true)
    for ch in "${new_channels[@]}"; do
        grep -qx "$ch" <<<"$joined" && continue
        peer_admin "$new_org" channel join -b "$dir/channel-artifacts/$ch.block" >>"$logs/setup-$new_org.log" 2>&1 ||
            die 4 "$new_org could not join $ch; see $logs/setup-$new_org.log"
    done
    # Its peer runs the chaincodes of those channels; each definition is
    # approved anew with the bank among the endorsing peers of its policy.
    for name in $(deployed_chaincodes); do
        [[ " ${new_channels[*]} " == *" ${contract_channel[$name]} "* ]] || continue
        peer_admin "$new_org" lifecycle chaincode install "$dir/chaincode/$name/$name.tar.gz" \
            >>"$logs/setup-$new_org.log" 2>&1 || true
        local sequence jobs=() failed= entry
        sequence=$(($(committed_sequence "$name" "${contract_channel[$name]}") + 1))
        for msp in $(member_orgs); do
            approve_at "$msp" "$name" "$sequence" >"$logs/setup-approve-$name-$msp.log" 2>&1 &
            jobs+=("$!:$msp")
        done
        for entry in "${jobs[@]}"; do wait "${entry%%:*}" || failed+=" ${entry#*:}"; done
        [[ -z $failed ]] || die 4 "approving $name at sequence $sequence failed for$failed; see $logs/setup-approve-$name-*.log"
        local peers=() j=0
        for msp in $(member_orgs); do
            peers+=(--peerAddresses "127.0.0.1:$(peer_port "$j")" --tlsRootCertFiles "$dir/orgs/$msp/peer0/tls/ca.crt")
            j=$((j + 1))
        done
        # shellcheck disable=SC2046
        peer_admin "$(first_member)" lifecycle chaincode commit $(orderer_args) --channelID "${contract_channel[$name]}" \
            --name "$name" --version "$cc_version" --sequence "$sequence" --signature-policy "$(signature_policy)" \
            "${peers[@]}" --waitForEvent >>"$logs/setup-$new_org.log" 2>&1 ||
            die 4 "committing $name at sequence $sequence failed; see $logs/setup-$new_org.log"
        if [[ " $CONTRACTS " == *" $name "* ]]; then
            prepare_endorsement "$name" >>"$logs/setup-$new_org.log" 2>&1 ||
                die 4 "lianxin.PrepareEndorsement on $name failed; see $logs/setup-$new_org.log"
        fi
    done
    wait_org_gossip "$offset"
    write_network_json
    write_profiles
    say "$new_org joined: ${new_channels[*]}"
}

# wait_org_gossip OFFSET: the new peer's log (after OFFSET) shows every
# other peer in its membership view of each channel it joined.
wait_org_gossip() {
    local offset=$1 deadline=$((SECONDS + wait_timeout)) ch pending view n
    n=$(($(member_orgs | wc -l) - 1))
    while :; do
        pending=
        for ch in "${new_channels[@]}"; do
            view=$(tail -c +"$((offset + 1))" "$logs/peer-$new_org.log" |
                grep "\[$ch\] Membership view has changed" | tail -n 1 | sed 's/.*current view: //') || true
            (($( (grep -o '127\.0\.0\.1:[0-9]*' <<<"$view" || true) | sort -u | wc -l) >= n)) || pending+=" $ch"
        done
        [[ -z $pending ]] && return 0
        if ((SECONDS >= deadline)); then
            say "warning: $new_org's gossip membership incomplete after ${wait_timeout}s on$pending"
            return 0
        fi
        sleep 0.5
    done
}

case $cmd in
up)
    find_fabric
    if [[ -f $dir/state && -f $settings ]]; then up_restart; else up_fresh; fi
    ;;
down)
    [[ -d $pids ]] || die 2 "no network processes recorded in $dir"
    stop_all
    say "stopped the network in $dir"
    ;;
status)
    find_fabric
    status
    ;;
stop)
    stop_node
    ;;
start)
    find_fabric
    start_node
    ;;
org-materials)
    org_materials
    ;;
join-org)
    find_fabric
    join_org
    ;;
esac
