#!/usr/bin/env bash
# Scores a bot binary on the SEALED ReliefWeb set (aggregates only; never print per-item errors).
# usage: score.sh BIN   (run from anywhere)
set -euo pipefail
bin=$(readlink -f "$1"); root=$(cd "$(dirname "$0")/../.." && pwd); here=$root/eval/sealed; tools=$here; ev=$root/../shared/eval
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$tools/prep.py" "$work"
# Gold without the ids that earlier development saw (excluded-ids.txt; see README).
for f in rw-categories rw-figures rw-questions; do
  python3 -c "
import json, sys
ex = set(open(sys.argv[1]).read().split())
for l in open(sys.argv[2]):
    o = json.loads(l)
    if o.get('id') not in ex and o.get('article_id') not in ex: sys.stdout.write(l)" "$here/excluded-ids.txt" "$here/$f.jsonl" >"$work/$f.jsonl"
done
cp "$here/rw-questions-offtopic.jsonl" "$work/"
"$bin" analyze --jsonl <"$work/sealed-articles.jsonl" >"$work/analysis.jsonl"
echo "== categories (score.py, sealed rw)"
python3 "$ev/score.py" analyze --pred "$work/analysis.jsonl" --gold "$work/rw-categories.jsonl" | tail -1
python3 "$tools/extra.py" "$work/analysis.jsonl" "$work/rw-categories.jsonl"
# The second, independent reading of the same articles (rw-categories-second.jsonl): the analysis
# against it, and how far the two readings agree with each other (the ceiling a reader sets).
python3 -c "
import json, sys
ex = set(open(sys.argv[1]).read().split())
for l in open(sys.argv[2]):
    if json.loads(l)['id'] not in ex: sys.stdout.write(l)" "$here/excluded-ids.txt" "$here/rw-categories-second.jsonl" >"$work/rw-categories-second.jsonl"
echo "== categories against the second reading"
python3 "$ev/score.py" analyze --pred "$work/analysis.jsonl" --gold "$work/rw-categories-second.jsonl" | tail -1
# Non-conflict items flagged where the two readings agree that an item is not about war: the
# readings themselves differ on the conflict flag of some reports (aid-sector business, the
# first reading false and the second true), so this is the part of the gate's error no reader
# disputes. Aggregates only.
python3 -c "
import json, sys
P = {j['id']: j for j in map(json.loads, open(sys.argv[1]))}
A = {j['id']: j for j in map(json.loads, open(sys.argv[2]))}
B = {j['id']: j for j in map(json.loads, open(sys.argv[3]))}
neg = [i for i in A if A[i].get('conflict') is False and B.get(i, {}).get('conflict') is False]
dis = [i for i in A if A[i].get('conflict') is False and B.get(i, {}).get('conflict') is True]
f = lambda ids: sum(1 for i in ids if P.get(i, {}).get('categories'))
print(f'non-conflict flagged where both readings say not about war {f(neg)}/{len(neg)} = {f(neg)/max(1,len(neg)):.3f}; '
      f'where the readings differ (first not, second about war) {f(dis)}/{len(dis)}')" "$work/analysis.jsonl" "$work/rw-categories.jsonl" "$work/rw-categories-second.jsonl"
echo "== the second reading scored against the first (reader agreement)"
python3 "$ev/score.py" analyze --pred "$work/rw-categories-second.jsonl" --gold "$work/rw-categories.jsonl" | tail -1
if [ -s "$work/rw-figures.jsonl" ]; then
  echo "== figures (score_figures.py, sealed rw)"
  python3 "$ev/score_figures.py" --pred "$work/analysis.jsonl" --gold "$work/rw-figures.jsonl" | tail -3
  o=$(python3 "$tools/originator.py" "$work/analysis.jsonl" "$work/rw-figures.jsonl"); echo "$o"
  # The same originators read with an originator equal to the report's own publisher counted equal to ""
  # (both ways; declared at stop 48 before any held score was read; eval/origpub.py): totals only.
  python3 - "$work/sealed-articles.jsonl" "$root/eval" >"$work/meta.jsonl" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[2])
from origpub import head_lines
for l in open(sys.argv[1]):
    a = json.loads(l)
    print(json.dumps({"id": a["id"], "title": a.get("title", ""), "url": a.get("url", ""), "source": a.get("source", ""),
                      "head": head_lines(a.get("text", ""))}))
PY
  python3 "$root/eval/origpub.py" "$work/analysis.jsonl" "$work/rw-figures.jsonl" "$work/meta.jsonl" --base "$o"
fi
if [ -s "$work/rw-questions.jsonl" ]; then
  echo "== ask (sealed rw questions; all 640 rw articles ingested)"
  "$bin" ingest --db "$work/n.db" --jsonl "$work/all-articles.jsonl" >/dev/null
  "$bin" ask --db "$work/n.db" --jsonl <"$work/rw-questions.jsonl" >"$work/answers.jsonl"
  python3 "$ev/score.py" ask --pred "$work/answers.jsonl" --gold "$work/rw-questions.jsonl" | tail -1
  python3 "$tools/bm25.py" "$work/all-articles.jsonl" "$work/rw-questions.jsonl"
  if [ -s "$work/rw-questions-offtopic.jsonl" ]; then
    "$bin" ask --db "$work/n.db" --jsonl <"$work/rw-questions-offtopic.jsonl" >"$work/off.jsonl"
    python3 -c "
import json,sys
L=[json.loads(l) for l in open(sys.argv[1])]
dec=sum(1 for a in L if (not a.get('answer')) or a['answer'].lower().startswith('nothing in the stored') or not a.get('citations'))
print(f'off-topic declined {dec}/{len(L)}')" "$work/off.jsonl"
  fi
fi
