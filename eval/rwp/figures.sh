#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on rwp7's figure labels
# (rwp7-figures.jsonl; README.md here, "rwp7 figures"): the fit half (rwp7-fit-ids.txt) in full, its
# differing figures with ERRORS=1; the held-out half (rwp7-held-ids.txt) as totals only.
# usage: figures.sh BIN   (texts: fetch-rwp7.sh writes analyze/testdata/gate/rwp/rwp7-pages.jsonl)
# SET=rwp8 scores rwp8's figure labels instead (rwp8-figures.jsonl, rwp8-held-ids.txt; texts:
# ALL=1 fetch-rwp7.sh writes analyze/testdata/gate/rwp/rwp7-all.jsonl).
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); ev=$root/../shared/eval
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
set_=${SET:-rwp7}
case $set_ in rwp7) pages=$root/analyze/testdata/gate/rwp/rwp7-pages.jsonl ;; rwp8) pages=$root/analyze/testdata/gate/rwp/rwp7-all.jsonl ;; *) echo "figures.sh: SET is rwp7 or rwp8" >&2; exit 2 ;; esac
python3 - "$pages" "$here" "$work" "$set_" <<'PY'
import json, os, sys
pages, here, out, set_ = sys.argv[1:5]
sys.path.insert(0, os.path.join(here, ".."))
from origpub import head_lines
T = {json.loads(l)["id"]: json.loads(l) for l in open(pages)}
held = {l.strip() for l in open(os.path.join(here, set_ + "-held-ids.txt")) if l.strip()}
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh, \
        open(out + "/meta.jsonl", "w") as fm:
    for l in open(os.path.join(here, set_ + "-figures.jsonl")):
        g = json.loads(l); a = T.get(g["id"])
        if a is None:
            sys.exit(f"figures.sh: {g['id']} has no text (run fetch-rwp7.sh, with ALL=1 for rwp8)")
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "source": a.get("source", "")}) + "\n")
        fm.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "url": a.get("url", ""), "source": a.get("source", ""),
                             "head": head_lines(a["text"])}) + "\n")
        (fh if g["id"] in held else ff).write(l)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" documents
