#!/usr/bin/env bash
# The ClickHouse test engine (chDB from the npm registry, pinned by tests/clickhouse/package-lock.json).
# Idempotent: `npm ci` runs only when the lock file changed since the last install. Installs Node.js
# and npm from Debian when the machine has none.
set -euo pipefail
cd "$(dirname "$0")/../tests/clickhouse"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
stamp=node_modules/.insights-lock.sha256
wanted=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" && -d node_modules/chdb ]]; then
  exit 0
fi
echo "Installing the ClickHouse test engine (chDB, npm ci)…" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null
echo "$wanted" > "$stamp"
