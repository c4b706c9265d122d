#!/usr/bin/env bash
# /ask on every question file of ask/testdata/README.md with the store each needs: the 935 development set,
# q-agency, q-agency2, q-agency3, and q-cf3 and q-rwp9 where their texts are on this machine (q-rwp9 only the
# questions whose report has a text). askbench prints fit and report halves per file.
# usage, from a checkout root: bash eval/askall.sh
A="../shared/eval/articles.jsonl,../shared/corpus/reliefweb-2017.jsonl@analyze/testdata/labels/rw-dev-ids.txt"
G=analyze/testdata/gate
go build -o /tmp/askbench-$$ ./cmd/askbench || exit 1
Q=../shared/eval/dev-questions.jsonl
for f in ask/testdata/*.jsonl; do case $(basename $f) in q-agency*|q-rwp9*|q-cf3*|*store*) ;; *) Q=$Q,$f;; esac; done
echo "##### 935 set"; /tmp/askbench-$$ -eval $Q -articles $A 2>&1 | tail -25
for q in q-agency q-agency2 q-agency3; do echo "##### $q"; /tmp/askbench-$$ -eval ask/testdata/$q.jsonl -articles $A,$G/rwp/rwp7-all.jsonl@ask/testdata/q-agency-store-ids.txt 2>&1 | tail -8; done
if [ -s $G/news/cf3-pages.jsonl ]; then
  X=$A,$G/news/cf3-pages.jsonl
  [ -s $G/news/cf2-pages.jsonl ] && X=$X,$G/news/cf2-pages.jsonl
  [ -s $G/news/talks2-pages.jsonl ] && X=$X,$G/news/talks2-pages.jsonl
  echo "##### q-cf3 (partial store unless talks2 pages exist)"; /tmp/askbench-$$ -eval ask/testdata/q-cf3.jsonl -articles $X 2>&1 | tail -8
fi
rm -f /tmp/askbench-$$
if [ -s $G/rwp/rwp9-pages.jsonl ]; then
  python3 - $G/rwp/rwp9-pages.jsonl ask/testdata/q-rwp9.jsonl > /tmp/q-rwp9-have.jsonl <<'PY'
import json, sys
have = {json.loads(l)["id"] for l in open(sys.argv[1])}
for l in open(sys.argv[2]):
    q = json.loads(l)
    if q.get("none") or q.get("article_id") in have or q.get("article_id") == "none": print(l.rstrip())
PY
  go build -o /tmp/askbench-r$$ ./cmd/askbench && echo "##### q-rwp9 ($(wc -l < /tmp/q-rwp9-have.jsonl) questions with text)" && /tmp/askbench-r$$ -eval /tmp/q-rwp9-have.jsonl -articles $A,$G/rwp/rwp7-all.jsonl@ask/testdata/q-agency-store-ids.txt,$G/rwp/rwp9-pages.jsonl 2>&1 | tail -8; rm -f /tmp/askbench-r$$
fi
