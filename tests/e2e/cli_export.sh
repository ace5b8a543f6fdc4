#!/usr/bin/env bash
# `vnkg export` on the ingested samples: DOT that Graphviz's `dot` renders,
# SVG, GraphML that parses as XML with typed keys, JSON, Neo4j CSV files
# whose headers follow neo4j-admin's import header grammar (and whose rows
# fit them), the whole graph under a node cap, and the exit statuses.
# usage: cli_export.sh VNKG SAMPLES
set -uo pipefail
vnkg=$1 samples=$2
. "$(dirname "$0")/lib.sh"

"$vnkg" ingest --quiet --db "$db" "$samples" || fail "ingest"
center=$("$vnkg" query --db "$db" --json search "tran quoc trung" |
  python3 -c 'import json,sys; print(next(r["id"] for r in json.load(sys.stdin)["results"] if r["kind"] == "person"))') ||
  fail "no seed official to center on"

# DOT, rendered by Graphviz's own program.
"$vnkg" export --db "$db" --format dot --center "$center" --depth 2 > "$tmp/g.dot" || fail "export dot"
head -c 7 "$tmp/g.dot" | grep -q '^digraph' || fail "DOT does not start with digraph"
grep -q 'Trần Quốc Trung' "$tmp/g.dot" || fail "DOT lost the center's UTF-8 name"
grep -q 'Bí thư\\n' "$tmp/g.dot" || fail "DOT has no dated 'Bí thư' post label"
dot -Tsvg "$tmp/g.dot" > "$tmp/g.svg" 2> "$tmp/err.txt" || fail "dot -Tsvg: $(cat "$tmp/err.txt")"
grep -q '<svg' "$tmp/g.svg" || fail "dot gave no SVG"
grep -q 'Trần Quốc Trung' "$tmp/g.svg" || fail "the SVG lost the name"
# The same picture from vnkg's own renderer (Graphviz's library).
"$vnkg" export --db "$db" --format dot --center "Trần Quốc Trung" > "$tmp/by_name.dot" || fail "center by name"
cmp -s "$tmp/g.dot" "$tmp/by_name.dot" || fail "a center by name and by id export differently"
"$vnkg" export --db "$db" --format svg --center "$center" > "$tmp/vnkg.svg" || fail "export svg"
python3 - "$tmp/vnkg.svg" "$tmp/g.svg" <<'PY' || fail "vnkg's SVG differs from dot's"
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
def texts(path):
    return sorted(t.text or "" for t in ET.parse(path).iter(ns + "text"))
a, b = texts(sys.argv[1]), texts(sys.argv[2])
assert a and a == b, (len(a), len(b))
PY

# GraphML: XML with typed keys, one node per node of the JSON export.
"$vnkg" export --db "$db" --format graphml --center "$center" > "$tmp/g.graphml" || fail "export graphml"
"$vnkg" export --db "$db" --format json --center "$center" > "$tmp/g.json" || fail "export json"
python3 - "$tmp/g.graphml" "$tmp/g.json" "$center" <<'PY' || fail "GraphML or JSON"
import json, sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(ns + "key")}
want = {("node", "id"): "string", ("node", "kind"): "string", ("node", "name"): "string",
        ("node", "level"): "string", ("node", "date"): "string",
        ("edge", "kind"): "string", ("edge", "position"): "string",
        ("edge", "first_seen"): "string", ("edge", "last_seen"): "string",
        ("edge", "stories"): "int", ("graph", "truncated"): "boolean"}
for k, t in want.items():
    assert keys.get(k) == t, (k, keys.get(k))
j = json.load(open(sys.argv[2]))
assert set(j) >= {"nodes", "edges", "truncated"}, list(j)
assert j["nodes"][0]["id"] == sys.argv[3] and j["nodes"][0]["name"] == "Trần Quốc Trung"
ids = {n["id"] for n in j["nodes"]}
assert all(e["source"] in ids and e["target"] in ids for e in j["edges"])
holds = [e for e in j["edges"] if e["kind"] == "holds" and e["source"] == sys.argv[3]]
assert holds and all(e["position"] and e["first_seen"] for e in holds), holds
graph = root.find(ns + "graph")
assert len(graph.findall(ns + "node")) == len(j["nodes"])
assert len(graph.findall(ns + "edge")) == len(j["edges"])
names = set()
key_of = {v: k for k, v in {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key") if k.get("for") == "node"}.items()}
for n in graph.findall(ns + "node"):
    for d in n.findall(ns + "data"):
        if d.get("key") == key_of["name"]:
            names.add(d.text)
assert "Trần Quốc Trung" in names
PY

# Neo4j CSV: the whole graph; every header by neo4j-admin's grammar
# (<name>:<type>, :ID, :LABEL, :START_ID, :END_ID, :TYPE, arrays with []),
# every row the header's width, typed values that parse, ids that resolve.
"$vnkg" export --db "$db" --format neo4j-csv --out "$tmp/neo4j" > "$tmp/out.txt" || fail "export neo4j-csv"
grep -q 'neo4j-admin database import full' "$tmp/out.txt" || fail "no import command shown"
python3 - "$tmp/neo4j" <<'PY' || fail "Neo4j CSV"
import csv, os, re, sys
d = sys.argv[1]
TYPES = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration"
FIELD = re.compile(r"^(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<special>ID|START_ID|END_ID)(?:\([A-Za-z0-9_]+\))?"
                   r"|:(?P<meta>LABEL|TYPE|IGNORE)"
                   r"|(?P<prop>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>" + TYPES + r")(?P<array>\[\])?)?)$")
nodes = ["persons.csv", "organizations.csv", "localities.csv", "meetings.csv"]
rels = ["holds.csv", "chaired.csv", "attended.csv", "spoke_at.csv", "guest_at.csv",
        "organized.csv", "located_in.csv", "part_of.csv", "succeeded_by.csv"]
assert sorted(os.listdir(d)) == sorted(nodes + rels), os.listdir(d)
date = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ids, ends, rows_seen = set(), [], 0
for f in nodes + rels:
    with open(os.path.join(d, f), newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    parsed = [FIELD.match(h) for h in header]
    assert all(parsed), (f, [h for h, m in zip(header, parsed) if not m])
    specials = [m.group("special") or m.group("meta") for m in parsed]
    if f in nodes:
        assert specials.count("ID") == 1 and specials.count("LABEL") == 1, (f, header)
    else:
        assert all(specials.count(s) == 1 for s in ("START_ID", "END_ID", "TYPE")), (f, header)
    for row in rows[1:]:
        rows_seen += 1
        assert len(row) == len(header), (f, row)
        for m, v in zip(parsed, row):
            t = m.group("type")
            if v == "" or t is None:
                continue
            if t == "date": assert date.match(v), (f, v)
            if t == "int": int(v)
        rec = dict(zip(specials, row))
        if f in nodes:
            ids.add(rec["ID"])
            assert rec["LABEL"], (f, row)
        else:
            assert rec["TYPE"] == f[:-4].upper(), (f, row)
            ends += [rec["START_ID"], rec["END_ID"]]
assert rows_seen > 10, rows_seen
missing = [e for e in ends if e not in ids]
assert not missing, missing[:5]
with open(os.path.join(d, "persons.csv"), encoding="utf-8") as fh:
    assert "Trần Quốc Trung" in fh.read()
PY

# The whole graph under a node cap: truncated, said on stderr and in JSON.
"$vnkg" export --db "$db" --format json --max-nodes 3 > "$tmp/cut.json" 2> "$tmp/err.txt" || fail "capped export"
grep -q 'truncated' "$tmp/err.txt" || fail "the cut is not said on stderr"
python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); assert j["truncated"] and len(j["nodes"]) == 3 and j["limit"]' \
  "$tmp/cut.json" || fail "the capped JSON is not marked truncated"
# --out for one-file formats.
"$vnkg" export --db "$db" --format dot --out "$tmp/dotdir" > /dev/null || fail "dot --out"
[ -s "$tmp/dotdir/graph.dot" ] || fail "no graph.dot written"

# Exit statuses: 64 bad options, 3 unknown center, 2 missing database.
expect() {
  local want=$1; shift
  "$vnkg" "$@" > /dev/null 2> "$tmp/err.txt"
  local got=$?
  [ $got -eq "$want" ] || fail "vnkg $* exited $got, not $want: $(cat "$tmp/err.txt")"
}
expect 64 export --db "$db" --format png
expect 64 export --db "$db" --format neo4j-csv
expect 64 export --db "$db" --format dot --center "$center" --depth 5
expect 64 export --db "$db" --format dot --max-nodes 0
expect 64 export --db "$db" --format dot --depth 1
expect 64 export --db "$db" --format dot --max-nodes 20001
expect 3 export --db "$db" --format dot --center "Không Có Ai"
expect 3 export --db "$db" --format dot --center "p:00000000000000ff"
expect 2 export --db "$tmp/nope" --format dot
[ -e "$tmp/nope" ] && fail "export created a missing --db"
echo "ok"
