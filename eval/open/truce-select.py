#!/usr/bin/env python3
"""Chooses the truce set (truce-labels.jsonl): every FIGNEWS machine-translated post of fetch.sh's
fignewsmt.jsonl (and fignews.jsonl) that names a truce, a ceasefire, a humanitarian pause, a pause in
fighting, a hostage deal/exchange/release or a prisoner exchange, and that no file of eval/open names
(so neither the fignews labels nor the fresh figure sample). No text was read to choose.
Halves, written before any labelling: int(sha1(id), 16) even = FIT (truce-fit-ids.txt), odd = HELD
(truce-held-ids.txt).
  python3 eval/open/truce-select.py    (prints the counts; writes the two id files beside it)
Run once on 2026-12-06, before truce-labels.jsonl existed (it is excluded by name below)."""
import glob, hashlib, json, os, re
here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..")
used = set()
for f in glob.glob(os.path.join(here, "*.jsonl")):
    if os.path.basename(f).startswith("truce-"):
        continue
    for l in open(f):
        try:
            used.add(json.loads(l)["id"])
        except Exception:
            pass
pat = re.compile(r"\b(cease-?fires?|truces?|humanitarian pause|pause in (the )?fighting|hostage (deal|exchange|release)|prisoner exchange)\b", re.I)
docs = {}
for f in ("fignewsmt.jsonl", "fignews.jsonl"):
    for l in open(os.path.join(root, "analyze", "testdata", "gate", "open", f)):
        d = json.loads(l)
        if d["id"] in docs:
            continue
        if pat.search((d.get("title") or "") + " " + d["text"]) and d["id"] not in used:
            docs[d["id"]] = d
ids = sorted(docs)
parity = lambda i: int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2
for name, p in (("truce-fit-ids.txt", 0), ("truce-held-ids.txt", 1)):
    with open(os.path.join(here, name), "w") as f:
        f.write("".join(i + "\n" for i in ids if parity(i) == p))
print("truce: %d posts, fit %d, held %d" % (len(ids), sum(parity(i) == 0 for i in ids), sum(parity(i) == 1 for i in ids)))
