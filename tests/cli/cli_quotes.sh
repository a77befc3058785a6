#!/usr/bin/env bash
# The unified quote board (統一報價) through lianxin-cli, dated with --date:
# three banks bid in two tenor buckets and two obligor tiers, each quote a
# maker's draft approved by a checker; the board's best rate and depth per
# bucket and tier; a withdrawal; expiry on a later day without any write; a
# reported deal; the regulator's post and another bank's withdrawal refused.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
day1=2026-10-12
day2=2026-10-20
on() { local day=$1 who=$2; shift 2; L --date "$day" --as "$who" "$@"; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)[\"$1\"])"; }
# Posts (or acts) as the bank's officer on day1 and has its checker approve;
# prints the quote ID of a post.
act() {
    local bank=$1; shift
    local out id
    out=$(on "$day1" "$bank/officer1" --json "$@") || return 1
    id=$(printf '%s' "$out" | field draftId) || return 1
    on "$day1" "$bank/checker1" approvals approve "$id" >/dev/null || return 1
    printf '%s' "$out" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("quoteId", ""))'
}
# The board cell of a tenor and tier as "best depth amount banks" for the buy side.
cell() {
    python3 -c '
import json, sys
board = json.load(sys.stdin)
for c in board.get("cells", []):
    if c.get("tenor") == sys.argv[1] and c.get("obligorTier") == int(sys.argv[2]):
        b = c.get("buy", {})
        print(b.get("bestRateMicros", "0"), b.get("depth", 0), b.get("depthAmountFen", "0"), ",".join(b.get("bestBanks", [])), c.get("dealCount", 0))
        break
else:
    print("none")' "$1" "$2"
}
board() { on "$1" NanhaiBankMSP/manager1 quotes board --json; }

L sandbox init >/dev/null; check "sandbox init" 0 $?

post=(quotes post --side buy --method straight --grace 3 --fees 50000)
hx=$(act HuaxiaBankMSP "${post[@]}" --tier 1 --tenor 91-180 --rate 3.05 --amount 500000000 --valid-until 2026-10-15)
check "Huaxia bids tier 1, 91-180" 0 $?
df=$(act DongfangBankMSP "${post[@]}" --tier 1 --tenor 91-180 --rate 2.95 --amount 300000000 --valid-until 2026-10-30)
check "Dongfang bids tier 1, 91-180" 0 $?
act ChangjiangBankMSP "${post[@]}" --tier 1 --tenor 91-180 --rate 2.95 --amount 200000000 \
    --valid-until "2026-10-30T17:00" >/dev/null
check "Changjiang bids tier 1, 91-180" 0 $?
act ChangjiangBankMSP "${post[@]}" --obligor NanhaiBankMSP --tenor 31-90 --rate 3.40 --amount 100000000 \
    --valid-until 2026-10-30 >/dev/null
check "Changjiang bids on Nanhai (tier 2 in the registry), 31-90" 0 $?
err=$(on "$day1" ChangjiangBankMSP/officer1 "${post[@]}" --obligor ChangjiangBankMSP --tenor 31-90 --rate 3.40 \
    --amount 100000000 --valid-until 2026-10-30 2>&1)
check "a bid for the bank's own obligations is refused" 3 $?
contains "own obligations reason" "$err" "QT_OBLIGOR_QUOTE"
act DongfangBankMSP "${post[@]}" --tier 2 --tenor 31-90 --rate 3.3 --amount 400000000 --valid-until 2026-10-14 >/dev/null
check "Dongfang bids tier 2, 31-90" 0 $?
cat > "$dir/offer.json" <<JSON
{"side": "SELL", "obligorBankMsp": "HuaxiaBankMSP", "lcNo": "HX-LC-2026-0042", "faceAmountFen": "100000000",
 "maturityDate": {"year": 2027, "month": 1, "day": 20}, "rateMicros": "31000", "method": "DISCOUNT_TO_YIELD",
 "validUntilSeconds": "1793000000"}
JSON
act BeiyuanBankMSP quotes post --file "$dir/offer.json" >/dev/null; check "Beiyuan offers one L/C's claim from a file" 0 $?

out=$(board "$day1" | cell DAYS_91_180 1)
contains "tier 1, 91-180: best 2.95% by two banks, depth 3" "$out" "^29500 3 1000000000 ChangjiangBankMSP,DongfangBankMSP 0$"
out=$(board "$day1" | cell DAYS_31_90 2)
contains "tier 2, 31-90: best 3.30%, depth 2" "$out" "^33000 2 500000000 DongfangBankMSP 0$"
out=$(board "$day1"); contains "the offer: a deal quote in 91-180 (100 days)" "$out" '"bestRateMicros": "31000"'
out=$(on "$day1" RegulatorMSP/auditor1 quotes board --tier 1 --tenor 91-180)
check "readable board for the regulator" 0 $?
contains "table header" "$out" "Best bid"
contains "table row" "$out" "91-180   1     2.95%"
contains "banks at the best bid" "$out" "best bid by ChangjiangBankMSP, DongfangBankMSP"
if printf '%s' "$out" | grep -q "31-90"; then check "filtered to one bucket" 0 1; else check "filtered to one bucket" 0 0; fi

err=$(on "$day1" RegulatorMSP/auditor1 "${post[@]}" --tier 1 --tenor 1-30 --rate 3 --amount 100 --valid-until 2026-10-30 2>&1)
check "the regulator cannot post" 3 $?
contains "regulator reason" "$err" "QT_REGULATOR_READ_ONLY"
err=$(on "$day1" NanhaiBankMSP/officer1 quotes withdraw "$df" 2>&1); check "another bank cannot withdraw" 3 $?
contains "wrong bank reason" "$err" "QT_WRONG_BANK"
err=$(on "$day1" HuaxiaBankMSP/officer1 "${post[@]}" --tier 1 --tenor 1-30 --rate 3 --amount 100 --valid-until 2026-10-01 2>&1)
check "a validity in the past" 3 $?
contains "validity reason" "$err" "QT_VALIDITY_PAST"

act DongfangBankMSP quotes withdraw "$df" >/dev/null; check "Dongfang withdraws its quote" 0 $?
out=$(board "$day1" | cell DAYS_91_180 1)
contains "after the withdrawal: depth 2, best by Changjiang alone" "$out" "^29500 2 700000000 ChangjiangBankMSP 0$"
out=$(on "$day1" HuaxiaBankMSP/officer1 quotes show "$df"); contains "the record says withdrawn" "$out" '"status": "WITHDRAWN"'

cat > "$dir/deal.json" <<JSON
{"forfaitingDealId": "FF-CLI-0001", "obligorBankMsp": "HuaxiaBankMSP", "tenorDays": 120, "rateMicros": "30000",
 "method": "STRAIGHT_DISCOUNT", "faceAmountFen": "1000000000", "tradeDate": {"year": 2026, "month": 10, "day": 12},
 "counterpartyBankMsp": "DongfangBankMSP"}
JSON
act ChangjiangBankMSP quotes deal --file "$dir/deal.json" >/dev/null; check "Changjiang reports a deal" 0 $?
out=$(board "$day1"); contains "recent deal" "$out" '"forfaitingDealId": "FF-CLI-0001"'
out=$(board "$day1" | cell DAYS_91_180 1); contains "the deal counts in its cell" "$out" " 1$"
err=$(on "$day1" DongfangBankMSP/officer1 quotes deal --file "$dir/deal.json" 2>&1); check "a deal is reported once" 3 $?
contains "duplicate deal reason" "$err" "QT_DEAL_REPORTED"

# Eight days later nobody has written, yet the expired quotes are gone.
height=$(L ledger info)
out=$(board "$day2" | cell DAYS_91_180 1)
contains "day 2, tier 1: Huaxia's quote expired" "$out" "^29500 1 200000000 ChangjiangBankMSP 1$"
out=$(board "$day2" | cell DAYS_31_90 2)
contains "day 2, tier 2: Dongfang's quote expired" "$out" "^34000 1 100000000 ChangjiangBankMSP 0$"
out=$(on "$day2" HuaxiaBankMSP/officer1 quotes list | grep -c '"id"'); check "two live bids and the offer" 3 "$out"
out=$(on "$day2" HuaxiaBankMSP/officer1 quotes list --all | grep -c '"id"'); check "list --all keeps every quote" 6 "$out"
err=$(on "$day2" HuaxiaBankMSP/officer1 quotes withdraw "$hx" 2>&1); check "an expired quote is not withdrawn" 3 $?
contains "expired reason" "$err" "QT_QUOTE_EXPIRED"
[ "$(L ledger info)" = "$height" ]; check "expiry wrote nothing" 0 $?

L quotes post --side buy --rate lots >/dev/null 2>&1; check "a rate that is not a percentage" 2 $?
L quotes board --tenor 10-20 >/dev/null 2>&1; check "an unknown bucket" 2 $?
L quotes bogus >/dev/null 2>&1; check "unknown quotes command" 2 $?
L ledger verify >/dev/null; check "the chain verifies" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
