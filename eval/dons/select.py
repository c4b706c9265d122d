#!/usr/bin/env python3
"""Chooses the labelled sample of the WHO Disease Outbreak News pool (README.md here).
usage: select.py POOL.jsonl ANALYSIS.jsonl OUTDIR
ANALYSIS is `bot analyze --jsonl` of main f9f4950 over the pool (the sample's first part is what that
binary gave a category: the gate's candidate false alarms); the second part is 22 documents naming a
country at war that it gave none, the first 22 in sha1(id) order. Halves are sha1(id) parity (even: fit).
Writes OUTDIR/sample-ids.txt (sha1 order), fit-ids.txt, held-ids.txt."""
import hashlib, json, sys
pool, analysis, out = sys.argv[1:4]
WAR = ["Afghanistan", "Yemen", "Syria", "Iraq", "Sudan", "Somalia", "Nigeria", "Congo", "Central African",
       "Mali", "Burkina", "Niger", "Chad", "Cameroon", "Libya", "Ukraine", "Myanmar", "Ethiopia", "Mozambique",
       "Palestin", "Israel", "Lebanon", "Pakistan", "Colombia"]
DROP = {"don-83645824125a"}  # also in rwp7
h = lambda i: int(hashlib.sha1(i.encode()).hexdigest(), 16)
docs = {json.loads(l)["id"]: json.loads(l) for l in open(pool)}
flagged = {json.loads(l)["id"] for l in open(analysis) if json.loads(l).get("categories")}
first = sorted((i for i in flagged if i not in DROP), key=h)
rest = sorted((i for i, d in docs.items() if i not in flagged and i not in DROP
               and any(w in d.get("country", "") for w in WAR)), key=h)[:22]
ids = sorted(first + rest, key=h)
open(f"{out}/sample-ids.txt", "w").write("".join(i + "\n" for i in ids))
open(f"{out}/fit-ids.txt", "w").write("".join(i + "\n" for i in ids if h(i) % 2 == 0))
open(f"{out}/held-ids.txt", "w").write("".join(i + "\n" for i in ids if h(i) % 2 == 1))
print(len(first), "given a category,", len(rest), "others;", len(ids), "in all", file=sys.stderr)
