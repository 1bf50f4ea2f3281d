#!/usr/bin/env bash
# The whole test suite: install dependencies, build, and run ctest offscreen inside a private
# D-Bus session with an unlocked gnome-keyring (the real Secret Service the keychain test uses),
# with the ClickHouse test engine (chDB) installed for the ClickHouse tests, and beside a
# throw-away PostgreSQL server (scripts/with-test-postgres.sh) for the tests that run on both
# storage backends.
# Then a short fuzzing run of every response parser (scripts/fuzz.sh, 10 s each; FUZZ_SECONDS=0
# skips it). Extra arguments go to ctest (e.g. scripts/test.sh -L github) and skip the fuzzing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
scripts/install-test-engine.sh
status=0
scripts/with-test-postgres.sh dbus-run-session -- scripts/with-test-keyring.sh ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure "$@" || status=$?
if [[ $# -eq 0 && "${FUZZ_SECONDS:-10}" != "0" ]]; then
  scripts/fuzz.sh || status=1
fi
exit $status
