#!/usr/bin/env bash
# Installs every Debian package Insights needs to build, run and test.
# Idempotent: when everything is present it only runs dpkg-query and exits.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libsqlite3-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  qtkeychain-qt6-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
  xvfb xauth dbus dbus-user-session gnome-keyring libsecret-tools sqlite3 python3
  desktop-file-utils appstream dpkg-dev file clang libclang-rt-14-dev
  python3-matplotlib # bench_chartexport's baseline: the same chart drawn by a matplotlib script
  libqt6sql6-psql postgresql # team mode: Qt's PostgreSQL driver; the tests' and benchmarks' own server
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "Installing: ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
