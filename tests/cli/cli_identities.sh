#!/usr/bin/env bash
# lianxin-cli identities import|export (issue 16, item 2): a user in Fabric's
# MSP layout, as network materials writes it, comes into a fresh sandbox's
# wallet under a new name and signs on the embedded ledger; export writes the
# layout back; every refusal names the file and the cause with its exit code
# (2 usage, 5 data invalid) and leaves the wallet as it was.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
export XDG_DATA_HOME="$dir/xdg-data"

printf 'sandbox-pass-123\n' > "$dir/pass"
data="$dir/data"
wallet="$data/wallet/wallet.json"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }
# refused NAME EXIT PATTERN ARGS...: lianxin-cli (with --data and the
# passphrase) exits EXIT, says PATTERN on stderr and leaves the wallet file
# byte for byte as it was.
refused() {
    local name=$1 code=$2 pattern=$3; shift 3
    local before err
    before=$(sha256sum < "$wallet")
    err=$(L "$@" 2>&1 >/dev/null); check "$name: exit $code" "$code" $?
    contains "$name: says why" "$err" "$pattern"
    check "$name: the wallet is unchanged" "$before" "$(sha256sum < "$wallet")"
}
# copy NAME: a copy of officer1's MSP folder to spoil.
copy() { rm -rf "$dir/$1"; cp -r "$msp" "$dir/$1"; printf '%s' "$dir/$1"; }

L sandbox init >/dev/null; check "sandbox init" 0 $?
L network materials --out "$dir/net" >/dev/null; check "network materials" 0 $?
msp="$dir/net/users/HuaxiaBankMSP/officer1/msp"

# ---- Import: officer1's folder as officer9 of the same bank ----
out=$(L --json identities import --msp-id HuaxiaBankMSP --user officer9 --msp-dir "$msp"); check "import officer9" 0 $?
contains "import says the label and role" "$out" '"label": "HuaxiaBankMSP/officer9", "mspId": "HuaxiaBankMSP", "user": "officer9", "role": "officer"'
contains "import kept the issuing CA" "$out" '"issuingCa": true'
list=$("$cli" --data "$data" identities); check "identities" 0 $?
contains "the wallet lists officer9" "$list" "^HuaxiaBankMSP/officer9	officer	officer1$"

# It signs on the embedded ledger: a draft by officer9, approved by the checker.
id=$(L --date 2026-09-01 --as HuaxiaBankMSP/officer9 --json quotes post --side buy --tier 2 --tenor 31-90 --rate 3.05 \
    --method straight --amount 100000000 --valid-until 2026-09-30 | field draftId)
check "officer9 posts a quote (a signed transaction)" 0 $?
L --date 2026-09-01 --as HuaxiaBankMSP/checker1 approvals approve "$id" >/dev/null; check "the checker approves officer9's draft" 0 $?
L ledger verify >/dev/null; check "the ledger verifies with officer9's transactions" 0 $?

# The same certificate under an MSP that is not its issuer's: the ledger refuses what it signs.
L identities import --msp-id DongfangBankMSP --user impostor --msp-dir "$msp" >/dev/null
check "import under another MSP ID (the wallet cannot know the consortium's CAs)" 0 $?
err=$(L --date 2026-09-01 --as DongfangBankMSP/impostor quotes post --side buy --tier 2 --tenor 31-90 --rate 3.05 \
    --method straight --amount 100000000 --valid-until 2026-09-30 2>&1 >/dev/null)
check "a certificate under the wrong MSP ID: the ledger refuses its creator" 3 $?
contains "a certificate under the wrong MSP ID: CREATOR_UNKNOWN" "$err" "CREATOR_UNKNOWN"

# ---- Refusals: usage (exit 2) ----
refused "no --msp-id" 2 "identities import needs --msp-id ID" identities import --user x --msp-dir "$msp"
refused "no --user" 2 "identities import needs --user NAME" identities import --msp-id HuaxiaBankMSP --msp-dir "$msp"
refused "no --msp-dir" 2 "identities import needs --msp-dir DIR" identities import --msp-id HuaxiaBankMSP --user x
refused "a name with a slash" 2 '--user "a/b" may not hold "/"' identities import --msp-id HuaxiaBankMSP --user a/b --msp-dir "$msp"
refused "--msp-dir missing" 2 "--msp-dir $dir/nowhere is not a folder" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$dir/nowhere"
refused "a name the wallet holds" 2 "MSP_IDENTITY_EXISTS\|the wallet holds HuaxiaBankMSP/checker1 already" \
    identities import --msp-id HuaxiaBankMSP --user checker1 --msp-dir "$msp"
out=$(L --json identities import --msp-id HuaxiaBankMSP --user checker1 --msp-dir "$msp" 2>&1 >/dev/null)
contains "a name the wallet holds (--json)" "$out" '"code": 2, "reasonCode": "MSP_IDENTITY_EXISTS"'
printf 'not-the-passphrase\n' > "$dir/wrong"
before=$(sha256sum < "$wallet")
"$cli" --data "$data" --passphrase-file "$dir/wrong" identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$msp" \
    >/dev/null 2>&1
check "a wrong passphrase (exit 3)" 3 $?
check "a wrong passphrase: the wallet is unchanged" "$before" "$(sha256sum < "$wallet")"

# ---- Refusals: the folder (exit 5, naming the file) ----
bad=$(copy no-cert); rm "$bad/signcerts/cert.pem"
refused "no certificate" 5 "MSP_NO_CERTIFICATE: no certificate in $bad/signcerts" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(copy two-certs); cp "$dir/net/users/HuaxiaBankMSP/checker1/msp/signcerts/cert.pem" "$bad/signcerts/checker.pem"
refused "two certificates" 5 "MSP_CERTIFICATES_MANY: 2 files in $bad/signcerts (cert.pem, checker.pem)" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(copy no-key); rm "$bad/keystore/"*
refused "no key" 5 "MSP_NO_KEY: no private key in $bad/keystore" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(copy mismatch); cp "$dir/net/users/HuaxiaBankMSP/checker1/msp/keystore/key.pem" "$bad/keystore/key.pem"
refused "a key of another certificate" 5 \
    "MSP_KEY_MISMATCH: the private key $bad/keystore/key.pem does not belong to the certificate $bad/signcerts/cert.pem" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(copy garbage); printf 'not a key\n' > "$bad/keystore/key.pem"
refused "an unreadable key PEM" 5 "MSP_PEM_UNREADABLE: $bad/keystore/key.pem is not a readable private key PEM" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(copy garbage-cert); printf -- '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n' > "$bad/signcerts/cert.pem"
refused "an unreadable certificate PEM" 5 "MSP_PEM_UNREADABLE: $bad/signcerts/cert.pem is not a readable certificate PEM" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(copy p384); openssl ecparam -name secp384r1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out "$bad/keystore/key.pem"
refused "a P-384 key" 5 "MSP_KEY_UNSUPPORTED: $bad/keystore/key.pem holds a EC secp384r1 key" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"

# Expired and not yet valid: officer1's key certified again by the bank's
# CA (the sandbox keeps its key) with dates in the past and in the future.
ca="$data/consortium/cas/HuaxiaBankMSP"
mkdir -p "$dir/ca-db"; : > "$dir/ca-db/index.txt"
cat > "$dir/ca.cnf" <<EOF
[ca]
default_ca = lx
[lx]
database = $dir/ca-db/index.txt
new_certs_dir = $dir/ca-db
serial = $dir/ca-db/serial
default_md = sha256
policy = anything
preserve = yes
unique_subject = no
[anything]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
EOF
openssl req -new -key "$msp/keystore/key.pem" -subj "/C=CN/O=Huaxia Trade Bank/OU=client/OU=officer/CN=officer1" \
    -out "$dir/officer1.csr" 2>/dev/null
dated() { # dated FOLDER START END: officer1's folder with a certificate valid from START to END
    local bad; bad=$(copy "$1")
    openssl ca -batch -notext -config "$dir/ca.cnf" -create_serial -cert "$ca/ca-cert.pem" -keyfile "$ca/ca-key.pem" \
        -in "$dir/officer1.csr" -out "$bad/signcerts/cert.pem" -startdate "$2" -enddate "$3" >/dev/null 2>&1
    printf '%s' "$bad"
}
bad=$(dated expired 20200101000000Z 20210101000000Z)
openssl x509 -in "$bad/signcerts/cert.pem" -noout >/dev/null 2>&1; check "an expired certificate was made" 0 $?
refused "an expired certificate" 5 "MSP_CERT_EXPIRED: the certificate $bad/signcerts/cert.pem expired on 2021-01-01 00:00:00 UTC" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(dated early 20900101000000Z 20910101000000Z)
refused "a certificate not yet valid" 5 \
    "MSP_CERT_NOT_YET_VALID: the certificate $bad/signcerts/cert.pem is not valid yet: not before 2090-01-01 00:00:00 UTC" \
    identities import --msp-id HuaxiaBankMSP --user x --msp-dir "$bad"
bad=$(dated current 20200101000000Z 20900101000000Z)
L identities import --msp-id HuaxiaBankMSP --user officer12 --msp-dir "$bad" >/dev/null
check "the same key and subject with current dates is imported" 0 $?

# A SEC1 key ("BEGIN EC PRIVATE KEY", as cryptogen's older releases write it).
bad=$(copy sec1); openssl ec -in "$msp/keystore/key.pem" -out "$bad/keystore/priv_sk" 2>/dev/null; rm "$bad/keystore/key.pem"
grep -q "BEGIN EC PRIVATE KEY" "$bad/keystore/priv_sk"; check "a SEC1 key file" 0 $?
L identities import --msp-id HuaxiaBankMSP --user officer11 --msp-dir "$bad" >/dev/null; check "a SEC1 key is imported" 0 $?

# --replace renews a name: officer9 becomes checker1's certificate.
L identities import --msp-id HuaxiaBankMSP --user officer9 --msp-dir "$dir/net/users/HuaxiaBankMSP/checker1/msp" \
    --replace >/dev/null
check "--replace" 0 $?
list=$("$cli" --data "$data" identities)
contains "officer9 now carries the checker's role" "$list" "^HuaxiaBankMSP/officer9	checker	checker1$"

# ---- Export ----
L identities export --user HuaxiaBankMSP/officer11 --out "$dir/exported/msp" >/dev/null; check "export officer11" 0 $?
e="$dir/exported/msp"
cmp -s "$e/signcerts/cert.pem" "$msp/signcerts/cert.pem"; check "export: signcerts/cert.pem is the certificate" 0 $?
[ "$(openssl pkey -in "$e/keystore/priv_sk" -pubout)" = "$(openssl x509 -in "$msp/signcerts/cert.pem" -noout -pubkey)" ]
check "export: keystore/priv_sk is its key" 0 $?
check "export: priv_sk is 0600" 600 "$(stat -c %a "$e/keystore/priv_sk")"
check "export: keystore/ is 0700" 700 "$(stat -c %a "$e/keystore")"
cmp -s "$e/cacerts/ca.pem" "$msp/cacerts/ca.pem"; check "export: cacerts/ca.pem is the issuing CA" 0 $?
cmp -s "$e/config.yaml" "$msp/config.yaml"; check "export: config.yaml as network materials writes it" 0 $?
# A sandbox user (no CA in the wallet entry): the consortium's CA.
L identities export --user DongfangBankMSP/checker1 --out "$dir/dongfang" >/dev/null; check "export a sandbox user" 0 $?
cmp -s "$dir/dongfang/cacerts/ca.pem" "$data/consortium/cas/DongfangBankMSP/ca-cert.pem"
check "export: a sandbox user's CA is the consortium's" 0 $?
# Round trip: the exported folder imports as the same signer.
L identities import --msp-id HuaxiaBankMSP --user officer13 --msp-dir "$e" >/dev/null; check "the export imports again" 0 $?
id=$(L --date 2026-09-01 --as HuaxiaBankMSP/officer13 --json quotes post --side sell --tier 2 --tenor 31-90 --rate 3.10 \
    --method straight --amount 100000000 --valid-until 2026-09-30 | field draftId)
check "officer13 (exported and imported again) signs" 0 $?

refused "export into a folder that holds files" 2 "MSP_EXPORT_NOT_EMPTY\|$e exists and is not an empty folder" \
    identities export --user HuaxiaBankMSP/officer11 --out "$e"
refused "export of a name several banks have" 2 "several identities are named officer1 (" \
    identities export --user officer1 --out "$dir/x"
refused "export of an unknown name" 2 "the wallet holds no identity nobody" identities export --user nobody --out "$dir/x"
refused "export without --out" 2 "identities export needs --out DIR" identities export --user officer9
[ ! -e "$dir/x" ]; check "nothing written for a refused export" 0 $?
mkdir "$dir/empty"
L identities export --user officer13 --out "$dir/empty" >/dev/null; check "export into an empty folder (one bank has officer13)" 0 $?

"$cli" identities import --help | grep -q "^  identities import --msp-id ID --user NAME --msp-dir DIR"
check "identities import --help" 0 $?
"$cli" identities export --help | grep -q "^  identities export --user"; check "identities export --help" 0 $?

# ---- Joining a network: --network, a data folder with no consortium ----
# A profile with no peer listening (a closed loopback port, plaintext):
# what is checked before the ledger is tried, and the ledger unreachable.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cat > "$dir/net.yaml" <<YAML
name: closed-network
version: 1.0.0
client: {organization: HuaxiaBankMSP}
organizations:
  HuaxiaBankMSP: {mspid: HuaxiaBankMSP, peers: [peer0.huaxia]}
peers:
  peer0.huaxia: {url: "grpc://127.0.0.1:$port"}
channels: {lc: {}, trust: {}}
YAML
join="$dir/joined"
N() { "$cli" --data "$join" --passphrase-file "$dir/pass" --network "$dir/net.yaml" "$@"; }
err=$("$cli" --json --data "$join" --peer peer0.huaxia lc list 2>&1); check "--peer without --network" 2 $?
contains "--peer without --network: reason" "$err" "CLI_PEER_WITHOUT_NETWORK"
err=$("$cli" --json --data "$join" --network "$dir/none.yaml" lc list 2>&1); check "a missing profile" 2 $?
contains "a missing profile: reason" "$err" "PROFILE_UNREADABLE"
err=$(N --json --peer peer9 lc list 2>&1); check "a peer the profile lacks" 2 $?
contains "a peer the profile lacks: reason" "$err" "PROFILE_INVALID"
err=$(N --json sandbox init 2>&1); check "sandbox init on a network" 2 $?
contains "sandbox init on a network: reason" "$err" "CLI_NOT_ON_NETWORK"
err=$(N --json lc list 2>&1); check "no wallet yet" 2 $?
contains "no wallet yet: reason" "$err" "CLI_NO_WALLET"
err=$(N identities import --msp-id HuaxiaBankMSP --user officer1 --msp-dir "$dir/net/users/HuaxiaBankMSP" 2>&1)
check "a folder that is no msp folder" 5 $?
[ ! -e "$join/wallet" ]; check "a failed first import leaves no wallet" 0 $?
N identities import --msp-id HuaxiaBankMSP --user officer1 --msp-dir "$msp" >/dev/null; check "the first import makes the wallet" 0 $?
out=$(N identities); contains "the joined wallet lists the identity" "$out" "HuaxiaBankMSP/officer1"
[ ! -e "$join/consortium" ]; check "joining makes no consortium" 0 $?
err=$(N --channel guarantee ledger info 2>&1); check "a channel the profile does not list" 2 $?
contains "channels from the profile" "$err" "channels: lc, trust"
err=$(N --json --as HuaxiaBankMSP/officer1 lc list 2>&1); check "the peer unreachable" 4 $?
contains "the peer unreachable: reason" "$err" "PEER_UNAVAILABLE"
err=$(L --json network register-members 2>&1); check "register-members needs a network" 2 $?
contains "register-members needs a network: reason" "$err" "CLI_NEEDS_NETWORK"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
