"""The ids a set of label and id files already names, for the eval/*/select.py scripts that draw a new
sample from what no earlier set took. Only the first field of a .txt line and the "id" of a JSON line are
read; nothing of the files is printed."""
import json


def ids_of(files):
    out = set()
    for f in files:
        for l in open(f):
            l = l.strip()
            if not l:
                continue
            if f.endswith(".txt"):
                out.add(l.split()[0])
                continue
            try:
                out.add(json.loads(l)["id"])
            except Exception:
                pass
    return out
