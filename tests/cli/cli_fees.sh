#!/usr/bin/env bash
# Membership fees through lianxin-cli (docs/governance.md, "Fees"): the
# secretariat sets 2027's fees by tier, a bank sees its fee due, the
# secretariat records a partial payment; after the due date the rest is
# overdue in the bank's view and the secretariat's, then it is paid. Who
# may write and read is the contract's to say, each refusal with its code.
# Only verbs that work on a Fabric network too (tests/fabric/cli_on_network.sh).
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
sec=SecretariatMSP/admin1
bank=HuaxiaBankMSP/officer1

L sandbox init >/dev/null; check "sandbox init" 0 $?

# 2027's fees, CNY 100,000.00 for tier 1 down to 20,000.00 for tier 5, due 31 March.
cat > "$dir/fees-2027.json" <<'JSON'
{"year": 2027, "tierFeeFen": ["10000000", "8000000", "6000000", "4000000", "2000000"],
 "dueOn": {"year": 2027, "month": 3, "day": 31}}
JSON
cat > "$dir/four-tiers.json" <<'JSON'
{"year": 2027, "tierFeeFen": ["10000000", "8000000", "6000000", "4000000"], "dueOn": {"year": 2027, "month": 3, "day": 31}}
JSON
cat > "$dir/due-next-year.json" <<'JSON'
{"year": 2027, "tierFeeFen": ["1", "1", "1", "1", "1"], "dueOn": {"year": 2028, "month": 1, "day": 31}}
JSON
err=$(as HuaxiaBankMSP/admin1 --date 2027-01-04 fees set-schedule --file "$dir/fees-2027.json" 2>&1)
check "a bank sets no fees" 3 $?
contains "its reason" "$err" "FEE_NOT_SECRETARIAT"
err=$(as SecretariatMSP/manager1 --date 2027-01-04 fees set-schedule --file "$dir/fees-2027.json" 2>&1)
check "nor does a secretariat user who is not its administrator" 3 $?
contains "its reason" "$err" "FEE_NOT_SECRETARIAT"
err=$(as $sec --date 2027-01-04 fees set-schedule --file "$dir/four-tiers.json" 2>&1); check "four tiers" 3 $?
contains "its reason" "$err" "FEE_SCHEDULE_INVALID"
err=$(as $sec --date 2027-01-04 fees set-schedule --file "$dir/due-next-year.json" 2>&1); check "due after the year" 3 $?
contains "its reason" "$err" "FEE_SCHEDULE_INVALID"
out=$(as $bank fees schedule); contains "nothing written on a refusal" "$out" "No fees are set."
err=$(as $sec fees set-schedule 2>&1); check "set-schedule needs --file" 2 $?

out=$(as $sec --date 2027-01-04 fees set-schedule --file "$dir/fees-2027.json"); check "the secretariat sets 2027's fees" 0 $?
contains "it says so" "$out" "Fees of 2027 set, due 2027-03-31: tier 1 CNY 100,000.00"
out=$(as $bank fees schedule); check "every member reads the schedule" 0 $?
contains "the schedule" "$out" "2027	due 2027-03-31	tier 1 CNY 100,000.00	tier 2 CNY 80,000.00	tier 3 CNY 60,000.00"
contains "who set it" "$out" "set by SecretariatMSP/admin1"

# The bank sees its fee due.
out=$(as $bank --date 2027-01-04 fees statement); check "the bank's own statement" 0 $?
contains "what it owes" "$out" "HuaxiaBankMSP as of 2027-01-04 (China time): CNY 100,000.00 outstanding, CNY 0.00 overdue"
contains "year by year" "$out" "2027	tier 1	due CNY 100,000.00 on 2027-03-31	paid CNY 0.00	outstanding CNY 100,000.00"
out=$(as BeiyuanBankMSP/officer1 --date 2027-01-04 fees statement BeiyuanBankMSP); contains "each bank its tier's fee" "$out" "due CNY 60,000.00"
err=$(as DongfangBankMSP/officer1 fees statement HuaxiaBankMSP 2>&1); check "another bank's statement" 3 $?
contains "its reason" "$err" "FEE_NOT_YOURS"
err=$(as DongfangBankMSP/admin1 fees list 2>&1); check "a bank lists no statements" 3 $?
contains "its reason" "$err" "FEE_NOT_YOURS"
err=$(as $sec fees statement RegulatorMSP 2>&1); check "the regulator owes no fees" 3 $?
contains "its reason" "$err" "FEE_NOT_A_BANK"

# A partial payment, and the refusals around it.
rec() { as "$1" --date "$2" fees record "$3" "$4" --amount "$5" --paid-on "$6" --reference "$7"; }
err=$(rec HuaxiaBankMSP/admin1 2027-02-01 HuaxiaBankMSP 2027 4000000 2027-02-01 HX-1 2>&1); check "a bank records no payment" 3 $?
contains "its reason" "$err" "FEE_NOT_SECRETARIAT"
err=$(rec $sec 2027-02-01 RegulatorMSP 2027 4000000 2027-02-01 REG-1 2>&1); check "the regulator pays nothing" 3 $?
contains "its reason" "$err" "FEE_NOT_A_BANK"
err=$(rec $sec 2027-02-01 NoSuchBankMSP 2027 4000000 2027-02-01 X-1 2>&1); check "an unknown member" 3 $?
contains "its reason" "$err" "FEE_MEMBER_UNKNOWN"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2028 4000000 2027-02-01 HX-1 2>&1); check "a year without fees" 3 $?
contains "its reason" "$err" "FEE_NO_SCHEDULE"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 4000000 2027-02-02 HX-1 2>&1); check "paid after today" 3 $?
contains "its reason" "$err" "FEE_PAID_ON_INVALID"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 4000000 2025-12-31 HX-1 2>&1); check "paid before the year before" 3 $?
contains "its reason" "$err" "FEE_PAID_ON_INVALID"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 4000000 2027-02-01 "$(printf 'R%.0s' $(seq 101))" 2>&1)
check "a reference of 101 characters" 3 $?
contains "its reason" "$err" "FEE_REFERENCE_INVALID"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 10000001 2027-02-01 HX-1 2>&1); check "more than the fee" 3 $?
contains "its reason" "$err" "FEE_OVERPAYMENT"
contains "naming what is outstanding" "$err" "CNY 100,000.00 outstanding"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 0 2027-02-01 HX-1 2>&1); check "--amount 0" 2 $?
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 4000000 2027-02-30 HX-1 2>&1); check "--paid-on not a day" 2 $?
contains "its reason" "$err" "--paid-on wants a calendar day"
err=$(rec $sec 2027-02-01 HuaxiaBankMSP 1999 4000000 2027-02-01 HX-1 2>&1); check "a year out of range" 2 $?
err=$(as $sec fees record HuaxiaBankMSP 2027 --amount 4000000 --paid-on 2027-02-01 2>&1); check "--reference missing" 2 $?
err=$(as $sec fees statement --amount 5 2>&1); check "statement takes no --amount" 2 $?
contains "its reason" "$err" "fees statement does not take --amount"
out=$(as $bank --date 2027-02-01 fees statement); contains "nothing recorded by a refusal" "$out" "paid CNY 0.00"

out=$(rec $sec 2027-02-01 HuaxiaBankMSP 2027 4000000 2027-02-01 "CNAPS HX-2027-1"); check "a partial payment" 0 $?
contains "what is left" "$out" "Recorded CNY 40,000.00 from HuaxiaBankMSP towards 2027: paid CNY 40,000.00 of CNY 100,000.00, CNY 60,000.00 outstanding."
err=$(as $sec --date 2027-02-02 fees set-schedule --file "$dir/fees-2027.json" 2>&1); check "a paid year's fees stand" 3 $?
contains "its reason" "$err" "FEE_SCHEDULE_PAID"
err=$(rec $sec 2027-02-02 HuaxiaBankMSP 2027 6000001 2027-02-02 HX-2 2>&1); check "paying more than the rest" 3 $?
contains "its reason" "$err" "FEE_OVERPAYMENT"
contains "naming the rest" "$err" "CNY 60,000.00 outstanding"
out=$(as $bank --date 2027-03-31 fees statement); contains "on the due date: due, not overdue" "$out" "CNY 60,000.00 outstanding, CNY 0.00 overdue"
contains "the payment on the statement" "$out" "paid CNY 40,000.00 on 2027-02-01, reference CNAPS HX-2027-1"

# After the due date the rest is overdue, in the bank's view and the secretariat's.
out=$(as $bank --date 2027-04-01 fees statement); check "the bank's view after the due date" 0 $?
contains "the rest is overdue" "$out" "CNY 60,000.00 outstanding, CNY 60,000.00 overdue"
contains "the year is marked" "$out" "outstanding CNY 60,000.00	OVERDUE"
out=$(as $sec --date 2027-04-01 fees statement HuaxiaBankMSP); check "the secretariat reads it" 0 $?
contains "the same" "$out" "CNY 60,000.00 outstanding, CNY 60,000.00 overdue"
out=$(as $sec --date 2027-04-01 fees list); check "the secretariat lists every bank" 0 $?
contains "Huaxia overdue" "$out" "HuaxiaBankMSP	outstanding CNY 60,000.00	overdue CNY 60,000.00	years 2027(overdue)"
contains "Beiyuan owes its tier's fee" "$out" "BeiyuanBankMSP	outstanding CNY 60,000.00	overdue CNY 60,000.00"
out=$(as RegulatorMSP/auditor1 --json --date 2027-04-01 fees list); check "the regulator lists them too" 0 $?
check "five banks, no regulator, no secretariat" 5 "$(printf '%s' "$out" | json 'len(d["statements"])')"
check "Huaxia's overdue fen" 6000000 "$(printf '%s' "$out" | json '[s for s in d["statements"] if s["mspId"] == "HuaxiaBankMSP"][0]["overdueFen"]')"
out=$(as RegulatorMSP/auditor1 --date 2027-04-01 fees statement HuaxiaBankMSP); check "the regulator reads a bank's" 0 $?

# Then paid.
out=$(rec $sec 2027-04-02 HuaxiaBankMSP 2027 6000000 2027-04-02 "CNAPS HX-2027-2"); check "the rest paid" 0 $?
contains "settled" "$out" "paid CNY 100,000.00 of CNY 100,000.00, CNY 0.00 outstanding."
out=$(as $bank --date 2027-04-02 fees statement); contains "nothing outstanding" "$out" "CNY 0.00 outstanding, CNY 0.00 overdue"
out=$(as $bank --json --date 2027-04-02 fees statement)
check "both payments" 2 "$(printf '%s' "$out" | json 'len(d["lines"][0]["payments"])')"
check "paid in full" 10000000 "$(printf '%s' "$out" | json 'd["lines"][0]["paidFen"]')"
check "not overdue" False "$(printf '%s' "$out" | json 'd["lines"][0].get("overdue", False)')"
out=$(as $sec --date 2027-04-02 fees list); contains "the secretariat sees it paid" "$out" "HuaxiaBankMSP	outstanding CNY 0.00	overdue CNY 0.00	years -"
err=$(rec $sec 2027-04-02 HuaxiaBankMSP 2027 1 2027-04-02 HX-3 2>&1); check "a paid fee takes no more" 3 $?
contains "its reason" "$err" "FEE_OVERPAYMENT"

echo "cli_fees: $pass passed, $fails failed"
[ "$fails" -eq 0 ]
