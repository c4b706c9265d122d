#!/usr/bin/env bash
# Scores a bot binary on eval/talks2 (README.md here), held out WHOLE: totals only. Issue 14's measure "agreements and
# negotiations in other wars: recall >= 0.90 at <= 2 % false alarms on violence-only items": talks recall on the items the
# labels call talks, talks given to the items labelled violence and not talks; then the whole set's category scores.
# usage: score.sh BIN [LABELS]   (texts: the git-ignored analyze/testdata/gate/news/talks2-pages.jsonl)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
labels=${2:-$here/talks2-categories.jsonl}
src=$root/analyze/testdata/gate/news/talks2-pages.jsonl
[ -s "$src" ] || { echo "score.sh: no texts at $src (README.md says how they were collected)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 -c '
import json, sys
for l in open(sys.argv[1]):
    a = json.loads(l)
    print(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "url": a.get("url", "")}))
' "$src" >"$work/articles.jsonl"
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl" 2>/dev/null
python3 - "$work/analysis.jsonl" "$labels" <<'PY'
import json, sys
A = {j["id"]: j for j in map(json.loads, open(sys.argv[1]))}
P = {i: set(j.get("categories") or []) for i, j in A.items()}
G = [json.loads(l) for l in open(sys.argv[2])]
talks = [g for g in G if "talks" in g["categories"] and g["id"] in P]
vonly = [g for g in G if "violence" in g["categories"] and "talks" not in g["categories"] and g["id"] in P]
hit = sum("talks" in P[g["id"]] for g in talks)
fa = sum("talks" in P[g["id"]] for g in vonly)
print(f"talks recall {hit}/{len(talks)} = {hit/max(1,len(talks)):.3f}; violence-only items given talks {fa}/{len(vonly)} = {fa/max(1,len(vonly)):.3f}")
cats = ["talks", "ceasefire", "humanitarian", "violence"]
tp = fp = fn = 0
for c in cats:
    t = sum(c in P[g["id"]] and c in g["categories"] for g in G if g["id"] in P)
    f = sum(c in P[g["id"]] and c not in g["categories"] for g in G if g["id"] in P)
    n = sum(c not in P[g["id"]] and c in g["categories"] for g in G if g["id"] in P)
    tp, fp, fn = tp + t, fp + f, fn + n
    print(f"{c:13s} gold {t+n:3d} pred {t+f:3d} F1 {2*t/max(1,2*t+f+n):.3f}")
print(f"mission micro-F1 {2*tp/max(1,2*tp+fp+fn):.3f} ({len(G)} items)")
cf = [g for g in G if "ceasefire" in g["categories"] and g.get("ceasefire_status") and g["id"] in P]
both = [g for g in cf if "ceasefire" in P[g["id"]]]
right = sum(A[g["id"]].get("ceasefire_status") == g["ceasefire_status"] for g in both)
print(f"ceasefire status right {right}/{len(both)} where both say ceasefire ({len(cf)} labelled)")
nc = [g for g in G if not g.get("conflict")]
print(f"not about war given a category {sum(bool(P.get(g['id'])) for g in nc)}/{len(nc)}")
PY
