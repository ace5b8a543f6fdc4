#!/usr/bin/env bash
# Across the July 2025 reform through the command line (issue 10): a 2020
# story with the Bí thư of Tỉnh ủy Tiền Giang and a 2025-10 one with the Bí
# thư of Tỉnh ủy Đồng Tháp (the province that took Tiền Giang over), and the
# same for Bình Dương and TP Hồ Chí Minh; then officials followed across
# provinces on strong evidence only.
# usage: cli_reform.sh VNKG FIXTURES
set -uo pipefail
vnkg=$1 fixtures=$2
. "$(dirname "$0")/lib.sh"

"$vnkg" ingest --quiet --db "$db" "$fixtures/reform.jsonl" || fail "ingest"
"$vnkg" check --db "$db" > /dev/null || fail "check: $("$vnkg" check --db "$db")"

# Holders with predecessors: both Bí thư, the first held in Tỉnh ủy Tiền Giang.
"$vnkg" query --json --db "$db" holders "Tỉnh ủy Đồng Tháp" --with-predecessors > "$tmp/h.json" \
  || fail "holders --with-predecessors: exit $?"
python3 - "$tmp/h.json" <<'PY' || fail "holders --with-predecessors: $(cat "$tmp/h.json")"
import json, sys
head = json.load(open(sys.argv[1]))["results"][0]
assert head["name"] == "Tỉnh ủy Đồng Tháp", head
terms = head["holders"]
assert [(t["person"]["name"], t["position"]) for t in terms] == [
    ("Nguyễn Văn Danh", "Bí thư"), ("Lê Quốc Phong", "Bí thư")], terms
old, new = terms
assert old["held_in"]["name"] == "Tỉnh ủy Tiền Giang", old
assert old["held_in"]["id"] == old["organization"]["id"] != head["id"], old
assert old["first_seen"] == "2020-07-15", old
assert old["status"] == "ended" and old["ended"] == "2025-07-01", old  # the body ceased
assert new["status"] == "current", new
assert "held_in" not in new and new["organization"]["id"] == head["id"], new
PY
# Without the flag, only the body's own holders.
"$vnkg" query --json --db "$db" holders "Tỉnh ủy Đồng Tháp" > "$tmp/own.json" || fail "holders"
python3 -c "
import json, sys
t = json.load(open(sys.argv[1]))['results'][0]['holders']
assert [x['person']['name'] for x in t] == ['Lê Quốc Phong'], t" "$tmp/own.json" \
  || fail "holders without predecessors: $(cat "$tmp/own.json")"
out=$("$vnkg" query --db "$db" holders "Tỉnh ủy Đồng Tháp" --with-predecessors) || fail "text holders"
echo "$out" | grep -q "Bí thư — Nguyễn Văn Danh (held in Tỉnh ủy Tiền Giang)   first seen 2020-07-15, last seen 2020-07-15; ended 2025-07-01" \
  || fail "text holders: $out"

# A province that went into a city: its Tỉnh ủy is succeeded by the Thành ủy.
out=$("$vnkg" query --db "$db" holders "Thành ủy Hồ Chí Minh" --with-predecessors) || fail "HCM holders"
echo "$out" | grep -q "Bí thư — Nguyễn Văn Lợi (held in Tỉnh ủy Bình Dương)" || fail "HCM holders: $out"
echo "$out" | grep -q "Bí thư — Trần Lưu Quang   first seen 2025-09-19" || fail "HCM holders: $out"

# The locality: Tiền Giang (March map) is succeeded by Đồng Tháp (July map, code 82).
"$vnkg" query --json --db "$db" locality "tỉnh Tiền Giang" > "$tmp/l.json" || fail "locality: exit $?"
python3 - "$tmp/l.json" <<'PY' || fail "locality: $(head -c 3000 "$tmp/l.json")"
import json, sys
units = json.load(open(sys.argv[1]))["results"]
assert len(units) == 1, [u["name"] for u in units]
tg = units[0]
assert (tg["map"], tg["code"], tg["level"]) == ("2025-03", "82", "province"), tg
assert tg["valid_until"] == "2025-07-01" and tg["valid_from"] is None, tg
assert tg["in_graph"] and tg["parents"] == [] and len(tg["children"]) == 11, tg
succ = [(u["name"], u["map"], u["code"], u["share"]) for u in tg["successors"]]
assert succ == [("tỉnh Đồng Tháp", "2025-07", "82", "whole")], succ
assert tg["successors"][0]["in_graph"], tg["successors"]
PY
# The July Đồng Tháp took over two provinces; the March one of that name is apart.
"$vnkg" query --json --db "$db" locality "tỉnh Đồng Tháp" > "$tmp/d.json" || fail "locality DT"
python3 - "$tmp/d.json" <<'PY' || fail "locality Đồng Tháp: $(head -c 3000 "$tmp/d.json")"
import json, sys
units = {(u["map"], u["code"]): u for u in json.load(open(sys.argv[1]))["results"]}
assert set(units) == {("2025-03", "87"), ("2025-07", "82")}, list(units)
new = units[("2025-07", "82")]
assert sorted((u["name"], u["code"]) for u in new["predecessors"]) == [
    ("tỉnh Tiền Giang", "82"), ("tỉnh Đồng Tháp", "87")], new["predecessors"]
assert new["successors"] == [] and new["valid_from"] == "2025-07-01", new
assert all(c["level"] == "commune" and c["map"] == "2025-07" for c in new["children"])
assert not units[("2025-03", "87")]["in_graph"]
PY
# The edges are in the graph: the neighbourhood of the old body shows them.
out=$("$vnkg" query --db "$db" node "Tỉnh ủy Tiền Giang") || fail "node"
echo "$out" | grep -q "Tỉnh ủy Tiền Giang —succeeded_by (whole)→ Tỉnh ủy Đồng Tháp" || fail "node: $out"
out=$("$vnkg" query --db "$db" node "l:$(python3 -c "
import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['id'][2:])" "$tmp/l.json")") \
  || fail "node of the locality"
echo "$out" | grep -q "tỉnh Tiền Giang —succeeded_by (whole)→ tỉnh Đồng Tháp" || fail "locality node: $out"
"$vnkg" query --db "$db" locality "xã Không Có Nơi Nào" 2>/dev/null; [ $? -eq 3 ] || fail "unknown place"
# A unit no story named, typed without diacritics, is known from the table.
out=$("$vnkg" query --db "$db" locality "phuong dao thanh") || fail "locality without diacritics"
echo "$out" | grep -q "^phường Đạo Thạnh (28249, map 2025-07, commune)" || fail "Đạo Thạnh: $out"
echo "$out" | grep -q "part of: tỉnh Đồng Tháp (82, map 2025-07, province)" || fail "Đạo Thạnh: $out"

# Officials followed across provinces (fixtures/moves.jsonl): one name in
# five stories. A Central Committee member who is Bí thư Tỉnh ủy Bến Tre
# (2018) and the Phó Bí thư Thường trực of Thành ủy TP Hồ Chí Minh, also a
# member (2021), are one person; a commune chairman in Tiền Giang (2022) is
# another; the Chủ tịch UBND tỉnh Phú Yên (2024) and the Chủ tịch UBND tỉnh
# Đắk Lắk (2025-09, the province that took Phú Yên over) are one person.
# Ingested in either order, and after a reindex, the same people.
people() {  # the people named Trần Văn Hiếu: their stories and reasons, as JSON lines
  "$vnkg" query --json --db "$1" search "tran van hieu" > "$tmp/s.json" || fail "search: exit $?"
  for id in $(python3 -c "
import json, sys
print(' '.join(r['id'] for r in json.load(open(sys.argv[1]))['results']))" "$tmp/s.json"); do
    "$vnkg" query --json --db "$1" person "$id" | python3 -c "
import json, sys
p = json.load(sys.stdin)['results'][0]
print(json.dumps({m['doc']: m['reason'] for m in p['merged_from']}, ensure_ascii=False))"
  done
}
check_people() {
  python3 - "$1" <<'PY' || fail "people of $1: $(cat "$1")"
import json, sys
people = [json.loads(l) for l in open(sys.argv[1])]
assert sorted(sorted(p) for p in people) == [["j1", "j2"], ["j3"], ["j4", "j5"]], people
for p in people:
    if "j1" in p:
        joined = [r for r in p.values() if "few hold nationwide" in r]
        assert len(joined) == 1 and "Ban Chấp hành Trung ương Đảng" in joined[0], p
    if "j4" in p:
        joined = [r for r in p.values() if "July 2025 reform" in r]
        assert len(joined) == 1 and "tỉnh Đắk Lắk" in joined[0] and "tỉnh Phú Yên" in joined[0], p
    if "j3" in p:
        assert p["j3"].startswith("same official as every mention"), p
PY
}
"$vnkg" ingest --quiet --db "$tmp/m" "$fixtures/moves.jsonl" || fail "ingest moves"
people "$tmp/m" > "$tmp/p1"; check_people "$tmp/p1"
# A later story naming the same post in the same body, without the Central
# Committee, is the same person (not a new node in Hồ Chí Minh).
printf '%s\n' '{"id":"j6","published":"2021-09-01","text":"Thành ủy TP Hồ Chí Minh họp\n\nNgày 1/9/2021, Thành ủy TP Hồ Chí Minh tổ chức hội nghị. Đồng chí Trần Văn Hiếu, Phó Bí thư Thường trực Thành ủy TP Hồ Chí Minh chủ trì hội nghị."}' > "$tmp/j6.jsonl"
"$vnkg" ingest --quiet --db "$tmp/m" "$tmp/j6.jsonl" || fail "ingest j6"
people "$tmp/m" > "$tmp/p6"
python3 -c "
import json, sys
people = [json.loads(l) for l in open(sys.argv[1])]
assert sorted(sorted(p) for p in people) == [['j1', 'j2', 'j6'], ['j3'], ['j4', 'j5']], people
j6 = [p['j6'] for p in people if 'j6' in p][0]
assert 'holds that post in that body' in j6, j6" "$tmp/p6" || fail "j6: $(cat "$tmp/p6")"
"$vnkg" reindex --quiet --db "$tmp/m" || fail "reindex with j6"
people "$tmp/m" > "$tmp/p7"
python3 -c "
import json, sys
people = [json.loads(l) for l in open(sys.argv[1])]
assert sorted(sorted(p) for p in people) == [['j1', 'j2', 'j6'], ['j3'], ['j4', 'j5']], people" "$tmp/p7" \
  || fail "j6 after reindex: $(cat "$tmp/p7")"
rm -rf "$tmp/m"
"$vnkg" ingest --quiet --db "$tmp/m" "$fixtures/moves.jsonl" || fail "ingest moves again"
people "$tmp/m" > "$tmp/p1"; check_people "$tmp/p1"
"$vnkg" reindex --quiet --db "$tmp/m" || fail "reindex"
people "$tmp/m" > "$tmp/p2"; check_people "$tmp/p2"
tac "$fixtures/moves.jsonl" > "$tmp/reversed.jsonl"
"$vnkg" ingest --quiet --db "$tmp/r" "$tmp/reversed.jsonl" || fail "ingest reversed"
people "$tmp/r" > "$tmp/p3"; check_people "$tmp/p3"
"$vnkg" check --db "$tmp/m" > /dev/null || fail "check after reindex"
out=$("$vnkg" query --db "$tmp/m" person "$(python3 -c "
import json, sys
print(json.load(open(sys.argv[1]))['results'][0]['id'])" "$tmp/s.json")") || fail "person text"
echo "$out" | grep -q "stories and why they were joined" || fail "person text: $out"

echo "cli_reform: all checks passed"
