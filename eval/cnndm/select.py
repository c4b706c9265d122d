#!/usr/bin/env python3
"""Chooses the labelled sample of the CNN/DailyMail pool (README.md here).
usage: select.py POOL.jsonl ANALYSIS.jsonl OUTDIR
POOL: every story of analyze/testdata/gate/cnndm's four files as {id: cnndm-KEY-N, text} (line N from 1);
ANALYSIS: `bot analyze --jsonl` of main 0bdfa6b over it. The sample is every story that binary gives a
category (the gate's candidates) and the first 30 in sha1(id) order of the others. Halves: sha1(id) parity
(even: fit). Writes OUTDIR/sample-ids.txt (sha1 order), fit-ids.txt, held-ids.txt."""
import hashlib, json, sys
pool, analysis, out = sys.argv[1:4]
h = lambda i: int(hashlib.sha1(i.encode()).hexdigest(), 16)
ids = [json.loads(l)["id"] for l in open(pool)]
flagged = {json.loads(l)["id"] for l in open(analysis) if json.loads(l).get("categories")}
rest = sorted((i for i in ids if i not in flagged), key=h)[:30]
sample = sorted(list(flagged) + rest, key=h)
open(f"{out}/sample-ids.txt", "w").write("".join(i + "\n" for i in sample))
open(f"{out}/fit-ids.txt", "w").write("".join(i + "\n" for i in sample if h(i) % 2 == 0))
open(f"{out}/held-ids.txt", "w").write("".join(i + "\n" for i in sample if h(i) % 2 == 1))
print(len(flagged), "given a category,", len(rest), "others;", len(sample), "in all", file=sys.stderr)
