# Sourced by the end-to-end scripts: a scratch directory removed on exit
# ($tmp, with the database path $db inside it) and fail MESSAGE, which ends
# the test.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
db="$tmp/db"
