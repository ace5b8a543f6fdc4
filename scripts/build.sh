#!/usr/bin/env bash
# Configures and builds vnkg (Release, with tests) into ./build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_TESTS=ON >/dev/null
cmake --build build -j"$(nproc)"
