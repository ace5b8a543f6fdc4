#!/usr/bin/env bash
# The same stories written differently must score the same: NFD instead of
# NFC, the other tone placement (hoà/uỷ), CRLF line ends, headlines in
# capitals, "ông" for "đồng chí", and no honorific at all before a name.
# Each variant of the dev set is scored against its gold.
# usage: score_variants.sh VNKG SHARED FLOOR
set -euo pipefail
vnkg=$1 shared=$2 floor=$3
articles=$shared/eval/articles/dev gold=$shared/eval/gold/dev
if [ ! -d "$articles" ] || [ ! -d "$gold" ]; then echo "skipped: no dev set"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$articles" "$tmp" <<'PY'
import glob, os, re, sys, unicodedata
src, out = sys.argv[1], sys.argv[2]
TONES = "\u0300\u0301\u0303\u0309\u0323"
def other_placement(word):
    d = unicodedata.normalize("NFD", word)
    tone = [c for c in d if c in TONES]
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    if not tone or not re.search(r"(oa|oe|uy)$", base.lower()):
        return word
    return unicodedata.normalize("NFC", base + tone[0])  # mark on the last vowel
def caps_head(text):
    lines = text.split("\n")
    for i, l in enumerate(lines):
        if l.strip():
            lines[i] = l.upper()
            break
    return "\n".join(lines)
variants = {
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "tones": lambda t: re.sub(r"\w+", lambda m: other_placement(m.group(0)), t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "caps_headline": caps_head,
    "ong": lambda t: t.replace("Đồng chí", "Ông").replace("đồng chí", "ông"),
    "no_honorific": lambda t: re.sub(r"\b(Đồng chí|đồng chí|đ/c|Đ/c|Ông|ông|Bà|bà) (?=[A-ZĐÂĂÊÔƠƯ])", "", t),
}
for name, fn in variants.items():
    os.makedirs(os.path.join(out, name))
    for f in glob.glob(os.path.join(src, "*.txt")):
        text = open(f, encoding="utf-8").read()
        with open(os.path.join(out, name, os.path.basename(f)), "w", encoding="utf-8", newline="") as g:
            g.write(fn(text))
PY
status=0
for v in nfd tones crlf caps_headline ong no_honorific; do
  "$vnkg" extract "$tmp/$v" > "$tmp/$v.jsonl"
  line=$(python3 "$shared/eval/score.py" --gold "$gold" --pred "$tmp/$v.jsonl" | tail -1)
  echo "$v: $line"
  python3 "$shared/eval/score.py" --gold "$gold" --pred "$tmp/$v.jsonl" --min-overall "$floor" > /dev/null \
    || { echo "FAIL: $v below $floor"; status=1; }
done
exit $status
