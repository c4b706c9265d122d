#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/rwp9's figure labels (rwp9-figures.jsonl;
# README.md here, "Figures"): the fit half (fit-ids.txt) in full, its differing figures with ERRORS=1; the held-out
# half (held-ids.txt) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts: the git-ignored analyze/testdata/gate/rwp/rwp9-pages.jsonl)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
pages=$root/analyze/testdata/gate/rwp/rwp9-pages.jsonl
[ -s "$pages" ] || { echo "figures.sh: no texts at $pages (README.md here says how they were collected)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$pages" "$here" "$work" <<'PY'
import json, os, sys
pages, here, out = sys.argv[1:4]
sys.path.insert(0, os.path.join(here, ".."))
from origpub import head_lines
T = {json.loads(l)["id"]: json.loads(l) for l in open(pages)}
held = {l.strip() for l in open(os.path.join(here, "held-ids.txt")) if l.strip()}
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh, \
        open(out + "/meta.jsonl", "w") as fm:
    for l in open(os.path.join(here, "rwp9-figures.jsonl")):
        g = json.loads(l); a = T.get(g["id"])
        if a is None:
            print(f"figures.sh: {g['id']} has no text; left out", file=sys.stderr)
            continue
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "url": a.get("url", "")}) + "\n")
        fm.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "url": a.get("url", ""), "source": "",
                             "head": head_lines(a["text"])}) + "\n")
        (fh if g["id"] in held else ff).write(l)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" documents
