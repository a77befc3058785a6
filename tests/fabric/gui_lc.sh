#!/usr/bin/env bash
# The GUI lifecycle of the L/C on the real Fabric network, each bank's
# workstation in its own process and its own data folder (issue 16):
# Huaxia, Dongfang and Changjiang each join the network as their officer
# and checker (lianxin-cli identities import of their msp folders, the
# bank's own connection profile), then each phase of the scenario
# (tests/gui/LcLifecycleScenario.h) runs in the workstation of the bank
# whose staff carry it out: issue to payment by clicking and typing, the
# L/C travelling between the banks through Fabric only. Finally every
# bank's workstation, started again, finds the L/C paid, Changjiang's Ledger
# page lists and verifies the lc channel's blocks, and each bank's
# cache holds exactly what it holds when the same phases run on the
# embedded ledger (IDs, blocks and clock times aside).
# Two phases carry a fault: Huaxia's peer stopped while its checker's
# approval of the amendment is sent, the orderer stopped while Dongfang's
# is (GuiLcNetworkTest.cpp); each node is started again within the phase.
#   gui_lc.sh NETWORK_DIR LIANXIN_CLI TEST_PROGRAM FABRIC_NETWORK_SH
set -u
net=$1 cli=$2 program=$3 network_sh=$4
if [ ! -f "$net/network.json" ] || [ ! -d "$net/profiles" ]; then
    echo "SKIP: no Fabric network in $net (no Fabric programs were found to bring it up)"
    exit 77
fi
dir=$(mktemp -d)
# Whatever happens, the network is left whole for the tests after this one
# (starting a node that runs already is refused, harmlessly).
cleanup() {
    for node in peer-HuaxiaBankMSP orderer; do bash "$network_sh" start "$net" "$node" >/dev/null 2>&1; done
    rm -rf "$dir"
}
trap cleanup EXIT
. "$(dirname "${BASH_SOURCE[0]}")/../cli/testlib.sh"

# WorkstationFixture's passphrase: the test signs in with it.
printf 'Letter of credit 2024\n' > "$dir/pass"
lc=HX-GUI-NET-$(date +%s)
mkdir -p "$dir/files"
for bank in Huaxia Dongfang Changjiang; do
    msp=${bank}BankMSP
    for user in officer1 checker1; do
        "$cli" --data "$dir/$bank" --passphrase-file "$dir/pass" --network "$net/profiles/$msp.json" \
            identities import --msp-id "$msp" --user "$user" --msp-dir "$net/users/$msp/$user/msp" >/dev/null
        check "$bank joins as $user" 0 $?
    done
done

# phase BANK PHASE: BANK's workstation carries PHASE out, in its own process,
# on the network (its data folder and profile) or, with embedded=1, on the
# embedded sandbox in $dir/embedded.
embedded=
phase() {
    local started=$SECONDS rc
    if [ -n "$embedded" ]; then
        LIANXIN_GUI_DATA=$dir/embedded LIANXIN_GUI_BANK=${1}BankMSP LIANXIN_GUI_PHASE=$2 LIANXIN_GUI_LC=$lc \
            LIANXIN_GUI_FILES=$dir/files LIANXIN_GUI_DUMP=$dir/embedded-$1.json "$program" >"$dir/out" 2>&1
    else
        LIANXIN_GUI_DATA=$dir/$1 LIANXIN_GUI_PROFILE=$net/profiles/${1}BankMSP.json LIANXIN_GUI_PHASE=$2 \
            LIANXIN_GUI_LC=$lc LIANXIN_GUI_FILES=$dir/files LIANXIN_GUI_NET=$net LIANXIN_GUI_NETWORK_SH=$network_sh \
            LIANXIN_GUI_DUMP=$dir/network-$1.json "$program" >"$dir/out" 2>&1
    fi
    rc=$?
    [ $rc -eq 0 ] || cat "$dir/out"
    check "$1's workstation${embedded:+ (embedded)}: $2" 0 $rc
    echo "$1's workstation${embedded:+ (embedded)}: $2 ($((SECONDS - started)) s, exit $rc)"
    # Later phases need this one's result.
    [ $rc -eq 0 ] || { echo "$pass passed, $fails failed"; exit 1; }
}
phase Huaxia issuedByHuaxia
phase Dongfang advisedByDongfang
phase Dongfang presentedByDongfang
phase Huaxia refusedByHuaxia
phase Huaxia amendedByHuaxiaPeerStopped
phase Dongfang amendmentAcceptedByDongfangOrdererStopped
phase Changjiang presentedByChangjiang
phase Huaxia paidByHuaxia
phase Dongfang paidSeen
phase Changjiang paidSeen
phase Changjiang explorerVerifies
for bank in Huaxia Dongfang Changjiang; do phase $bank dumpCache; done

# The same scenario on the embedded ledger (one sandbox, each phase again
# its bank's own process): every bank's cache must hold the same.
"$cli" --data "$dir/embedded" --passphrase-file "$dir/pass" sandbox init >/dev/null
check "an embedded sandbox for the comparison" 0 $?
embedded=1
phase Huaxia issuedByHuaxia
phase Dongfang advisedByDongfang
phase Dongfang presentedByDongfang
phase Huaxia refusedByHuaxia
phase Huaxia amendedByHuaxia
phase Dongfang amendmentAcceptedByDongfang
phase Changjiang presentedByChangjiang
phase Huaxia paidByHuaxia
for bank in Huaxia Dongfang Changjiang; do
    phase $bank dumpCache
    diff -u "$dir/embedded-$bank.json" "$dir/network-$bank.json"
    check "$bank's cache holds on the network what it holds on the embedded ledger" 0 $?
done
grep -q '"state": "PAID"' "$dir/network-Dongfang.json"
check "the comparison compared a paid L/C" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
