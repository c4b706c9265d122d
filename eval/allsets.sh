#!/usr/bin/env bash
# Every category set of README's measurement table in one run: the fit half of each in full (its errors may
# be read), the held half as one aggregate line; talks2 and the figure sets after them. Sets whose texts are
# not on this machine (git-ignored caches; eval/caches.sh and each set's README say how to get them) are
# skipped. usage, from a checkout root: bash eval/allsets.sh BIN   (FIT_ONLY=1: no held line; ERRORS=1: fit errors)
B=$(readlink -f "$1"); R=$PWD; G=analyze/testdata/gate
s() { local name=$1; shift; echo "##### $name"; env "$@" 2>&1 | grep -v "^$" ; }
s fignews LABELS=$R/eval/open/fignews-labels.jsonl SOURCE=fignews bash eval/rwp/score.sh $B $G/open/fignews.jsonl
s cep LABELS=$R/eval/open/cep-labels.jsonl SOURCE=wikipedia-cep bash eval/rwp/score.sh $B $G/open/cep.jsonl
s wikinews LABELS=$R/eval/open/wikinews-labels.jsonl SOURCE=wikinews bash eval/rwp/score.sh $B $G/open/wikinews.jsonl
s truce LABELS=$R/eval/open/truce-labels.jsonl HELD_IDS=eval/open/truce-held-ids.txt SOURCE=fignews bash eval/rwp/score.sh $B $G/open/fignewsmt.jsonl
s rwp5 LABELS=rwp5-categories.jsonl bash eval/rwp/score.sh $B $G/rwp/rwp5-pages.jsonl
s rwp7 LABELS=rwp7-categories.jsonl HELD_IDS=eval/rwp/rwp7-held-ids.txt bash eval/rwp/score.sh $B $G/rwp/rwp7-pages.jsonl
s rwp8 LABELS=rwp8-categories.jsonl HELD_IDS=eval/rwp/rwp8-held-ids.txt bash eval/rwp/score.sh $B $G/rwp/rwp7-all.jsonl
s dons LABELS=$R/eval/dons/dons-categories.jsonl HELD_IDS=eval/dons/held-ids.txt SOURCE=who.int bash eval/rwp/score.sh $B $G/dons/who-dons.jsonl
s cnndm LABELS=$R/eval/cnndm/cnndm-categories.jsonl HELD_IDS=eval/cnndm/held-ids.txt SOURCE=cnndm bash eval/rwp/score.sh $B $G/cnndm/pool.jsonl
s mix9 LABELS=$R/eval/mix9/mix9-labels.jsonl HELD_IDS=eval/mix9/held-ids.txt SOURCE=fignews bash eval/rwp/score.sh $B $G/open/mix9-pages.jsonl
[ -s $G/rwp/rwp9-pages.jsonl ] && s rwp9 HELD_IDS=eval/rwp9/held-ids.txt LABELS=$R/eval/rwp9/rwp9-categories.jsonl bash eval/rwp/score.sh $B $G/rwp/rwp9-pages.jsonl
[ -s $G/news/cf2-pages.jsonl ] && s cf2 HELD_IDS=eval/cf2/held-ids.txt LABELS=$R/eval/cf2/cf2-categories.jsonl SOURCE=news bash eval/rwp/score.sh $B $G/news/cf2-pages.jsonl
[ -s $G/news/cf3-pages.jsonl ] && s cf3 HELD_IDS=eval/cf3/held-ids.txt LABELS=$R/eval/cf3/cf3-categories.jsonl SOURCE=news bash eval/rwp/score.sh $B $G/news/cf3-pages.jsonl
[ -s $G/rwp/rwp10-pages.jsonl ] && s rwp10 HELD_IDS=eval/rwp10/held-ids.txt LABELS=$R/eval/rwp10/rwp10-categories.jsonl bash eval/rwp/score.sh $B $G/rwp/rwp10-pages.jsonl
[ -s $G/rwp/rwp11-pages.jsonl ] && [ -s $R/eval/rwp11/rwp11-categories.jsonl ] && s rwp11 HELD_IDS=eval/rwp11/held-ids.txt LABELS=$R/eval/rwp11/rwp11-categories.jsonl bash eval/rwp/score.sh $B $G/rwp/rwp11-pages.jsonl
[ -s $G/news/neg1-pages.jsonl ] && s neg1 HELD_IDS=eval/neg1/held-ids.txt LABELS=$R/eval/neg1/neg1-categories.jsonl SOURCE=news bash eval/rwp/score.sh $B $G/news/neg1-pages.jsonl
[ -s $G/news/talks2-pages.jsonl ] && [ "${FIT_ONLY:-}" != 1 ] && { echo "##### talks2"; bash eval/talks2/score.sh $B 2>&1; }
for f in open rwp orig2 orig3w named rwp9 cf3 orig4; do
  case $f in rwp) echo "##### figures rwp8"; SET=rwp8 bash eval/rwp/figures.sh $B 2>&1 | tail -4;;
  *) echo "##### figures $f"; bash eval/$f/figures.sh $B 2>&1 | tail -4;; esac
done
