#!/usr/bin/env bash
# figset.sh BIN PAGES LABELS SETDIR GENRE UNIT: the body every labelled figure set's figures.sh shares. Analyses
# PAGES (a git-ignored text cache) with BIN and scores its main-event figures and their originators against LABELS:
# the fit half (SETDIR/fit-ids.txt) in full, its differing figures with ERRORS=1; the held-out half
# (SETDIR/held-ids.txt) as totals only; FIT_ONLY=1 prints nothing of the held-out half. GENRE is eval/figprep.py's
# (news:url, agency); UNIT names the items in the headings (items, documents).
set -euo pipefail
bin=$(readlink -f "$1") pages=$2 labels=$3 dir=$4 genre=$5 unit=$6
root=$(cd "$(dirname "$0")/.." && pwd)
[ -s "$pages" ] || { echo "figures.sh: no texts at $pages ($dir/README.md says how they were collected)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$root/eval/figprep.py" "$pages" "$labels" "$dir/fit-ids.txt" "$dir/held-ids.txt" "$work" "$genre"
"$bin" analyze --jsonl <"$work/articles.jsonl" >"$work/analysis.jsonl"
bash "$root/eval/figures-halves.sh" "$work" "$unit"
