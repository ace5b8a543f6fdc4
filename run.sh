#!/usr/bin/env bash
# The main job on the embedded default: install what is missing, build,
# ingest the stories in samples/ into ./vnkg-data (RocksDB), ask it a few
# questions, then serve it on http://127.0.0.1:8080/ (the web page and the
# JSON API) until Ctrl-C. Run again: unchanged stories are skipped.
# VNKG_PORT=8081 ./run.sh serves on another port.
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
set +x
port=${VNKG_PORT:-8080}
echo "Open http://127.0.0.1:$port/ in a browser (search \"tran quoc trung\"); Ctrl-C stops."
exec $vnkg serve --port "$port"
