#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on the open sets' figure labels
# (figures.jsonl; README.md here). Fit half in full (its errors may be read: ERRORS=1), held-out
# half (sha1(id) even) as totals only.
# usage: figures.sh BIN   (after fetch.sh; texts in analyze/testdata/gate/open/)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); ev=$root/../shared/eval
texts=$root/analyze/testdata/gate/open
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 - "$texts" "$here/figures.jsonl" "$work" <<'PY'
import glob, hashlib, json, os, sys
texts, labels, out = sys.argv[1:4]
T = {}
for p in sorted(glob.glob(os.path.join(texts, "*.jsonl"))):
    for l in open(p):
        a = json.loads(l); T[a["id"]] = a
missing = 0
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh, \
        open(out + "/meta.jsonl", "w") as fm:
    for l in open(labels):
        g = json.loads(l); a = T.get(g["id"])
        if a is None:
            missing += 1; continue
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "source": a.get("source", "")}) + "\n")
        fm.write(json.dumps({"id": a["id"], "outlet": a.get("source", "") or "news"}) + "\n")  # news: the outlet publishes
        (fh if int(hashlib.sha1(g["id"].encode()).hexdigest(), 16) % 2 == 0 else ff).write(l)
if missing:
    sys.exit(f"figures.sh: {missing} labelled items have no text (run fetch.sh)")
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" items
