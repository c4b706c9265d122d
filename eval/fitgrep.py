#!/usr/bin/env python3
"""fitgrep.py: where a pattern occurs in the FIT halves of the labelled figure sets, to count how many fit documents
an originator error class holds across all of them before a rule is written (a rule needs two). Each set's fit half
is the one its figures.sh scores: eval/orig4, named, rwp9, cf3, orig3w by their fit-ids.txt; eval/open and
eval/orig2 by sha1(id) odd among their labelled ids; rwp8 (eval/rwp/figures.sh SET=rwp8) by not being in
rwp8-held-ids.txt. Of the label files only the ids are read; no held text is searched or printed (every printed id
is asserted to be in no held list). A set whose texts (git-ignored caches, eval/caches.sh) are not on this machine
is skipped and said on stderr.

usage, from a checkout root:
  python3 eval/fitgrep.py REGEX [CONTEXT]   set, id and the text around each match (CONTEXT characters, 150)
  python3 eval/fitgrep.py --count           the size of each set's fit half (equal to figures.sh's heading)"""
import glob
import hashlib
import json
import os
import re
import sys

G = "analyze/testdata/gate"


def ids(path):
    return {x.split()[0] for x in open(path) if x.strip()}


def label_ids(path):
    return [json.loads(l)["id"] for l in open(path) if l.strip()]


def odd(i):
    return int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 1


def texts(paths):
    T = {}
    for p in paths:
        for l in open(p):
            a = json.loads(l)
            T.setdefault(a["id"], a)
    return T


def halves():
    """(set, fit ids in order, held ids, text paths) of every figure set."""
    out = []
    for s, pages in (("orig4", "news/orig4-pages.jsonl"), ("named", "news/named-pages.jsonl"),
                     ("rwp9", "rwp/rwp9-pages.jsonl"), ("cf3", "news/cf3-pages.jsonl"),
                     ("orig3w", "open/fignewsmt.jsonl")):
        fit, held = ids(f"eval/{s}/fit-ids.txt"), ids(f"eval/{s}/held-ids.txt")
        out.append((s, sorted(fit), held, [f"{G}/{pages}"]))
    for s, paths in (("open", sorted(glob.glob(f"{G}/open/*.jsonl"))),
                     ("orig2", [f"{G}/cnndm/pool.jsonl", f"{G}/open/cep.jsonl", f"{G}/open/wikinews.jsonl"])):
        lab = label_ids(f"eval/{s}/figures.jsonl")
        out.append((s, [i for i in lab if odd(i)], {i for i in lab if not odd(i)}, paths))
    held = ids("eval/rwp/rwp8-held-ids.txt")
    out.append(("rwp8", [i for i in label_ids("eval/rwp/rwp8-figures.jsonl") if i not in held], held,
                [f"{G}/rwp/rwp7-all.jsonl"]))
    return out


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    count = argv[1] == "--count"
    pat = None if count else re.compile(argv[1])
    ctx = int(argv[2]) if len(argv) > 2 else 150
    for s, fit, held, paths in halves():
        if not all(os.path.exists(p) for p in paths):
            print(f"fitgrep: {s} skipped, its texts are not here ({' '.join(paths)})", file=sys.stderr)
            continue
        T = texts(paths)
        fit = [i for i in fit if i in T]
        if count:
            print(f"{s}\t{len(fit)}")
            continue
        for i in fit:
            assert i not in held, i
            t = T[i]["text"]
            for m in pat.finditer(t):
                print(f"{s}\t{i}\t{t[max(0, m.start() - ctx):m.end() + ctx]}".replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv)
