#!/usr/bin/env bash
# The whole test suite: install dependencies, build, and run ctest offscreen inside a private
# D-Bus session with an unlocked gnome-keyring (the real Secret Service the keychain test uses),
# with the ClickHouse test engine (chDB) installed for the ClickHouse tests.
# Extra arguments go to ctest (e.g. scripts/test.sh -L github).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
scripts/install-test-engine.sh
exec dbus-run-session -- scripts/with-test-keyring.sh ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure "$@"
