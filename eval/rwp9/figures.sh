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
python3 "$root/eval/figprep.py" "$pages" "$here/rwp9-figures.jsonl" "$here/fit-ids.txt" "$here/held-ids.txt" "$work" agency
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" documents
