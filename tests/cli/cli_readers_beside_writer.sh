#!/usr/bin/env bash
# Reading while another LianXin process writes: a process holds the ledger
# open for writing (as the workstation does) and commits blocks; ledger info,
# block, verify, kyc show and lc list work meanwhile; a second writer is
# refused with exit 4 and a message naming the other process and its PID.
set -u
cli=$1
hold=$2
dir=$(mktemp -d)
hpid=
trap '[ -n "$hpid" ] && kill "$hpid" 2>/dev/null; rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
data="$dir/data"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }
waitFor() { for _ in $(seq 600); do grep -q "$1" "$dir/hold.out" && return 0; sleep 0.1; done; return 1; }

L sandbox init >/dev/null; check "sandbox init" 0 $?
"$hold" "$data" "$dir/pass" 30 > "$dir/hold.out" 2> "$dir/hold.err" &
hpid=$!
waitFor ready; check "the writer holds the ledger" 0 $?

# While it commits.
out=$(L ledger info 2>&1); check "ledger info beside a writer" 0 $?
contains "ledger info lists trust" "$out" "^trust"
out=$(L --json --channel trust ledger block 0 2>&1); check "ledger block beside a writer" 0 $?
contains "block 0 has a data hash" "$out" '"dataHash"'
out=$(L --as DongfangBankMSP/checker1 kyc show 91350100M000100Y43 2>&1); check "kyc show beside a writer" 0 $?
out=$(L --as HuaxiaBankMSP/officer1 --json lc list 2>&1); check "lc list beside a writer" 0 $?
L --as HuaxiaBankMSP/checker1 approvals list >/dev/null 2>&1; check "approvals list beside a writer" 0 $?

waitFor idle; check "the writer committed its blocks" 0 $?
out=$(L --as DongfangBankMSP/checker1 kyc show 91350100M000100Y43 2>&1); check "kyc show after the writes" 0 $?
contains "a reader sees the writer's last commit" "$out" "HuaxiaBankMSP"
out=$(L --json --channel trust ledger info); contains "the reader sees every block" "$out" '"height": "6[0-9]"'
out=$(L ledger verify 2>&1); check "ledger verify beside a writer" 0 $?

# A second writer: refused, told who has the ledger.
cat > "$dir/kyc.json" <<JSON
{"uscc": "91350100M000100Y43", "subjectName": "Fujian Minjiang Trading Co., Ltd.", "level": "CDD",
 "validUntilSeconds": "4102444800", "evidenceSha256": "$(printf 'ab%.0s' $(seq 32) | xxd -r -p | base64)"}
JSON
err=$(L --as DongfangBankMSP/officer1 kyc attest --file "$dir/kyc.json" 2>&1); check "a second writer is refused" 4 $?
contains "the refusal has its reason" "$err" "LEDGER_IN_USE"
contains "the refusal names the process" "$err" "hold_ledger (pid $hpid)"

kill "$hpid"; wait "$hpid" 2>/dev/null; hpid=
out=$(L --as DongfangBankMSP/officer1 kyc attest --file "$dir/kyc.json" 2>&1); check "once it is gone, writing works" 0 $?
out=$(L ledger verify 2>&1); check "ledger verify afterwards" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
