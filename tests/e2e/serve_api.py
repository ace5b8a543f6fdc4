#!/usr/bin/env python3
"""Every endpoint of `vnkg serve`, against a real server on 127.0.0.1 with a
real HTTP client (http.client), error statuses included: a read-only server
beside an ingest, then a writable one taking stories by POST.

usage: serve_api.py VNKG SAMPLES
"""
import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse

VNKG, SAMPLES = sys.argv[1], sys.argv[2]
TOKEN = "test-token-0123"
STORY = """Sáng 3-3-2025, Đảng ủy xã Phú Lợi tổ chức hội nghị sơ kết công tác quý I.
Đồng chí Lê Văn Khánh, Bí thư Đảng ủy xã, chủ trì hội nghị.
"""
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


class Server:
    def __init__(self, db, *extra):
        self.proc = subprocess.Popen([VNKG, "serve", "--db", db, "--port", "0", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if "serving" not in line:
            self.proc.kill()
            sys.exit("FAIL: server did not start: " + line + self.proc.stderr.read())
        self.port = int(line.split("http://127.0.0.1:")[1].split("/")[0])

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request(method, path, body=body, headers=headers or {})
        res = conn.getresponse()
        data = res.read()
        conn.close()
        return res.status, dict(res.getheaders()), data

    def get(self, path, **params):
        if params:
            path += "?" + urllib.parse.urlencode(params)
        status, headers, data = self.request("GET", path)
        body = json.loads(data) if headers.get("Content-Type", "").startswith("application/json") else data
        return status, body

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=10)


def error_of(status, body, want_status, what):
    check(status == want_status, f"{what}: status {status}, wanted {want_status}: {body}")
    ok = isinstance(body, dict) and body.get("error", {}).get("status") == want_status \
        and body["error"].get("message")
    check(ok, f"{what}: no JSON error body: {body}")
    return body.get("error", {}) if isinstance(body, dict) else {}


def envelope(body, what):
    check(isinstance(body, dict) and {"results", "total", "limit", "offset"} <= set(body),
          f"{what}: not the envelope: {str(body)[:200]}")
    return body.get("results", []) if isinstance(body, dict) else []


def read_only(tmp):
    db = os.path.join(tmp, "db")
    subprocess.run([VNKG, "ingest", "--quiet", "--db", db, SAMPLES], check=True)
    srv = Server(db)
    try:
        s, b = srv.get("/api/health")
        check(s == 200 and b["status"] == "ok" and b["extractor_version"] and b["writable"] is False,
              f"health: {b}")

        # Search, with and without diacritics, by kind, paged.
        s, b = srv.get("/api/search", q="tran quoc trung")
        hits = envelope(b, "search")
        check(s == 200 and any(h["name"] == "Trần Quốc Trung" for h in hits), f"search folded: {b}")
        person = next(h["id"] for h in hits if h["name"] == "Trần Quốc Trung")
        s, b = srv.get("/api/search", q="Trần Quốc Trung")
        check(any(h["id"] == person for h in envelope(b, "search")), "search with diacritics")
        s, b = srv.get("/api/search", q="thanh uy can tho", kind="organization")
        orgs = envelope(b, "search kind")
        check(s == 200 and orgs and all(h["kind"] == "organization" for h in orgs), f"kind: {b}")
        s, b = srv.get("/api/search", q="t", limit="1", offset="1")
        check(s == 200 and b["limit"] == 1 and b["offset"] == 1 and len(b["results"]) <= 1
              and b["total"] > 1, f"search paging: {b}")
        error_of(*srv.get("/api/search"), 400, "search without q")
        e = error_of(*srv.get("/api/search", q=""), 400, "search with empty q")
        check(e.get("parameter") == "q", f"empty q names the parameter: {e}")
        e = error_of(*srv.get("/api/search", q="a", limit="0"), 400, "limit 0")
        check(e.get("parameter") == "limit", f"limit named: {e}")
        error_of(*srv.get("/api/search", q="a", limit="abc"), 400, "limit abc")
        error_of(*srv.get("/api/search", q="a", kind="planet"), 400, "bad kind")
        error_of(*srv.get("/api/search", q="a", colour="red"), 400, "unknown parameter")

        # A person, with merge reasons; their roles.
        s, b = srv.get(f"/api/persons/{person}")
        p = envelope(b, "person")[0]
        check(s == 200 and p["name"] == "Trần Quốc Trung" and p["roles"] and p["meetings"],
              f"person: {str(b)[:300]}")
        check(p["merged_from"] and all(m["reason"] for m in p["merged_from"]), "merge reasons")
        s, b = srv.get(f"/api/persons/{person}/roles")
        roles = envelope(b, "roles")
        check(s == 200 and any(r["position"] == "Bí thư" for r in roles), f"roles: {str(b)[:300]}")
        check(all(r["evidence"] and r["evidence"][0]["sentence"] for r in roles), "roles cite")
        error_of(*srv.get("/api/persons/p:0000000000000001"), 404, "unknown person id")
        error_of(*srv.get("/api/persons/tran"), 400, "malformed person id")
        error_of(*srv.get(f"/api/persons/{person.replace('p:', 'o:')}"), 400, "org id as person")

        # An organization and its holders.
        org = next(r["organization"]["id"] for r in roles if r["position"] == "Bí thư")
        s, b = srv.get(f"/api/organizations/{org}")
        o = envelope(b, "organization")[0]
        check(s == 200 and o["name"] == "Thành ủy Cần Thơ" and o["kind"] == "organization", f"org: {b}")
        s, b = srv.get(f"/api/organizations/{org}/holders", position="Bí thư")
        holders = envelope(b, "holders")
        check(s == 200 and holders and all(h["position"] == "Bí thư" for h in holders)
              and any(h["person"]["id"] == person for h in holders), f"holders: {str(b)[:300]}")
        error_of(*srv.get("/api/organizations/o:0000000000000001/holders"), 404, "unknown org")

        # Meetings, filtered; one meeting; its story.
        s, b = srv.get("/api/meetings", chair=person)
        ms = envelope(b, "meetings")
        check(s == 200 and ms and all(any(p["id"] == person and "chair" in p["as"]
                                          for p in m["participants"]) for m in ms),
              f"meetings by chair id: {str(b)[:300]}")
        s, b2 = srv.get("/api/meetings", chair="tran quoc trung")
        check(b2.get("total") == b["total"], "chair by name gives what the id gives")
        s, b = srv.get("/api/meetings", chair=person, **{"from": "2100"})
        check(s == 200 and b["total"] == 0, f"from 2100: {b}")
        s, b = srv.get("/api/meetings", organizer=ms[0]["organizer"], to="2100-01-01")
        check(s == 200 and b["total"] >= 1 and all(m["organizer"] == ms[0]["organizer"]
                                                   for m in b["results"]), f"organizer: {b}")
        error_of(*srv.get("/api/meetings", **{"from": "2024-13"}), 400, "bad from date")
        error_of(*srv.get("/api/meetings", chair="Nobody Atall"), 404, "unknown chair name")
        meeting = ms[0]["id"]
        s, b = srv.get(f"/api/meetings/{meeting}")
        m = envelope(b, "meeting")[0]
        check(s == 200 and m["participants"] and m["sentence"], f"meeting: {str(b)[:300]}")
        s, b = srv.get(f"/api/articles/{m['article']}")
        a = envelope(b, "article")[0]
        check(s == 200 and a["record"]["people"] and a["doc"] == m["doc"], f"article: {str(b)[:200]}")
        error_of(*srv.get("/api/meetings/m:0000000000000001"), 404, "unknown meeting")
        error_of(*srv.get("/api/articles/a:0000000000000001"), 404, "unknown article")

        # The neighbourhood as `vnkg export` writes it: JSON, DOT, GraphML,
        # and SVG, the very picture `vnkg export --format svg` draws.
        s, g = srv.get("/api/graph", center=person, depth="1", format="json")
        check(s == 200 and g["nodes"][0]["id"] == person and len(g["nodes"]) > 1 and g["edges"],
              f"graph json: {str(g)[:200]}")
        for fmt, ctype, start in [("dot", "text/vnd.graphviz", b"digraph"),
                                  ("graphml", "application/graphml+xml", b"<?xml"),
                                  ("svg", "image/svg+xml", b"<?xml")]:
            s, h, d = srv.request("GET", f"/api/graph?center={person}&depth=2&format={fmt}")
            check(s == 200 and h["Content-Type"].startswith(ctype) and d.lstrip().startswith(start),
                  f"graph {fmt}: {s} {h.get('Content-Type')} {d[:80]}")
            if fmt == "svg":
                cli = subprocess.run([VNKG, "export", "--db", db, "--format", "svg", "--center",
                                      person, "--depth", "2"], capture_output=True)
                check(cli.returncode == 0 and cli.stdout == d,
                      "/api/graph?format=svg is the picture `vnkg export --format svg` draws")
        error_of(*srv.get("/api/graph", center=person, format="neo4j-csv"), 400, "graph neo4j")
        error_of(*srv.get("/api/graph", center=person, depth="9"), 400, "depth 9")
        error_of(*srv.get("/api/graph"), 400, "graph without center")
        error_of(*srv.get("/api/graph", center="p:0000000000000001"), 404, "graph unknown center")

        # Methods, paths, bodies.
        s, h, d = srv.request("DELETE", "/api/search?q=a")
        error_of(s, json.loads(d), 405, "DELETE search")
        check(h.get("Allow") == "GET, HEAD", f"Allow header: {h}")
        s, h, d = srv.request("POST", "/api/articles", body="x", headers={"Authorization": "Bearer " + TOKEN})
        error_of(s, json.loads(d), 403, "POST to a read-only server")
        s, h, d = srv.request("POST", "/api/articles", body=b"x" * (9 << 20))
        error_of(s, json.loads(d), 403, "a 9 MiB story to a read-only server, refused unread")
        s, h, d = srv.request("GET", "/api/health", headers={"Range": "bytes=0-10,0-,0-"})
        check(s == 200 and json.loads(d)["status"] == "ok", f"a Range header is ignored: {s} {d}")
        error_of(*srv.get("/api/nothing"), 404, "unknown endpoint")

        # The page's files, from the binary.
        s, h, d = srv.request("GET", "/")
        check(s == 200 and h["Content-Type"].startswith("text/html") and b"app.js" in d, "page")
        s, h, d = srv.request("GET", "/app.js")
        check(s == 200 and "javascript" in h["Content-Type"], "app.js")
        s, h, d = srv.request("GET", "/../../etc/passwd")
        check(s in (400, 404) and b"root:" not in d, f"path traversal: {s}")

        # An ingest beside the read-only server is seen after the refresh.
        story = os.path.join(tmp, "phu-loi.txt")
        with open(story, "w", encoding="utf-8") as f:
            f.write(STORY)
        subprocess.run([VNKG, "ingest", "--quiet", "--db", db, story], check=True)
        found = False
        for _ in range(20):
            time.sleep(0.5)
            s, b = srv.get("/api/search", q="le van khanh")
            if b.get("total"):
                found = True
                break
        check(found, "a story ingested beside the server is served within 10 s")
    finally:
        check(srv.stop() == 0, "SIGTERM stops the server with status 0")


def writable(tmp):
    db = os.path.join(tmp, "db-w")
    subprocess.run([VNKG, "ingest", "--quiet", "--db", db, SAMPLES], check=True)
    srv = Server(db, "--write-token", TOKEN)
    auth = {"Authorization": "Bearer " + TOKEN}
    try:
        s, b = srv.get("/api/health")
        check(b.get("writable") is True, f"writable health: {b}")
        s, h, d = srv.request("POST", "/api/articles", body=STORY.encode())
        error_of(s, json.loads(d), 401, "POST without a token")
        s, h, d = srv.request("POST", "/api/articles", body=STORY.encode(),
                              headers={"Authorization": "Bearer wrong-token-0000"})
        error_of(s, json.loads(d), 401, "POST with a wrong token")
        s, h, d = srv.request("POST", "/api/articles?doc=phu-loi.txt", body=STORY.encode(),
                              headers={**auth, "Content-Type": "text/plain; charset=utf-8"})
        b = json.loads(d)
        check(s == 201 and b["outcome"] == "added" and b["id"].startswith("a:")
              and b["nodes_added"] > 0, f"POST text: {s} {b}")
        s, r = srv.get("/api/search", q="le van khanh")
        check(r.get("total") == 1, f"the posted story is visible to the next request: {r}")
        s, h, d = srv.request("POST", "/api/articles?doc=phu-loi.txt", body=STORY.encode(),
                              headers={**auth, "Content-Type": "text/plain"})
        check(s == 200 and json.loads(d)["outcome"] == "unchanged", f"POST again: {s} {d}")
        line = json.dumps({"id": "json-1", "text": STORY.replace("Lê Văn Khánh", "Võ Thị Hồng"),
                           "published": "2025-03-03"})
        s, h, d = srv.request("POST", "/api/articles", body=line.encode(),
                              headers={**auth, "Content-Type": "application/json"})
        check(s == 201 and json.loads(d)["doc"] == "json-1", f"POST JSON: {s} {d}")
        for body, ctype, want, what in [
                (b'{"text": 5}', "application/json", 400, "JSON without text"),
                (b"{not json", "application/json", 400, "malformed JSON"),
                (b"\xff\xfe bad", "text/plain", 400, "invalid UTF-8"),
                (b"  \n", "text/plain", 400, "empty story"),
                (b"<x/>", "application/xml", 415, "XML body"),
                (b'{"text": "x", "published": "2024-02-30"}', "application/json", 400, "bad date"),
                (b'{"text": "x", "url": "javascript:alert(1)"}', "application/json", 400, "bad url")]:
            s, h, d = srv.request("POST", "/api/articles", body=body,
                                  headers={**auth, "Content-Type": ctype})
            error_of(s, json.loads(d), want, what)
        for headers, want, what in [
                ({"Content-Type": "text/plain"}, 413, "a 9 MiB story"),
                ({"Content-Type": "text/plain", "Transfer-Encoding": "chunked"}, 411, "chunks"),
                ({"Content-Type": "application/x-www-form-urlencoded"}, 415, "a form")]:
            body = b"x" * (9 << 20)
            if "Transfer-Encoding" in headers:
                body = iter([b"x" * 1000] * 20000)  # 20 MB in chunks, never read
            s, h, d = srv.request("POST", "/api/articles", body=body, headers={**auth, **headers})
            error_of(s, json.loads(d), want, what)
        s, h, d = srv.request("GET", "/api/articles")
        error_of(s, json.loads(d), 405, "GET /api/articles")
        check(h.get("Allow") == "POST", f"Allow POST: {h}")
        check(srv.get("/api/health")[0] == 200, "the server answers after the refused bodies")
        # Durable before the reply: a killed server loses nothing.
        srv.proc.kill()
        srv.proc.wait()
        out = subprocess.run([VNKG, "query", "--db", db, "--json", "search", "vo thi hong"],
                             capture_output=True, text=True)
        check(out.returncode == 0 and json.loads(out.stdout)["total"] == 1,
              f"a posted story survives kill -9: {out.stdout} {out.stderr}")
    finally:
        if srv.proc.poll() is None:
            srv.stop()


def across_the_reform(tmp):
    """The holders query across the July 2025 reform, and places, as the CLI
    answers them: a 2020 Bí thư of Tỉnh ủy Tiền Giang, a 2025-10 one of Tỉnh
    ủy Đồng Tháp."""
    db = os.path.join(tmp, "db-reform")
    fixtures = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "reform.jsonl")
    subprocess.run([VNKG, "ingest", "--quiet", "--db", db, fixtures], check=True)
    srv = Server(db)
    try:
        s, b = srv.get("/api/localities", q="tỉnh Tiền Giang")
        units = envelope(b, "localities")
        march = [u for u in units if u["map"] == "2025-03"]
        check(s == 200 and march and any(x["name"] == "tỉnh Đồng Tháp" for x in march[0]["successors"]),
              f"Tiền Giang's successors name Đồng Tháp: {str(b)[:300]}")
        s, b = srv.get(f"/api/localities/{march[0]['id']}") if march else (0, {})
        check(s == 200 and envelope(b, "locality")[0]["code"] == "82", f"locality by id: {str(b)[:200]}")
        for unit in march[0]["successors"] if march else []:
            s, b = srv.get(f"/api/localities/{unit['id']}")
            check(s == 200 and envelope(b, "successor")[0]["map"] == "2025-07",
                  f"a successor's id opens, written by a story or not: {s} {str(b)[:200]}")
        error_of(*srv.get("/api/localities"), 400, "localities without q")
        error_of(*srv.get("/api/localities/l:0000000000000001"), 404, "unknown locality")
        s, b = srv.get("/api/search", q="Tỉnh ủy Đồng Tháp", kind="organization")
        dt = [h for h in envelope(b, "search") if h["name"] == "Tỉnh ủy Đồng Tháp"]
        check(dt and dt[0].get("map") == "2025-07", f"an organization's map in search: {b}")
        org = dt[0]["id"]
        s, b = srv.get(f"/api/organizations/{org}")
        o = envelope(b, "organization")[0]
        check(any(x["name"] == "Tỉnh ủy Tiền Giang" for x in o["predecessors"]),
              f"the organization's lineage: {o}")
        s, b = srv.get(f"/api/organizations/{org}/holders", position="Bí thư", with_predecessors="true")
        terms = envelope(b, "holders with predecessors")
        held = [t for t in terms if t.get("held_in")]
        check(len(terms) >= 2 and held and held[0]["held_in"]["name"] == "Tỉnh ủy Tiền Giang"
              and not terms[-1].get("held_in"), f"holders with predecessors: {str(b)[:400]}")
        s, b = srv.get(f"/api/organizations/{org}/holders", position="Bí thư")
        check(all(not t.get("held_in") for t in envelope(b, "holders")), "without predecessors")
        error_of(*srv.get(f"/api/organizations/{org}/holders", with_predecessors="maybe"), 400,
                 "with_predecessors=maybe")
    finally:
        srv.stop()


def main():
    tmp = tempfile.mkdtemp()
    try:
        read_only(tmp)
        writable(tmp)
        across_the_reform(tmp)
        # Bad command lines.
        r = subprocess.run([VNKG, "serve", "--db", os.path.join(tmp, "missing")],
                           capture_output=True, text=True)
        check(r.returncode == 2 and "missing" in r.stderr, f"missing db: {r.returncode} {r.stderr}")
        r = subprocess.run([VNKG, "serve", "--db", os.path.join(tmp, "db"), "--port", "70000"],
                           capture_output=True, text=True)
        check(r.returncode == 64, f"bad port: {r.returncode}")
        r = subprocess.run([VNKG, "serve", "--db", os.path.join(tmp, "db"), "--write-token", " " * 9],
                           capture_output=True, text=True)
        check(r.returncode == 64 and "write-token" in r.stderr, f"blank token: {r.returncode}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        sys.exit(f"{len(failures)} failures")
    print("ok")


main()
