#!/usr/bin/env bash
# lianxin-cli's command line (issue 14, items 11 and 12): every command
# refuses an option it does not take, numbers and dates that do not fit are
# refused (never clamped), forfaiting price takes grace days as a quote
# does, and a wrong --data, --as, --channel or passphrase file, or the
# regulator approving, is said plainly with the documented exit code; with
# --json every error is one JSON object on stderr.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
# Commands without --data must never reach the user's own sandbox folder.
export XDG_DATA_HOME="$dir/xdg-data"

printf 'sandbox-pass-123\n' > "$dir/pass"
data="$dir/data"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }
# refused NAME EXIT PATTERN ARGS...: lianxin-cli ARGS exits EXIT and says PATTERN on stderr.
refused() {
    local name=$1 code=$2 pattern=$3; shift 3
    local err
    err=$("$cli" "$@" 2>&1 >/dev/null); check "$name: exit $code" "$code" $?
    contains "$name: says why" "$err" "$pattern"
}
# jsonError NAME EXIT REASON ARGS...: with --json, stderr is one object {code, reasonCode, message}.
jsonError() {
    local name=$1 code=$2 reason=$3; shift 3
    local err
    err=$("$cli" --json "$@" 2>&1 >/dev/null); check "$name (--json): exit $code" "$code" $?
    printf '%s' "$err" | python3 -c '
import json, sys
e = json.load(sys.stdin)
assert e["code"] == int(sys.argv[1]) and e["reasonCode"] == sys.argv[2] and e["message"], e' "$code" "$reason" 2>/dev/null
    check "$name (--json): {code: $code, reasonCode: $reason, message}" 0 $?
}

# ---- Item 11: options a command does not take, numbers that do not fit ----
price=(forfaiting price --face 1000 --rate 3 --days 10 --method straight)
refused "price --grace abc" 2 '--grace wants a whole number from 0 to 90, not "abc"' "${price[@]}" --grace abc
refused "price --grace 91" 2 '--grace wants a whole number from 0 to 90' "${price[@]}" --grace 91
refused "price --value-date" 2 'forfaiting price does not take --value-date; its options are --face, --rate, --days, --grace' \
    "${price[@]}" --value-date 2026-09-01
refused "price --tier" 2 'forfaiting price does not take --tier' "${price[@]}" --tier 2
refused "price --lc" 2 'forfaiting price does not take --lc' "${price[@]}" --lc LC-1
refused "price --fees beyond int64" 2 '--fees wants a whole number from 0 to 999999999999999, not "99999999999999999999"' \
    "${price[@]}" --fees 99999999999999999999
refused "price --fees beyond the fen range" 2 '--fees wants a whole number' "${price[@]}" --fees 1000000000000000
for days in -5 +5 " 5" 5x 5001 ""; do
    refused "price --days '$days'" 2 "--days wants a whole number from 0 to 5000, not \"$days\"" \
        forfaiting price --face 1000 --rate 3 --days "$days" --method straight
done
# Grace days are discounted as the contract prices a quote: actual days + grace.
with=$("$cli" "${price[@]}" --grace 3 --json); check "price --grace 3" 0 $?
without=$("$cli" forfaiting price --face 1000 --rate 3 --days 13 --method straight --json)
[ "$with" = "$without" ]; check "10 days + 3 grace days price as 13 days ($with)" 0 $?
contains "the price counts 13 days" "$with" '"days": 13'

refused "--amount beyond int64" 2 '--amount wants a whole number from 1 to 999999999999999' \
    guarantee demand G-1 --amount 99999999999999999999 --statement x
refused "--amount negative" 2 '--amount wants a whole number' guarantee demand G-1 --amount -5 --statement x
refused "--clause 0" 2 '--clause wants a whole number from 1 to 1000' guarantee reduce G-1 --clause 0
refused "--letters beyond" 2 '--letters wants a whole number from 1 to 100000' sandbox init --demo --letters 100001
refused "--date 30 February" 2 '--date wants a calendar day YYYY-MM-DD, not "2026-02-30"' --date 2026-02-30 identities
refused "--date unpadded" 2 '--date wants a calendar day' --date 2026-2-01 identities
refused "--date signed year" 2 '--date wants a calendar day' --date +026-01-01 identities
refused "--extend-to month 13" 2 '--extend-to wants a calendar day' guarantee demand G-1 --amount 5 --extend-to 2026-13-01
refused "--until trailing text" 2 '--until wants a calendar day' guarantee suspend G-1 1 --until 2026-01-011
refused "an option without its value" 2 '--note needs a value' forfaiting list LC 1 --note
refused "an unknown option" 2 'unknown option --bogus' --bogus identities
refused "quotes board --grace" 2 'quotes board does not take --grace; its options are --tier, --tenor' quotes board --grace 3
refused "ledger block --file" 2 'ledger block does not take --file' ledger block 0 --file x.json
refused "identities --channel" 2 'identities does not take --channel; it takes no options of its own' --channel lc identities

# The sweep: every command refuses every option it does not take, and takes
# every option its --help lists (exit 2 here only because --data is a file).
# Its 6,000 runs match the message in bash: a grep per run added a fifth to its CPU time.
verbs=("sandbox init" identities "identities import" "identities export" "ledger info" "ledger verify" "ledger block" "ledger tx" "notary verify" "notary flags" "registry settings"
    "lc issue" "lc advise" "lc amend" "lc amendment" "lc present" "lc examine" "lc refuse" "lc waive" "lc accept"
    "lc pay" "lc close" "lc cancel" "lc expire" "lc export" "lc show" "lc list" "lc history"
    "forfaiting list" "forfaiting resell" "forfaiting quote" "forfaiting withdraw" "forfaiting accept"
    "forfaiting notify" "forfaiting acknowledge" "forfaiting settle" "forfaiting pay" "forfaiting overdue"
    "forfaiting draft" "forfaiting show" "forfaiting listings" "forfaiting quotes" "forfaiting deals"
    "forfaiting portfolio" "forfaiting history" "forfaiting price" "approvals list" "approvals approve"
    "approvals return" "quotes post" "quotes withdraw" "quotes deal" "quotes board" "quotes list" "quotes show"
    "guarantee issue" "guarantee advise" "guarantee amend" "guarantee answer" "guarantee demand" "guarantee examine"
    "guarantee suspend" "guarantee extend" "guarantee pay" "guarantee reduce" "guarantee release" "guarantee expire"
    "guarantee stop-payment" "guarantee lift-stop" "guarantee show" "guarantee list" "guarantee history"
    "kyc attest" "kyc show" "chaincode invoke" "chaincode query"
    "governance list" "governance show" "governance propose" "governance vote" "governance opine" "governance close"
    "governance verify" "governance rules" "governance members" "governance end-sandbox"
    "governance config" "governance prepare-config" "governance sign-config" "governance submit-config" "sandbox add-bank"
    "fees schedule" "fees set-schedule" "fees record" "fees statement" "fees list"
    "audit export" "audit verify" "audit flag" "audit flags"
    "gas compute" "gas report" "gas show" "gas verify" "gas list" "gas balances" "gas availability" "gas statements")
flags=" --accept --all --complying --demo --hold --inquiry --reject --replace --return "
all=(--accept --all --amount --arg --arg-b64 --bank --channel --clause --comment --complying --consent --court --days --demo
    --discrepancy --doc --extend-to --face --fees --file --grace --hold --inquiry --lc --letters --maturity --method
    --msp-dir --msp-id --name --note --obligor --order --out --rate --reason --received --reject --replace --return --side --state --statement --tenor --tier --to
    --transient --until --user --valid-until --value-date --from --paid-on --reference --root-cert --hours)
touch "$dir/afile"
sweepFails=0
sweepRuns=0
for verb in "${verbs[@]}"; do
    help=$("$cli" $verb --help); check "$verb --help" 0 $?
    contains "$verb --help shows its lines" "$help" "^  $verb"
    takes=$(printf '%s\n' "$help" | sed -n 's/^Its options: \(.*\)\.$/\1/p' | tr -d ',')
    for option in "${all[@]}"; do
        args=("$option")
        [[ $flags == *" $option "* ]] || args+=(1)
        err=$("$cli" --data "$dir/afile" $verb "${args[@]}" 2>&1 >/dev/null)
        code=$?
        sweepRuns=$((sweepRuns + 1))
        if [[ " $takes " == *" $option "* ]]; then
            if [[ $err == *"does not take"* ]]; then
                echo "FAIL: $verb refuses $option, which its --help lists: $err"; sweepFails=$((sweepFails + 1))
            fi
        elif [ "$code" != 2 ] || [[ $err != *"$verb does not take $option"* ]]; then
            echo "FAIL: $verb takes $option (exit $code): $err"; sweepFails=$((sweepFails + 1))
        fi
    done
done
check "the sweep: $sweepRuns commands and options, each refused or taken as --help says" 0 "$sweepFails"

# ---- Item 12: what the command line names, said plainly ----
refused "--data missing" 2 "no consortium in $dir/nowhere: the folder does not exist (run lianxin-cli sandbox init --data $dir/nowhere)" \
    --data "$dir/nowhere" --passphrase-file "$dir/pass" ledger info
refused "--data missing, identities" 2 "no consortium in $dir/nowhere" --data "$dir/nowhere" identities
refused "--data a file" 2 "the data folder $dir/afile is a file, not a folder" --data "$dir/afile" --passphrase-file "$dir/pass" ledger verify
refused "sandbox init on a file" 2 "is a file, not a folder" --data "$dir/afile" --passphrase-file "$dir/pass" sandbox init
jsonError "--data missing" 2 CLI_NO_CONSORTIUM --data "$dir/nowhere" --passphrase-file "$dir/pass" ledger verify

L sandbox init >/dev/null; check "sandbox init" 0 $?
mkdir -p "$dir/empty-folder"
refused "--data a folder without a consortium" 2 "no consortium in $dir/empty-folder (run lianxin-cli sandbox init --data $dir/empty-folder)" \
    --data "$dir/empty-folder" --passphrase-file "$dir/pass" ledger info
refused "--as unknown" 2 'the wallet holds no identity NoBankMSP/officer1 (lianxin-cli identities lists them)' \
    --data "$data" --passphrase-file "$dir/pass" --as NoBankMSP/officer1 ledger info
jsonError "--as unknown" 2 CLI_IDENTITY_UNKNOWN --data "$data" --passphrase-file "$dir/pass" --as NoBankMSP/officer1 lc list
: > "$dir/empty-pass"
refused "empty passphrase file" 2 "the passphrase file $dir/empty-pass is empty" --data "$data" --passphrase-file "$dir/empty-pass" ledger info
printf '\n' > "$dir/newline-pass"
refused "a passphrase file of one newline" 2 "is empty" --data "$data" --passphrase-file "$dir/newline-pass" ledger info
jsonError "empty passphrase file" 2 CLI_PASSPHRASE_EMPTY --data "$data" --passphrase-file "$dir/empty-pass" ledger info
refused "--channel unknown" 2 'no channel nope in this consortium (channels: forfaiting, guarantee, lc, trust)' \
    --data "$data" --passphrase-file "$dir/pass" --channel nope ledger verify
refused "--channel unknown, block" 2 'no channel nope in this consortium' --data "$data" --passphrase-file "$dir/pass" --channel nope ledger block 0
jsonError "--channel unknown" 2 CLI_CHANNEL_UNKNOWN --data "$data" --passphrase-file "$dir/pass" --channel nope ledger info
L --channel lc ledger verify >/dev/null; check "--channel lc still verifies" 0 $?

# The regulator cannot approve a bank's draft: the desk's rule, exit 3.
id=$(L --date 2026-09-01 --as HuaxiaBankMSP/officer1 --json quotes post --side buy --tier 2 --tenor 31-90 --rate 3.05 \
    --method straight --amount 100000000 --valid-until 2026-09-30 | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])')
check "a bank's draft to approve" 0 $?
refused "the regulator approves" 3 "DESK_REGULATOR_READ_ONLY: The regulator reads every record" \
    --data "$data" --passphrase-file "$dir/pass" --date 2026-09-01 --as RegulatorMSP/auditor1 approvals approve "$id"
jsonError "the regulator approves" 3 DESK_REGULATOR_READ_ONLY --data "$data" --passphrase-file "$dir/pass" \
    --date 2026-09-01 --as RegulatorMSP/auditor1 approvals approve "$id"
refused "the regulator returns" 3 DESK_REGULATOR_READ_ONLY --data "$data" --passphrase-file "$dir/pass" \
    --as RegulatorMSP/auditor1 approvals return "$id" --comment no
refused "the secretariat approves" 3 DESK_NOT_A_BANK --data "$data" --passphrase-file "$dir/pass" \
    --as SecretariatMSP/admin1 approvals approve "$id"
L --date 2026-09-01 --as HuaxiaBankMSP/checker1 approvals approve "$id" >/dev/null; check "the bank's checker approves it" 0 $?

# Every other error with --json: a usage error, a contract's rejection, a wrong passphrase, a price refused.
jsonError "unknown option" 2 CLI_OPTION_UNKNOWN --bogus
jsonError "option not taken" 2 CLI_OPTION_NOT_TAKEN "${price[@]}" --tier 2
jsonError "number out of range" 2 CLI_BAD_NUMBER "${price[@]}" --fees 99999999999999999999
jsonError "unknown command" 2 CLI_COMMAND_UNKNOWN --data "$data" frobnicate
jsonError "missing block" 3 BLOCK_NOT_FOUND --data "$data" --passphrase-file "$dir/pass" --channel lc ledger block 99
printf 'not-the-passphrase\n' > "$dir/wrong"
jsonError "wrong passphrase" 3 WALLET_WRONG_PASSPHRASE --data "$data" --passphrase-file "$dir/wrong" ledger info
jsonError "a price with no days" 3 FF_PRICE_DAYS forfaiting price --face 1000 --rate 3 --days 0 --method straight
out=$(L --json ledger info 2>&1 >/dev/null); check "a success prints nothing on stderr" "" "$out"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
