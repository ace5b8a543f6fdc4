#!/usr/bin/env bash
# Scores `vnkg extract` on a set of stories against hand-made gold and fails
# when the overall F1 falls below the floor.
# With PATTERN (a shell glob), only the gold files it matches are scored.
# usage: score.sh VNKG SHARED ARTICLES GOLD FLOOR [PATTERN]
set -euo pipefail
vnkg=$1 shared=$2 articles=$3 gold=$4 floor=$5 pattern=${6:-}
if [ ! -d "$articles" ] || [ ! -d "$gold" ] || [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $articles or $gold not present"
  exit 77
fi
out=$(mktemp)
some=$(mktemp -d)
trap 'rm -rf "$out" "$some"' EXIT
if [ -n "$pattern" ]; then
  cp "$gold"/$pattern "$some"/
  gold=$some
fi
"$vnkg" extract "$articles" > "$out"
python3 "$shared/eval/score.py" --gold "$gold" --pred "$out"
# --min-overall compares the unrounded mean; allow for float noise at 1.0.
python3 "$shared/eval/score.py" --gold "$gold" --pred "$out" --min-overall "$(python3 -c "print($floor - 1e-9)")" > /dev/null \
  || { echo "FAIL: overall below the floor $floor"; exit 1; }
