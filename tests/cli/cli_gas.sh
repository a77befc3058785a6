#!/usr/bin/env bash
# Gas incentives (docs/gas.md): a month's business on the channels, a
# node's signed availability statement, a node cost the council approves;
# after the month the secretariat records the report, anyone recomputes it
# from the blocks it names (gas verify), and a report altered by hand is
# refused by the contract.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# The month after next: sandbox init's own transactions (today) are not in
# it, and on the shared Fabric network no other script's business is.
first=$(date -u -d "$(date -u +%Y-%m-01) +2 months" +%F)
month=${first:0:7}
mid=$(date -u -d "$first +14 days" +%F)
next=$(date -u -d "$first +1 month" +%F)
before=$(date -u -d "$first -1 month" +%Y-%m)

L sandbox init >/dev/null; check "sandbox init" 0 $?

# The month's business: an L/C issued by Huaxia and approved by its checker.
sight_lc_json LC-GAS-0001 | python3 -c "
import json, sys
lc = json.load(sys.stdin)
for key, day in (('expiryDate', sys.argv[1]), ('latestShipmentDate', sys.argv[2])):
    y, m, d = map(int, day.split('-'))
    lc[key] = {'year': y, 'month': m, 'day': d}
print(json.dumps(lc, ensure_ascii=False))" "$(date -u -d "$mid +60 days" +%F)" "$(date -u -d "$mid +30 days" +%F)" > "$dir/lc.json"
draft=$(as HuaxiaBankMSP/officer1 --date "$mid" --json lc issue --file "$dir/lc.json" | json 'd["draftId"]')
as HuaxiaBankMSP/checker1 --date "$mid" approvals approve "$draft" >/dev/null; check "an L/C issued in the month" 0 $?

out=$(as HuaxiaBankMSP/officer1 --date "$mid" gas compute "$month"); check "anyone computes the month as it stands" 0 $?
contains "not recorded" "$out" "(computed, not recorded)"
err=$(as SecretariatMSP/admin1 --date "$mid" gas report "$month" 2>&1); check "no report before the month ends" 3 $?
contains "its reason" "$err" "GAS_PERIOD_OPEN"
err=$(as DongfangBankMSP/admin1 --date "$mid" gas availability "$month" --hours 500 2>&1)
check "no statement before the month ends" 3 $?
contains "its reason" "$err" "GAS_PERIOD_OPEN"

# After the month: Dongfang's peer states its hours; an officer cannot submit.
err=$(as DongfangBankMSP/officer1 --date "$next" gas availability "$month" --hours 600 2>&1); check "an officer" 3 $?
contains "its reason" "$err" "GAS_NOT_ADMIN"
err=$(as DongfangBankMSP/admin1 --date "$next" gas availability "$month" --hours 745 2>&1); check "more hours than a month has" 2 $?
out=$(as DongfangBankMSP/admin1 --date "$next" gas availability "$month" --hours 600); check "Dongfang's node states its hours" 0 $?
contains "signed by the node" "$out" "was available 600 hours in $month (signed by the node"
out=$(L gas statements "$month"); contains "the statement is on trust" "$out" "DongfangBankMSP	"
contains "with its hours" "$out" "600 h	submitted by admin1"

# The council approves Nanhai's node cost of the month: CNY 15,000.00.
cat > "$dir/cost.json" <<JSON
{"kind": "APPROVE_NODE_COST", "title": "Nanhai's node cost of $month", "subjectMsp": "NanhaiBankMSP",
 "nodeCost": {"period": "$month", "amountFen": "1500000", "description": "Peer hosting, two data centres"}}
JSON
id=$(as SecretariatMSP/admin1 --json --date "$next" governance propose --file "$dir/cost.json" | json 'd["id"]')
check "the cost is proposed" 0 $?
for bank in HuaxiaBankMSP DongfangBankMSP ChangjiangBankMSP NanhaiBankMSP; do
    as $bank/admin1 --date "$next" governance vote "$id" yes >/dev/null; check "$bank votes for it" 0 $?
done
out=$(L governance show "$id"); contains "it passes" "$out" "PASSED"

err=$(as HuaxiaBankMSP/admin1 --date "$next" gas report "$month" 2>&1); check "a bank records no report" 3 $?
contains "its reason" "$err" "GAS_NOT_SECRETARIAT"
out=$(as SecretariatMSP/admin1 --date "$next" --json gas report "$month" --out "$dir/report.csv")
check "the secretariat records the month's report" 0 $?
check "Huaxia's transactions are counted" yes "$(printf '%s' "$out" | json '"yes" if any(c["mspId"] == "HuaxiaBankMSP" and int(c.get("transactions", 0)) >= 2 for c in d["credits"]) else "no"')"
check "endorsements are counted" yes "$(printf '%s' "$out" | json '"yes" if sum(int(c.get("endorsements", 0)) for c in d["credits"]) >= 2 else "no"')"
check "the blocks of every channel are named" "forfaiting guarantee lc trust" "$(printf '%s' "$out" | json '" ".join(s["channel"] for s in d["sources"])')"
check "the L/C's blocks among them" yes "$(printf '%s' "$out" | json '"yes" if any(s["channel"] == "lc" and int(s.get("transactions", 0)) >= 2 for s in d["sources"]) else "no"')"
csv=$(cat "$dir/report.csv")
contains "the CSV's header" "$csv" "period,member,endorsements,transactions,available_hours,approved_cost_cny,gas"
contains "Nanhai's cost in the CSV" "$csv" ",0,15000.00,"
check "Nanhai's cost at 100 milli-Gas a yuan" yes "$(printf '%s' "$out" | json '"yes" if any(c["mspId"] == "NanhaiBankMSP" and int(c["gasMilli"]) == 1000 * int(c.get("endorsements", 0)) + 2000 * int(c.get("transactions", 0)) + 1500000 for c in d["credits"]) else "no"')"
contains "Dongfang's hours at 500 milli-Gas" "$csv" ",600,0.00,"

out=$(as NanhaiBankMSP/officer1 gas verify "$month"); check "anyone recomputes it from the chain" 0 $?
contains "it matches" "$out" "The Gas report of $month matches the chain"
contains "the statement was checked" "$out" "1 availability statements checked"
out=$(as NanhaiBankMSP/officer1 gas show "$month"); contains "who recorded it" "$out" "recorded by SecretariatMSP/admin1"
err=$(as SecretariatMSP/admin1 --date "$next" gas report "$month" 2>&1); check "once per month" 3 $?
contains "its reason" "$err" "GAS_REPORT_EXISTS"
err=$(as DongfangBankMSP/admin1 --date "$next" gas availability "$month" --hours 720 2>&1); check "the month is closed" 3 $?
contains "its reason" "$err" "GAS_REPORT_EXISTS"

# A report altered by hand is refused; the same report unaltered is recorded.
as SecretariatMSP/admin1 --date "$next" --json gas compute "$before" > "$dir/before.json"; check "the month before, computed" 0 $?
python3 - "$dir/before.json" "$dir/more.json" "$dir/weights.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
more = json.loads(json.dumps(report))
more["credits"][0]["gasMilli"] = str(int(more["credits"][0].get("gasMilli", 0)) + 1000)
more["totalMilli"] = str(int(more.get("totalMilli", 0)) + 1000)
json.dump(more, open(sys.argv[2], "w"))
weights = json.loads(json.dumps(report))
weights["weights"]["perTransaction"] = "5000"
json.dump(weights, open(sys.argv[3], "w"))
PY
err=$(as SecretariatMSP/admin1 --date "$next" gas report "$before" --file "$dir/more.json" 2>&1); check "a line raised" 3 $?
contains "its reason" "$err" "GAS_ARITHMETIC_WRONG"
err=$(as SecretariatMSP/admin1 --date "$next" gas report "$before" --file "$dir/weights.json" 2>&1); check "other weights" 3 $?
contains "its reason" "$err" "GAS_WEIGHTS_MISMATCH"
err=$(as SecretariatMSP/admin1 --date "$next" gas report "$month" --file "$dir/before.json" 2>&1); check "another month's file" 2 $?
as SecretariatMSP/admin1 --date "$next" gas report "$before" --file "$dir/before.json" >/dev/null; check "the report as computed" 0 $?
out=$(L gas verify "$before"); check "it verifies too" 0 $?

out=$(L gas list); contains "both months are listed" "$out" "$month	"
contains "the earlier too" "$out" "$before	"
# Nanhai's balance: both months' Gas (its business of the month before, if
# any, and the approved cost).
out=$(L --json gas show "$month"); mine=$(printf '%s' "$out" | json 'sum(int(c.get("gasMilli", 0)) for c in d["credits"] if c["mspId"] == "NanhaiBankMSP")')
earlier=$(json 'sum(int(c.get("gasMilli", 0)) for c in d["credits"] if c["mspId"] == "NanhaiBankMSP")' < "$dir/before.json")
out=$(L --json gas balances)
check "Nanhai's balance" $((mine + earlier)) "$(printf '%s' "$out" | json 'sum(int(b.get("balanceMilli", 0)) for b in d["balances"] if b["mspId"] == "NanhaiBankMSP")')"
check "every member has a balance" yes "$(printf '%s' "$out" | json '"yes" if len(d["balances"]) >= 7 and all(int(b["periods"]) == 2 for b in d["balances"]) else "no"')"
err=$(L gas verify 2026-13 2>&1); check "a month that is none" 3 $?
contains "its reason" "$err" "GAS_PERIOD_INVALID"

echo "cli_gas: $pass passed, $fails failed"
[ "$fails" -eq 0 ]
