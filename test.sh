#!/usr/bin/env bash
# The whole test suite on a fresh machine: install, build, run every test.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
