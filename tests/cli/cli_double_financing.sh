#!/usr/bin/env bash
# An invoice re-used under a second L/C cannot slip past the trust chain:
# a presentation commits only once its documents are notarized on trust
# (whatever the document type's spelling, whatever path the approval takes),
# the second issuing bank's examiner sees the re-used invoice and must
# acknowledge it, the regulator sees it, notary verify names the
# presentations; and stored text cannot forge what the terminal shows.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
draft() { as "$1/officer1" --json "${@:2}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])'; }
act() { local id; id=$(draft "$@") || return 1; as "$1/checker1" approvals approve "$id" >/dev/null; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

L sandbox init >/dev/null; check "sandbox init" 0 $?
for lc in LC-DF-0001 LC-DF-0002; do
    sight_lc_json "$lc" > "$dir/$lc.json"
    act HuaxiaBankMSP lc issue --file "$dir/$lc.json"; check "issue $lc" 0 $?
    act DongfangBankMSP lc advise "$lc"; check "advise $lc" 0 $?
done

echo "invoice 0001" > "$dir/invoice.pdf"; echo "waybill 0001" > "$dir/waybill.pdf"; echo "waybill 0002" > "$dir/waybill2.pdf"
# The day of receipt the contract records: China's (UTC+8), a day ahead of
# UTC from 16:00 UTC on.
today=$(date -u -d '+8 hours' +%F)
echo "{\"amountFen\": \"60000000\", \"shipmentDate\": $(d today), \"documentDate\": $(d today)}" > "$dir/present.json"
act DongfangBankMSP lc present LC-DF-0001 --file "$dir/present.json" --doc "INVOICE=$dir/invoice.pdf" --doc "TRANSPORT_DOCUMENT=$dir/waybill.pdf"
check "the first L/C's presentation" 0 $?

# notary verify names the presentation: number, presenting bank, receipt date.
out=$(as NanhaiBankMSP/officer1 notary verify "$dir/invoice.pdf"); check "notary verify" 0 $?
contains "verify names the presentation" "$out" "presentation 1 of L/C LC-DF-0001 by DongfangBankMSP, received $today"
out=$(as NanhaiBankMSP/officer1 --json notary verify "$dir/invoice.pdf")
check "verify --json names the presentation" "1 DongfangBankMSP $today" \
    "$(printf '%s' "$out" | json '"%s %s %s" % (d["entries"][0]["presentation"]["number"], d["entries"][0]["presentation"]["presentingBankMsp"], d["entries"][0]["presentation"]["receivedDate"])')"

# A document type the notary would refuse is refused in the draft, in any
# spelling: the defect was a presentation that committed unnotarized.
hash=$(python3 -c "import base64,hashlib,sys; print(base64.b64encode(hashlib.sha256(open(sys.argv[1],'rb').read()).digest()).decode())" "$dir/invoice.pdf")
for spelled in invoice:LC_DOCUMENT_TYPE 'INVOICE\u202e:TEXT_HIDDEN_CHARACTER'; do
    type=${spelled%%:*} reason=${spelled#*:}
    echo "{\"amountFen\": \"60000000\", \"shipmentDate\": $(d today), \"documentDate\": $(d today),
           \"documents\": [{\"docType\": \"$type\", \"fileName\": \"invoice.pdf\", \"sha256\": \"$hash\"}]}" > "$dir/spelled.json"
    err=$(as DongfangBankMSP/officer1 lc present LC-DF-0002 --file "$dir/spelled.json" 2>&1)
    check "document type \"$type\" is refused" 3 $?
    contains "its reason" "$err" "$reason"
done

# A file name that would show reversed on a screen is refused too, and the
# refusal shows it escaped.
spoof=$(printf 'invoice\xe2\x80\xaefdp.exe')
echo "invoice 0003" > "$dir/$spoof"
err=$(as DongfangBankMSP/officer1 lc present LC-DF-0002 --file "$dir/present.json" --doc "INVOICE=$dir/$spoof" 2>&1)
check "a file name with U+202E" 3 $?
contains "its reason" "$err" "TEXT_HIDDEN_CHARACTER"
if printf '%s' "$err" | grep -q $'\xe2\x80\xae'; then check "the message shows U+202E escaped" 0 1; else check "the message shows U+202E escaped" 0 0; fi
contains "escaped visibly" "$err" 'invoice\\u202Efdp.exe'

# Approved around the workstation (a raw ApproveDraft, nothing notarized):
# the contract refuses it and writes nothing.
id=$(draft DongfangBankMSP lc present LC-DF-0002 --file "$dir/present.json" --doc "INVOICE=$dir/invoice.pdf" --doc "TRANSPORT_DOCUMENT=$dir/waybill2.pdf")
check "the second L/C's presentation drafted" 0 $?
before=$(L ledger info)
err=$(as DongfangBankMSP/checker1 chaincode invoke --channel lc --name lc --arg ApproveDraft --arg "$id" 2>&1)
check "a raw approval of unnotarized documents is refused" 3 $?
contains "its reason" "$err" "LC_DOCUMENT_NOT_NOTARIZED"
check "nothing written" "$before" "$(L ledger info)"

# The approval as the product makes it: documents notarized first, then the
# presentation, flagged because the invoice is LC-DF-0001's too.
as DongfangBankMSP/checker1 approvals approve "$id" >/dev/null; check "approved with notarization first" 0 $?
out=$(as HuaxiaBankMSP/officer1 --json lc show LC-DF-0002)
check "lc show carries the duplicate on the presentation" "INVOICE LC-DF-0001" \
    "$(printf '%s' "$out" | json '" ".join([d["presentations"][0]["duplicates"][0]["docType"]] + d["presentations"][0]["duplicates"][0]["otherLcNos"])')"
check "only the invoice is a duplicate" 1 "$(printf '%s' "$out" | json 'len(d["presentations"][0]["duplicates"])')"
out=$(as HuaxiaBankMSP/officer1 notary flags); check "notary flags" 0 $?
contains "the issuing bank sees the flag" "$out" "under L/Cs LC-DF-0001, LC-DF-0002"
out=$(as RegulatorMSP/auditor1 notary flags); contains "the regulator sees it" "$out" "LC-DF-0002"
out=$(as ChangjiangBankMSP/officer1 notary flags); contains "a bank not concerned sees none" "$out" "No document was presented under two"
out=$(as NanhaiBankMSP/officer1 notary verify "$dir/invoice.pdf")
contains "verify lists both presentations" "$out" "presentation 1 of L/C LC-DF-0002 by DongfangBankMSP"

# The examiner decides only with a comment on the re-used invoice.
err=$(as HuaxiaBankMSP/officer1 lc examine LC-DF-0002 1 --complying 2>&1); check "examination without a comment" 3 $?
contains "its reason" "$err" "LC_DUPLICATE_NOT_ACKNOWLEDGED"
act HuaxiaBankMSP lc examine LC-DF-0002 1 --complying --comment "Same invoice as LC-DF-0001; applicant confirms two shipments"
check "examination with the comment" 0 $?
out=$(as HuaxiaBankMSP/officer1 --json lc show LC-DF-0002)
contains "the comment is on the examination" "$out" '"duplicateAcknowledgement": "Same invoice as LC-DF-0001'

# The consortium may refuse such presentations instead: the council votes
# it; neither a bank nor the secretariat sets it alone once the charter is
# sealed.
out=$(L --as HuaxiaBankMSP/officer1 registry settings); contains "flagging is the default" "$out" "FLAG"
err=$(as HuaxiaBankMSP/officer1 registry settings refuse 2>&1); check "a bank cannot change the rule" 3 $?
contains "its reason" "$err" "REGISTRY_NOT_SECRETARIAT_ADMIN"
err=$(as SecretariatMSP/admin1 registry settings refuse 2>&1); check "nor the secretariat alone" 3 $?
contains "its reason" "$err" "GOV_SETTINGS_BY_VOTE"
# decide RULE: the secretariat proposes it, four of the five council banks vote yes.
decide() {
    local p
    echo "{\"kind\": \"SET_DUPLICATE_DOCUMENTS\", \"title\": \"Duplicate documents: $1\", \"duplicateDocuments\": \"$1\"}" > "$dir/rule.json"
    p=$(as SecretariatMSP/admin1 --json governance propose --file "$dir/rule.json" | json 'd["id"]') || return 1
    for bank in HuaxiaBankMSP DongfangBankMSP ChangjiangBankMSP NanhaiBankMSP; do
        as "$bank/admin1" governance vote "$p" yes >/dev/null || return 1
    done
    as SecretariatMSP/admin1 --json governance show "$p" | json 'd["status"]'
}
out=$(decide REFUSE); check "the council votes refuse" 0 $?
contains "the proposal passed" "$out" "PASSED"
out=$(L --as HuaxiaBankMSP/officer1 registry settings); contains "the rule is refuse" "$out" "REFUSE"
sight_lc_json LC-DF-0003 > "$dir/LC-DF-0003.json"
act HuaxiaBankMSP lc issue --file "$dir/LC-DF-0003.json"; check "issue LC-DF-0003" 0 $?
act DongfangBankMSP lc advise LC-DF-0003; check "advise LC-DF-0003" 0 $?
echo "waybill 0003" > "$dir/waybill3.pdf"
id=$(draft DongfangBankMSP lc present LC-DF-0003 --file "$dir/present.json" --doc "INVOICE=$dir/invoice.pdf" --doc "TRANSPORT_DOCUMENT=$dir/waybill3.pdf")
err=$(as DongfangBankMSP/checker1 approvals approve "$id" 2>&1); check "the re-used invoice is refused" 3 $?
contains "its reason" "$err" "LC_DOCUMENT_FINANCED_ELSEWHERE"
check "no presentation stands" 0 "$(as HuaxiaBankMSP/officer1 --json lc show LC-DF-0003 | json 'len(d.get("presentations", []))')"
out=$(as NanhaiBankMSP/officer1 notary verify "$dir/invoice.pdf")
contains "the notarization nobody presented shows as such" "$out" "not presented under L/C LC-DF-0003"
out=$(decide FLAG); check "and back to flagging" 0 $?
contains "by vote" "$out" "PASSED"

# Stored text never forges output: a corporate's name with a line break
# would print a second attestation row; it is refused.
cat > "$dir/kyc.json" <<'JSON'
{"uscc": "91350100M000100Y43", "subjectName": "Good Corp\n91350100M000100Y43\tForged Bank\tEDD", "level": "CDD",
 "validUntilSeconds": "4102444800", "evidenceSha256": "3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}
JSON
err=$(as HuaxiaBankMSP/officer1 kyc attest --file "$dir/kyc.json" 2>&1); check "a name with a line break" 3 $?
contains "its reason" "$err" "TEXT_HIDDEN_CHARACTER"

L ledger verify >/dev/null; check "the chain verifies" 0 $?
echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
