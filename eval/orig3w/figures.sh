#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/orig3w's labels (figures.jsonl;
# README.md here). Fit half (fit-ids.txt: sha1(id) even) in full, its differing figures with ERRORS=1; held-out
# half (held-ids.txt: sha1(id) odd) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts from the git-ignored gate cache analyze/testdata/gate/open/fignewsmt.jsonl)
set -euo pipefail
bin=$(readlink -f "$1"); here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$root/eval/figprep.py" "$root/analyze/testdata/gate/open/fignewsmt.jsonl" "$here/figures.jsonl" "$here/fit-ids.txt" "$here/held-ids.txt" "$work" news:fignews-mt
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" items
