#!/usr/bin/env bash
# figures-halves.sh WORK UNIT: the scoring half of eval/open/figures.sh and eval/rwp/figures.sh. WORK holds
# analysis.jsonl (bot analyze --jsonl), fit.jsonl and held.jsonl (figure labels); prints the fit half in full,
# the held-out half as totals only, and with ERRORS=1 the fit half's differing main figures. UNIT names the
# items in the headings ("items", "documents"). FIT_ONLY=1 prints nothing of the held-out half. Originators
# print twice: eval/sealed/originator.py's lines, then origpub.py's (WORK's meta.jsonl: each document's
# title, url, source and first lines): the strict reading and the one where an originator equal to the
# document's own publisher counts equal to "" (both ways); with ERRORS=1 the fit figures where they differ.
set -euo pipefail
work=$1; unit=${2:-items}
here=$(cd "$(dirname "$0")" && pwd); ev=$here/../../shared/eval
echo "== fit half ($(wc -l <"$work/fit.jsonl") $unit)"
python3 "$ev/score_figures.py" --pred "$work/analysis.jsonl" --gold "$work/fit.jsonl"
o=$(python3 "$here/sealed/originator.py" "$work/analysis.jsonl" "$work/fit.jsonl"); echo "$o"
python3 "$here/origpub.py" "$work/analysis.jsonl" "$work/fit.jsonl" "$work/meta.jsonl" --base "$o" $([ "${ERRORS:-}" = 1 ] && echo --changed)
if [ "${FIT_ONLY:-}" != 1 ]; then
  echo "== held-out half ($(wc -l <"$work/held.jsonl") $unit; totals only)"
  python3 "$ev/score_figures.py" --pred "$work/analysis.jsonl" --gold "$work/held.jsonl" | tail -1
  o=$(python3 "$here/sealed/originator.py" "$work/analysis.jsonl" "$work/held.jsonl"); echo "$o"
  python3 "$here/origpub.py" "$work/analysis.jsonl" "$work/held.jsonl" "$work/meta.jsonl" --base "$o"
fi
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
