#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/orig3w's labels (figures.jsonl;
# README.md here). Fit half (fit-ids.txt: sha1(id) even) in full, its differing figures with ERRORS=1; held-out
# half (held-ids.txt: sha1(id) odd) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts from the git-ignored gate cache analyze/testdata/gate/open/fignewsmt.jsonl)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$root/analyze/testdata/gate/open/fignewsmt.jsonl" "$here" "$work" <<'PY'
import json, os, sys
src, here, out = sys.argv[1:4]
fit = set(open(os.path.join(here, "fit-ids.txt")).read().split())
held = set(open(os.path.join(here, "held-ids.txt")).read().split())
T = {}
for l in open(src):
    a = json.loads(l)
    if a["id"] in fit | held:
        T.setdefault(a["id"], a)
missing = (fit | held) - set(T)
if missing:
    sys.exit(f"figures.sh: {len(missing)} texts missing from {src} (eval/open/fetch.sh --fignews)")
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh, \
        open(out + "/meta.jsonl", "w") as fm:
    for l in open(os.path.join(here, "figures.jsonl")):
        g = json.loads(l); a = T[g["id"]]
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "source": a.get("source") or "fignews-mt"}) + "\n")
        fm.write(json.dumps({"id": a["id"], "outlet": a.get("source") or "fignews-mt"}) + "\n")  # news: the outlet publishes
        (ff if g["id"] in fit else fh).write(l)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" items
