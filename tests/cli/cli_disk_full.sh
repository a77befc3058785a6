#!/usr/bin/env bash
# A full disk on a small file system (a tmpfs; needs root to mount, else
# skipped): sandbox init --demo fails with exit 4 and DISK_FULL naming the
# folder, leaving nothing; with room it works. Then, with the disk filled,
# writing verbs fail with exit 4 and leave the ledger as it was (verify
# passes, heights unchanged); once space is freed the same verb works.
set -u
cli=$1
dir=$(mktemp -d)
mnt="$dir/mnt"
mkdir "$mnt"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=2m,mode=700 tmpfs "$mnt" 2>/dev/null; then
    echo "SKIP: mounting a small tmpfs needs root (the disk-full test runs as root in CI)"
    rm -rf "$dir"
    exit 77
fi
trap 'umount "$mnt"; rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

printf 'sandbox-pass-123\n' > "$dir/pass"
data="$mnt/data"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }

err=$(L sandbox init --demo --letters 20 2>&1); check "sandbox init --demo on a 2 MiB disk" 4 $?
contains "the reason is DISK_FULL" "$err" "DISK_FULL"
contains "the message names the folder" "$err" "$data"
contains "the message says what to do" "$err" "Free some space"
[ -z "$(ls -A "$data" 2>/dev/null)" ]; check "nothing is left behind" 0 $?

mount -o remount,size=64m "$mnt"
L sandbox init --demo --letters 20 >/dev/null 2>&1; check "with room, the same command works" 0 $?
L ledger verify >/dev/null; check "and the ledger verifies" 0 $?

# Fill the disk, leaving a little room, then write until it is full.
avail=$(df -k --output=avail "$mnt" | tail -1)
dd if=/dev/zero of="$mnt/filler" bs=1k count=$((avail - 48)) 2>/dev/null
cat > "$dir/kyc.json" <<JSON
{"uscc": "91350100M000100Y43", "subjectName": "Fujian Minjiang Trading Co., Ltd. with a long name to fill pages ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJKLMNOPQRSTUVWXYZ ABCDEFGHIJKLMNOPQRSTUVWXYZ", "level": "CDD",
 "validUntilSeconds": "4102444800", "evidenceSha256": "$(printf 'ab%.0s' $(seq 32) | xxd -r -p | base64)"}
JSON
status=0
for i in $(seq 400); do
    before=$(L --json ledger info 2>/dev/null)
    err=$(L --as HuaxiaBankMSP/officer1 kyc attest --file "$dir/kyc.json" 2>&1)
    status=$?
    [ "$status" = 0 ] || break
done
check "a write on the full disk exits 4" 4 "$status"
contains "it says DISK_FULL" "$err" "DISK_FULL"
contains "it names the folder" "$err" "$data"
after=$(L --json ledger info 2>&1); check "reading works on the full disk" 0 $?
[ "$before" = "$after" ]; check "the failed write changed no height" 0 $?
L ledger verify >/dev/null 2>&1; check "the chain verifies after the failed write" 0 $?

rm -f "$mnt/filler"
id=$(L --as HuaxiaBankMSP/officer1 --json kyc attest --file "$dir/kyc.json" | python3 -c 'import json,sys; print(json.load(sys.stdin)["draftId"])')
check "after freeing space the write works" 0 $?
L --as HuaxiaBankMSP/checker1 approvals approve "$id" >/dev/null; check "and its approval" 0 $?
L ledger verify >/dev/null; check "and the ledger verifies" 0 $?
out=$(L --as DongfangBankMSP/checker1 kyc show 91350100M000100Y43); contains "the new attestation is there" "$out" "HuaxiaBankMSP"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
