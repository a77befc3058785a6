#!/usr/bin/env bash
# The council governs the consortium through lianxin-cli (docs/governance.md):
# the charter is sealed at sandbox init, so the secretariat registers no
# member alone; a sixth bank applies with its documents, an expert gives an
# opinion, the council's administrators vote, and the deciding vote admits
# it; a vote by a non-council bank, a second vote and a late vote are
# refused; a proposal the council votes down changes nothing; one without
# enough votes lapses once closed after its deadline.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

L sandbox init >/dev/null; check "sandbox init" 0 $?
out=$(L governance rules); contains "the charter is sealed at init" "$out" "Charter: sealed"
contains "two thirds by default" "$out" "Threshold: 2/3"
out=$(L governance members)
contains "founding banks sit on the council" "$out" "HuaxiaBankMSP	ACTIVE	BANK	tier 1	seats COUNCIL	lines LC,FORFAITING,GUARANTEE"
contains "and on the expert committee" "$out" "NanhaiBankMSP	ACTIVE	BANK	tier 2	seats COUNCIL,EXPERT_COMMITTEE"

# Monday 2026-12-07 in China: ten business days run to Monday 21 December.
day0=2026-12-07
cat > "$dir/admit.json" <<'JSON'
{"kind": "ADMIT_MEMBER", "title": "Admit Xiangjiang Rural Commercial Bank",
 "applicant": {"mspId": "XiangjiangBankMSP", "name": "Xiangjiang Rural Commercial Bank", "nameZh": "湘江农村商业银行",
               "kind": "BANK", "tier": 3},
 "lines": [{"line": "LINE_LC"},
           {"line": "LINE_GUARANTEE", "inSandbox": true, "limits": {"maxDeals": 5, "maxTotalFaceFen": "5000000000"}}]}
JSON
echo "application of Xiangjiang" > "$dir/application.pdf"; echo "agreement signed by Xiangjiang" > "$dir/agreement.pdf"
# The applicant's CA certificate, which its application carries (its
# network change: cli_admission.sh).
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 365 -subj "/C=CN/O=Xiangjiang/CN=ca.xiangjiang" \
    -keyout "$dir/ca-key.pem" -out "$dir/ca.pem" 2>/dev/null
check "the applicant's CA" 0 $?
err=$(as SecretariatMSP/admin1 --date $day0 governance propose --file "$dir/admit.json" --doc "MEMBERSHIP_APPLICATION=$dir/application.pdf" --root-cert "$dir/ca.pem" 2>&1)
check "an admission without the signed agreement" 3 $?
contains "its reason" "$err" "GOV_MATERIAL_MISSING"
err=$(as BeiyuanBankMSP/officer1 --date $day0 governance propose --file "$dir/admit.json" 2>&1); check "an officer proposes not" 3 $?
contains "its reason" "$err" "GOV_NOT_ADMIN"
out=$(as SecretariatMSP/admin1 --json --date $day0 governance propose --file "$dir/admit.json" \
    --doc "MEMBERSHIP_APPLICATION=$dir/application.pdf" --doc "MEMBERSHIP_AGREEMENT=$dir/agreement.pdf" --root-cert "$dir/ca.pem")
check "the secretariat proposes the admission" 0 $?
id=$(printf '%s' "$out" | json 'd["id"]')
check "the proposal's number" GOV-0001 "$id"
check "four yes of five council seats" 4 "$(printf '%s' "$out" | json 'd["requiredYes"]')"
check "the deadline" "2026-12-21" "$(printf '%s' "$out" | json '"%d-%02d-%02d" % (d["deadline"]["year"], d["deadline"]["month"], d["deadline"]["day"])')"
out=$(L governance members); contains "an applicant until admitted" "$out" "XiangjiangBankMSP	APPLICANT"
out=$(L governance verify "$id" "$dir/agreement.pdf"); contains "the agreement is the proposal's" "$out" "is the MEMBERSHIP_AGREEMENT of GOV-0001"
echo "forged agreement" > "$dir/forged.pdf"
err=$(L governance verify "$id" "$dir/forged.pdf" 2>&1); check "another file is not" 3 $?
contains "its reason" "$err" "GOV_MATERIAL_NOT_FOUND"

as NanhaiBankMSP/admin1 --date $day0 governance opine "$id" in-favour --comment "Capital adequacy 13.2%; KYC sound." >/dev/null
check "the expert committee's opinion" 0 $?
err=$(as HuaxiaBankMSP/admin1 --date $day0 governance opine "$id" against --comment "No." 2>&1); check "a bank off the committee" 3 $?
contains "its reason" "$err" "GOV_NOT_EXPERT"

as HuaxiaBankMSP/admin1 --date 2026-12-08 governance vote "$id" yes >/dev/null; check "Huaxia votes yes" 0 $?
err=$(as HuaxiaBankMSP/admin1 --date 2026-12-08 governance vote "$id" no 2>&1); check "a second vote" 3 $?
contains "its reason" "$err" "GOV_ALREADY_VOTED"
err=$(as RegulatorMSP/admin1 --date 2026-12-08 governance vote "$id" yes 2>&1); check "the regulator votes not" 3 $?
contains "its reason" "$err" "GOV_NOT_COUNCIL"
err=$(as DongfangBankMSP/officer1 --date 2026-12-08 governance vote "$id" yes 2>&1); check "an officer votes not" 3 $?
contains "its reason" "$err" "GOV_NOT_ADMIN"
err=$(as DongfangBankMSP/admin1 governance vote "$id" perhaps 2>&1); check "a vote is yes, no or abstain" 2 $?
as DongfangBankMSP/admin1 --date 2026-12-09 governance vote "$id" yes >/dev/null; check "Dongfang votes yes" 0 $?
as BeiyuanBankMSP/admin1 --date 2026-12-10 governance vote "$id" abstain >/dev/null; check "Beiyuan abstains" 0 $?
as ChangjiangBankMSP/admin1 --date 2026-12-21 governance vote "$id" yes >/dev/null; check "the deadline's day counts" 0 $?
out=$(L governance members); contains "three yes admit nobody" "$out" "XiangjiangBankMSP	APPLICANT"
err=$(as NanhaiBankMSP/admin1 --date 2026-12-22 governance vote "$id" yes 2>&1); check "a late vote" 3 $?
contains "its reason" "$err" "GOV_VOTE_LATE"
out=$(as NanhaiBankMSP/admin1 --date 2026-12-22 governance close "$id"); check "closed after the deadline" 0 $?
contains "it lapses" "$out" "LAPSED"
out=$(L governance members); contains "a lapsed admission admits nobody" "$out" "XiangjiangBankMSP	APPLICANT"

# Applied again, admitted by the fourth yes.
out=$(as SecretariatMSP/admin1 --json --date 2027-01-04 governance propose --file "$dir/admit.json" \
    --doc "MEMBERSHIP_APPLICATION=$dir/application.pdf" --doc "MEMBERSHIP_AGREEMENT=$dir/agreement.pdf" --root-cert "$dir/ca.pem")
check "the application again" 0 $?
id=$(printf '%s' "$out" | json 'd["id"]')
for bank in HuaxiaBankMSP DongfangBankMSP ChangjiangBankMSP; do
    as "$bank/admin1" --date 2027-01-05 governance vote "$id" yes >/dev/null; check "$bank votes yes" 0 $?
done
out=$(as NanhaiBankMSP/admin1 --date 2027-01-05 governance vote "$id" yes); check "the deciding vote" 0 $?
contains "it passes" "$out" "Voted YES on GOV-0002: PASSED (4 yes of 4 needed"
out=$(L governance members)
contains "the sixth bank is a member" "$out" "XiangjiangBankMSP	ACTIVE	BANK	tier 3	seats -	lines LC,GUARANTEE(sandbox)"
out=$(L governance show "$id"); contains "show lists the votes" "$out" "vote       NanhaiBankMSP YES"
contains "and the materials" "$out" "material   MEMBERSHIP_AGREEMENT agreement.pdf"
out=$(L governance list --state lapsed); contains "list by state" "$out" "GOV-0001	LAPSED	ADMIT_MEMBER	XiangjiangBankMSP"
err=$(L governance list --state maybe 2>&1); check "an unknown state" 2 $?

# A proposal voted down changes nothing.
echo '{"kind": "SUSPEND_MEMBER", "title": "Suspend Beiyuan", "subjectMsp": "BeiyuanBankMSP"}' > "$dir/suspend.json"
id=$(as HuaxiaBankMSP/admin1 --json --date 2027-01-06 governance propose --file "$dir/suspend.json" | json 'd["id"]')
check "a council member proposes" GOV-0003 "$id"
err=$(as SecretariatMSP/admin1 --date 2027-01-06 governance propose --file "$dir/suspend.json" 2>&1); check "one open proposal per member" 3 $?
contains "its reason" "$err" "GOV_SUBJECT_BUSY"
as DongfangBankMSP/admin1 --date 2027-01-06 governance vote "$id" no >/dev/null
out=$(as ChangjiangBankMSP/admin1 --json --date 2027-01-06 governance vote "$id" no | json 'd["status"]')
check "two no of five: it can no longer pass" REJECTED "$out"
out=$(L governance members); contains "Beiyuan stays a member" "$out" "BeiyuanBankMSP	ACTIVE"

# The regulator ends a sandbox; a bank cannot.
err=$(as HuaxiaBankMSP/admin1 governance end-sandbox XiangjiangBankMSP guarantee 2>&1); check "a bank ends no sandbox" 3 $?
contains "its reason" "$err" "GOV_NOT_REGULATOR"
out=$(as RegulatorMSP/admin1 governance end-sandbox XiangjiangBankMSP guarantee); check "the regulator ends it" 0 $?
contains "out of its sandbox" "$out" "lines LC,GUARANTEE."
err=$(as SecretariatMSP/admin1 registry settings refuse 2>&1); check "settings change by vote only" 3 $?
contains "its reason" "$err" "GOV_SETTINGS_BY_VOTE"

echo "cli_governance: $pass passed, $fails failed"
[ "$fails" -eq 0 ]
