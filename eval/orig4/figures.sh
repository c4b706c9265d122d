#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/orig4's labels (figures.jsonl; README.md
# here). Fit half (fit-ids.txt: sha1(id) even) in full, its differing figures with ERRORS=1; held-out half
# (held-ids.txt: sha1(id) odd) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts: the git-ignored analyze/testdata/gate/news/orig4-pages.jsonl, README.md "Texts")
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
src=$root/analyze/testdata/gate/news/orig4-pages.jsonl
[ -s "$src" ] || { echo "figures.sh: no texts at $src (eval/orig4/README.md says how they were collected)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$root/eval/figprep.py" "$src" "$here/figures.jsonl" "$here/fit-ids.txt" "$here/held-ids.txt" "$work" news:url
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" items
