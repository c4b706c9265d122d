#!/usr/bin/env python3
"""Writes analyze/testdata/gate/cnndm/pool.jsonl: every story of the four CNN/DailyMail files that
analyze/testdata/gate/fetch-cnndm.sh fetches (g4t.jsonl, cgv.jsonl, g4v.jsonl, test.source; 2,200 stories) as
{id: cnndm-KEY-N (line N from 1, as analyze/cnndm_test.go names them), title: "", text, source: "cnndm"}."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
d = os.path.join(here, "..", "..", "analyze", "testdata", "gate", "cnndm")
n = 0
with open(os.path.join(d, "pool.jsonl"), "w") as out:
    for key, name in [("g4t", "g4t.jsonl"), ("cgv", "cgv.jsonl"), ("g4v", "g4v.jsonl"), ("test", "test.source")]:
        for i, l in enumerate(open(os.path.join(d, name)), 1):
            t = json.loads(l)["article"] if name.endswith(".jsonl") else l
            out.write(json.dumps({"id": f"cnndm-{key}-{i}", "title": "", "text": t.strip(), "source": "cnndm"}) + "\n")
            n += 1
print(n, "stories in", os.path.join(d, "pool.jsonl"))
