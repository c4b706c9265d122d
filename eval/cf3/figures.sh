#!/usr/bin/env bash
# Scores a bot binary's main-event figures and their originators on eval/cf3's labels (figures.jsonl; README.md
# here). Fit half (fit-ids.txt: sha1(id) even) in full, its differing figures with ERRORS=1; held-out half
# (held-ids.txt: sha1(id) odd) as totals only; FIT_ONLY=1 prints nothing of the held-out half.
# usage: figures.sh BIN   (texts: the git-ignored analyze/testdata/gate/news/cf3-pages.jsonl, README.md "Texts")
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
exec bash "$root/eval/figset.sh" "$1" "$root/analyze/testdata/gate/news/cf3-pages.jsonl" "$here/figures.jsonl" "$here" news:url items
