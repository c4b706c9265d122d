#!/usr/bin/env bash
# Scores story assignment on an articles/pairs set in three arrival orders, like
# `../shared/eval/run stories` but for any articles file.
# usage: story/testdata/ecbplus/run.sh BOT ARTICLES.jsonl PAIRS.jsonl
set -euo pipefail
bot=$1 arts=$2 pairs=$3
here=$(cd "$(dirname "$0")" && pwd)
score=$here/../../../../shared/eval/score_stories.py
[ -f "$score" ] || score=/work/shared/eval/score_stories.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$arts" "$work" <<'PY'
import json, sys
L = [json.loads(l) for l in open(sys.argv[1])]
key = lambda a: a.get("published") or ""
open(sys.argv[2] + "/by-date.jsonl", "w").write("".join(json.dumps(a) + "\n" for a in sorted(L, key=key)))
open(sys.argv[2] + "/newest-first.jsonl", "w").write("".join(json.dumps(a) + "\n" for a in sorted(L, key=key, reverse=True)))
PY
for order in file by-date newest-first; do
  in=$arts; [ $order = file ] || in="$work/$order.jsonl"
  "$bot" ingest --db "$work/st-$order.db" --jsonl "$in" >/dev/null
  "$bot" stories --db "$work/st-$order.db" --jsonl >"$work/st-$order.jsonl"
  python3 "$score" --pairs "$pairs" --map "$work/st-$order.jsonl" --label "$order: "
done
