#!/usr/bin/env python3
"""Chooses the eighth set (rwp8): every HumSet document of fetch-rwp7.sh's source that neither rwp7
(rwp7-fit-ids.txt, rwp7-held-ids.txt) nor the fresh figure sample held out whole
(eval/open/figures-fresh.jsonl) took. No text is read to choose: the same filters as rwp7-select.py
(one document per url, duplicates by the whitespace-squeezed first 1,500 characters, texts under 300
characters and urls naming 2017 dropped), text hashed and measured only.

  ALL=1 sh eval/rwp/fetch-rwp7.sh --git CLONE analyze/testdata/gate/rwp/rwp7-all.jsonl
  python3 eval/rwp/rwp8-select.py analyze/testdata/gate/rwp/rwp7-all.jsonl

Halves, written before any labelling: int(sha1(id), 16) even = FIT (rwp8-fit-ids.txt), odd = HELD out
(rwp8-held-ids.txt), as rwp7. Writes the two id files beside this script.
"""
import hashlib, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
def ids(p):
    return {l.strip() for l in open(p) if l.strip()}
taken = ids(os.path.join(here, "rwp7-fit-ids.txt")) | ids(os.path.join(here, "rwp7-held-ids.txt"))
taken |= {json.loads(l)["id"] for l in open(os.path.join(here, "..", "open", "figures-fresh.jsonl")) if l.strip()}
seen, keep = set(), []
for l in open(sys.argv[1]):
    d = json.loads(l)
    t = d.get("text") or ""
    h = hashlib.sha1(re.sub(r"\s+", " ", t[:1500]).strip().encode()).hexdigest()
    if d["id"] in taken or h in seen or len(t) < 300 or "2017" in d.get("url", ""):
        seen.add(h)
        continue
    seen.add(h)
    keep.append(d["id"])
fit = sorted(i for i in keep if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0)
held = sorted(i for i in keep if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 1)
for name, xs in (("rwp8-fit-ids.txt", fit), ("rwp8-held-ids.txt", held)):
    with open(os.path.join(here, name), "w") as f:
        f.write("".join(x + "\n" for x in xs))
print("rwp8: %d documents, fit %d, held %d" % (len(keep), len(fit), len(held)))
