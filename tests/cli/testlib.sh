# Shared by the CLI tests (sourced): counters and the two checks they use.
#   check NAME EXPECTED ACTUAL     an exit status
#   contains NAME TEXT PATTERN     grep -q PATTERN in TEXT
#   d 'DATE SPEC'                  a day as protobuf JSON (date -d syntax)
#   sight_lc_json LCNO             a complete sight L/C from Huaxia to Dongfang
fails=0
pass=0
check() { if [ "$2" = "$3" ]; then pass=$((pass + 1)); else echo "FAIL: $1 (exit $3, expected $2)"; fails=$((fails + 1)); fi; }
contains() { if printf '%s' "$2" | grep -q -- "$3"; then pass=$((pass + 1)); else echo "FAIL: $1: no '$3' in: $2"; fails=$((fails + 1)); fi; }
d() { date -u -d "$1" +'{"year": %Y, "month": %-m, "day": %-d}'; }
sight_lc_json() {
    cat <<JSON
{"lcNo": "$1", "irrevocable": true,
 "applicant": {"name": "上海申江机电进出口有限公司", "uscc": "91350100M000100Y43", "accountNo": "3100 1234 5678 0001", "accountBank": "Huaxia Trade Bank Shanghai"},
 "beneficiary": {"name": "江苏长风纺织有限公司", "uscc": "91110108MA01ABCD5T", "accountNo": "3200 8765 4321 0002", "accountBank": "Dongfang Commercial Bank Suzhou"},
 "issuingBankMsp": "HuaxiaBankMSP", "advisingBankMsp": "DongfangBankMSP", "nominatedBankMsp": "ChangjiangBankMSP",
 "currency": "CNY", "amountFen": "100000000", "amountInWords": "人民币壹佰万元整",
 "tolerance": {"plusPercent": 5, "minusPercent": 5}, "paymentTerm": {"kind": "SIGHT"},
 "expiryDate": $(d "+60 days"), "expiryPlace": "Shanghai", "latestShipmentDate": $(d "+30 days"),
 "presentationPeriodDays": 15, "goodsDescription": "Cotton yarn, 60 tonnes",
 "requiredDocuments": [{"docType": "INVOICE", "originals": 3}, {"docType": "TRANSPORT_DOCUMENT", "originals": 1}],
 "charges": {"bearer": "SHARED"}}
JSON
}
