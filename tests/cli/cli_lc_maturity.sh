#!/usr/bin/env bash
# A deferred-payment L/C across three banks through lianxin-cli, dated with
# --date (the sandbox's clock seam, so the test means the same on any day):
# issue (the original L/C notarized and exported), advise, amend and accept,
# present with a discrepancy, refuse listing it, re-present, accept (payment
# at maturity confirmed), pay at maturity, expire; an examination refused
# after the 5-business-day deadline counted across the National Day
# holidays, a weekend and a make-up working Saturday; a cancellation.
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
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
show() { L --as HuaxiaBankMSP/manager1 lc show "$1"; }
events() { L --as HuaxiaBankMSP/manager1 lc history "$1" | grep -c '"txId"'; }

L sandbox init >/dev/null; check "sandbox init" 0 $?
L --date 2026-02-30 lc list >/dev/null 2>&1; check "--date must be a calendar day" 2 $?

lc=LC-CLI-0002
terms() { # LC_NO
cat <<JSON
{"lcNo": "$1", "irrevocable": true,
 "applicant": {"name": "上海申江机电进出口有限公司", "uscc": "91350100M000100Y43", "accountNo": "3100 1234 5678 0001", "accountBank": "Huaxia Trade Bank Shanghai"},
 "beneficiary": {"name": "江苏长风纺织有限公司", "uscc": "91110108MA01ABCD5T", "accountNo": "3200 8765 4321 0002", "accountBank": "Dongfang Commercial Bank Suzhou"},
 "issuingBankMsp": "HuaxiaBankMSP", "advisingBankMsp": "DongfangBankMSP", "nominatedBankMsp": "ChangjiangBankMSP",
 "currency": "CNY", "amountFen": "500000000", "amountInWords": "人民币伍佰万元整",
 "tolerance": {"plusPercent": 5, "minusPercent": 5},
 "paymentTerm": {"kind": "DEFERRED", "basis": "AFTER_SHIPMENT_DATE", "days": 60},
 "expiryDate": {"year": 2026, "month": 11, "day": 30}, "expiryPlace": "Shanghai",
 "latestShipmentDate": {"year": 2026, "month": 11, "day": 15},
 "presentationPeriodDays": 15, "goodsDescription": "Polyester filament yarn, 120 tonnes",
 "requiredDocuments": [{"docType": "INVOICE", "originals": 3}, {"docType": "TRANSPORT_DOCUMENT", "originals": 1}],
 "charges": {"bearer": "SHARED"}}
JSON
}
terms "$lc" > "$dir/lc.json"

act 2026-09-01 HuaxiaBankMSP lc issue --file "$dir/lc.json"; check "issue on 1 September" 0 $?
out=$(show "$lc"); contains "issue date from the clock" "$out" '"issueDate": {'
[ "$(show "$lc" | field "['issueDate']['month']")" = 9 ]; check "issued in September" 0 $?

# The original L/C as the ledger recorded it is notarized by the issuing bank.
L --as NanhaiBankMSP/officer1 lc export "$lc" --out "$dir/original.lc" >/dev/null; check "export the original" 0 $?
out=$(L --as NanhaiBankMSP/officer1 notary verify "$dir/original.lc"); check "the original L/C is notarized" 0 $?
contains "notarized by the issuing bank under the L/C" "$out" "by HuaxiaBankMSP under L/C $lc"
printf 'x' >> "$dir/original.lc"
L --as NanhaiBankMSP/officer1 notary verify "$dir/original.lc" >/dev/null 2>&1; check "an altered copy is not" 3 $?

act 2026-09-02 DongfangBankMSP lc advise "$lc"; check "advise" 0 $?
echo '{"newExpiryDate": {"year": 2026, "month": 12, "day": 20}, "narrative": "Validity extended"}' > "$dir/amend.json"
act 2026-09-03 HuaxiaBankMSP lc amend "$lc" --file "$dir/amend.json"; check "amend" 0 $?
act 2026-09-04 DongfangBankMSP lc amendment accept "$lc" 1; check "amendment accepted" 0 $?
[ "$(show "$lc" | field "['expiryDate']['day']")" = 20 ]; check "expiry extended to 20 December" 0 $?

echo "invoice JS-0930 under $lc" > "$dir/inv1.pdf"; echo "bill of lading COSU-0928 under $lc" > "$dir/bl1.pdf"
echo '{"amountFen": "300000000", "shipmentDate": {"year": 2026, "month": 9, "day": 28}, "documentDate": {"year": 2026, "month": 9, "day": 29}}' > "$dir/p1.json"
act 2026-09-30 DongfangBankMSP lc present "$lc" --file "$dir/p1.json" --doc "INVOICE=$dir/inv1.pdf" --doc "TRANSPORT_DOCUMENT=$dir/bl1.pdf"
check "present on 30 September" 0 $?
out=$(L --as NanhaiBankMSP/officer1 notary verify "$dir/bl1.pdf"); contains "document type recorded" "$out" "TRANSPORT_DOCUMENT"
# Receipt 30 Sep: 1-7 Oct holidays, 8 (1), 9 (2), Saturday 10 worked (3), Sunday 11, 12 (4), 13 (5).
[ "$(show "$lc" | field "['presentations'][0]['examinationDeadline']")" = "{'year': 2026, 'month': 10, 'day': 13}" ]
check "examination deadline 13 October" 0 $?
before=$(events "$lc")
err=$(on 2026-10-14 HuaxiaBankMSP/officer1 lc examine "$lc" 1 --discrepancy "late" 2>&1); check "examination on 14 October" 3 $?
contains "late examination reason" "$err" "LC_EXAMINATION_DEADLINE_PASSED"
[ "$(events "$lc")" = "$before" ]; check "the late examination wrote nothing" 0 $?
act 2026-10-13 HuaxiaBankMSP lc examine "$lc" 1 --discrepancy "Invoice quantity differs from the bill of lading"
check "examination on the last day" 0 $?
act 2026-10-13 HuaxiaBankMSP lc refuse "$lc" 1 --return; check "refuse, documents returned" 0 $?
out=$(show "$lc"); contains "the refusal lists the discrepancy" "$out" "Invoice quantity differs from the bill of lading"
contains "returned" "$out" '"disposition": "RETURN"'

echo "invoice JS-1020 (corrected) under $lc" > "$dir/inv2.pdf"; echo "bill of lading COSU-1016 under $lc" > "$dir/bl2.pdf"
echo '{"amountFen": "300000000", "shipmentDate": {"year": 2026, "month": 10, "day": 16}, "documentDate": {"year": 2026, "month": 10, "day": 17}}' > "$dir/p2.json"
act 2026-10-20 DongfangBankMSP lc present "$lc" --file "$dir/p2.json" --doc "INVOICE=$dir/inv2.pdf" --doc "TRANSPORT_DOCUMENT=$dir/bl2.pdf"
check "re-present" 0 $?
act 2026-10-21 HuaxiaBankMSP lc examine "$lc" 2 --complying; check "complying" 0 $?
act 2026-10-22 HuaxiaBankMSP lc accept "$lc" 2; check "payment at maturity confirmed" 0 $?
# 60 days after shipment on 16 October.
[ "$(show "$lc" | field "['presentations'][1]['paymentConfirmation']['maturityDate']")" = "{'year': 2026, 'month': 12, 'day': 15}" ]
check "maturity 15 December" 0 $?
out=$(show "$lc"); contains "accepted" "$out" '"state": "ACCEPTED"'
err=$(on 2026-12-14 HuaxiaBankMSP/officer1 lc pay "$lc" 2 2>&1); check "payment before maturity" 3 $?
contains "not yet mature" "$err" "LC_NOT_YET_MATURE"
act 2026-12-15 HuaxiaBankMSP lc pay "$lc" 2; check "pay at maturity" 0 $?
out=$(show "$lc"); contains "paid at maturity" "$out" '"state": "PAID_AT_MATURITY"'
err=$(on 2026-12-20 HuaxiaBankMSP/officer1 lc expire "$lc" 2>&1); check "expiry on the expiry date" 3 $?
contains "not yet expired" "$err" "LC_NOT_YET_EXPIRED"
act 2026-12-21 HuaxiaBankMSP lc expire "$lc"; check "expire the day after" 0 $?
out=$(show "$lc"); contains "expired" "$out" '"state": "EXPIRED"'
[ "$(events "$lc")" -ge 12 ]; check "every step is in the history" 0 $?

# Cancellation of an advised L/C needs the beneficiary's consent.
terms LC-CLI-0003 > "$dir/lc3.json"
act 2026-09-01 HuaxiaBankMSP lc issue --file "$dir/lc3.json"; check "issue a second" 0 $?
act 2026-09-02 DongfangBankMSP lc advise LC-CLI-0003; check "advise the second" 0 $?
err=$(on 2026-09-10 HuaxiaBankMSP/officer1 lc cancel LC-CLI-0003 2>&1); check "cancel without consent" 3 $?
contains "consent reason" "$err" "LC_CANCEL_CONSENT_MISSING"
act 2026-09-10 HuaxiaBankMSP lc cancel LC-CLI-0003 --consent "Beneficiary letter JSCF-2026-031"; check "cancel with consent" 0 $?
out=$(show LC-CLI-0003); contains "cancelled" "$out" '"state": "CANCELLED"'

L ledger verify >/dev/null; check "the chain verifies" 0 $?

# The demo book through the same contract: every state, dated before --date.
out=$("$cli" --data "$dir/demo" --passphrase-file "$dir/pass" --date 2026-11-26 sandbox init --demo --letters 14 2>/dev/null)
check "sandbox init --demo" 0 $?
for state in ISSUED ADVISED AMENDMENT_PENDING PRESENTED COMPLYING DISCREPANT REFUSED WAIVED ACCEPTED PAID PAID_AT_MATURITY EXPIRED CANCELLED CLOSED; do
    contains "demo book has $state" "$out" "  $state 1"
done
"$cli" --data "$dir/demo" --passphrase-file "$dir/pass" ledger verify >/dev/null; check "the demo chain verifies" 0 $?
echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
