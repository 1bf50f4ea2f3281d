#!/usr/bin/env bash
# Runs a command with a throw-away gnome-keyring unlocked on the current (private) D-Bus
# session. Never touches the user's own keyrings: they live in a temporary XDG_DATA_HOME.
set -euo pipefail
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
eval "$(printf 'insights-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL INSIGHTS_TEST_KEYRING=1 QT_QPA_PLATFORM=offscreen
"$@"
