#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on rwp7's figure labels
# (rwp7-figures.jsonl; README.md here, "rwp7 figures"): the fit half (rwp7-fit-ids.txt) in full, its
# differing figures with ERRORS=1; the held-out half (rwp7-held-ids.txt) as totals only.
# usage: figures.sh BIN   (texts: fetch-rwp7.sh writes analyze/testdata/gate/rwp/rwp7-pages.jsonl)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); ev=$root/../shared/eval
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$root/analyze/testdata/gate/rwp/rwp7-pages.jsonl" "$here" "$work" <<'PY'
import json, os, sys
pages, here, out = sys.argv[1:4]
T = {json.loads(l)["id"]: json.loads(l) for l in open(pages)}
held = {l.strip() for l in open(os.path.join(here, "rwp7-held-ids.txt")) if l.strip()}
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh:
    for l in open(os.path.join(here, "rwp7-figures.jsonl")):
        g = json.loads(l); a = T.get(g["id"])
        if a is None:
            sys.exit(f"figures.sh: {g['id']} has no text (run fetch-rwp7.sh)")
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "source": a.get("source", "")}) + "\n")
        (fh if g["id"] in held else ff).write(l)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
echo "== fit half ($(wc -l <"$work/fit.jsonl") documents)"
python3 "$ev/score_figures.py" --pred "$work/analysis.jsonl" --gold "$work/fit.jsonl"
python3 "$root/eval/sealed/originator.py" "$work/analysis.jsonl" "$work/fit.jsonl"
echo "== held-out half ($(wc -l <"$work/held.jsonl") documents; totals only)"
python3 "$ev/score_figures.py" --pred "$work/analysis.jsonl" --gold "$work/held.jsonl" | tail -1
python3 "$root/eval/sealed/originator.py" "$work/analysis.jsonl" "$work/held.jsonl"
if [ "${ERRORS:-}" = 1 ]; then
  echo "== fit half: main figures that differ (gold → analysis)"
  python3 - "$work/analysis.jsonl" "$work/fit.jsonl" <<'PY'
import json, sys
P = {j["id"]: j for j in map(json.loads, open(sys.argv[1]))}
for g in map(json.loads, open(sys.argv[2])):
    f = (P.get(g["id"]) or {}).get("facts") or {}
    for k in ("killed", "injured", "displaced", "evacuated"):
        gf, pf = g.get(k), f.get(k)
        gv = gf and (gf["value"], gf.get("qualifier"), gf.get("originator") or "")
        pv = pf and (pf["value"], pf.get("qualifier"), pf.get("originator") or "")
        if gv != pv:
            print(f'{g["id"]}\t{k}\t{gv} → {pv}\t# {(gf or {}).get("sentence", "")[:120]}')
PY
fi
