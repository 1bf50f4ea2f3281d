#!/usr/bin/env bash
# Every benchmark of SPEC §6 with one command: installs dependencies, builds (optimised), runs
# each benchmark and prints its figures. Exits non-zero when a budget is missed.
# Extra arguments go to each benchmark (e.g. scripts/bench.sh --runs 5).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
scripts/install-test-engine.sh
status=0
for bench in "${BUILD_DIR:-build}"/bench/bench_*; do
  [[ -x "$bench" ]] || continue
  echo "== $(basename "$bench")"
  QT_QPA_PLATFORM=offscreen "$bench" "$@" || status=1
done
exit $status
