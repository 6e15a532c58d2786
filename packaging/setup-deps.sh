#!/usr/bin/env bash
# Installs the build and test dependencies of PCC Campaigner when they are missing.
# Debian 12 / Ubuntu 24.04 (apt). Uses sudo when not root. Safe to run again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    libqt6sql6-sqlite libqt6sql6-psql libpq-dev qtkeychain-qt6-dev libgl-dev libsodium-dev
    postgresql
    cups printer-driver-cups-pdf libcups2-dev libhunspell-dev hunspell-en-gb
    catch2 poppler-utils python3 python3-icalendar sqlite3 fonts-dejavu-core openssl valgrind
    appstream desktop-file-utils lintian file
    clang libfuzzer-14-dev libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "setup-deps.sh: apt-get not found; see README.md for Fedora, macOS and Windows." >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
