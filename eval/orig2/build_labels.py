"""Writes eval/orig2/figures.jsonl from the reading files (readings/lab*.py: one tuple per text, as the reader
wrote them) and prints the main figures per half (sha1(id) even = held out). Run from the worktree root."""
import json, hashlib, glob, runpy, sys
rows = {}
for p in sorted(glob.glob("eval/orig2/readings/lab*.py")):
    for r in runpy.run_path(p)["L"]:
        assert r[0] not in rows, r[0]; rows[r[0]] = r
ids = [l.split("\t")[0] for l in open("eval/orig2/ids.tsv") if l.strip() and not l.startswith("#")]
missing = [i for i in ids if i not in rows]; extra = [i for i in rows if i not in ids]
print("missing", missing, "extra", extra, file=sys.stderr)
out = open("eval/orig2/figures.jsonl", "w")
n = {"fit": 0, "held": 0}; named = {"fit": 0, "held": 0}
for i in ids:
    _, main, sub, note = rows[i]
    g = {"id": i, "killed": None, "injured": None, "displaced": None, "evacuated": None, "subfigures": []}
    for k, v, q, who, o in main:
        assert g[k] is None, (i, k); g[k] = {"value": v, "qualifier": q, "who": who, "originator": o}
    for k, v, q, who, why, o in sub:
        g["subfigures"].append({"kind": k, "value": v, "qualifier": q, "who": who, "why": why, "originator": o})
    g["confidence"] = "low" if "low" in note else "high"; g["note"] = note
    out.write(json.dumps(g, ensure_ascii=False) + "\n")
    h = "held" if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0 else "fit"
    n[h] += len(main); named[h] += sum(1 for m in main if m[4])
print(n, named, file=sys.stderr)
