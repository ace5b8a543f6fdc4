#!/usr/bin/env bash
# The `vnkg extract` command as a user meets it: help, inputs of every kind,
# bad inputs reported with their name and byte offset without ending the batch.
# usage: cli_extract.sh VNKG SAMPLES
set -uo pipefail
vnkg=$1 samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$vnkg" --help | grep -q "extract" || fail "--help does not list extract"
"$vnkg" extract --help | grep -q -- "--pretty" || fail "extract --help does not list --pretty"
"$vnkg" > /dev/null 2>&1 && fail "no subcommand should be an error"

# A directory is walked in sorted order: one record per story.
"$vnkg" extract "$samples" > "$tmp/all.jsonl" || fail "extract on samples/ failed"
[ "$(wc -l < "$tmp/all.jsonl")" -eq "$(ls "$samples"/*.txt | wc -l)" ] || fail "one line per story"
head -1 "$tmp/all.jsonl" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["doc"].startswith("000_"), r["doc"]' \
  || fail "records not in sorted order"

# A bad file is reported with its byte offset; the batch goes on; exit 1.
cp "$samples/001_5cad84daca20acc2.txt" "$tmp/good.txt"
printf 'Quận ủy \xff\xfe hỏng' > "$tmp/bad.txt"
"$vnkg" extract "$tmp/bad.txt" "$tmp/good.txt" > "$tmp/out.jsonl" 2> "$tmp/err.txt"
status=$?
[ "$status" -eq 1 ] || fail "exit status $status with a bad input, want 1"
grep -q "bad.txt: invalid UTF-8 at byte 12" "$tmp/err.txt" || fail "error does not name the file and byte offset: $(cat "$tmp/err.txt")"
[ "$(wc -l < "$tmp/out.jsonl")" -eq 1 ] || fail "the good file after the bad one was not extracted"

# JSON Lines input: the id becomes doc, published is taken from the input.
python3 - "$tmp/in.jsonl" "$samples/001_5cad84daca20acc2.txt" <<'PY'
import json, sys
text = open(sys.argv[2], encoding="utf-8").read()
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "story-1", "text": text, "published": "2018-06-12"}, ensure_ascii=False) + "\n")
    f.write("not json\n")
PY
"$vnkg" extract "$tmp/in.jsonl" > "$tmp/j.jsonl" 2> "$tmp/jerr.txt"
[ $? -eq 1 ] || fail "a bad JSON line must give exit status 1"
grep -q "in.jsonl:2: not a JSON object" "$tmp/jerr.txt" || fail "bad JSON line not reported: $(cat "$tmp/jerr.txt")"
python3 -c '
import json,sys
r = json.loads(open(sys.argv[1]).readline())
assert r["doc"] == "story-1", r["doc"]
assert r["published"] == "2018-06-12", r["published"]
assert any(p["name"] == "Trần Quốc Trung" for p in r["people"])
' "$tmp/j.jsonl" || fail "jsonl record wrong"

# Evidence spans point at sentences of the NFC text.
python3 - "$tmp/all.jsonl" "$samples" <<'PY' || fail "evidence spans do not point into the text"
import json, os, sys, unicodedata
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    text = unicodedata.normalize("NFC", open(os.path.join(sys.argv[2], r["doc"]), encoding="utf-8").read()).encode()
    for p in r["people"]:
        e = p["evidence"]
        assert 0 <= e["start"] < e["end"] <= len(text), (r["doc"], e)
        sentence = text[e["start"]:e["end"]].decode()
        assert p["name"].split()[-1].lower() in sentence.lower() or p["roles"], (r["doc"], p["name"], sentence)
PY
"$vnkg" extract /nonexistent/path > /dev/null 2> "$tmp/nf.txt"
[ $? -eq 1 ] && grep -q "no such file" "$tmp/nf.txt" || fail "missing path not reported"
echo "cli_extract: all checks passed"
