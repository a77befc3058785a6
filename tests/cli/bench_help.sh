#!/usr/bin/env bash
# Every benchmark answers --help and -h with its usage, exit 0, without
# running (a run takes from seconds to minutes), and refuses an unknown
# option or a number that does not fit with exit 2 (issue 14, item 14).
# Usage: bench_help.sh BENCH...
set -u
. "$(dirname "${BASH_SOURCE[0]}")/testlib.sh"
declare -A path
for bench in "$@"; do
    name=$(basename "$bench")
    path[$name]=$bench
    for flag in --help -h; do
        out=$(timeout 10 "$bench" "$flag" 2>/dev/null); check "$name $flag" 0 $?
        contains "$name $flag prints its usage" "$out" "^Usage: $name"
        contains "$name $flag lists its options" "$out" "--help"
    done
    err=$(timeout 10 "$bench" --bogus 2>&1 >/dev/null); check "$name --bogus" 2 $?
    contains "$name --bogus names the option" "$err" "unknown option --bogus"
done
# Numbers that do not fit are refused, never read as 0 or clamped.
refused() {
    local name=$1; shift
    local err
    err=$(timeout 10 "${path[$name]}" "$@" 2>&1 >/dev/null); check "$name $*" 2 $?
    contains "$name $* says the range" "$err" "wants a whole number"
}
refused bench_sync --letters 99999999999999999999
refused bench_sync --letters abc
refused bench_cache --records -5
refused bench_cache --batch 5x
refused bench_ledger --count +5
refused bench_ledger --count " 5"
refused bench_fabric --seconds 0
refused bench_fabric --in-flight 8,x
refused bench_gateway --seconds 0
refused bench_startup --records 0
refused bench_startup --rest-seconds 601
refused bench_gateway --in-flight 1,-8
echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
