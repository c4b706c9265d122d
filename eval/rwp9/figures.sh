#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/rwp9's figure labels (rwp9-figures.jsonl;
# README.md here, "Figures"): the fit half (fit-ids.txt) in full, its differing figures with ERRORS=1; the held-out
# half (held-ids.txt) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts: the git-ignored analyze/testdata/gate/rwp/rwp9-pages.jsonl)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
exec bash "$root/eval/figset.sh" "$1" "$root/analyze/testdata/gate/rwp/rwp9-pages.jsonl" "$here/rwp9-figures.jsonl" "$here" agency documents
