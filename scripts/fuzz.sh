#!/usr/bin/env bash
# Fuzzes every response parser with libFuzzer under ASan and UBSan (clang, in its own build tree).
# The test command runs it briefly; a longer run is one variable away:
#   scripts/fuzz.sh                       # FUZZ_SECONDS=10 per target
#   FUZZ_SECONDS=1800 scripts/fuzz.sh     # half an hour per target
# A crash stops the run, leaves the input as build-fuzz/fuzz/crash-TARGET-*, and exits 1: copy it
# into fuzz/corpus/TARGET/ (the test suite replays that corpus) and fix the parser.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
dir=${FUZZ_BUILD_DIR:-build-fuzz}
seconds=${FUZZ_SECONDS:-10}
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DINSIGHTS_FUZZ=ON -DINSIGHTS_BUILD_TESTS=OFF >/dev/null
fi
targets=(github clickhouse plausible reddit)
cmake --build "$dir" -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  # New inputs go to the scratch directory; the seeds in fuzz/corpus are only read.
  if ! "$dir/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$dir/fuzz/crash-$t-" -print_final_stats=1 "$work" "fuzz/corpus/$t" >"$work.log" 2>&1; then
    echo "fuzz_$t: FAILED" >&2
    tail -40 "$work.log" >&2
    status=1
  fi
  runs=$(grep -m1 'stat::number_of_executed_units' "$work.log" | awk '{print $2}')
  echo "fuzz_$t: ${runs:-?} inputs in ${seconds}s, corpus $(ls "$work" | wc -l) new inputs"
  rm -rf "$work" "$work.log"
done
exit $status
