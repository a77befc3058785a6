#!/usr/bin/env bash
# Faults on the real Fabric network, through lianxin-cli (issue 16): each a
# clear error naming its cause, nothing half-written, and the same command
# working again once the fault is gone.
#   - the orderer stopped: an action fails as unavailable (exit 4,
#     ORDERER_UNAVAILABLE) and writes nothing; started again, it goes through;
#   - the bank's peer stopped: exit 4 (PEER_UNAVAILABLE); started again, it answers;
#   - a profile whose TLS CA did not sign the peer's certificate: exit 4,
#     PEER_TLS_UNTRUSTED, naming the profile's tlsCACerts;
#   - an identity whose certificate expired after it was imported: the
#     orderer refuses it, exit 3, IDENTITY_EXPIRED.
#   faults.sh NETWORK_DIR LIANXIN_CLI FABRIC_NETWORK_SH
set -u
net=$1 cli=$2 network_sh=$3
if [ ! -f "$net/network.json" ] || [ ! -d "$net/profiles" ]; then
    echo "SKIP: no Fabric network in $net (no Fabric programs were found to bring it up)"
    exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"

printf 'faults-pass-123\n' > "$dir/pass"
profile=$net/profiles/HuaxiaBankMSP.json
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" --network "$profile" "$@"; }
reason() { python3 -c 'import json,sys; print(json.load(sys.stdin)["reasonCode"])' 2>/dev/null; }
node() { bash "$network_sh" "$1" "$net" "$2" >/dev/null 2>&1; }
# until_ok SECONDS ARGS...: L ARGS until it exits 0 (a node just started
# may need a moment before it serves every channel).
until_ok() {
    local deadline=$((SECONDS + $1)); shift
    until L "$@" >/dev/null 2>&1; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 1
    done
}
for user in officer1 checker1; do
    L identities import --msp-id HuaxiaBankMSP --user "$user" --msp-dir "$net/users/HuaxiaBankMSP/$user/msp" >/dev/null
    check "import $user" 0 $?
done
sight_lc_json LC-FAULT-0001 > "$dir/lc.json"

# ---- The orderer stopped ----
node stop orderer; check "orderer stopped" 0 $?
err=$(L --json --as HuaxiaBankMSP/officer1 lc issue --file "$dir/lc.json" 2>&1 >/dev/null)
check "an action without the orderer: exit 4" 4 $?
r=$(printf '%s' "$err" | reason)
[ "$r" = ORDERER_UNAVAILABLE ]; check "the orderer named ($r)" 0 $?
out=$(L --as HuaxiaBankMSP/checker1 approvals list); check "approvals list without the orderer" 0 $?
if printf '%s' "$out" | grep -q LC-FAULT-0001; then check "nothing half-written" 0 1; else check "nothing half-written" 0 0; fi
node start orderer; check "orderer started" 0 $?
until_ok 60 --as HuaxiaBankMSP/officer1 lc issue --file "$dir/lc.json"; check "the same action goes through once it is back" 0 $?
out=$(L --as HuaxiaBankMSP/checker1 approvals list); contains "the draft arrived once" "$out" "LC-FAULT-0001"
[ "$(printf '%s' "$out" | grep -c LC-FAULT-0001)" -eq 1 ]; check "exactly once" 0 $?

# ---- The bank's peer stopped ----
node stop peer-HuaxiaBankMSP; check "peer stopped" 0 $?
err=$(L --json --as HuaxiaBankMSP/officer1 lc list 2>&1 >/dev/null)
check "a query without the peer: exit 4" 4 $?
r=$(printf '%s' "$err" | reason)
[ "$r" = PEER_UNAVAILABLE ]; check "the peer named ($r)" 0 $?
node start peer-HuaxiaBankMSP; check "peer started" 0 $?
until_ok 90 --as HuaxiaBankMSP/officer1 lc list; check "the peer answers once it is back" 0 $?

# ---- A TLS CA that did not sign the peer's certificate ----
sed 's#HuaxiaBankMSP/peer0/tls/ca.crt#DongfangBankMSP/peer0/tls/ca.crt#' "$profile" > "$net/profiles/faults-wrong-ca.json"
err=$("$cli" --json --data "$dir/data" --passphrase-file "$dir/pass" --network "$net/profiles/faults-wrong-ca.json" \
    --as HuaxiaBankMSP/officer1 lc list 2>&1 >/dev/null)
check "a wrong TLS CA: exit 4" 4 $?
rm -f "$net/profiles/faults-wrong-ca.json"
contains "a wrong TLS CA: reason" "$err" "PEER_TLS_UNTRUSTED"
contains "a wrong TLS CA: the profile field" "$err" "tlsCACerts"

# ---- A certificate that expires after its import ----
# Issued by Huaxia's CA (the sandbox's, which the network's MSP trusts) for
# a few seconds, with openssl ca, since Fabric's CA is not part of this network.
ca=$net/sandbox/consortium/cas/HuaxiaBankMSP
exp=$dir/expiring
mkdir -p "$exp/msp/signcerts" "$exp/msp/keystore" "$exp/msp/cacerts"
openssl ecparam -name prime256v1 -genkey -noout -out "$exp/ec.pem" 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$exp/ec.pem" -out "$exp/msp/keystore/priv_sk"
openssl req -new -key "$exp/msp/keystore/priv_sk" -subj "/C=CN/O=Huaxia/OU=client/OU=officer/CN=expiring1" \
    -out "$exp/req.csr"
touch "$exp/index.txt"
echo 1000 > "$exp/serial"
cat > "$exp/ca.cnf" <<CNF
[ca]
default_ca = short
[short]
database = $exp/index.txt
serial = $exp/serial
new_certs_dir = $exp
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
[ext]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
CNF
lifetime=8
openssl ca -batch -config "$exp/ca.cnf" -cert "$ca/ca-cert.pem" -keyfile "$ca/ca-key.pem" -in "$exp/req.csr" \
    -out "$exp/msp/signcerts/cert.pem" -startdate "$(date -u +%y%m%d%H%M%SZ)" \
    -enddate "$(date -u -d "+$lifetime seconds" +%y%m%d%H%M%SZ)" -extensions ext -preserveDN -notext >/dev/null 2>&1
check "a short-lived certificate issued" 0 $?
expires=$((SECONDS + lifetime))
cp "$ca/ca-cert.pem" "$exp/msp/cacerts/ca.pem"
L identities import --msp-id HuaxiaBankMSP --user expiring1 --msp-dir "$exp/msp" >/dev/null
check "imported while valid" 0 $?
sleep $((expires - SECONDS + 2))
sight_lc_json LC-FAULT-0002 > "$dir/lc2.json"
err=$(L --json --as HuaxiaBankMSP/expiring1 lc issue --file "$dir/lc2.json" 2>&1 >/dev/null)
check "an expired identity: exit 3" 3 $?
r=$(printf '%s' "$err" | reason)
[ "$r" = IDENTITY_EXPIRED ]; check "the expiry named ($r)" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
