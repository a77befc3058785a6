#!/usr/bin/env bash
# Forfaiting through lianxin-cli, dated with --date: Huaxia issues a
# deferred-payment L/C advised by Dongfang, Dongfang presents, Huaxia
# accepts (payment at maturity confirmed); Dongfang sells the claim to
# Changjiang (listing, two quotes, acceptance, notice, acknowledgement,
# settlement at the priced net amount), Changjiang resells it to Nanhai,
# Huaxia pays Nanhai at maturity. Every rejection the contract owes a bank
# is checked with its reason code and exit status 3.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
on() { local day=$1 who=$2; shift 2; L --date "$day" --as "$who" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
# act DATE BANK ARGS...: a maker's draft approved by the bank's checker the same day.
act() {
    local day=$1 bank=$2; shift 2
    local id
    id=$(on "$day" "$bank/officer1" --json "$@" | json "['draftId']" 2>/dev/null) || return 1
    on "$day" "$bank/checker1" approvals approve "$id" >/dev/null
}
# rejected NAME CODE DATE BANK ARGS...: the officer's draft is refused with CODE, exit 3.
rejected() {
    local name=$1 code=$2 day=$3 who=$4; shift 4
    local err
    err=$(on "$day" "$who" "$@" 2>&1 >/dev/null); check "$name: exit 3" 3 $?
    contains "$name: $code" "$err" "$code"
}
ff() { L --as RegulatorMSP/auditor1 forfaiting "$@"; }
claimField() { ff show "$claim" | json "$1"; }

L sandbox init >/dev/null; check "sandbox init" 0 $?

lc=LC-FF-0001
claim=$lc/1
cat > "$dir/lc.json" <<JSON
{"lcNo": "$lc", "irrevocable": true,
 "applicant": {"name": "上海申江机电进出口有限公司", "uscc": "91350100M000100Y43", "accountNo": "3100 1234 5678 0001", "accountBank": "Huaxia Trade Bank Shanghai"},
 "beneficiary": {"name": "江苏长风纺织有限公司", "uscc": "91110108MA01ABCD5T", "accountNo": "3200 8765 4321 0002", "accountBank": "Dongfang Commercial Bank Suzhou"},
 "issuingBankMsp": "HuaxiaBankMSP", "advisingBankMsp": "DongfangBankMSP",
 "currency": "CNY", "amountFen": "500000000", "amountInWords": "人民币伍佰万元整",
 "tolerance": {"plusPercent": 5, "minusPercent": 5},
 "paymentTerm": {"kind": "DEFERRED", "basis": "AFTER_SHIPMENT_DATE", "days": 60},
 "expiryDate": {"year": 2026, "month": 11, "day": 30}, "expiryPlace": "Shanghai",
 "latestShipmentDate": {"year": 2026, "month": 11, "day": 15},
 "presentationPeriodDays": 15, "goodsDescription": "Polyester filament yarn, 120 tonnes",
 "requiredDocuments": [{"docType": "INVOICE", "originals": 3}, {"docType": "TRANSPORT_DOCUMENT", "originals": 1}],
 "charges": {"bearer": "SHARED"}}
JSON
echo "invoice FF-0901 under $lc" > "$dir/inv.pdf"; echo "bill of lading FF-0901 under $lc" > "$dir/bl.pdf"
echo '{"amountFen": "300000000", "shipmentDate": {"year": 2026, "month": 9, "day": 1}, "documentDate": {"year": 2026, "month": 9, "day": 2}}' > "$dir/p1.json"
act 2026-09-01 HuaxiaBankMSP lc issue --file "$dir/lc.json"; check "issue" 0 $?
act 2026-09-02 DongfangBankMSP lc advise "$lc"; check "advise" 0 $?
act 2026-09-03 DongfangBankMSP lc present "$lc" --file "$dir/p1.json" --doc "INVOICE=$dir/inv.pdf" --doc "TRANSPORT_DOCUMENT=$dir/bl.pdf"
check "present" 0 $?
# Not yet accepted: no claim to sell.
rejected "listing a presentation not accepted" FF_CLAIM_NOT_ACCEPTED 2026-09-03 DongfangBankMSP/officer1 forfaiting list "$lc" 1
act 2026-09-04 HuaxiaBankMSP lc examine "$lc" 1 --complying; check "complying" 0 $?
act 2026-09-04 HuaxiaBankMSP lc accept "$lc" 1; check "payment at maturity confirmed" 0 $?
# 60 days after shipment on 1 September: 31 October.

# Primary market.
rejected "a bank that did not present lists" FF_NOT_HOLDER 2026-09-04 NanhaiBankMSP/officer1 forfaiting list "$lc" 1
rejected "the regulator lists" FF_REGULATOR_READ_ONLY 2026-09-04 RegulatorMSP/auditor1 forfaiting list "$lc" 1
out=$(on 2026-09-04 DongfangBankMSP/officer1 --json forfaiting list "$lc" 1 --note "Primary, without recourse")
check "list (draft)" 0 $?
[ "$(printf '%s' "$out" | json "['claimId']")" = "$claim" ]; check "the draft names the claim" 0 $?
on 2026-09-04 DongfangBankMSP/checker1 approvals approve "$(printf '%s' "$out" | json "['draftId']")" >/dev/null
check "list approved" 0 $?
listing=$(claimField "['liveListingId']")
[ "$listing" = "$claim/L1" ]; check "listing $listing" 0 $?
[ "$(claimField "['obligorMsp']")" = HuaxiaBankMSP ]; check "the obligor is the issuing bank" 0 $?
[ "$(claimField "['faceValueFen']")" = 300000000 ]; check "face value is the confirmed amount" 0 $?
[ -n "$(claimField "['lcVersion']['txId']")" ]; check "the L/C version seen is recorded" 0 $?
rejected "a second listing" FF_DOUBLE_FINANCING 2026-09-04 DongfangBankMSP/officer1 forfaiting list "$lc" 1
rejected "quoting on one's own listing" FF_OWN_LISTING 2026-09-04 DongfangBankMSP/officer1 forfaiting quote "$listing" --rate 3 --method straight
rejected "the obligor quoting on its own claim" FF_OBLIGOR_BUYER 2026-09-04 HuaxiaBankMSP/officer1 forfaiting quote "$listing" \
    --rate 3.00 --method straight --value-date 2026-09-07 --valid-until "2026-09-07 23:59"

out=$(on 2026-09-04 ChangjiangBankMSP/officer1 --json forfaiting quote "$listing" --rate 3.00 --method straight \
    --value-date 2026-09-07 --valid-until "2026-09-07 23:59")
check "Changjiang quotes" 0 $?
cjQuote=$(printf '%s' "$out" | json "['quoteId']")
on 2026-09-04 ChangjiangBankMSP/checker1 approvals approve "$(printf '%s' "$out" | json "['draftId']")" >/dev/null
check "Changjiang's quote approved" 0 $?
act 2026-09-04 NanhaiBankMSP forfaiting quote "$listing" --rate 3.20 --method yield --grace 2 --fees 50000 \
    --value-date 2026-09-07 --valid-until "2026-09-04 23:59"
check "Nanhai quotes" 0 $?
# The offline price with grace days is the contract's price of the quote:
# 7 September to 31 October is 54 days, plus 2 grace days.
offline=$(L forfaiting price --face 3000000.00 --rate 3.20 --days 54 --grace 2 --method yield --fees 50000 --json)
check "price with --grace" 0 $?
[ "$(printf '%s' "$offline" | json "['netFen']")" = "$(ff show "$listing/NanhaiBankMSP" | json "['netFen']")" ]
check "price --grace: the net amount of Nanhai's quote on the ledger" 0 $?
[ "$(printf '%s' "$offline" | json "['days']")" = "$(ff show "$listing/NanhaiBankMSP" | json "['days']")" ]
check "price --grace: the quote's days (54 + 2)" 0 $?
[ "$(L --as DongfangBankMSP/officer1 forfaiting quotes "$listing" | grep -c '"quoteId"')" = 2 ]; check "two quotes" 0 $?
rejected "accepting a quote after its validity" FF_QUOTE_EXPIRED 2026-09-05 DongfangBankMSP/officer1 forfaiting accept "$listing/NanhaiBankMSP"
rejected "the buyer accepts" FF_WRONG_BANK 2026-09-05 ChangjiangBankMSP/officer1 forfaiting accept "$cjQuote"
act 2026-09-05 DongfangBankMSP forfaiting accept "$cjQuote"; check "Dongfang accepts Changjiang's quote" 0 $?
deal=$(claimField "['liveDealId']")
[ "$deal" = "$claim/D1" ]; check "deal $deal" 0 $?
rejected "a sold claim listed again" FF_DOUBLE_FINANCING 2026-09-05 DongfangBankMSP/officer1 forfaiting list "$lc" 1
rejected "settlement before the notice" FF_WRONG_STATE 2026-09-05 ChangjiangBankMSP/officer1 forfaiting settle "$deal"
act 2026-09-05 DongfangBankMSP forfaiting notify "$deal"; check "claim-transfer notice" 0 $?
rejected "another bank acknowledges" FF_WRONG_BANK 2026-09-05 NanhaiBankMSP/officer1 forfaiting acknowledge "$deal"
act 2026-09-05 HuaxiaBankMSP forfaiting acknowledge "$deal"; check "Huaxia acknowledges" 0 $?
act 2026-09-07 ChangjiangBankMSP forfaiting settle "$deal"; check "Changjiang settles" 0 $?
# 7 September to 31 October: 54 days at 3.00% straight.
expected=$(L forfaiting price --face 3000000.00 --rate 3.00 --days 54 --method straight --json | json "['netFen']")
[ "$expected" = 298650000 ]; check "price: 3,000,000.00 less 13,500.00" 0 $?
[ "$(ff show "$deal" | json "['netFen']")" = "$expected" ]; check "the net amount is the formula's" 0 $?
[ "$(ff show "$deal" | json "['state']")" = SETTLED ]; check "deal settled" 0 $?
[ "$(claimField "['holderMsp']")" = ChangjiangBankMSP ]; check "Changjiang holds the claim" 0 $?
rejected "the former holder sells again" FF_DOUBLE_FINANCING 2026-09-08 DongfangBankMSP/officer1 forfaiting list "$lc" 1
rejected "a settled deal settled again" FF_WRONG_STATE 2026-09-08 ChangjiangBankMSP/officer1 forfaiting settle "$deal"

# Secondary market: Changjiang resells to Nanhai.
act 2026-09-10 ChangjiangBankMSP forfaiting resell "$claim" --note "Secondary"; check "Changjiang resells" 0 $?
listing2=$(claimField "['liveListingId']")
[ "$(ff show "$listing2" | json "['market']")" = SECONDARY ]; check "a secondary listing" 0 $?
act 2026-09-10 NanhaiBankMSP forfaiting quote "$listing2" --rate 2.90 --method straight --value-date 2026-09-11 \
    --valid-until "2026-09-11 23:59"
check "Nanhai quotes on the resale" 0 $?
act 2026-09-10 ChangjiangBankMSP forfaiting accept "$listing2/NanhaiBankMSP"; check "Changjiang accepts" 0 $?
deal2=$(claimField "['liveDealId']")
act 2026-09-10 ChangjiangBankMSP forfaiting notify "$deal2"; check "notice of the resale" 0 $?
act 2026-09-10 HuaxiaBankMSP forfaiting acknowledge "$deal2"; check "Huaxia acknowledges the resale" 0 $?
act 2026-09-11 NanhaiBankMSP forfaiting settle "$deal2"; check "Nanhai settles" 0 $?
[ "$(claimField "['holderMsp']")" = NanhaiBankMSP ]; check "Nanhai holds the claim" 0 $?
[ "$(claimField "['holders']")" = "['DongfangBankMSP', 'ChangjiangBankMSP', 'NanhaiBankMSP']" ]; check "chain of holders" 0 $?
out=$(L --as NanhaiBankMSP/officer1 forfaiting portfolio); contains "Nanhai's portfolio" "$out" "$claim"
# This claim's deals only: on a shared ledger (the Fabric tests' network)
# Changjiang may have deals of other claims.
n=$(ff deals --bank ChangjiangBankMSP | python3 -c 'import json, sys
print(sum(1 for d in json.load(sys.stdin).get("deals", []) if d.get("claimId") == sys.argv[1]))' "$claim")
[ "$n" = 2 ]; check "Changjiang's two deals of the claim ($n)" 0 $?

# Maturity.
rejected "payment before maturity" FF_NOT_YET_MATURE 2026-10-30 HuaxiaBankMSP/officer1 forfaiting pay "$claim"
rejected "another bank pays" FF_WRONG_BANK 2026-10-31 ChangjiangBankMSP/officer1 forfaiting pay "$claim"
act 2026-10-31 HuaxiaBankMSP forfaiting pay "$claim"; check "Huaxia pays at maturity" 0 $?
[ "$(claimField "['state']")" = PAID ]; check "claim paid" 0 $?
[ "$(claimField "['paidToMsp']")" = NanhaiBankMSP ]; check "paid to the holder" 0 $?
[ "$(ff history "$claim" | grep -c '"txId"')" -ge 7 ]; check "the claim's history" 0 $?

L forfaiting price --face 1000 --rate 3 --days 0 --method straight >/dev/null 2>&1; check "price with no days" 3 $?
L forfaiting price --face 1000 --rate 3 --days 10 --method sideways >/dev/null 2>&1; check "price with no method" 2 $?
L ledger verify >/dev/null; check "the chain verifies" 0 $?
echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
