#!/usr/bin/env bash
# Installs the Debian 12 packages LianXin builds, tests and runs with.
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config python3 python3-protobuf
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    librsvg2-bin desktop-file-utils appstream
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libssl-dev openssl libsqlite3-dev libyaml-cpp-dev
    libprotobuf-dev protobuf-compiler libgrpc++-dev protobuf-compiler-grpc
    libgtest-dev libgmock-dev
    clang libclang-rt-14-dev
    fonts-noto-cjk xvfb xauth x11-utils imagemagick pngquant
    poppler-utils
    jq
    valgrind
    help2man lintian man-db
)
# The Fabric tests' reference chaincode (bench/fabric-reference) runs on
# Node with npm; a Node installed otherwise (with its own npm) is kept.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
