#!/usr/bin/env bash
# A demand guarantee (URDG 758) across two banks through lianxin-cli, dated
# with --date so the test means the same on any day: Huaxia issues a
# performance guarantee advised by Dongfang; an amendment accepted; a demand
# rejected with two discrepancies in one notice; a complying demand paid in
# part; an extend-or-pay demand suspended then extended; a last demand paid
# to zero (terminated). Plus the contract's refusals with their reason codes
# (exit 3) and a court's stop-payment order freezing a second guarantee.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
# on DATE BANK/USER ARGS...
on() { local day=$1 who=$2; shift 2; L --date "$day" --as "$who" "$@"; }
# act DATE BANK ARGS...: a maker's draft approved by the bank's checker the same day.
act() {
    local day=$1 bank=$2; shift 2
    local id
    id=$(on "$day" "$bank/officer1" --json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])' 2>/dev/null) || return 1
    on "$day" "$bank/checker1" approvals approve "$id" >/dev/null
}
# refused DATE BANK[/USER] CODE ARGS...: the draft (by officer1 unless a user
# is named) is refused with CODE, exit 3.
refused() {
    local day=$1 who=$2 code=$3; shift 3
    case $who in */*) ;; *) who=$who/officer1 ;; esac
    local err
    err=$(on "$day" "$who" "$@" 2>&1); check "$code: $*" 3 $?
    contains "$code reason" "$err" "$code"
}
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
show() { L --as RegulatorMSP/auditor1 guarantee show "$1"; }

L sandbox init >/dev/null; check "sandbox init" 0 $?

terms() { # NO EXPIRY
cat <<JSON
{"guaranteeNo": "$1", "type": "PERFORMANCE", "expiryType": "FIXED_DATE", "expiryDate": $2,
 "applicant": {"name": "上海申江机电进出口有限公司", "uscc": "91350100M000100Y43"},
 "beneficiary": {"name": "江苏长风纺织有限公司", "uscc": "91110108MA01ABCD5T"},
 "issuerMsp": "HuaxiaBankMSP", "advisingBankMsp": "DongfangBankMSP", "currency": "CNY", "amountFen": "100000000",
 "underlying": {"reference": "SJ-CF-2026-031", "date": {"year": 2026, "month": 8, "day": 20},
                "description": "Supply and installation of 40 looms"},
 "reductionSchedule": [{"date": {"year": 2026, "month": 11, "day": 15}, "amountFen": "10000000"}],
 "terms": "Payable on first demand with the beneficiary's statement of breach."}
JSON
}
g=GT-CLI-0001
terms "$g" '{"year": 2026, "month": 12, "day": 31}' > "$dir/g.json"

refused 2026-09-01 DongfangBankMSP GT_WRONG_BANK guarantee issue --file "$dir/g.json"
refused 2026-09-01 RegulatorMSP/auditor1 GT_REGULATOR_READ_ONLY guarantee issue --file "$dir/g.json"
act 2026-09-01 HuaxiaBankMSP guarantee issue --file "$dir/g.json"; check "issue" 0 $?
out=$(show "$g"); contains "issued" "$out" '"state": "ISSUED"'
contains "URDG 758" "$out" '"rules": "URDG 758"'
refused 2026-09-01 HuaxiaBankMSP GT_WRONG_BANK guarantee advise "$g"
act 2026-09-01 DongfangBankMSP guarantee advise "$g"; check "advise" 0 $?
refused 2026-09-01 DongfangBankMSP GT_WRONG_STATE guarantee advise "$g"

echo '{"increaseFen": "10000000", "newExpiryDate": {"year": 2027, "month": 1, "day": 31}}' > "$dir/a.json"
act 2026-09-02 HuaxiaBankMSP guarantee amend "$g" --file "$dir/a.json"; check "amend" 0 $?
act 2026-09-03 DongfangBankMSP guarantee answer "$g" 1 --accept; check "amendment 1 accepted" 0 $?
out=$(show "$g"); [ "$(printf '%s' "$out" | field '["availableFen"]')" = 110000000 ]; check "amount raised" 0 $?

# Demand 1 (Friday 4 September): rejected with two discrepancies in one notice.
echo "breach statement" > "$dir/statement.pdf"
refused 2026-09-04 NanhaiBankMSP GT_WRONG_BANK guarantee demand "$g" --amount 30000000 --statement "Late completion"
refused 2026-09-04 DongfangBankMSP GT_STATEMENT_MISSING guarantee demand "$g" --amount 30000000
refused 2026-09-04 DongfangBankMSP GT_DEMAND_OVER_AVAILABLE guarantee demand "$g" --amount 200000000 --statement "Late completion"
act 2026-09-04 DongfangBankMSP guarantee demand "$g" --amount 30000000 --doc "STATEMENT=$dir/statement.pdf" \
    --statement "The applicant has not completed the installation due on 31 August 2026 (clause 7)."
check "demand 1" 0 $?
out=$(show "$g"); [ "$(printf '%s' "$out" | field '["demands"][0]["examinationDeadline"]["day"]')" = 11 ]
check "examination due Friday 11 September" 0 $?
refused 2026-09-10 DongfangBankMSP GT_WRONG_BANK guarantee examine "$g" 1 --complying
act 2026-09-10 HuaxiaBankMSP guarantee examine "$g" 1 --discrepancy "SIGNATURE:Statement not signed by an authorised signatory" \
    --discrepancy "CONTRACT_REF:Statement names contract SJ-CF-2026-013, not SJ-CF-2026-031"
check "demand 1 rejected in one notice" 0 $?
out=$(show "$g"); contains "rejected" "$out" '"state": "REJECTED"'
[ "$(printf '%s' "$out" | field '["demands"][0]["discrepancies"].__len__()')" = 2 ]; check "two discrepancies" 0 $?

# Demand 2 (Monday 14 September): the fifth business day is Sunday 20
# September, a make-up working day; a rejection on the 21st is too late,
# the issuer pays part.
act 2026-09-14 DongfangBankMSP guarantee demand "$g" --amount 20000000 --statement "Installation still incomplete."
check "demand 2" 0 $?
refused 2026-09-21 HuaxiaBankMSP GT_REJECTION_LATE guarantee examine "$g" 2 --discrepancy "Late"
act 2026-09-21 HuaxiaBankMSP guarantee examine "$g" 2 --complying; check "demand 2 complying" 0 $?
refused 2026-09-22 DongfangBankMSP GT_WRONG_BANK guarantee pay "$g" 2
act 2026-09-22 HuaxiaBankMSP guarantee pay "$g" 2; check "demand 2 paid" 0 $?
out=$(show "$g"); [ "$(printf '%s' "$out" | field '["availableFen"]')" = 90000000 ]; check "available reduced" 0 $?

# Demand 3: extend or pay, received on 23 September and recorded the next
# day, suspended (at most 30 days after receipt), then extended.
refused 2026-09-24 DongfangBankMSP GT_RECEIPT_IN_FUTURE guarantee demand "$g" --amount 50000000 --extend-to 2027-06-30 \
    --statement "Defects unremedied." --received 2026-09-25
act 2026-09-24 DongfangBankMSP guarantee demand "$g" --amount 50000000 --extend-to 2027-06-30 --received 2026-09-23 \
    --statement "Defects unremedied."
check "extend-or-pay demand" 0 $?
out=$(show "$g"); [ "$(printf '%s' "$out" | field '["demands"][2]["receivedDate"]["day"]')" = 23 ]
check "the day of receipt recorded" 0 $?
refused 2026-09-24 HuaxiaBankMSP GT_WRONG_STATE guarantee suspend "$g" 3 --until 2026-10-23
act 2026-09-24 HuaxiaBankMSP guarantee examine "$g" 3 --complying; check "demand 3 complying" 0 $?
refused 2026-09-24 HuaxiaBankMSP GT_SUSPENSION_TOO_LONG guarantee suspend "$g" 3 --until 2026-10-24
act 2026-09-24 HuaxiaBankMSP guarantee suspend "$g" 3 --until 2026-10-23; check "payment suspended" 0 $?
act 2026-10-12 HuaxiaBankMSP guarantee extend "$g" 3 --to 2027-06-30; check "extended" 0 $?
out=$(show "$g"); contains "withdrawn" "$out" '"state": "WITHDRAWN"'
[ "$(printf '%s' "$out" | field '["expiryDate"]["year"]')" = 2027 ]; check "new expiry" 0 $?

# Demand 4 for everything left: paid to zero, the guarantee terminates.
act 2026-10-13 DongfangBankMSP guarantee demand "$g" --amount 90000000 --statement "Contract terminated for default."
check "demand 4" 0 $?
act 2026-10-14 HuaxiaBankMSP guarantee examine "$g" 4 --complying; check "demand 4 complying" 0 $?
act 2026-10-15 HuaxiaBankMSP guarantee pay "$g" 4; check "demand 4 paid" 0 $?
out=$(show "$g"); contains "terminated" "$out" '"state": "TERMINATED"'
refused 2026-10-16 DongfangBankMSP GT_WRONG_STATE guarantee demand "$g" --amount 100 --statement "More"
out=$(L --as RegulatorMSP/auditor1 guarantee history "$g"); check "history" 0 $?
[ "$(printf '%s' "$out" | grep -c '"txId"')" -ge 16 ]; check "history has every approved action" 0 $?

# A second guarantee frozen by a court's stop-payment order.
g2=GT-CLI-0002
terms "$g2" '{"year": 2026, "month": 11, "day": 30}' > "$dir/g2.json"
act 2026-09-01 HuaxiaBankMSP guarantee issue --file "$dir/g2.json"; check "issue G2" 0 $?
act 2026-09-01 DongfangBankMSP guarantee advise "$g2"; check "advise G2" 0 $?
act 2026-09-07 DongfangBankMSP guarantee demand "$g2" --amount 5000000 --statement "Late delivery."; check "G2 demand" 0 $?
act 2026-09-08 HuaxiaBankMSP guarantee examine "$g2" 1 --complying; check "G2 complying" 0 $?
act 2026-09-09 HuaxiaBankMSP guarantee stop-payment "$g2" --court "上海市浦东新区人民法院" --order "(2026)沪0115民初1234号"
check "stop-payment order recorded" 0 $?
out=$(show "$g2"); contains "frozen" "$out" '"frozen": true'
refused 2026-09-10 HuaxiaBankMSP GT_FROZEN guarantee pay "$g2" 1
act 2026-09-11 HuaxiaBankMSP guarantee lift-stop "$g2" --order "(2026)沪0115民初1234号之一"; check "order lifted" 0 $?
act 2026-09-11 HuaxiaBankMSP guarantee pay "$g2" 1; check "paid once lifted" 0 $?
refused 2026-12-01 DongfangBankMSP GT_DEMAND_AFTER_EXPIRY guarantee demand "$g2" --amount 100 --statement "Late"
act 2026-12-01 HuaxiaBankMSP guarantee expire "$g2"; check "expiry recorded" 0 $?
out=$(L --as RegulatorMSP/auditor1 guarantee list --state EXPIRED); contains "regulator lists the expired" "$out" "$g2"

L guarantee examine "$g" 1 >/dev/null 2>&1; check "examine without a verdict" 2 $?
L guarantee answer "$g" 1 >/dev/null 2>&1; check "answer without --accept or --reject" 2 $?
L guarantee demand "$g" --amount ten >/dev/null 2>&1; check "amount not a number" 2 $?
L guarantee bogus >/dev/null 2>&1; check "unknown guarantee command" 2 $?
L ledger verify >/dev/null; check "the chain verifies after the lifecycle" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
