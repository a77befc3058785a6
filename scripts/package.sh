#!/usr/bin/env bash
# Builds the Debian package lianxin_<version>_amd64.deb with CPack into
# ${LIANXIN_BUILD_DIR:-build}/package and checks it with lintian (no errors
# allowed; the warnings are printed).
#
#   bash scripts/package.sh            build the package and check it
#   bash scripts/package.sh --install  then install it with apt (as root or
#                                      through sudo) and run the installed
#                                      programs (tests/package/installed.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
install=false
case "${1:-}" in
    "") ;;
    --install) install=true ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "package.sh: unknown option $1 (--install, --help)" >&2; exit 2 ;;
esac

bash scripts/install-deps.sh
build=${LIANXIN_BUILD_DIR:-build}
LIANXIN_BUILD_DIR=$build bash scripts/build.sh

rm -rf "$build/package"
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/package/lianxin_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "package.sh: cpack made no single lianxin_*_amd64.deb" >&2; exit 1; }
deb=${debs[0]}
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB; installed $(dpkg-deb -f "$deb" Installed-Size) KiB)"
echo "depends: $(dpkg-deb -f "$deb" Depends)"

# lintian as root only warns; its tags are what counts.
lintian --fail-on error --display-info "$deb" \
    || { echo "package.sh: lintian found errors in $deb" >&2; exit 1; }
echo "lintian: no errors"

if $install; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$(realpath "$deb")" >/dev/null
    bash tests/package/installed.sh
fi
