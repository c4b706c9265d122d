#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/orig2's labels (figures.jsonl;
# README.md here). Fit half (sha1(id) odd) in full, its differing figures with ERRORS=1; held-out half
# (sha1(id) even) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (ids.tsv here; texts from the gate caches of analyze/testdata/gate/cnndm and open)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$root/analyze/testdata/gate" "$here/ids.tsv" "$here/figures.jsonl" "$work" <<'PY'
import hashlib, json, os, sys
gate, ids, labels, out = sys.argv[1:5]
# the pools' texts are local caches (git-ignored): COMMANDS.md's copies of analyze/testdata/gate/{cnndm,open}
POOLS = {"cnndm": ("cnndm/pool.jsonl", "cnndm"), "cep": ("open/cep.jsonl", "wikipedia-cep"), "wikinews": ("open/wikinews.jsonl", "wikinews")}
pool = dict(l.rstrip("\n").split("\t") for l in open(ids) if l.strip() and not l.startswith("#"))
T = {}
for name, (path, source) in POOLS.items():
    for l in open(os.path.join(gate, path)):
        a = json.loads(l)
        if pool.get(a["id"]) == name:
            a["source"] = a.get("source") or source
            T[a["id"]] = a
missing = [i for i in pool if i not in T]
if missing:
    sys.exit(f"figures.sh: {len(missing)} texts missing from the gate caches (analyze/testdata/gate/cnndm, open)")
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh, \
        open(out + "/meta.jsonl", "w") as fm:
    for l in open(labels):
        g = json.loads(l); a = T[g["id"]]
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "source": a["source"]}) + "\n")
        fm.write(json.dumps({"id": a["id"], "outlet": a["source"] or "news"}) + "\n")  # news: the outlet publishes
        (fh if int(hashlib.sha1(g["id"].encode()).hexdigest(), 16) % 2 == 0 else ff).write(l)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" items
