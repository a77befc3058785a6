#!/usr/bin/env bash
# Every file of the data folder is the owner's only (0600, folders 0700),
# whatever the umask: sandbox init --demo under umask 022, then a write and a
# read, and no file or folder in the data folder has a group or other bit.
set -u
cli=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"

umask 022
printf 'sandbox-pass-123\n' > "$dir/pass"
data="$dir/data"
L() { "$cli" --data "$data" --passphrase-file "$dir/pass" "$@"; }

L sandbox init --demo --letters 3 >/dev/null 2>&1; check "sandbox init --demo" 0 $?
L --as HuaxiaBankMSP/officer1 lc list >/dev/null; check "a read" 0 $?

open=$(find "$data" -perm /077 -printf '%m %p\n')
[ -z "$open" ]; check "no file or folder readable by group or others" 0 $?
[ -z "$open" ] || printf '%s\n' "$open" | head -20
for f in consortium/channels/lc/state.db consortium/channels/lc/blocks.dat wallet/wallet.json \
         consortium/nodes/HuaxiaBankMSP/peer-cert.pem consortium/writer.lock; do
    [ "$(stat -c %a "$data/$f")" = 600 ]; check "$f is 0600" 0 $?
done
[ -n "$(find "$data/consortium/channels/lc/private" -name '*.db')" ]; check "the demo wrote private stores" 0 $?
[ "$(stat -c %a "$data/consortium/channels/lc/private")" = 700 ]; check "private/ is 0700" 0 $?
[ "$(stat -c %a "$data")" = 700 ]; check "a data folder made by sandbox init is 0700" 0 $?

# A folder the user made keeps its mode; what LianXin puts in it does not.
mkdir -m 755 "$dir/mine"
"$cli" --data "$dir/mine" --passphrase-file "$dir/pass" sandbox init >/dev/null; check "sandbox init in an existing folder" 0 $?
[ "$(stat -c %a "$dir/mine")" = 755 ]; check "the user's folder keeps its mode" 0 $?
[ -z "$(find "$dir/mine" -mindepth 1 -perm /077)" ]; check "everything inside it is owner-only" 0 $?

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
