#!/usr/bin/env bash
# The Node.js parts of the tests, each pinned by its own package-lock.json:
#  - tests/clickhouse: the ClickHouse test engine (chDB from the npm registry);
#  - tests/github: GitHub's published GraphQL schema and REST OpenAPI description with the
#    checkers that judge the test traffic by them (graphql, @octokit/graphql-schema,
#    @octokit/openapi, ajv, ajv-formats).
# Idempotent: `npm ci` runs in a folder only when its lock file changed since that folder's last
# install (a stamp in its node_modules). Installs Node.js and npm from Debian when the machine has none.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# install_locked DIR PROBE WHAT: `npm ci` in DIR unless its stamp matches the lock and PROBE (a path
# under DIR/node_modules) exists.
install_locked() {
  local dir="$1" probe="$2" what="$3"
  local stamp="$dir/node_modules/.insights-lock.sha256"
  local wanted
  wanted=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$wanted" && -e "$dir/node_modules/$probe" ]]; then
    return 0
  fi
  echo "Installing $what (npm ci in ${dir#"$root"/})…" >&2
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$wanted" > "$stamp"
}

install_locked "$root/tests/clickhouse" chdb "the ClickHouse test engine (chDB)"
install_locked "$root/tests/github" "@octokit/openapi/generated/api.github.com.deref.json" \
  "GitHub's published API descriptions and their checkers"
