#!/usr/bin/env bash
# Scores a bot binary on the ReliefWeb pages of 2018 and later (eval/rwp/README.md).
# usage: [LABELS=rwp2-categories.jsonl] score.sh BIN [PAGES]   PAGES: the texts (JSON Lines
# id,title,text; default: the git-ignored analyze/testdata/gate/rwp/pages.jsonl, which holds both
# sets' pages); LABELS: the label file of this folder to score (default rwp-categories.jsonl, the
# first set). The fit half is printed in full (its errors may be read); the held-out half as
# aggregates only. ALL_HELD=1 holds every item out (a set scored as a whole, aggregates only).
# LABELS may also be a path (eval/open uses this script with its own labels); SOURCE names the
# articles' source (default reliefweb.int). HELD_IDS=FILE holds out the ids listed in FILE (one per line)
# instead of the sha1 parity rule (rwp7: rwp7-held-ids.txt, whose parity is the opposite). FIT_ONLY=1 prints
# nothing of the held-out half (for rounds that change the code: held totals at the start and end only).
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd); ev=$root/../shared/eval
pages=${2:-$root/analyze/testdata/gate/rwp/pages.jsonl}
[ -s "$pages" ] || { echo "score.sh: no texts at $pages (eval/rwp/README.md says where they come from)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
labels=${LABELS:-rwp-categories.jsonl}
case $labels in /*) ;; *) labels=$here/$labels ;; esac
python3 - "$pages" "$labels" "$work" "${SOURCE:-reliefweb.int}" <<'PY'
import json, os, sys, hashlib
pages, labels, out, source = sys.argv[1:5]
T = {}
held_ids = None
if os.environ.get("HELD_IDS"):
    held_ids = {x.strip() for x in open(os.environ["HELD_IDS"]) if x.strip()}
for l in open(pages):
    a = json.loads(l); T[a["id"]] = a
# The texts are collected again on each machine from the labelled urls; a page the tool library's
# store no longer gives is left out of both halves, and said (stderr).
missing = 0
with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, open(out + "/held.jsonl", "w") as fh:
    for l in open(labels):
        g = json.loads(l)
        a = T.get(g["id"])
        if a is None:
            missing += 1
            continue
        fa.write(json.dumps({"id": a["id"], "title": a.get("title", ""), "text": a["text"], "url": a.get("url", ""), "source": source}) + "\n")
        if held_ids is not None:
            held = os.environ.get("ALL_HELD") == "1" or g["id"] in held_ids
        else:
            held = os.environ.get("ALL_HELD") == "1" or int(hashlib.sha1(g["id"].encode()).hexdigest(), 16) % 2 == 0
        (fh if held else ff).write(l)
if missing:
    print(f"score.sh: {missing} labelled pages have no text here and are left out", file=sys.stderr)
PY
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
if [ -s "$work/fit.jsonl" ]; then
  echo "== fit half (development: errors may be read; $(wc -l <"$work/fit.jsonl") pages with text)"
  python3 "$ev/score.py" analyze --pred "$work/analysis.jsonl" --gold "$work/fit.jsonl"
  python3 "$root/eval/sealed/extra.py" "$work/analysis.jsonl" "$work/fit.jsonl" >"$work/extra-fit.txt"; head -2 "$work/extra-fit.txt"
fi
if [ "${FIT_ONLY:-}" != 1 ]; then echo "== held-out half (aggregates only; $(wc -l <"$work/held.jsonl") pages with text)"; fi
if [ -s "$work/held.jsonl" ] && [ "${FIT_ONLY:-}" != 1 ]; then
  python3 "$ev/score.py" analyze --pred "$work/analysis.jsonl" --gold "$work/held.jsonl" | tail -1
  python3 "$root/eval/sealed/extra.py" "$work/analysis.jsonl" "$work/held.jsonl" >"$work/extra-held.txt"; head -1 "$work/extra-held.txt"
fi
if [ "${ERRORS:-}" = 1 ]; then
  # fit half only (the held half stays totals only): the items whose categories differ, then the
  # ceasefire status errors where gold and analysis both say ceasefire
  python3 - "$work/analysis.jsonl" "$work/fit.jsonl" "$work/articles.jsonl" <<'PY'
import json, sys
P = {j["id"]: j for j in map(json.loads, open(sys.argv[1]))}
A = {j["id"]: j for j in map(json.loads, open(sys.argv[3]))}
G = list(map(json.loads, open(sys.argv[2])))
def head(g): return repr((A[g["id"]]["title"] or A[g["id"]]["text"])[:90])
print("== fit half: items whose categories differ (gold → analysis)")
for g in G:
    p = P.get(g["id"], {})
    gc, pc = sorted(g.get("categories") or []), sorted(p.get("categories") or [])
    if gc != pc:
        print(f'{g["id"]}\t{gc} → {pc}\tconflict={g.get("conflict")}\t{head(g)}\t# {g.get("note","")[:100]}')
print("== fit half: ceasefire status errors where both say ceasefire (gold → analysis)")
for g in G:
    p = P.get(g["id"], {})
    both = "ceasefire" in (g.get("categories") or []) and "ceasefire" in (p.get("categories") or [])
    if both and g.get("ceasefire_status") != p.get("ceasefire_status"):
        print(f'{g["id"]}\tstatus {g.get("ceasefire_status")} → {p.get("ceasefire_status")}\t{head(g)}\t# {g.get("note","")[:140]}')
PY
fi
