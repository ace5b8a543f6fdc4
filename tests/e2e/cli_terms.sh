#!/usr/bin/env bash
# Terms of office through the command line: three stories naming successive
# Bí thư of one Huyện ủy (2019, 2021, and a 2023 one calling the first
# "nguyên Bí thư"), each published the day after its meeting.
# usage: cli_terms.sh VNKG FIXTURES
set -uo pipefail
vnkg=$1 fixtures=$2
. "$(dirname "$0")/lib.sh"

"$vnkg" ingest --quiet --db "$db" "$fixtures/succession.jsonl" || fail "ingest"
"$vnkg" query --json holders "Huyện ủy Tân Phú Đông" --position "Bí thư" --db "$db" > "$tmp/h.json" \
  || fail "holders: exit $?"
python3 - "$tmp/h.json" <<'PY' || fail "holders --json: $(cat "$tmp/h.json")"
import json, sys
answer = json.load(open(sys.argv[1]))
terms = answer["results"][0]["holders"]
assert [t["person"]["name"] for t in terms] == ["Nguyễn Văn Hòa", "Lê Thanh Bình"], terms
first, second = terms
assert first["status"] == "ended" and first["ended"] == "2021-08-03", first
assert first["first_seen"] == "2019-05-10" and first["last_seen"] == "2019-05-10", first
assert second["status"] == "current" and second["ended"] is None, second
assert second["first_seen"] == "2021-08-03" and second["last_seen"] == "2023-03-15", second
for t in terms:
    assert set(t) >= {"person", "position", "organization", "first_seen", "last_seen", "ended",
                      "status", "evidence"}, t
    assert t["organization"]["name"] == "Huyện ủy Tân Phú Đông" and t["position"] == "Bí thư"
    assert t["person"]["id"].startswith("p:") and t["organization"]["id"].startswith("o:")
    for e in t["evidence"]:
        assert e["sentence"] and e["title"] and e["doc"], e
PY

# A person's roles, in text: the same term, ended by the successor.
out=$("$vnkg" query --db "$db" roles "nguyen van hoa") || fail "roles: exit $?"
echo "$out" | grep -q "Bí thư — Huyện ủy Tân Phú Đông   first seen 2019-05-10, last seen 2019-05-10; ended 2021-08-03" \
  || fail "roles: $out"
echo "$out" | grep -q "nguyên Bí thư Huyện ủy Tân Phú Đông" || fail "roles without the former sentence: $out"
echo "cli_terms: all checks passed"
