#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/named's labels (figures.jsonl; README.md
# here). Fit half (fit-ids.txt: sha1(id) even) in full, its differing figures with ERRORS=1; held-out half
# (held-ids.txt: sha1(id) odd) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts: the git-ignored analyze/testdata/gate/news/named-pages.jsonl, README.md "Texts")
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
src=$root/analyze/testdata/gate/news/named-pages.jsonl
[ -s "$src" ] || { echo "figures.sh: no texts at $src (eval/named/README.md says how they were collected)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$src" "$here" "$work" <<'PY'
import json, os, sys
from urllib.parse import urlparse
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
    print(f"figures.sh: {len(missing)} labelled texts missing from {src}; left out of both halves", file=sys.stderr)
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh, \
        open(out + "/meta.jsonl", "w") as fm:
    for l in open(os.path.join(here, "figures.jsonl")):
        g = json.loads(l)
        a = T.get(g["id"])
        if a is None:
            continue
        outlet = urlparse(a["url"]).hostname or ""
        if outlet.startswith("www."):
            outlet = outlet[4:]
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "url": a["url"],
                             "source": outlet}) + "\n")
        fm.write(json.dumps({"id": a["id"], "outlet": outlet}) + "\n")  # news: the outlet publishes
        (ff if g["id"] in fit else fh).write(l)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" items
