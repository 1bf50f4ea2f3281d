#!/usr/bin/env bash
# Every benchmark of SPEC §6 with one command: installs dependencies, builds (optimised), runs
# each benchmark and prints its figures, then the table of every §6 row (median, min, max and
# the baseline measured in the same run). Exits non-zero when a budget is missed.
# Team mode's rows (PostgreSQL over loopback) come from a throw-away server beside the benchmarks
# (scripts/with-test-postgres.sh, with fsync on as a real server has it); a server of your own:
# INSIGHTS_TEST_POSTGRES_URL=postgresql://SUPERUSER:PW@HOST:PORT/postgres scripts/bench.sh.
# Extra arguments go to each benchmark (e.g. scripts/bench.sh --runs 5).
# The large dataset is generated once into $BUILD_DIR/bench-data (a minute) and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${INSIGHTS_BENCH_BESIDE_POSTGRES:-}" ]]; then
  scripts/build.sh
  scripts/install-test-engine.sh
  if [[ -z "${INSIGHTS_TEST_POSTGRES_URL:-}" ]]; then
    INSIGHTS_BENCH_BESIDE_POSTGRES=1 INSIGHTS_TEST_PG_FSYNC=on exec scripts/with-test-postgres.sh "$0" "$@"
  fi
fi
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
grep -q '^§6 | .*PostgreSQL' "$log" || { echo "no PostgreSQL rows: team mode was not measured" >&2; status=1; }
exit $status
