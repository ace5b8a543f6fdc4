#!/usr/bin/env bash
# The main job on the embedded default: install what is missing, build,
# ingest the stories in samples/ into ./vnkg-data (RocksDB), and ask it a few
# questions. Run again: unchanged stories are skipped.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh >&2
bash scripts/build.sh >&2
vnkg=./build/api/vnkg
export VNKG_DB=${VNKG_DB:-vnkg-data}
$vnkg ingest samples/
$vnkg check
set -x
$vnkg query roles "tran quoc trung"
$vnkg query meetings --chair "Trần Quốc Trung"
$vnkg query holders "Thành ủy Cần Thơ"
$vnkg query person "Nguyễn Ngọc Tâm"
