#!/usr/bin/env bash
# Issue 14: tampered ledger files are named, never served. A validation
# code changed in a block file, an edited or damaged world state, an
# altered block: each exits 5 (data invalid) naming what is wrong, and a
# damaged state never leads to a new block.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
edit="python3 $(dirname "${BASH_SOURCE[0]}")/blockedit.py"

printf 'sandbox-pass-123\n' > "$dir/pass"
data="$dir/data"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
issue() {
    sed "s/LCNO/$1/" "$dir/lc.json" > "$dir/this.json"
    local id
    id=$(as HuaxiaBankMSP/officer1 --json lc issue --file "$dir/this.json" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])') || return 1
    as HuaxiaBankMSP/checker1 approvals approve "$id" >/dev/null
}
lcdir() { printf '%s' "$data/consortium/channels/lc"; }
# Each scenario starts from the same clean copy.
fresh() { rm -rf "$data"; cp -a "$dir/clean" "$data"; }

sight_lc_json "LCNO" > "$dir/lc.json"

L sandbox init >/dev/null; check "sandbox init" 0 $?
for n in 1 2 3; do issue "LC-INT-000$n"; check "issue LC-INT-000$n" 0 $?; done
out=$(as HuaxiaBankMSP/manager1 lc list); contains "three L/Cs listed" "$out" "LC-INT-0003"
L ledger verify >/dev/null; check "clean chain verifies" 0 $?
out=$(L ledger verify state); check "clean state verifies" 0 $?
contains "verify state says the state matches" "$out" "lc	.* state matches them"
cp -a "$data" "$dir/clean"
blocks=$($edit "$(lcdir)/blocks.dat" count)
last=$((blocks - 1))

# 3. A validation code changed from VALID to MVCC_READ_CONFLICT (11) in the
# block that approved the last issue: verify names the block and the
# transaction; a state rebuilt from the blocks is refused, not served empty.
fresh
$edit "$(lcdir)/blocks.dat" code $last 0 11
err=$(L ledger verify 2>&1); check "changed validation code fails verify" 5 $?
contains "verify names block and transaction" "$err" "channel lc: block $last is invalid: transaction 0 (.*) is marked MVCC_READ_CONFLICT but validates as VALID"
err=$(L --json ledger verify 2>&1 >/dev/null); check "--json verify fails too" 5 $?
contains "--json: the error is one JSON line" "$err" '^{"code": 5, "reasonCode": "CHAIN_INVALID", "message": "channel lc: block '"$last"' is invalid'
rm -f "$(lcdir)"/state.db*
err=$(as HuaxiaBankMSP/manager1 lc list 2>&1); check "state rebuild over a changed code is refused" 5 $?
contains "rebuild names the block" "$err" "COMMIT_HASH_MISMATCH.*block $last"

# 4a. An edited value in state.db: lc show refuses (exit 5), verify state
# names the key; the blocks themselves still verify.
fresh
python3 - "$(lcdir)/state.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
ns, key, value = db.execute("SELECT ns, key, value FROM state WHERE key LIKE '%LC-INT-0002%' ORDER BY length(value) DESC").fetchone()
value = bytes(value)
assert b"Cotton yarn" in value, value
value = value.replace(b"Cotton yarn", b"Cotton silk")
db.execute("UPDATE state SET value=? WHERE ns=? AND key=?", (value, ns, key))
db.commit()
print(ns, key, file=open(sys.argv[1] + ".edited", "w"))
PY
edited_key=$(cut -d' ' -f2- "$(lcdir)/state.db.edited"); rm -f "$(lcdir)/state.db.edited"
err=$(as HuaxiaBankMSP/manager1 lc show LC-INT-0002 2>&1); check "edited state is not served" 5 $?
contains "lc show says the state was changed" "$err" "STATE_TAMPERED"
err=$(L ledger verify state 2>&1 >/dev/null); check "verify state finds the edit" 5 $?
contains "verify state names the key" "$err" "channel lc: state key .* $edited_key: value differs"
out=$(L --json ledger verify state 2>"$dir/err"); check "--json verify state finds the edit" 5 $?
contains "--json: the key is in the channel's result" "$out" '"key": "'"$edited_key"'", "what": "value differs'
contains "--json: the error is JSON" "$(cat "$dir/err")" '^{"code": 5, "reasonCode": "STATE_MISMATCH"'
L ledger verify >/dev/null 2>&1; check "the blocks still verify" 0 $?

# 4b. A damaged page: SQLite reports corruption; list and show exit 5 at
# once (never a shorter list), issuing writes no block, exit 5 not 4.
fresh
python3 - "$(lcdir)/state.db" <<'PY'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
page = 4096
assert len(data) >= 3 * page
for p in range(1, len(data) // page):  # every page but the header page
    data[p * page + 8:p * page + 8 + 64] = b"\x5a" * 64
open(path, "r+b").write(data)
PY
size=$(stat -c %s "$(lcdir)/blocks.dat")
err=$(as HuaxiaBankMSP/manager1 lc list 2>&1); check "damaged state: list exits 5" 5 $?
contains "damaged state is named" "$err" "STATE_DAMAGED"
as HuaxiaBankMSP/manager1 lc show LC-INT-0001 >/dev/null 2>&1; check "damaged state: show exits 5" 5 $?
issue LC-INT-0001 2>/dev/null; check "damaged state: no re-issue" 1 $?
as HuaxiaBankMSP/officer1 lc issue --file "$dir/this.json" >/dev/null 2>&1; check "damaged state: issue exits 5, not 4" 5 $?
[ "$(stat -c %s "$(lcdir)/blocks.dat")" = "$size" ]; check "damaged state: no block written" 0 $?
L ledger verify state >/dev/null 2>&1; check "verify state reports the damage" 5 $?

# 5. Blocks served are checked: a changed transaction byte (data hash) and
# a rewritten header (data hash recomputed, no longer what the next block
# chains to) are refused by ledger block, naming the block.
fresh
tx2=$($edit "$(lcdir)/blocks.dat" txid 2)
L ledger tx "$tx2" >/dev/null; check "ledger tx of an intact block" 0 $?
$edit "$(lcdir)/blocks.dat" txbyte 2
$edit "$(lcdir)/blocks.dat" header 3
L --channel lc ledger block 1 >/dev/null; check "an intact block is served" 0 $?
L --channel lc ledger block $last >/dev/null; check "the tip is served" 0 $?
err=$(L --channel lc ledger block 2 2>&1); check "altered transaction: ledger block exits 5" 5 $?
contains "altered transaction names the block" "$err" "BLOCK_ALTERED: block 2 of channel lc has a data hash"
err=$(L ledger tx "$tx2" 2>&1); check "altered transaction: ledger tx exits 5" 5 $?
contains "ledger tx names the block" "$err" "BLOCK_ALTERED: block 2 of channel lc"
err=$(L --channel lc --json ledger block 3 2>&1); check "altered header: ledger block exits 5" 5 $?
contains "altered header names the block" "$err" "\"reasonCode\": \"BLOCK_ALTERED\", \"message\": \"block 3 of channel lc has a header"
err=$(L ledger verify 2>&1); check "verify fails too" 5 $?
contains "verify names the first" "$err" "channel lc: block 2 is invalid"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
