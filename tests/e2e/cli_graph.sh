#!/usr/bin/env bash
# ingest / query / reindex / check as a user runs them, on samples/.
# usage: cli_graph.sh VNKG SAMPLES
set -uo pipefail
vnkg=$1 samples=$2
. "$(dirname "$0")/lib.sh"

"$vnkg" ingest --db "$db" "$samples" 2> "$tmp/in1.txt" || fail "ingest failed: $(cat "$tmp/in1.txt")"
grep -q "5 new, 0 updated, 0 unchanged, 0 failed" "$tmp/in1.txt" || fail "first ingest summary: $(cat "$tmp/in1.txt")"
"$vnkg" ingest --db "$db" "$samples" 2> "$tmp/in2.txt" || fail "second ingest failed"
grep -q "0 new, 0 updated, 5 unchanged, 0 failed" "$tmp/in2.txt" || fail "second ingest changed something: $(cat "$tmp/in2.txt")"
grep -q "+0 nodes, -0 nodes, +0 edges, -0 edges" "$tmp/in2.txt" || fail "second ingest touched the graph"

out=$("$vnkg" query --db "$db" roles "tran quoc trung") || fail "query roles failed"
echo "$out" | grep -q "Bí thư — Thành ủy Cần Thơ   first seen 2018-06-11, last seen 2018-06-11" || fail "roles: $out"
echo "$out" | grep -q "001_5cad84daca20acc2.txt" || fail "roles without the story: $out"

out=$("$vnkg" query --db "$db" meetings --chair "Trần Quốc Trung") || fail "query meetings failed"
echo "$out" | grep -q "^2018-06-11  họp đánh giá" || fail "meetings --chair: $out"
[ "$("$vnkg" query --db "$db" meetings --chair "Trần Quốc Trung" --from 2019 | head -1)" = "no meetings match" ] \
  || fail "--from does not filter"

"$vnkg" query --db "$db" --json meetings --organizer "Ban Thường vụ Quận ủy Bình Thủy" | python3 -c '
import json, sys
answer = json.load(sys.stdin)
ms = answer["results"]
assert answer["total"] == 1 and answer["offset"] == 0 and answer["limit"] == 20, answer
assert len(ms) == 1 and ms[0]["date"] == "2024-04-02" and ms[0]["kind"] == "meeting", ms
names = {p["name"]: p["as"] for p in ms[0]["participants"]}
assert names["Nguyễn Ngọc Tâm"] == ["guest", "speaker"], names
assert names["Trần Quốc Vũ"] == ["present"], names
' || fail "meetings --organizer --json"

out=$("$vnkg" query --db "$db" holders "Thành ủy Cần Thơ" --position "Bí thư") || fail "holders failed"
echo "$out" | grep -q "Bí thư — Trần Quốc Trung" || fail "holders: $out"

"$vnkg" query --db "$db" search "nguyen ngoc" | grep -q "person  Nguyễn Ngọc Tâm" || fail "search without diacritics"
"$vnkg" query --db "$db" search "hop danh gia" | grep -q "meeting  họp đánh giá tình hình" \
  || fail "search finds meetings"
"$vnkg" query --db "$db" --json person "Lê Văn Tâm" | python3 -c '
import json, sys
p = json.load(sys.stdin)["results"][0]
assert p["kind"] == "person" and p["id"].startswith("p:") and p["name"] == "Lê Văn Tâm", p
assert p["province"] == "thành phố Cần Thơ", p
assert p["merged_from"][0]["doc"] == "000_88da45f090901f7f.txt", p
assert p["meetings"][0]["as"] == ["guest", "speaker"], p
' || fail "person --json"

"$vnkg" query --db "$db" roles "Không Có Ai" 2> "$tmp/err.txt"
[ $? -eq 3 ] || fail "unknown person must exit 3"
grep -q "no person named" "$tmp/err.txt" || fail "unknown person message"

# The same text under another file name, with a final newline, or with CRLF
# line ends, is the same story: no new meeting, and the summary says so.
meetings_before=$("$vnkg" query --db "$db" --json meetings --limit 1000 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
mkdir "$tmp/again"
cp "$samples/001_5cad84daca20acc2.txt" "$tmp/again/renamed.txt"
( cat "$samples/001_5cad84daca20acc2.txt"; echo ) > "$tmp/again/lf.txt"
sed 's/$/\r/' "$tmp/again/lf.txt" > "$tmp/again/windows.txt"
"$vnkg" ingest --db "$db" "$tmp/again/renamed.txt" "$tmp/again/lf.txt" "$tmp/again/windows.txt" 2> "$tmp/in3.txt" \
  || fail "ingest again: $(cat "$tmp/in3.txt")"
grep -q "renamed.txt is the same story as 001_5cad84daca20acc2.txt" "$tmp/in3.txt" || fail "renamed: $(cat "$tmp/in3.txt")"
grep -q "lf.txt is the same story as 001_5cad84daca20acc2.txt" "$tmp/in3.txt" || fail "final newline: $(cat "$tmp/in3.txt")"
grep -q "windows.txt is the same story as 001_5cad84daca20acc2.txt" "$tmp/in3.txt" || fail "CRLF: $(cat "$tmp/in3.txt")"
meetings_after=$("$vnkg" query --db "$db" --json meetings --limit 1000 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
[ "$meetings_after" -eq "$meetings_before" ] || fail "meetings $meetings_before -> $meetings_after"
"$vnkg" ingest --db "$db" "$tmp/again/renamed.txt" 2> "$tmp/in4.txt"
grep -q "0 new, 0 updated, 0 unchanged" "$tmp/in4.txt" || fail "renamed again: $(cat "$tmp/in4.txt")"

# extract - reads a story from standard input.
"$vnkg" extract - < "$samples/001_5cad84daca20acc2.txt" | python3 -c '
import json, sys
r = json.loads(sys.stdin.readline())
assert r["doc"] == "stdin" and any(p["name"] == "Trần Quốc Trung" for p in r["people"]), r
' || fail "extract -"

"$vnkg" reindex --db "$db" 2> "$tmp/re.txt" || fail "reindex failed"
grep -q "0 updated, 5 unchanged" "$tmp/re.txt" || fail "reindex of unchanged stories changed the graph: $(cat "$tmp/re.txt")"
"$vnkg" check --db "$db" | grep -q "^consistent" || fail "check"

# The database is locked while in use.
echo "cli_graph: all checks passed"
