#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on the fresh figure sample of the
# seventh session (figures-fresh.jsonl; README.md here, "figures-fresh"): FIGNEWS posts of French,
# Hebrew, Arabic and Hindi outlets in the file's English machine translation, and HumSet agency
# documents that rwp7 did not take. Held out WHOLE: scored as totals only, never its items.
# usage: figures-fresh.sh BIN [LABELS]   (after `eval/open/fetch.sh --fignews ...` and
#        `ALL=1 sh eval/rwp/fetch-rwp7.sh --git ... analyze/testdata/gate/rwp/rwp7-all.jsonl`)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); ev=$root/../shared/eval
labels=${2:-$here/figures-fresh.jsonl}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$root/analyze/testdata/gate" "$labels" "$work" <<'PY'
import json, os, sys
gate, labels, out = sys.argv[1:4]
T = {}
for p in (os.path.join(gate, "open", "fignewsmt.jsonl"), os.path.join(gate, "rwp", "rwp7-all.jsonl")):
    if not os.path.exists(p):
        sys.exit(f"figures-fresh.sh: no {p} (see the usage line)")
    for l in open(p):
        a = json.loads(l); T.setdefault(a["id"], a)
n = 0
with open(out + "/articles.jsonl", "w") as fa, open(out + "/gold.jsonl", "w") as fg:
    for l in open(labels):
        g = json.loads(l); a = T.get(g["id"])
        if a is None:
            sys.exit(f"figures-fresh.sh: {g['id']} has no text")
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "source": a.get("source", "")}) + "\n")
        fg.write(l); n += 1
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
echo "== fresh figure sample ($(wc -l <"$work/gold.jsonl") items; held out whole: totals only)"
python3 "$ev/score_figures.py" --pred "$work/analysis.jsonl" --gold "$work/gold.jsonl" | tail -1
python3 "$root/eval/sealed/originator.py" "$work/analysis.jsonl" "$work/gold.jsonl"
