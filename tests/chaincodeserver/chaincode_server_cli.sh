#!/usr/bin/env bash
# lianxin-chaincode as the network script starts it: --help/--version, the
# exit codes of a bad configuration (2 usage, 4 cannot serve), and a clean
# stop on SIGTERM and SIGINT.
# Usage: chaincode_server_cli.sh LIANXIN_CHAINCODE
# Ports from LIANXIN_TEST_PORT_BASE (default 27050) + 90..91.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"
bin=$1
base=${LIANXIN_TEST_PORT_BASE:-27050}
addr="127.0.0.1:$((base + 90))"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out=$(timeout 10 "$bin" --help); check "--help" 0 $?
contains "--help prints the usage" "$out" "^Usage: lianxin-chaincode"
contains "--help names --client-ca" "$out" "--client-ca"
out=$(timeout 10 "$bin" --version); check "--version" 0 $?
contains "--version" "$out" "^lianxin-chaincode [0-9]"

err=$(timeout 10 "$bin" --contract nope --chaincode-id x:1 --address "$addr" 2>&1); check "unknown contract" 2 $?
contains "unknown contract named" "$err" "unknown contract nope"
err=$(timeout 10 env -u CHAINCODE_ID "$bin" --contract lc --address "$addr" 2>&1); check "no chaincode id" 2 $?
contains "no id said" "$err" "chaincode-id"
err=$(timeout 10 "$bin" --contract lc --chaincode-id x:1 --address "$addr" --bogus 2>&1); check "--bogus" 2 $?
contains "--bogus named" "$err" "unknown option --bogus"
echo "not a certificate" > "$tmp/bad.pem"
err=$(timeout 10 "$bin" --contract lc --chaincode-id x:1 --address "$addr" --tls-cert "$tmp/bad.pem" \
    --tls-key "$tmp/bad.pem" 2>&1); check "invalid PEM" 4 $?
contains "invalid PEM named" "$err" "bad.pem"
[ "$(printf '%s\n' "$err" | wc -l)" = 1 ]; check "one line for a bad configuration" 0 $?

# From the environment, as Fabric's samples start a ccaas server; stopped by SIGTERM.
CHAINCODE_ID=lc_1:abc CHAINCODE_SERVER_ADDRESS="$addr" "$bin" --contract lc 2> "$tmp/first.log" &
first=$!
for _ in $(seq 50); do grep -q "serving" "$tmp/first.log" && break; sleep 0.1; done
contains "serving line" "$(cat "$tmp/first.log")" "serving lc as lc_1:abc on $addr (plaintext)"
err=$(timeout 10 "$bin" --contract lc --chaincode-id x:1 --address "$addr" 2>&1); check "address in use" 4 $?
contains "address in use said" "$err" "cannot listen on $addr"
kill -TERM "$first"; wait "$first"; check "SIGTERM stops cleanly" 0 $?
contains "stop logged" "$(cat "$tmp/first.log")" "stopping on SIGTERM"

"$bin" --contract registry --chaincode-id r:1 --address "127.0.0.1:$((base + 91))" 2> "$tmp/second.log" &
second=$!
for _ in $(seq 50); do grep -q "serving" "$tmp/second.log" && break; sleep 0.1; done
kill -INT "$second"; wait "$second"; check "SIGINT stops cleanly" 0 $?

echo "chaincode_server_cli: $pass passed, $fails failed"
[ "$fails" = 0 ]
