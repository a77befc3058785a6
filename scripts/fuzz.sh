#!/usr/bin/env bash
# Usage: scripts/fuzz.sh [SECONDS]   (default 60)
#
# Builds the libFuzzer targets (fuzz/) with clang, ASan and UBSan into
# ${LIANXIN_FUZZ_BUILD_DIR:-build-fuzz} (its own build: nothing is shared
# with the g++ build), makes a fresh sandbox and seed corpus with
# fuzz_seeds, then runs every target for SECONDS / targets seconds (at least
# 2 s each). Prints one line per target and a final "N passed, M failed";
# exits non-zero if any target crashed (crash, leak, timeout or OOM).
#
# A failing input is kept in <build>/fuzz-artifacts/<target>/ with the log in
# <build>/fuzz-logs/<target>.log. Reproduce it (until the next run replaces
# the sandbox whose keys signed it) with the command printed on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

total=${1:-60}
if ! [[ $total =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [SECONDS]" >&2
    exit 2
fi
build=${LIANXIN_FUZZ_BUILD_DIR:-build-fuzz}
targets=(fuzz_block fuzz_transaction fuzz_blockstore fuzz_proposal fuzz_identity fuzz_wallet fuzz_aead fuzz_cachekey fuzz_actions fuzz_contracts fuzz_profile)

for tool in clang clang++ cmake; do
    if ! command -v "$tool" >/dev/null; then
        echo "fuzz.sh: $tool is missing (apt-get install clang libclang-rt-14-dev cmake)" >&2
        exit 2
    fi
done

# Configure and build only the fuzzers and the libraries they link.
generator=()
if [[ ! -f $build/CMakeCache.txt ]] && command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi
mkdir -p "$build"
build_log=$build/fuzz-build.log
if ! { cmake -S . -B "$build" "${generator[@]}" \
    -DLIANXIN_FUZZ=ON -DLIANXIN_BUILD_APP=OFF -DLIANXIN_BUILD_TESTS=OFF \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo &&
    cmake --build "$build" --target fuzzers --parallel "$(nproc)"; } >"$build_log" 2>&1; then
    tail -n 60 "$build_log"
    echo "fuzz.sh: building the fuzzers failed (log: $build_log)" >&2
    echo "0 passed, ${#targets[@]} failed"
    exit 1
fi

build=$(cd "$build" && pwd)
data=$build/fuzz-data
artifacts=$build/fuzz-artifacts
logs=$build/fuzz-logs
rm -rf "$data" "$artifacts" "$logs"
mkdir -p "$data" "$artifacts" "$logs"

# Scratch files of the targets (block files, wallets, a consortium copy):
# in memory when possible, removed when this script ends.
scratch_base=/dev/shm
[[ -d $scratch_base && -w $scratch_base ]] || scratch_base=$build
scratch=$(mktemp -d "$scratch_base/lianxin-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export LIANXIN_FUZZ_TMP=$scratch
export LIANXIN_FUZZ_SANDBOX=$data/sandbox
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:handle_abort=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if ! "$build/fuzz/fuzz_seeds" "$data/sandbox" "$data/seeds" >/dev/null; then
    echo "fuzz.sh: fuzz_seeds could not make the sandbox and seeds" >&2
    echo "0 passed, ${#targets[@]} failed"
    exit 1
fi

per=$((total / ${#targets[@]}))
((per >= 2)) || per=2

passed=0
failed=0
for target in "${targets[@]}"; do
    corpus=$data/corpus/$target
    mkdir -p "$corpus" "$artifacts/$target"
    cp -r "$data/seeds/$target/." "$corpus/" 2>/dev/null || true
    log=$logs/$target.log
    rc=0
    export LIANXIN_FUZZ_REPLAY_DIR=$artifacts/$target
    "$build/fuzz/$target" -max_total_time="$per" -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$target/" "$corpus" >"$log" 2>&1 || rc=$?

    runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
    [[ -n $runs ]] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
    [[ -n $runs ]] || runs=0
    found=$(find "$artifacts/$target" -type f | wc -l)
    if ((rc == 0 && found == 0)); then
        passed=$((passed + 1))
        echo "$target: $runs runs, 0 crashes"
    else
        failed=$((failed + 1))
        ((found > 0)) || found=1
        noun=crashes
        ((found != 1)) || noun=crash
        echo "$target: $runs runs, $found $noun (exit code $rc)"
        echo "----- $log (end) -----"
        grep -v -E '^#[0-9]+\s+(NEW|REDUCE|pulse)' "$log" | tail -n 60
        echo "-----"
        for unit in "$artifacts/$target"/*; do
            [[ -e $unit ]] || continue
            echo "reproduce: LIANXIN_FUZZ_SANDBOX=$data/sandbox $build/fuzz/$target $unit"
        done
    fi
done

echo "$passed passed, $failed failed"
((failed == 0))
