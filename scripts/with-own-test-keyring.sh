#!/usr/bin/env bash
# Runs a test in a D-Bus session and gnome-keyring of its own when the suite runs under the shared
# test keyring (INSIGHTS_TEST_KEYRING, scripts/with-test-keyring.sh); otherwise as it is. For a
# test that saves a token under Insights' own keychain name or stops the keyring: beside it, a
# test running `insights` without a token would otherwise find that token, or wait on the
# stopped keyring.
set -euo pipefail
if [[ -n "${INSIGHTS_TEST_KEYRING:-}" ]]; then
  exec dbus-run-session -- "$(dirname "$0")/with-test-keyring.sh" "$@"
fi
exec "$@"
