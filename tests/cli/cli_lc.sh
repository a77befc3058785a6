#!/usr/bin/env bash
# A domestic L/C across three banks through lianxin-cli, each bank action a
# maker's draft approved by a checker: issue, advise, amend and accept,
# present with a discrepancy, refuse (hold), waive, pay; plus self-approval
# and a regulator write refused with their reason codes.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
# A draft by a maker, approved by the bank's checker; prints nothing on success.
act() {
    local bank=$1; shift
    local id
    id=$(as "$bank/officer1" --json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])' 2>/dev/null) || return 1
    as "$bank/checker1" approvals approve "$id" >/dev/null
}

L sandbox init >/dev/null; check "sandbox init" 0 $?

lc=LC-CLI-0001
sight_lc_json "$lc" > "$dir/lc.json"

# Four eyes: the maker cannot approve their own draft.
id=$(as HuaxiaBankMSP/officer1 --json lc issue --file "$dir/lc.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])')
check "issue draft" 0 $?
out=$(as HuaxiaBankMSP/checker1 approvals list); contains "checker sees the draft" "$out" "$id"
out=$(as DongfangBankMSP/checker1 approvals list); if printf '%s' "$out" | grep -q "$id"; then check "other bank sees no draft" 0 1; else check "other bank sees no draft" 0 0; fi
err=$(as HuaxiaBankMSP/officer1 approvals approve "$id" 2>&1); check "maker approving is refused" 3 $?
contains "not a checker" "$err" "LC_NOT_CHECKER"
as HuaxiaBankMSP/checker1 approvals approve "$id" >/dev/null; check "checker approves the issue" 0 $?
out=$(as DongfangBankMSP/officer1 lc show "$lc"); contains "issued" "$out" '"state": "ISSUED"'

err=$(as RegulatorMSP/auditor1 lc advise "$lc" 2>&1); check "regulator write" 3 $?
contains "regulator reason" "$err" "LC_REGULATOR_READ_ONLY"
err=$(as ChangjiangBankMSP/officer1 lc advise "$lc" 2>&1); check "wrong bank advises" 3 $?
contains "wrong bank reason" "$err" "LC_WRONG_BANK"

act DongfangBankMSP lc advise "$lc"; check "advise" 0 $?
echo "{\"increaseFen\": \"20000000\"}" > "$dir/amend.json"
act HuaxiaBankMSP lc amend "$lc" --file "$dir/amend.json"; check "amend" 0 $?
act DongfangBankMSP lc amendment accept "$lc" 1; check "amendment accepted" 0 $?
out=$(as HuaxiaBankMSP/manager1 lc show "$lc"); contains "amount raised" "$out" '"amountFen": "120000000"'

echo "invoice 0001 under $lc" > "$dir/invoice.pdf"; echo "waybill 0001 under $lc" > "$dir/waybill.pdf"
echo "{\"amountFen\": \"60000000\", \"shipmentDate\": $(d "today"), \"documentDate\": $(d "today")}" > "$dir/present.json"
# The maker records the day the documents were received; never a day to come.
echo "{\"amountFen\": \"60000000\", \"shipmentDate\": $(d "today"), \"documentDate\": $(d "today"), \"receivedDate\": $(d "+2 days")}" > "$dir/future.json"
err=$(as DongfangBankMSP/officer1 lc present "$lc" --file "$dir/future.json" --doc "$dir/invoice.pdf" 2>&1)
check "a receipt after today is refused" 3 $?
contains "future receipt reason" "$err" "LC_RECEIPT_IN_FUTURE"
act DongfangBankMSP lc present "$lc" --file "$dir/present.json" --doc "$dir/invoice.pdf" --doc "$dir/waybill.pdf"
check "present" 0 $?
out=$(as NanhaiBankMSP/officer1 notary verify "$dir/invoice.pdf"); check "presented invoice is notarized" 0 $?
contains "notary names the L/C and the presenting bank" "$out" "by DongfangBankMSP under L/C $lc"
echo "invoice 0001 under $lc (altered)" > "$dir/altered.pdf"
as NanhaiBankMSP/officer1 notary verify "$dir/altered.pdf" >/dev/null 2>&1; check "an altered file is not" 3 $?
act HuaxiaBankMSP lc examine "$lc" 1 --discrepancy "Invoice amount differs from the transport document"
check "examine with a discrepancy" 0 $?
act HuaxiaBankMSP lc refuse "$lc" 1 --hold; check "refuse, documents held" 0 $?
err=$(as HuaxiaBankMSP/officer1 lc waive "$lc" 1 2>&1); check "waiver without the applicant's consent" 3 $?
contains "consent reason" "$err" "LC_WAIVER_CONSENT_MISSING"
act HuaxiaBankMSP lc waive "$lc" 1 --consent "Applicant letter SJ-2026-118"; check "waive" 0 $?
act HuaxiaBankMSP lc pay "$lc" 1; check "pay" 0 $?
out=$(as DongfangBankMSP/officer1 lc show "$lc"); contains "paid" "$out" '"state": "PAID"'
out=$(as HuaxiaBankMSP/officer1 lc history "$lc"); check "history" 0 $?
[ "$(printf '%s' "$out" | grep -c '"txId"')" -ge 8 ]; check "history has every approved action" 0 $?
out=$(as RegulatorMSP/auditor1 lc list --state PAID); contains "regulator reads the list" "$out" "$lc"

L lc examine "$lc" 1 >/dev/null 2>&1; check "examine without a verdict" 2 $?
L lc bogus >/dev/null 2>&1; check "unknown lc command" 2 $?
L approvals return X >/dev/null 2>&1; check "return without comment" 2 $?
L ledger verify >/dev/null; check "the chain verifies after the lifecycle" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
