#!/usr/bin/env bash
# The installed Debian package, run as a desk would run it: the programs
# from the PATH (/usr/bin), their man pages, the desktop entry's command,
# a new sandbox, one L/C from issue to payment with the installed
# lianxin-cli, and the workstation's main window drawn headless in English
# and Chinese. Run by scripts/package.sh --install after apt installed it.
set -u
. "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

for program in lianxin lianxin-cli lianxin-chaincode; do
    [ "$(command -v "$program")" = "/usr/bin/$program" ]; check "$program is installed in /usr/bin" 0 $?
    out=$("$program" --version 2>&1); check "$program --version" 0 $?
    contains "$program names its version" "$out" "$(dpkg-query -W -f='${Version}' lianxin)"
    man -w "$program" >/dev/null 2>&1; check "man $program" 0 $?
done
desktop=/usr/share/applications/cn.lianxin.Workstation.desktop
[ -f "$desktop" ]; check "desktop entry installed" 0 $?
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1)
[ -n "$exec_line" ]; check "the desktop entry has a command" 0 $?
# The menu's command line, as the desktop starts it (with --version it
# prints and quits, so no display is needed).
out=$(env ${exec_line:-false} --version 2>&1); check "the desktop entry's command runs" 0 $?
contains "the desktop entry starts the workstation" "$out" "LianXin"
[ -f /usr/share/icons/hicolor/scalable/apps/cn.lianxin.Workstation.svg ]; check "scalable icon installed" 0 $?
[ -f /usr/share/icons/hicolor/48x48/apps/cn.lianxin.Workstation.png ]; check "48 px icon installed" 0 $?
[ -f /usr/share/metainfo/cn.lianxin.Workstation.metainfo.xml ]; check "AppStream metainfo installed" 0 $?

printf 'sandbox-pass-123\n' > "$dir/pass"
L() { lianxin-cli --data "$dir/data" --passphrase-file "$dir/pass" "$@"; }
as() { local who=$1; shift; L --as "$who" "$@"; }
act() {
    local bank=$1; shift
    local id
    id=$(as "$bank/officer1" --json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])' 2>/dev/null) || return 1
    as "$bank/checker1" approvals approve "$id" >/dev/null
}
L sandbox init >/dev/null; check "lianxin-cli sandbox init" 0 $?
lc=LC-PKG-0001
sight_lc_json "$lc" > "$dir/lc.json"
act HuaxiaBankMSP lc issue --file "$dir/lc.json"; check "issue" 0 $?
act DongfangBankMSP lc advise "$lc"; check "advise" 0 $?
echo "invoice under $lc" > "$dir/invoice.pdf"; echo "waybill under $lc" > "$dir/waybill.pdf"
echo "{\"amountFen\": \"100000000\", \"shipmentDate\": $(d "today"), \"documentDate\": $(d "today")}" > "$dir/present.json"
act DongfangBankMSP lc present "$lc" --file "$dir/present.json" --doc "$dir/invoice.pdf" --doc "$dir/waybill.pdf"
check "present" 0 $?
act HuaxiaBankMSP lc examine "$lc" 1 --complying; check "examine: complying" 0 $?
act HuaxiaBankMSP lc pay "$lc" 1; check "pay" 0 $?
out=$(as DongfangBankMSP/officer1 lc show "$lc"); contains "the beneficiary's bank sees it paid" "$out" '"state": "PAID"'
L ledger verify >/dev/null; check "the chain verifies" 0 $?

# The workstation on the same data folder, headless: sign-in and main
# window in both languages.
out=$(QT_QPA_PLATFORM=offscreen lianxin --data "$dir/data" --passphrase-file "$dir/pass" \
    --as HuaxiaBankMSP/officer1 --screenshot "$dir/shots" 2>&1)
check "lianxin --screenshot" 0 $?
for png in "$dir"/shots/*.png; do
    # A drawn window has many colours; a blank or failed grab has one or two.
    colours=$(identify -format '%k' "$png" 2>/dev/null || echo 0)
    [ "$colours" -gt 16 ]; check "$(basename "$png") is a drawn window ($colours colours)" 0 $?
done
shots=$(ls "$dir"/shots/*.png 2>/dev/null | wc -l)
[ "$shots" -ge 4 ]; check "screenshots of both windows in both languages ($shots)" 0 $?
ls "$dir"/shots/ | grep -q 'zh_CN.png'; check "windows drawn in Chinese" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
