#!/usr/bin/env bash
# The regulator's audit package (docs/audit-package.md): exported for a
# channel and a period by the regulator alone, verified offline by anyone;
# a flipped byte anywhere in it is named; a period without blocks and a
# period that ends before it starts are refused. The regulator flags a deal
# with a note: the banks party to it see the flag, no other bank does.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { "$cli" --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
day() { date -u -d "$1" +%F; }

L sandbox init >/dev/null; check "sandbox init" 0 $?
# Two days of business on trust: today's founding, and the regulator's flag
# on an L/C signed as of the day after tomorrow (no governance proposal: the
# Fabric network is shared with cli_governance, which numbers its own).
later=$(day "+2 days")
# A flag on an L/C: Huaxia issues, Dongfang advises.
sight_lc_json LC-AUDIT-0001 > "$dir/lc.json"
draft=$(as HuaxiaBankMSP/officer1 --json lc issue --file "$dir/lc.json" | json 'd["draftId"]')
as HuaxiaBankMSP/checker1 approvals approve "$draft" >/dev/null; check "an L/C issued" 0 $?
err=$(as HuaxiaBankMSP/admin1 audit flag lc LC-AUDIT-0001 --note "Look." 2>&1); check "a bank flags nothing" 3 $?
contains "its reason" "$err" "FLAG_NOT_REGULATOR"
err=$(as RegulatorMSP/auditor1 audit flag lc LC-NONE-0001 --note "Look." 2>&1); check "an unknown deal" 3 $?
contains "its reason" "$err" "FLAG_DEAL_UNKNOWN"
err=$(as RegulatorMSP/auditor1 audit flag lc LC-AUDIT-0001 --note "   " 2>&1); check "a blank note" 3 $?
contains "its reason" "$err" "FLAG_NOTE_INVALID"
err=$(as RegulatorMSP/auditor1 audit flag loans LC-AUDIT-0001 --note "Look." 2>&1); check "an unknown product" 3 $?
contains "its reason" "$err" "FLAG_PRODUCT_UNKNOWN"
out=$(as RegulatorMSP/auditor1 --date "$later" audit flag lc LC-AUDIT-0001 --note "Goods value far above the applicant's usual trade; send the contract.")
check "the regulator flags the L/C" 0 $?
contains "its parties see it" "$out" "HuaxiaBankMSP DongfangBankMSP ChangjiangBankMSP"
out=$(as DongfangBankMSP/officer1 audit flags); contains "the advising bank sees it" "$out" "LC-AUDIT-0001	#1"
contains "with its note" "$out" "send the contract"
out=$(as NanhaiBankMSP/officer1 audit flags); contains "a bank off the deal does not" "$out" "No flags on your deals."
out=$(as SecretariatMSP/manager1 --json audit flags); check "the secretariat sees every flag" 1 "$(printf '%s' "$out" | json 'len(d.get("flags", []))')"

out=$(as RegulatorMSP/auditor1 --json audit export --channel trust --from "$(day today)" --to "$later" --out "$dir/all.pkg")
check "the regulator exports" 0 $?
check "from the genesis block" 0 "$(printf '%s' "$out" | json 'int(d.get("firstBlock", 0))')"
out=$("$cli" audit verify "$dir/all.pkg"); check "it verifies offline, without a data folder" 0 $?
contains "what it holds" "$out" "Channel trust, $(day today) to $later: blocks 0 to"
contains "and who signed" "$out" "signed by RegulatorMSP"

out=$(as RegulatorMSP/auditor1 --json audit export --channel trust --from "$later" --to "$later" --out "$dir/later.pkg")
check "the later day alone" 0 $?
first=$(printf '%s' "$out" | json 'int(d["firstBlock"])')
[ "$first" -gt 0 ]; check "starts after the genesis block" 0 $?
out=$("$cli" audit verify "$dir/later.pkg"); check "a package from the middle of the chain verifies" 0 $?

err=$(as HuaxiaBankMSP/admin1 audit export --channel trust --from "$later" --to "$later" --out "$dir/x.pkg" 2>&1)
check "a bank exports no audit package" 3 $?
contains "its reason" "$err" "AUDIT_NOT_REGULATOR"
err=$(as RegulatorMSP/auditor1 audit export --channel trust --from 2020-01-01 --to 2020-12-31 --out "$dir/x.pkg" 2>&1)
check "a period without blocks" 3 $?
contains "its reason" "$err" "AUDIT_PERIOD_EMPTY"
err=$(as RegulatorMSP/auditor1 audit export --channel trust --from "$later" --to "$(day today)" --out "$dir/x.pkg" 2>&1)
check "a period backwards" 3 $?
contains "its reason" "$err" "AUDIT_PERIOD_INVALID"

# A flipped byte anywhere is named: in the manifest, a block, the signature.
size=$(stat -c %s "$dir/all.pkg")
for at in 40 $((size / 3)) $((size / 2)) $((size - 30)); do
    python3 - "$dir/all.pkg" "$dir/bad.pkg" "$at" <<'PY'
import sys
data = bytearray(open(sys.argv[1], 'rb').read())
data[int(sys.argv[3])] ^= 0x01
open(sys.argv[2], 'wb').write(data)
PY
    err=$("$cli" audit verify "$dir/bad.pkg" 2>&1); check "a flipped byte at $at" 5 $?
    contains "named" "$err" "AUDIT_PACKAGE_INVALID: $dir/bad.pkg: "
done

echo "cli_audit: $pass passed, $fails failed"
[ "$fails" -eq 0 ]
