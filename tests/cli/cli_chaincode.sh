#!/usr/bin/env bash
# lianxin-cli chaincode invoke|query (issue 15): one raw call of a contract
# on the embedded ledger, as Fabric's peer chaincode invoke|query makes it,
# printing the contract's response as JSON; --date signs as of that day, a
# contract's refusal is exit 3 with nothing sent, a bad command line exit 2.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
on() { local day=$1 who=$2; shift 2; L --date "$day" --as "$who" "$@"; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d$1)"; }
b64() { printf '%s' "$1" | base64 -w0; }
# An lianxin.lc.LcAction with one action naming LC: field FIELD (a message
# holding lc_no, field 1), encoded by hand: tag, length, tag, length, text.
action() { # FIELD LC
    local inner
    inner=$(printf '\\x0a\\x%02x%s' "${#2}" "$2")
    printf "\\x$(printf %02x $(($1 << 3 | 2)))\\x$(printf %02x $((${#2} + 2)))$inner" | base64 -w0
}

L sandbox init >/dev/null; check "sandbox init" 0 $?
help=$("$cli" chaincode invoke --help); check "chaincode invoke --help" 0 $?
contains "invoke --help" "$help" "chaincode invoke --channel C --name CC"
contains "its options" "$help" "Its options: --channel, --name, --arg, --arg-b64, --transient."
contains "--help lists query" "$("$cli" --help)" "chaincode query --channel C --name CC"

lc=LC-CC-0001
sight_lc_json "$lc" > "$dir/lc.json"
id=$(on 2026-09-01 HuaxiaBankMSP/officer1 --json lc issue --file "$dir/lc.json" | field "['draftId']")
# The checker approves through the raw verb: a transaction, VALID, in a block.
out=$(on 2026-09-01 HuaxiaBankMSP/checker1 chaincode invoke --channel lc --name lc --arg ApproveDraft --arg "$id")
check "raw ApproveDraft" 0 $?
[ "$(printf '%s' "$out" | field "['status']")" = 200 ]; check "status 200" 0 $?
[ "$(printf '%s' "$out" | field "['validationCode']")" = VALID ]; check "validation code VALID" 0 $?
[ "$(printf '%s' "$out" | field "['block']")" -gt 0 ]; check "in a block" 0 $?
tx=$(printf '%s' "$out" | field "['txId']")
[ ${#tx} = 64 ]; check "its transaction ID" 0 $?
printf '%s' "$out" | field "['payload']" | base64 -d | grep -aq "$lc"; check "payload: the L/C (base64)" 0 $?
out=$(L ledger tx "$tx" --channel lc); contains "the transaction is on the ledger" "$out" "VALID"

# A query: no transaction, the same record lc show prints.
out=$(L --as HuaxiaBankMSP/manager1 chaincode query --channel lc --name lc --arg GetLC --arg "$lc"); check "raw GetLC" 0 $?
[ "$(printf '%s' "$out" | field "['txId']")" = "" ]; check "a query has no transaction" 0 $?
printf '%s' "$out" | field "['payload']" | base64 -d | grep -aq "Cotton yarn"; check "payload: GetLC's record" 0 $?
same=$(L --as HuaxiaBankMSP/manager1 chaincode query --channel lc --name lc --arg-b64 "$(b64 GetLC)" --arg-b64 "$(b64 "$lc")")
[ "$(printf '%s' "$same" | field "['payload']")" = "$(printf '%s' "$out" | field "['payload']")" ]
check "--arg-b64 is the same argument as --arg" 0 $?

# SubmitDraft with the action in the transient map: the draft ID is the transaction's.
out=$(on 2026-09-02 DongfangBankMSP/officer1 chaincode invoke --channel lc --name lc --arg SubmitDraft \
    --transient "action=$(action 2 "$lc")"); check "raw SubmitDraft (advise)" 0 $?
draft=$(printf '%s' "$out" | field "['payload']" | base64 -d)
[ "$draft" = "$(printf '%s' "$out" | field "['txId']")" ]; check "the draft ID is the transaction ID" 0 $?
out=$(L --as DongfangBankMSP/checker1 chaincode query --channel lc --name lc --arg ListDrafts); check "raw ListDrafts" 0 $?
printf '%s' "$out" | field "['payload']" | base64 -d | grep -aq "$draft"; check "the bank's drafts hold it" 0 $?
on 2026-09-02 DongfangBankMSP/checker1 chaincode invoke --channel lc --name lc --arg ApproveDraft --arg "$draft" >/dev/null
check "advise approved" 0 $?
contains "advised" "$(L lc show "$lc")" '"state": "ADVISED"'

# --date is the contracts' today: the expiry is refused on the expiry date,
# nothing sent (no validation code), exit 3; taken the day after.
expiry=$(L lc show "$lc" | python3 -c 'import json,sys; e=json.load(sys.stdin)["expiryDate"]; print("%04d-%02d-%02d" % (e["year"], e["month"], e["day"]))')
after=$(date -u -d "$expiry +1 day" +%F)
id=$(on "$after" HuaxiaBankMSP/officer1 chaincode invoke --channel lc --name lc --arg SubmitDraft \
    --transient "action=$(action 13 "$lc")" | field "['txId']"); check "expire drafted the day after expiry" 0 $?
out=$(on "$expiry" HuaxiaBankMSP/checker1 chaincode invoke --channel lc --name lc --arg ApproveDraft --arg "$id" 2>"$dir/err")
check "approved on the expiry date: refused" 3 $?
[ "$(printf '%s' "$out" | field "['reasonCode']")" = LC_NOT_YET_EXPIRED ]; check "reason code in the JSON" 0 $?
[ "$(printf '%s' "$out" | field "['status']")" -ge 400 ]; check "status 400 and up" 0 $?
[ "$(printf '%s' "$out" | field ".get('validationCode', 'none')")" = none ]; check "nothing sent: no validation code" 0 $?
contains "the refusal on stderr" "$(cat "$dir/err")" "LC_NOT_YET_EXPIRED"
contains "still advised" "$(L lc show "$lc")" '"state": "ADVISED"'
out=$(on "$after" HuaxiaBankMSP/checker1 chaincode invoke --channel lc --name lc --arg ApproveDraft --arg "$id")
check "approved the day after" 0 $?
contains "expired" "$(L lc show "$lc")" '"state": "EXPIRED"'

# A query the contract refuses: exit 3, the JSON on stdout, --json error on stderr.
out=$(L --json --as HuaxiaBankMSP/manager1 chaincode query --channel lc --name lc --arg GetLC --arg LC-NONE 2>"$dir/err")
check "GetLC of nothing" 3 $?
[ "$(printf '%s' "$out" | field "['status']")" = 404 ]; check "status 404" 0 $?
[ "$(field "['reasonCode']" < "$dir/err")" = "$(printf '%s' "$out" | field "['reasonCode']")" ]
check "the same reason code on stderr" 0 $?

# The command line.
L chaincode query --channel lc --arg GetLC >/dev/null 2>&1; check "without --name" 2 $?
L chaincode query --channel lc --name lc >/dev/null 2>&1; check "without a function" 2 $?
err=$(L chaincode query --channel lc --name lc --arg-b64 'no*base64' 2>&1); check "--arg-b64 not base64" 2 $?
contains "says so" "$err" "--arg-b64 wants base64"
L chaincode invoke --channel lc --name lc --arg SubmitDraft --transient action >/dev/null 2>&1; check "--transient without =" 2 $?
err=$(L chaincode query --channel nope --name lc --arg GetLC 2>&1); check "unknown channel" 2 $?
contains "names the channels" "$err" "no channel nope"
L chaincode call --channel lc --name lc --arg GetLC >/dev/null 2>&1; check "unknown verb" 2 $?
L lc list --name lc >/dev/null 2>&1; check "--name elsewhere" 2 $?

L ledger verify >/dev/null; check "the chain verifies" 0 $?
echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
