#!/usr/bin/env python3
"""Writes the texts of mix9 (README.md here) into the git-ignored analyze/testdata/gate/open/mix9-pages.jsonl
({id, title, text, source}) from the two existing caches: analyze/testdata/gate/open/fignewsmt.jsonl
(eval/open/fetch.sh --fignews) and analyze/testdata/gate/cnndm/pool.jsonl (analyze/testdata/gate/fetch-cnndm.sh,
then eval/cnndm/pool.py). With --packets DIR it also writes the readers' packets DIR/p1.jsonl … p4.jsonl
(50 items each in ids.txt order; rows id, title, text — a post is its own text, so its title is left empty).
  python3 eval/mix9/pages.py [--packets DIR]"""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
gate = os.path.join(here, "..", "..", "analyze", "testdata", "gate")
T = {}
for f in (("open", "fignewsmt.jsonl"), ("cnndm", "pool.jsonl")):
    for l in open(os.path.join(gate, *f)):
        d = json.loads(l)
        T[d["id"]] = d
ids = open(os.path.join(here, "ids.txt")).read().split()
with open(os.path.join(gate, "open", "mix9-pages.jsonl"), "w") as o:
    for i in ids:
        d = T[i]
        o.write(json.dumps({"id": i, "title": d.get("title", ""), "text": d["text"], "source": d["source"]}, ensure_ascii=False) + "\n")
if len(sys.argv) == 3 and sys.argv[1] == "--packets":
    os.makedirs(sys.argv[2], exist_ok=True)
    for k in range(0, len(ids), 50):
        with open(os.path.join(sys.argv[2], "p%d.jsonl" % (k // 50 + 1)), "w") as o:
            for i in ids[k:k + 50]:
                title = "" if i.startswith("fignewsmt-") else T[i].get("title", "")
                o.write(json.dumps({"id": i, "title": title, "text": T[i]["text"]}, ensure_ascii=False) + "\n")
print(len(ids), "texts in", os.path.join(gate, "open", "mix9-pages.jsonl"))
