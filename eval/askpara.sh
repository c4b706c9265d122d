#!/usr/bin/env bash
# /ask on the fit questions as written and rewritten (eval/askpara.py), each pair on q-agency's store: a fall from
# "-orig" to the rewrite is wording read, not the question. Fit halves only; prints answer / first citation per pair.
# One askbench run scores every file (the store is built once).
# usage, from a checkout root: bash eval/askpara.sh [OUTDIR] [askbench flags, e.g. -v]
set -e
D=${1:-/tmp/askpara}
shift || true
python3 eval/askpara.py $D > $D.counts 2>/dev/null || { mkdir -p $D; python3 eval/askpara.py $D > $D.counts; }
go build -o $D/askbench ./cmd/askbench
A="../shared/eval/articles.jsonl,../shared/corpus/reliefweb-2017.jsonl@analyze/testdata/labels/rw-dev-ids.txt,analyze/testdata/gate/rwp/rwp7-all.jsonl@ask/testdata/q-agency-store-ids.txt"
E=
for n in $(cut -d' ' -f1 $D.counts); do E=$E${E:+,}$D/$n-orig.jsonl,$D/$n.jsonl; done
$D/askbench -eval $E -articles $A "$@" 2>&1 | awk '/^  miss/ {print; next} /^[a-z0-9]+(-orig)?\.jsonl:/ {f=$1; sub(/\.jsonl:/, "", f)} /^  fit/ {sub(/ \| bm25.*/, ""); printf "%-18s%s\n", f, $0}'
