#!/usr/bin/env bash
# Every benchmark of SPEC §6 with one command: installs dependencies, builds (optimised), runs
# each benchmark and prints its figures, then the table of every §6 row (median, min, max and
# the baseline measured in the same run). Exits non-zero when a budget is missed.
# Extra arguments go to each benchmark (e.g. scripts/bench.sh --runs 5).
# The large dataset is generated once into $BUILD_DIR/bench-data (a minute) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
scripts/install-test-engine.sh
status=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for bench in "${BUILD_DIR:-build}"/bench/bench_*; do
  [[ -f "$bench" && -x "$bench" ]] || continue
  echo "== $(basename "$bench")"
  QT_QPA_PLATFORM=offscreen "$bench" "$@" 2>&1 | grep -v "XDG_RUNTIME_DIR\|propagateSizeHints" | tee -a "$log" \
    || status=1
done
echo
echo "== SPEC §6 on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "| what | median (min, max) | budget | baseline, same run | |"
echo "|---|---|---|---|---|"
grep '^§6 | ' "$log" | sed 's/^§6 //'
grep -q '^§6 | .*| MISSED |$' "$log" && status=1
exit $status
