#!/usr/bin/env bash
# Reads never write and never crash: query and check on a mistyped --db, an
# empty directory, a database that lost its CURRENT file, and one that an
# ingest holds open; searches that hit organizations and places; the
# command line's exit statuses.
# usage: cli_reads.sh VNKG SAMPLES
set -uo pipefail
vnkg=$1 samples=$2
tmp=$(mktemp -d)
ingest_pid= watchdog_pid=
cleanup() {
  [ -n "$ingest_pid" ] && kill "$ingest_pid" 2>/dev/null
  [ -n "$watchdog_pid" ] && kill "$watchdog_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }
db="$tmp/db"
# Every file of a directory with its checksum, but RocksDB's info LOGs.
listing() { (cd "$1" && find . -type f ! -name 'LOG*' -print0 | sort -z | xargs -0 -r sha256sum); }

"$vnkg" ingest --quiet --db "$db" "$samples" || fail "ingest"

# Reads change no file of a healthy database, its info LOG included.
all_files() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }
before=$(all_files "$db")
"$vnkg" query --db "$db" search tran > /dev/null || fail "search"
"$vnkg" query --db "$db" --json person "Trần Quốc Trung" > /dev/null || fail "person"
"$vnkg" check --db "$db" > /dev/null || fail "check"
[ "$(all_files "$db")" = "$before" ] || fail "a read changed the database directory"

# A mistyped --db is an error naming the path, and creates nothing.
for cmd in "query search tran" "check"; do
  $vnkg $cmd --db "$tmp/nope" > /dev/null 2> "$tmp/err.txt"
  [ $? -eq 2 ] || fail "$cmd on a missing --db must exit 2"
  grep -q "$tmp/nope" "$tmp/err.txt" || fail "$cmd: the message does not name the path: $(cat "$tmp/err.txt")"
  [ -e "$tmp/nope" ] && fail "$cmd created $tmp/nope"
done
mkdir "$tmp/empty"
"$vnkg" query --db "$tmp/empty" search tran > /dev/null 2> "$tmp/err.txt"
[ $? -eq 2 ] || fail "query on an empty directory must exit 2"
[ -z "$(ls -A "$tmp/empty")" ] || fail "query wrote into an empty directory"

# A database that lost CURRENT is reported and left exactly as it was, by
# reads and by ingest alike.
cp -r "$db" "$tmp/broken"
rm "$tmp/broken/CURRENT"
before=$(listing "$tmp/broken")
for cmd in "query search tran" "query person p:0000000000000001" "check" "query search tran" \
           "ingest $samples"; do
  $vnkg $cmd --db "$tmp/broken" > /dev/null 2> "$tmp/err.txt"
  [ $? -eq 2 ] || fail "$cmd on a database without CURRENT must exit 2"
  grep -q "CURRENT" "$tmp/err.txt" || fail "$cmd: no word of CURRENT: $(cat "$tmp/err.txt")"
  [ "$(listing "$tmp/broken")" = "$before" ] || fail "$cmd changed the damaged database"
done

# A bit flipped in the table files: queries and check fail, naming the
# corruption, with no partial answer.
cp -r "$db" "$tmp/flipped"
for f in "$tmp/flipped"/*.sst; do
  python3 -c 'import sys; b = bytearray(open(sys.argv[1], "rb").read()); b[20] ^= 0x10; open(sys.argv[1], "wb").write(b)' "$f"
done
for cmd in "query search tran" "query roles p:0000000000000001" "check"; do
  $vnkg $cmd --db "$tmp/flipped" > "$tmp/out.txt" 2> "$tmp/err.txt"
  [ $? -eq 2 ] || fail "$cmd on a bit-flipped database must exit 2"
  grep -q "Corruption: block checksum mismatch" "$tmp/err.txt" || fail "$cmd: $(cat "$tmp/err.txt")"
  [ -s "$tmp/out.txt" ] && fail "$cmd printed a partial answer: $(cat "$tmp/out.txt")"
done

# Searches hit organizations and places (an organization without a province
# once crashed this), with or without diacritics.
out=$("$vnkg" query --db "$db" search "thanh uy") || fail "search thanh uy: exit $?"
echo "$out" | grep -q "organization  Thành ủy Cần Thơ" || fail "search thanh uy: $out"
out=$("$vnkg" query --db "$db" search "quan uy") || fail "search quan uy: exit $?"
echo "$out" | grep -q "organization  Quận ủy" || fail "search quan uy: $out"
out=$("$vnkg" query --db "$db" search "o mon") || fail "search o mon: exit $?"
echo "$out" | grep -q "locality  quận Ô Môn" || fail "search o mon: $out"
"$vnkg" query --db "$db" search "t" > /dev/null || fail "search t: exit $?"

# Options after the arguments; --version; an unknown command is named.
"$vnkg" query --db "$db" roles "tran quoc trung" --json | python3 -c 'import json,sys; json.load(sys.stdin)' \
  || fail "options after the arguments"
"$vnkg" --version | grep -q "^vnkg " || fail "--version"
"$vnkg" frobnicate > /dev/null 2> "$tmp/err.txt"
[ $? -eq 64 ] || fail "an unknown command must exit 64"
grep -q "frobnicate" "$tmp/err.txt" || fail "the unknown command is not named: $(cat "$tmp/err.txt")"

# Dates and limits are validated; an ambiguous name lists its candidates.
for bad in "meetings --from 2019-13" "meetings --to 2019-02-30x" "search tran --limit -5" "search tran --limit 0"; do
  $vnkg query --db "$db" $bad > /dev/null 2> "$tmp/err.txt"
  [ $? -eq 64 ] || fail "query $bad must exit 64"
done
"$vnkg" query --db "$db" roles "tran" > "$tmp/out.txt" 2> "$tmp/err.txt"
[ $? -eq 3 ] || fail "an ambiguous name must exit 3"
grep -q "nodes are named \"tran\"" "$tmp/err.txt" || fail "ambiguous: $(cat "$tmp/err.txt")"
grep -q "person  Trần Quốc Trung" "$tmp/out.txt" || fail "candidates: $(cat "$tmp/out.txt")"
"$vnkg" query --db "$db" --json roles "tran" > "$tmp/amb.json" 2> /dev/null
python3 - "$tmp/amb.json" <<'PY' || fail "ambiguous --json: $(cat "$tmp/amb.json")"
import json, sys
a = json.load(open(sys.argv[1]))
assert a["ambiguous"] and a["total"] == len(a["results"]) > 1, a
assert all(r["kind"] == "person" and r["id"].startswith("p:") for r in a["results"]), a
PY
out=$("$vnkg" query --db "$db" node "Thành ủy Cần Thơ") || fail "node: exit $?"
echo "$out" | grep -q "Trần Quốc Trung —holds (Bí thư)→ Thành ủy Cần Thơ" || fail "node: $out"
"$vnkg" query --db "$db" --json node "Trần Quốc Trung" --depth 2 --max-nodes 4 | python3 -c '
import json, sys
n = json.load(sys.stdin)["results"][0]
assert n["kind"] == "person" and len(n["neighbours"]) == 4 and n["truncated"], n
' || fail "node --json"

# Reads while an ingest holds the database: the ingest below has opened it
# (and locked it) once the FIFO it reads has a writer, and waits for more.
mkfifo "$tmp/more.jsonl"
"$vnkg" ingest --quiet --db "$db" "$tmp/more.jsonl" 2> "$tmp/ingest.txt" &
ingest_pid=$!
# Should the ingest end before it opens the FIFO, this opens it instead, so
# that the line below does not wait for ever.
( while kill -0 "$ingest_pid" 2>/dev/null; do sleep 0.2; done; exec 4< "$tmp/more.jsonl" ) 2>/dev/null &
watchdog_pid=$!
exec 3> "$tmp/more.jsonl"
kill -0 "$ingest_pid" 2>/dev/null || fail "the ingest ended early: $(cat "$tmp/ingest.txt")"
"$vnkg" ingest --quiet --db "$db" "$samples" 2> "$tmp/err.txt" && fail "two writers at once"
grep -q "in use" "$tmp/err.txt" || fail "a second writer is not told the database is in use"
out=$("$vnkg" query --db "$db" roles "tran quoc trung") || fail "query during an ingest: exit $?"
echo "$out" | grep -q "Bí thư — Thành ủy Cần Thơ" || fail "query during an ingest: $out"
"$vnkg" check --db "$db" | grep -q "^consistent" || fail "check during an ingest"
exec 3>&-
kill "$ingest_pid" 2>/dev/null
wait "$ingest_pid" 2>/dev/null
ingest_pid=
kill "$watchdog_pid" 2>/dev/null
watchdog_pid=

# Writes never go where no database is: reindex needs one, ingest does not
# create one among other files.
"$vnkg" reindex --db "$tmp/no-such-db" 2> "$tmp/err.txt" && fail "reindex created a database"
[ -e "$tmp/no-such-db" ] && fail "reindex left a directory behind"
grep -q "no database at $tmp/no-such-db" "$tmp/err.txt" || fail "reindex message: $(cat "$tmp/err.txt")"
mkdir "$tmp/stories" && cp "$samples"/*.txt "$tmp/stories/"
before=$(ls "$tmp/stories" | wc -l)
"$vnkg" ingest --db "$tmp/stories" "$samples" 2> "$tmp/err.txt" && fail "ingest wrote among other files"
[ "$(ls "$tmp/stories" | wc -l)" -eq "$before" ] || fail "ingest added files among the stories"
grep -q "holds other files" "$tmp/err.txt" || fail "ingest message: $(cat "$tmp/err.txt")"

echo "cli_reads: all checks passed"
