#!/usr/bin/env bash
# scripts/fabric-network.sh on a real Fabric network: up from a clean folder,
# status, a transaction endorsed by two organizations' peers on the Node
# reference chaincode and a query from a third identity, down (every recorded
# process gone, nothing else stopped, the folder kept), up again (the ledger
# kept: same height, same value), down.
# Exit 77 (CTest's skip) when no Fabric programs are found.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
script=$repo/scripts/fabric-network.sh

fabric_bin=
for candidate in "${FABRIC_BIN:-}" "$(dirname "$(command -v peer 2>/dev/null || echo /nonexistent/peer)")" "$repo/../shared/fabric/bin"; do
    if [[ -n $candidate && -x $candidate/peer && -x $candidate/orderer && -x $candidate/osnadmin ]]; then
        fabric_bin=$(cd "$candidate" && pwd)
        break
    fi
done
if [[ -z $fabric_bin ]]; then
    echo "SKIP: no Fabric programs found (FABRIC_BIN, PATH, ../shared/fabric/bin)"
    exit 77
fi
export FABRIC_BIN=$fabric_bin
command -v node >/dev/null || { echo "FAIL: node is needed for the reference chaincode (scripts/install-deps.sh)"; exit 1; }

failures=0
pass() { echo "ok   - $1"; }
fail() { echo "FAIL - $1"; failures=$((failures + 1)); }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }

work=$(mktemp -d "${TMPDIR:-/tmp}/lianxin-fabric-XXXXXX")
net=$work/net
base_port=${FABRIC_TEST_BASE_PORT:-28050}
sentinel=
cleanup() {
    bash "$script" down "$net" >/dev/null 2>&1 || true
    [[ -n $sentinel ]] && kill "$sentinel" 2>/dev/null
    if ((failures == 0)); then rm -rf "$work"; else echo "kept $work for inspection"; fi
}
trap cleanup EXIT

# The seven contracts when lianxin-chaincode is built; else the reference alone.
contracts=none
chaincode_bin=$(find "${LIANXIN_BUILD_DIR:-$repo/build}/app" -maxdepth 3 -type f -name lianxin-chaincode -perm -u+x -print -quit 2>/dev/null)
[[ -n ${LIANXIN_BIN:-} && -x $LIANXIN_BIN/lianxin-chaincode ]] && chaincode_bin=$LIANXIN_BIN/lianxin-chaincode
if [[ -n $chaincode_bin ]]; then
    contracts=all
else
    echo "note: lianxin-chaincode is not built: the network carries the reference chaincode only"
fi

# A process that is not the network's: down must leave it alone.
sleep 3600 &
sentinel=$!

# Alive and not a zombie waiting for whoever adopted it to reap it.
# Exists and is not a zombie, in one look: a kill -0 and then a ps took a
# zombie reaped between the two for a process still running.
running() {
    local stat
    stat=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ -n $stat && $stat != Z* ]]
}
elapsed() { local ms=$((($(date +%s%N) - $1) / 1000000)); printf '%d.%01d' $((ms / 1000)) $((ms % 1000 / 100)); }

start=$(date +%s%N)
if ! bash "$script" up "$net" --base-port "$base_port" --with-reference --contracts "$contracts"; then
    fail "up from a clean folder"
    for log in "$net"/logs/*.log; do echo "--- $log"; tail -n 30 "$log"; done
    exit 1
fi
up_seconds=$(elapsed "$start")
pass "up from a clean folder (${up_seconds}s)"

check "network.json names the orderer, four channels and seven organizations" \
    "jq -e '(.channels | length) == 4 and (.orgs | length) == 7 and .ordererAddress and .chaincodes.reference.packageId' '$net/network.json' >/dev/null"
check "every wallet user has an MSP folder" "[[ -f '$net/users/HuaxiaBankMSP/officer1/msp/signcerts/cert.pem' && -f '$net/users/SecretariatMSP/admin1/msp/keystore/key.pem' ]]"

# The crypto material, checked by OpenSSL rather than by our own code.
verified=0
for org in "$net"/orgs/*/; do
    node=$( [[ -d $org/peer0 ]] && echo peer0 || echo orderer0)
    openssl verify -CAfile "$org/msp/cacerts/ca.pem" "$org/$node/msp/signcerts/cert.pem" "$org/admin/msp/signcerts/cert.pem" \
        "$org/$node/tls/server.crt" >/dev/null && verified=$((verified + 1))
done
check "openssl verifies every node's, admin's and TLS certificate against its organization's CA ($verified of 8)" "[[ $verified -eq 8 ]]"
check "a peer's TLS certificate names localhost and 127.0.0.1" \
    "openssl x509 -in '$net/orgs/NanhaiBankMSP/peer0/tls/server.crt' -noout -ext subjectAltName | grep -q 'DNS:localhost, IP Address:127.0.0.1'"
check "the chaincode servers' certificate chains to their own CA" \
    "openssl verify -CAfile '$net/chaincode-tls/ca.crt' '$net/chaincode-tls/server.crt' '$net/chaincode-tls/client.crt' >/dev/null"
check "a wallet user's key is PKCS#8 and belongs to its certificate" \
    "grep -q 'BEGIN PRIVATE KEY' '$net/users/DongfangBankMSP/checker1/msp/keystore/key.pem' && [[ \$(openssl pkey -in '$net/users/DongfangBankMSP/checker1/msp/keystore/key.pem' -pubout) == \$(openssl x509 -in '$net/users/DongfangBankMSP/checker1/msp/signcerts/cert.pem' -noout -pubkey) ]]"
if [[ $contracts == all ]]; then
    check "lianxin.PrepareEndorsement ran on each of the seven contracts" \
        "[[ \$(grep -c 'Chaincode invoke successful. result: status:200' '$net/logs/setup-prepare.log') -eq 7 ]]"
fi

status_out=$(bash "$script" status "$net")
status_rc=$?
echo "$status_out"
check "status: every process alive, every peer answers" "[[ $status_rc -eq 0 ]]"
check "status: every peer has joined the four channels" \
    "[[ \$(grep -c 'channels: .*trust.*' <<<\"\$status_out\") -eq 7 ]] && ! grep -q dead <<<\"\$status_out\" && [[ \$(grep channels: <<<\"\$status_out\" | grep -c 'forfaiting') -eq 7 ]]"

# The peer CLI as a wallet user of MSP, against MSP's peer.
as_user() {
    local msp=$1 user=$2
    shift 2
    local address ca
    address=$(jq -r ".orgs.\"$msp\".peerAddress" "$net/network.json")
    ca=$(jq -r ".orgs.\"$msp\".peerTlsCa" "$net/network.json")
    FABRIC_CFG_PATH=$net/config/peers/$msp CORE_PEER_LOCALMSPID=$msp \
        CORE_PEER_MSPCONFIGPATH=$net/users/$msp/$user/msp CORE_PEER_ADDRESS=$address \
        CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE=$ca FABRIC_LOGGING_SPEC=${PEER_LOG:-warning} \
        "$fabric_bin/peer" "$@"
}
orderer=$(jq -r .ordererAddress "$net/network.json")
orderer_ca=$(jq -r .ordererTlsCa "$net/network.json")
peer_flags() {
    local msp
    for msp in "$@"; do
        echo --peerAddresses "$(jq -r ".orgs.\"$msp\".peerAddress" "$net/network.json")" \
            --tlsRootCertFiles "$(jq -r ".orgs.\"$msp\".peerTlsCa" "$net/network.json")"
    done
}
height() { as_user "$1" officer1 channel getinfo -c lc 2>/dev/null | sed -n 's/.*"height":\([0-9]*\).*/\1/p'; }

value="letter-$(date +%s)"
# shellcheck disable=SC2046
invoke_out=$(PEER_LOG=info as_user HuaxiaBankMSP officer1 chaincode invoke -o "$orderer" --tls --cafile "$orderer_ca" -C lc -n reference \
    $(peer_flags HuaxiaBankMSP DongfangBankMSP) -c "{\"function\":\"Put\",\"Args\":[\"lc-1\",\"$value\"]}" --waitForEvent 2>&1)
invoke_rc=$?
echo "$invoke_out" | tail -n 3
check "invoke endorsed by two organizations' peers commits" "[[ $invoke_rc -eq 0 ]] && grep -q 'status:200' <<<\"\$invoke_out\" && grep -q 'committed with status (VALID)' <<<\"\$invoke_out\""
# The block that holds it carries both organizations' endorsements.
as_user HuaxiaBankMSP officer1 channel fetch newest "$work/newest.block" -c lc -o "$orderer" --tls --cafile "$orderer_ca" 2>/dev/null
endorsers=$(
    "$fabric_bin/configtxlator" proto_decode --type common.Block --input "$work/newest.block" 2>/dev/null |
        jq -r '.data.data[0].payload.data.actions[0].payload.action.endorsements[].endorser' |
        while read -r endorser; do
            base64 -d <<<"$endorser" >"$work/endorser.pb"
            "$fabric_bin/configtxlator" proto_decode --type msp.SerializedIdentity --input "$work/endorser.pb" | jq -r .mspid
        done | sort | paste -sd,)
check "the committed transaction carries both organizations' endorsements ($endorsers)" "[[ '$endorsers' == 'DongfangBankMSP,HuaxiaBankMSP' ]]"

query=$(as_user DongfangBankMSP checker1 chaincode query -C lc -n reference -c '{"function":"Get","Args":["lc-1"]}' 2>&1)
check "another organization's peer returns the value" "[[ \"\$query\" == '$value' ]]"
query=$(as_user RegulatorMSP auditor1 chaincode query -C lc -n reference -c '{"function":"Get","Args":["lc-1"]}' 2>&1)
check "the regulator's peer has it too (gossip and the orderer delivered the block)" "[[ \"\$query\" == '$value' ]]"
# The connection profiles up writes (DIR/profiles/<MSP>.json, .yaml): plain
# JSON to python3, and to our reader (network_profile_dump) the same peers,
# orderer and channels as network.json, its own peer first and its TLS CA;
# then a query through the peer and CA a profile names.
check "a JSON and a YAML connection profile per organization" \
    "[[ \$(ls '$net'/profiles/*.json | wc -l) -eq 7 && \$(ls '$net'/profiles/*.yaml | wc -l) -eq 7 ]]"
python3 - "$net" <<'PY'
import json, os, sys
net = sys.argv[1]
network = json.load(open(os.path.join(net, 'network.json')))
for msp, org in network['orgs'].items():
    profile = json.load(open(os.path.join(net, 'profiles', msp + '.json')))
    assert profile['client']['organization'] == msp and profile['organizations'][msp]['mspid'] == msp, msp
    first = profile['organizations'][msp]['peers'][0]
    assert next(iter(profile['peers'])) == first, msp
    peer = profile['peers'][first]
    assert peer['url'] == 'grpcs://' + org['peerAddress'], msp
    path = peer['tlsCACerts']['path']
    assert not os.path.isabs(path) and os.path.samefile(os.path.join(net, 'profiles', path), org['peerTlsCa']), msp
    assert len(profile['peers']) == 7 and sorted(profile['channels']) == sorted(network['channels']), msp
    (orderer,) = profile['orderers'].values()
    assert orderer['url'] == 'grpcs://' + network['ordererAddress'], msp
    assert os.path.samefile(os.path.join(net, 'profiles', orderer['tlsCACerts']['path']), network['ordererTlsCa']), msp
PY
profiles_rc=$?
check "every JSON profile is JSON naming its organization, its own peer first, the orderer, TLS CAs by relative path" "[[ $profiles_rc -eq 0 ]]"
profile_dump=${LIANXIN_PROFILE_DUMP:-$(find "${LIANXIN_BUILD_DIR:-$repo/build}/tests" -maxdepth 3 -type f -name network_profile_dump -perm -u+x -print -quit 2>/dev/null)}
if [[ -n $profile_dump && -x $profile_dump ]]; then
    read_ok=0
    for profile in "$net"/profiles/*.json "$net"/profiles/*.yaml; do
        msp=$(basename "${profile%.*}")
        dump=$("$profile_dump" "$profile" --ca-out "$work/profile-ca.pem") || { echo "$profile: refused"; continue; }
        [[ $(grep -c '^peer ' <<<"$dump") -eq 7 && $(grep -c '^channel ' <<<"$dump") -eq 4 ]] || continue
        grep -qx "mspid $msp" <<<"$dump" || continue
        grep -qx "endpoint $(jq -r ".orgs.\"$msp\".peerAddress" "$net/network.json")" <<<"$dump" || continue
        grep -qx "orderer orderer0.orderermsp $(jq -r .ordererAddress "$net/network.json") grpcs" <<<"$dump" || continue
        cmp -s "$work/profile-ca.pem" "$(jq -r ".orgs.\"$msp\".peerTlsCa" "$net/network.json")" || continue
        read_ok=$((read_ok + 1))
    done
    check "our reader takes each of the 14 profiles: its MSP, its own peer's address and TLS CA first, 7 peers, the orderer, 4 channels ($read_ok of 14)" "[[ $read_ok -eq 14 ]]"
    dump=$("$profile_dump" "$net/profiles/NanhaiBankMSP.yaml" --ca-out "$work/profile-ca.pem")
    address=$(sed -n 's/^endpoint //p' <<<"$dump")
    query=$(FABRIC_CFG_PATH=$net/config/peers/NanhaiBankMSP CORE_PEER_LOCALMSPID=NanhaiBankMSP \
        CORE_PEER_MSPCONFIGPATH=$net/users/NanhaiBankMSP/officer1/msp CORE_PEER_ADDRESS=$address \
        CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE=$work/profile-ca.pem FABRIC_LOGGING_SPEC=warning \
        "$fabric_bin/peer" chaincode query -C lc -n reference -c '{"function":"Get","Args":["lc-1"]}' 2>&1)
    check "a query through the peer and TLS CA of NanhaiBankMSP.yaml's endpoint returns the value" "[[ \"\$query\" == '$value' ]]"
else
    echo "note: network_profile_dump is not built: the profiles were checked as JSON only"
fi
refused=$(as_user HuaxiaBankMSP officer1 chaincode query -C lc -n reference -c '{"function":"Nope","Args":[]}' 2>&1)
check "an unknown function is refused with the chaincode's reason" "grep -q REF_UNKNOWN_FUNCTION <<<\"\$refused\""
if [[ $contracts == all ]]; then
    lc_answer=$(as_user HuaxiaBankMSP officer1 chaincode query -C lc -n lc -c '{"Args":["GetLC","NO-SUCH-LC"]}' 2>&1)
    check "the lc contract (lianxin-chaincode) answers through the peer with its reason code" "grep -q LC_NOT_FOUND <<<\"\$lc_answer\""
fi
height_before=$(height DongfangBankMSP)
check "the lc channel has grown past its genesis block" "[[ -n '$height_before' && '$height_before' -gt 1 ]]"

mapfile -t recorded < <(cat "$net"/pids/*.pid)
check "every process's PID is recorded (orderer, 7 peers, chaincode servers)" "[[ ${#recorded[@]} -ge 9 ]]"

bash "$script" down "$net"
check "down exits 0" "[[ $? -eq 0 ]]"
still=
for pid in "${recorded[@]}"; do running "$pid" && still+=" $pid"; done
check "down: every recorded process is gone" "[[ -z '$still' ]]"
[[ -z $still ]] || ps -o pid,ppid,stat,lstart,args -p "${still# }"
check "down: a process that is not the network's still runs" "kill -0 $sentinel 2>/dev/null"
check "down: the folder and its ledgers stay" "[[ -f '$net/network.json' && -d '$net/data/orderer' && -d '$net/data/peers/HuaxiaBankMSP' && -d '$net/sandbox/wallet' ]]"
bash "$script" status "$net" >/dev/null 2>&1
check "status after down says so (exit 4)" "[[ $? -eq 4 ]]"

made_before=$(cat "$net/sandbox.pass" "$net"/chaincode/*/package-id "$net/orgs/HuaxiaBankMSP/peer0/tls/server.crt" | sha256sum)
start=$(date +%s%N)
if bash "$script" up "$net"; then
    restart_seconds=$(elapsed "$start")
    pass "up again on the same folder (${restart_seconds}s)"
else
    fail "up again on the same folder"
    for log in "$net"/logs/*.log; do echo "--- $log"; tail -n 30 "$log"; done
    exit 1
fi
made_after=$(cat "$net/sandbox.pass" "$net"/chaincode/*/package-id "$net/orgs/HuaxiaBankMSP/peer0/tls/server.crt" | sha256sum)
check "the restart made nothing anew (the same sandbox, TLS material and packages)" "[[ '$made_before' == '$made_after' ]]"
committed=$(as_user HuaxiaBankMSP officer1 lifecycle chaincode querycommitted -C lc -n reference 2>&1)
check "the reference chaincode's definition is still sequence 1 (no re-approval)" "grep -q 'Sequence: 1,' <<<"\$committed""
height_after=$(height DongfangBankMSP)
check "the ledger height is kept ($height_before -> $height_after)" "[[ '$height_after' -eq '$height_before' ]]"
query=$(as_user NanhaiBankMSP officer1 chaincode query -C lc -n reference -c '{"function":"Get","Args":["lc-1"]}' 2>&1)
check "the value is still there after the restart" "[[ \"\$query\" == '$value' ]]"
# shellcheck disable=SC2046
invoke_out=$(PEER_LOG=info as_user ChangjiangBankMSP officer1 chaincode invoke -o "$orderer" --tls --cafile "$orderer_ca" -C lc -n reference \
    $(peer_flags ChangjiangBankMSP BeiyuanBankMSP) -c '{"function":"Put","Args":["lc-2","after restart"]}' --waitForEvent 2>&1)
check "a new transaction commits after the restart" "grep -q 'committed with status (VALID)' <<<\"\$invoke_out\""

mapfile -t recorded < <(cat "$net"/pids/*.pid)
bash "$script" down "$net"
still=
for pid in "${recorded[@]}"; do running "$pid" && still+=" $pid"; done
check "second down: every recorded process is gone" "[[ -z '$still' ]]"
[[ -z $still ]] || ps -o pid,ppid,stat,lstart,args -p "${still# }"

echo "timing: up from clean ${up_seconds:-?}s, restart ${restart_seconds:-?}s (contracts: $contracts)"
if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all checks passed"
