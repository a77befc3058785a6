#!/usr/bin/env bash
# lianxin-cli end to end: sandbox init, identities, ledger info/verify/block,
# wrong passphrase, a tampered block file, usage errors and their exit codes.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
data="$dir/data"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }

"$cli" >/dev/null 2>&1; check "no command is a usage error" 2 $?
"$cli" --bogus x >/dev/null 2>&1; check "unknown option" 2 $?
"$cli" --help | grep -q "ledger verify"; check "--help lists ledger verify" 0 $?
out=$("$cli" --version); check "--version" 0 $?
contains "--version names the program and a version" "$out" "^lianxin-cli [0-9][0-9.]*$"
"$cli" --version ledger info >/dev/null 2>&1; check "--version is not an option of a command" 2 $?
"$cli" --data "$data" ledger info >/dev/null 2>&1; check "no passphrase is a usage error" 2 $?

L sandbox init >/dev/null; check "sandbox init" 0 $?
err=$(L sandbox init 2>&1); check "second sandbox init is refused" 3 $?
contains "second sandbox init says why" "$err" "SANDBOX_EXISTS"

out=$("$cli" --data "$data" identities); check "identities without passphrase" 0 $?
contains "identities lists a checker" "$out" "/checker1"
contains "identities lists the regulator" "$out" "RegulatorMSP/"
[ "$(printf '%s\n' "$out" | wc -l)" -eq 29 ]; check "29 identities: 5 banks x 5, regulator 2, secretariat 2" 0 $?

out=$("$cli" --data "$data" --json identities); check "identities --json" 0 $?
printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d)==29 and d[0]["label"]' ; check "identities --json parses as JSON" 0 $?

out=$(L ledger info); check "ledger info" 0 $?
for ch in trust lc forfaiting guarantee; do contains "ledger info shows $ch" "$out" "^$ch"; done
out=$(L --json ledger info); contains "ledger info --json" "$out" '"height": "1"'

out=$(L ledger verify); check "ledger verify on a clean chain" 0 $?
contains "verify counts blocks" "$out" "blocks verified"
out=$(L --json ledger verify); contains "verify --json" "$out" '"channel": "trust", "blocksVerified": [2-9][0-9]*, "valid": true'


out=$(L --json --channel lc ledger block 0); check "ledger block 0" 0 $?
contains "block JSON has a data hash" "$out" '"dataHash"'
L --channel lc ledger block 99 >/dev/null 2>&1; check "missing block is rejected" 3 $?
L --channel lc ledger block x >/dev/null 2>&1; check "bad block number" 2 $?
L ledger tx 00ff >/dev/null 2>&1; check "unknown tx is rejected" 3 $?

# Wrong passphrase: a clear error, exit 3, nothing changed.
before=$(sha256sum "$data/wallet/wallet.json")
printf 'not-the-passphrase\n' > "$dir/wrong"
err=$("$cli" --data "$data" --passphrase-file "$dir/wrong" ledger info 2>&1); check "wrong passphrase" 3 $?
contains "wrong passphrase message" "$err" "passphrase is wrong"
[ "$before" = "$(sha256sum "$data/wallet/wallet.json")" ]; check "wallet unchanged" 0 $?

# A flipped byte in a block file: verify fails and names the block.
f="$data/consortium/channels/lc/blocks.dat"
size=$(stat -c %s "$f")
pos=$((size / 2))
byte=$(dd if="$f" bs=1 skip=$pos count=1 2>/dev/null | od -An -tu1 | tr -d ' ')
printf "$(printf '\\%03o' $(((byte + 1) % 256)))" | dd of="$f" bs=1 seek=$pos count=1 conv=notrunc 2>/dev/null
err=$(L ledger verify 2>&1); check "verify detects the flipped byte" 5 $?
contains "verify names the block" "$err" "channel lc: block 0 is invalid"
out=$(L --json --channel lc ledger verify 2>/dev/null); contains "verify --json names the block" "$out" '"valid": false, "badBlock": 0'


echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
