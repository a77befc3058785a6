#!/usr/bin/env bash
# lianxin-cli on the trust channel: KYC attest (a maker's draft a checker
# approves) and show, the USCC check character, the regulator's read-only
# role, notary verify of an unknown file.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
L sandbox init >/dev/null; check "sandbox init" 0 $?

# 32 bytes of evidence hash, base64 as protobuf's JSON mapping writes bytes.
evidence=$(python3 -c 'import base64, hashlib; print(base64.b64encode(hashlib.sha256(b"our KYC file").digest()).decode())')
cat > "$dir/kyc.json" <<JSON
{"uscc": "91350100M000100Y43", "subjectName": "Fujian Minjiang Trading Co., Ltd.", "level": "CDD",
 "validUntilSeconds": "1893456000", "evidenceSha256": "$evidence"}
JSON
# Four eyes: the officer's attestation is a draft until a checker approves it.
id=$(L --as HuaxiaBankMSP/officer1 --json kyc attest --file "$dir/kyc.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])')
check "kyc attest drafts" 0 $?
out=$(L --as DongfangBankMSP/checker1 kyc show 91350100M000100Y43); contains "a draft is no attestation" "$out" "No bank has attested"
out=$(L --as HuaxiaBankMSP/checker1 approvals list); contains "the checker sees the draft" "$out" "$id"
err=$(L --as HuaxiaBankMSP/officer1 approvals approve "$id" 2>&1); check "the maker cannot approve it" 3 $?
contains "maker reason" "$err" "KYC_NOT_CHECKER"
err=$(L --as HuaxiaBankMSP/officer1 chaincode invoke --channel trust --name kyc --arg Attest --arg-b64 "$(printf x | base64)" 2>&1)
check "no attestation skips the draft" 3 $?
contains "direct attest reason" "$err" "KYC_DRAFT_REQUIRED"
out=$(L --as HuaxiaBankMSP/checker1 approvals approve "$id"); check "the checker approves" 0 $?
contains "the approval names the block" "$out" "in block"
out=$(L --as DongfangBankMSP/checker1 kyc show 91350100M000100Y43); check "kyc show by another bank" 0 $?
contains "another bank sees the attestation" "$out" "HuaxiaBankMSP"
out=$(L --as DongfangBankMSP/checker1 --json kyc show 91350100M000100Y43)
contains "kyc show --json" "$out" '"attestingMsp": "HuaxiaBankMSP"'

sed 's/Y43/Y44/' "$dir/kyc.json" > "$dir/bad.json"
err=$(L --as HuaxiaBankMSP/officer1 kyc attest --file "$dir/bad.json" 2>&1); check "bad check character" 3 $?
contains "check character reason" "$err" "USCC_CHECK_CHARACTER"
err=$(L --as RegulatorMSP/auditor1 kyc attest --file "$dir/kyc.json" 2>&1); check "regulator may not write" 3 $?
contains "regulator reason" "$err" "KYC_REGULATOR_READ_ONLY"
echo '{"uscc": 5' > "$dir/broken.json"
err=$(L kyc attest --file "$dir/broken.json" 2>&1); check "malformed JSON is a usage error" 2 $?
contains "malformed JSON names the file" "$err" "broken.json is not a valid"
L kyc attest >/dev/null 2>&1; check "kyc attest without --file" 2 $?

echo "never recorded" > "$dir/doc.txt"
err=$(L notary verify "$dir/doc.txt" 2>&1); check "unknown document" 3 $?
contains "not found reason" "$err" "NOTARY_NOT_FOUND"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
