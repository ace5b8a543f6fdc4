#!/usr/bin/env bash
# The main job on the embedded default: install what is missing, build, and
# extract the stories in samples/ (one JSON record per story, to stdout).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh >&2
bash scripts/build.sh >&2
./build/api/vnkg extract --pretty samples/
