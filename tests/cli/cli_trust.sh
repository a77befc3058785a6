#!/usr/bin/env bash
# lianxin-cli on the trust channel: KYC attest/show, the USCC check
# character, the regulator's read-only role, notary verify of an unknown file.
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
out=$(L --as HuaxiaBankMSP/officer1 kyc attest --file "$dir/kyc.json"); check "kyc attest" 0 $?
contains "attest names the block" "$out" "recorded in block"
out=$(L --as DongfangBankMSP/checker1 kyc show 91350100M000100Y43); check "kyc show by another bank" 0 $?
contains "another bank sees the attestation" "$out" "HuaxiaBankMSP"
out=$(L --as DongfangBankMSP/checker1 --json kyc show 91350100M000100Y43)
contains "kyc show --json" "$out" '"attestingMsp": "HuaxiaBankMSP"'

sed 's/Y43/Y44/' "$dir/kyc.json" > "$dir/bad.json"
err=$(L --as HuaxiaBankMSP/officer1 kyc attest --file "$dir/bad.json" 2>&1); check "bad check character" 3 $?
contains "check character reason" "$err" "USCC_CHECK_CHARACTER"
err=$(L --as RegulatorMSP/auditor1 kyc attest --file "$dir/kyc.json" 2>&1); check "regulator may not write" 3 $?
contains "regulator reason" "$err" "KYC_READ_ONLY"
echo '{"uscc": 5' > "$dir/broken.json"
err=$(L kyc attest --file "$dir/broken.json" 2>&1); check "malformed JSON is a usage error" 2 $?
contains "malformed JSON names the file" "$err" "broken.json is not a valid"
L kyc attest >/dev/null 2>&1; check "kyc attest without --file" 2 $?

echo "never recorded" > "$dir/doc.txt"
err=$(L notary verify "$dir/doc.txt" 2>&1); check "unknown document" 3 $?
contains "not found reason" "$err" "NOTARY_NOT_FOUND"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
