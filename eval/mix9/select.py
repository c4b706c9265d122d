#!/usr/bin/env python3
"""Chooses the mix9 set (README.md here): 120 machine-translated FIGNEWS posts and 80 CNN/DailyMail
stories that no label or id file of the project names. No text was read to choose.
  python3 eval/mix9/select.py     (prints the counts; writes ids.txt, fit-ids.txt, held-ids.txt beside it)
Texts: analyze/testdata/gate/open/fignewsmt.jsonl (eval/open/fetch.sh --fignews) and
analyze/testdata/gate/cnndm/pool.jsonl (analyze/testdata/gate/fetch-cnndm.sh, then eval/cnndm/pool.py).

Draw order: sha1("mix9/" + id), ascending. The salt matters: the figure sample of eval/open took the
first casualty posts in plain sha1(id) order and eval/cnndm's sample the first 30 unflagged stories in
plain sha1(id) order, so the head of the plain order is emptied of those kinds and a plain-order draw
would be biased against them.
- fignewsmt: every post whose id no eval/open/*.jsonl file holds (only each row's "id" is read; nothing
  of those files is printed), the first 120 in draw order.
- cnndm: every story whose id is in no eval/cnndm/*.txt list, no eval/cnndm/*categories*.jsonl and no
  analyze/testdata/figures/*.jsonl (figure labels); the first 40 in draw order (random), then the first
  40 in draw order of the rest whose text holds a word of WAR below (so that war stories are present).
Halves, written before any labelling: int(sha1(id), 16) % 2 == 0 is FIT (fit-ids.txt), odd is HELD
(held-ids.txt) — plain sha1, independent of the salted draw order."""
import glob, hashlib, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, ".."))
from idsets import ids_of  # noqa: E402
root = os.path.join(here, "..", "..")
gate = os.path.join(root, "analyze", "testdata", "gate")
WAR = re.compile(r"\b(wars?|warfare|civil war|armed conflict|militants?|rebels?|insurgents?|insurgency|"
                 r"air ?strikes?|cease-?fire|truce|shelling|troops|Islamic State|ISIS|ISIL|Taliban|"
                 r"al-Qaeda|al Qaeda|Boko Haram|Hamas|Hezbollah|jihadists?|refugees|peace talks)\b", re.I)
draw = lambda i: hashlib.sha1(("mix9/" + i).encode()).hexdigest()
parity = lambda i: int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2

used_open = ids_of(glob.glob(os.path.join(root, "eval", "open", "*.jsonl")))
mt = [json.loads(l)["id"] for l in open(os.path.join(gate, "open", "fignewsmt.jsonl"))]
mt_pick = sorted((i for i in set(mt) if i not in used_open), key=draw)[:120]

used_cnn = ids_of(glob.glob(os.path.join(root, "eval", "cnndm", "*.txt")) +
                  glob.glob(os.path.join(root, "eval", "cnndm", "*categories*.jsonl")) +
                  glob.glob(os.path.join(root, "analyze", "testdata", "figures", "*.jsonl")))
pool = {}
for l in open(os.path.join(gate, "cnndm", "pool.jsonl")):
    d = json.loads(l)
    pool[d["id"]] = d["text"]
free = sorted((i for i in pool if i not in used_cnn), key=draw)
rand = free[:40]
warpick = [i for i in free[40:] if WAR.search(pool[i])][:40]
ids = mt_pick + rand + warpick
with open(os.path.join(here, "ids.txt"), "w") as f:
    f.write("".join(i + "\n" for i in ids))
for name, p in (("fit-ids.txt", 0), ("held-ids.txt", 1)):
    with open(os.path.join(here, name), "w") as f:
        f.write("".join(i + "\n" for i in ids if parity(i) == p))
print("mix9: fignewsmt %d (of %d free), cnndm random %d + war word %d (of %d free; war word in %d of the random)"
      % (len(mt_pick), len(set(mt) - used_open), len(rand), len(warpick), len(free), sum(bool(WAR.search(pool[i])) for i in rand)))
print("fit %d, held %d" % (sum(parity(i) == 0 for i in ids), sum(parity(i) == 1 for i in ids)))
