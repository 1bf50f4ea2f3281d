#!/usr/bin/env bash
# Configures and builds Insights into ./build (or $BUILD_DIR). Installs dependencies first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINSIGHTS_WERROR=$werror >/dev/null
fi
cmake --build "$BUILD_DIR" -j"$(nproc)"
