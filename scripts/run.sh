#!/usr/bin/env bash
# The first command of the README: install what is needed, build, and start Insights.
# Arguments are passed to the app (e.g. scripts/run.sh status).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec "${BUILD_DIR:-build}/bin/insights" "$@"
