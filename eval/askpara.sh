#!/usr/bin/env bash
# /ask on the fit questions as written and rewritten (eval/askpara.py), each pair on q-agency's store: a fall from
# "-orig" to the rewrite is wording read, not the question. Fit halves only; prints answer / first citation per pair.
# usage, from a checkout root: bash eval/askpara.sh [OUTDIR]
set -e
D=${1:-/tmp/askpara}
python3 eval/askpara.py $D
go build -o $D/askbench ./cmd/askbench
A="../shared/eval/articles.jsonl,../shared/corpus/reliefweb-2017.jsonl@analyze/testdata/labels/rw-dev-ids.txt,analyze/testdata/gate/rwp/rwp7-all.jsonl@ask/testdata/q-agency-store-ids.txt"
for n in which2what what2which nameof number where when accmove; do
  for v in $n-orig $n; do
    printf '%-18s' $v; $D/askbench -eval $D/$v.jsonl -articles $A 2>&1 | grep '^  fit' | sed 's/| bm25.*//'
  done
done
