#!/usr/bin/env bash
# Kills (SIGKILL) a real `vnkg ingest` in the middle of a run, reopens the
# database, checks that every stored story is whole (vnkg check), then runs
# the ingest again and checks that it finishes the job.
# usage: sigkill_ingest.sh VNKG SAMPLES
set -uo pipefail
vnkg=$1 samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
N=3000

python3 - "$samples" "$tmp/corpus.jsonl" "$N" <<'PY'
import json, os, sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [open(os.path.join(src, f), encoding="utf-8").read() for f in sorted(os.listdir(src)) if f.endswith(".txt")]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        text = texts[i % len(texts)] + "\n\nĐồng chí Nguyễn Văn Số%d, Bí thư Đảng ủy xã Thử%d, dự." % (i, i)
        f.write(json.dumps({"id": "story-%d" % i, "text": text}, ensure_ascii=False) + "\n")
PY

stored() { "$vnkg" check --db "$tmp/db" | sed -n 's/^\([0-9]*\) stories.*/\1/p'; }

delay=0.8
for attempt in 1 2 3 4 5 6; do
  rm -rf "$tmp/db"
  "$vnkg" ingest --db "$tmp/db" --quiet "$tmp/corpus.jsonl" &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  "$vnkg" check --db "$tmp/db" > "$tmp/check.txt" || { cat "$tmp/check.txt"; fail "database inconsistent after SIGKILL"; }
  n=$(stored)
  echo "attempt $attempt: killed after ${delay}s with $n of $N stories stored; check: $(tail -1 "$tmp/check.txt")"
  if [ "$n" -gt 0 ] && [ "$n" -lt "$N" ]; then break; fi
  if [ "$n" -eq 0 ]; then delay=$(python3 -c "print($delay * 2)"); else delay=$(python3 -c "print($delay / 3)"); fi
  [ "$attempt" -eq 6 ] && fail "could not kill the ingest mid-run"
done

"$vnkg" ingest --db "$tmp/db" "$tmp/corpus.jsonl" 2> "$tmp/resume.txt" || { cat "$tmp/resume.txt"; fail "resumed ingest failed"; }
cat "$tmp/resume.txt"
grep -q "$((N - n)) new, 0 updated, $n unchanged, 0 failed" "$tmp/resume.txt" || fail "resume did not finish exactly the missing stories"
"$vnkg" check --db "$tmp/db" > "$tmp/check.txt" || { cat "$tmp/check.txt"; fail "inconsistent after resume"; }
[ "$(stored)" -eq "$N" ] || fail "expected $N stories after resume, got $(stored)"
echo "sigkill_ingest: passed ($(head -1 "$tmp/check.txt"))"
