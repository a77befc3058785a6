#!/usr/bin/env bash
# Writes docs/screenshots/: every screen and window of the workstation in
# English and Chinese, on a screen of 1366x768 and of 1920x1080 (Xvfb), from
# a demo book with every product and one governance proposal:
#   bash scripts/screenshots.sh [OUT_DIR]        (default docs/screenshots)
# Needs a built tree (${LIANXIN_BUILD_DIR:-build}) and Debian's xvfb;
# pngquant, when installed, makes the PNGs about a third of their size.
# LIANXIN_SCREEN_SCALE=2 draws at a device pixel ratio of 2 (HiDPI check).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${LIANXIN_BUILD_DIR:-build}
out=${1:-docs/screenshots}
scale=${LIANXIN_SCREEN_SCALE:-1}
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run missing: apt-get install -y xvfb" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'screenshots of the demo book\n' > "$work/passphrase"
cli() { "$build/app/cli/lianxin-cli" --data "$work/book" --passphrase-file "$work/passphrase" "$@"; }

cli sandbox init --demo --letters 60 >/dev/null
# The governance tab's lists: a proposal with one vote.
printf '{"kind": "SUSPEND_MEMBER", "title": "Suspend Beiyuan Bank pending its KYC review", "subjectMsp": "BeiyuanBankMSP"}\n' \
    > "$work/proposal.json"
id=$(cli --as HuaxiaBankMSP/admin1 --json governance propose --file "$work/proposal.json" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
cli --as DongfangBankMSP/admin1 governance vote "$id" yes >/dev/null

for size in 1366x768 1920x1080; do
    width=${size%x*} height=${size#*x}
    dir="$out/$size"
    rm -rf "$dir"
    mkdir -p "$dir"
    # A settings folder of its own: the window's remembered size must not come from the user's.
    XDG_CONFIG_HOME="$work/config-$size" QT_SCALE_FACTOR="$scale" \
        xvfb-run -a -s "-screen 0 $((width * scale))x$((height * scale))x24" \
        "$build/app/lianxin" --data "$work/book" --passphrase-file "$work/passphrase" \
        --as HuaxiaBankMSP/officer1 --screenshot "$dir" >/dev/null
    if command -v pngquant >/dev/null; then
        pngquant --force --skip-if-larger --ext .png --quality 80-100 "$dir"/*.png || true
    fi
    echo "screenshots: $(ls "$dir" | wc -l) PNGs in $dir ($(du -sh "$dir" | cut -f1))"
done
