#!/usr/bin/env python3
"""Chooses the orig3w set (README.md here): 90 machine-translated FIGNEWS posts about the 2023 Gaza war whose
text holds a casualty count AND an attribution, that no label or id file of eval/open or eval/mix9 names. Chosen
by the regexps below on the text only (never by the analysis), before any label was written.
  python3 eval/orig3w/select.py [OUT]   (prints the counts; writes ids.txt, fit-ids.txt, held-ids.txt beside it
                                         and, with OUT, the chosen posts' id/title/text as JSON lines to OUT)
Texts: analyze/testdata/gate/open/fignewsmt.jsonl (eval/open/fetch.sh --fignews; a local copy only).

Excluded: every id in eval/open/*.jsonl, eval/open/*.txt, eval/mix9/*.txt, eval/mix9/*.jsonl (only each row's
"id" is read, nothing of those files is printed).
Draw order: sha1("orig3w/" + id), ascending; the first 90 posts that pass COUNT and ATTR -- the free pool holds
only 13 -- then, in the same order, the posts that pass the wider COUNT2 and ATTR (second tier).
Halves, written before any labelling: int(sha1(id), 16) % 2 == 0 is FIT (fit-ids.txt), odd is HELD
(held-ids.txt) -- plain sha1, independent of the salted draw order (as eval/mix9)."""
import glob, hashlib, json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, ".."))
from idsets import ids_of  # noqa: E402
root = os.path.join(here, "..", "..")
gate = os.path.join(root, "analyze", "testdata", "gate")
N = 90
NUM = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
       r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
       r"hundreds?|thousands?|dozens?|millions?)")
CAS = r"(?:killed|dead|died|deaths?|wounded|injured|injuries|martyrs?|martyred|casualties|killing)"
# a number within four words of a casualty word, either side
COUNT = re.compile(r"\b%s\b(?:\W+\w+){0,4}?\W+%s\b|\b%s\b(?:\W+\w+){0,4}?\W+%s\b" % (NUM, CAS, CAS, NUM), re.I)
# the wider second tier (the pool holds only 13 posts that pass COUNT and ATTR): a number within eight words
# of a casualty word or of victims/bodies/toll/displaced/evacuated
CAS2 = r"(?:killed|dead|died|deaths?|wounded|injured|injuries|martyrs?|martyred|casualties|killing|victims|bodies|toll|displaced|evacuated)"
COUNT2 = re.compile(r"\b%s\b(?:\W+\w+){0,8}?\W+%s\b|\b%s\b(?:\W+\w+){0,8}?\W+%s\b" % (NUM, CAS2, CAS2, NUM), re.I)
ATTR = re.compile(r"\b(?:said|says|say|according to|reported|reports?|announced|announces?|stated|states|"
                  r"declared|confirmed|ministry|spokesm[ae]n|spokesperson|statement|sources?|officials?|"
                  r"told|claimed|estimated?|revealed)\b", re.I)
draw = lambda i: hashlib.sha1(("orig3w/" + i).encode()).hexdigest()
parity = lambda i: int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2


used = ids_of(glob.glob(os.path.join(root, "eval", "open", "*.jsonl")) +
              glob.glob(os.path.join(root, "eval", "open", "*.txt")) +
              glob.glob(os.path.join(root, "eval", "mix9", "*.txt")) +
              glob.glob(os.path.join(root, "eval", "mix9", "*.jsonl")))
posts = {}
for l in open(os.path.join(gate, "open", "fignewsmt.jsonl")):
    d = json.loads(l)
    posts.setdefault(d["id"], d)
free = sorted((i for i in posts if i not in used), key=draw)
text = lambda i: (posts[i].get("title", "") + "\n" + posts[i].get("text", ""))
cas = [i for i in free if COUNT.search(text(i))]
both = [i for i in cas if ATTR.search(text(i))]
wide = [i for i in free if i not in set(both) and COUNT2.search(text(i)) and ATTR.search(text(i))]
ids = (both + wide)[:N]
with open(os.path.join(here, "ids.txt"), "w") as f:
    f.write("".join(i + "\n" for i in ids))
for name, p in (("fit-ids.txt", 0), ("held-ids.txt", 1)):
    with open(os.path.join(here, name), "w") as f:
        f.write("".join(i + "\n" for i in ids if parity(i) == p))
if len(sys.argv) > 1:
    with open(sys.argv[1], "w") as f:
        for i in ids:
            p = posts[i]
            f.write(json.dumps({"id": i, "title": p.get("title", ""), "text": p.get("text", "")}, ensure_ascii=False) + "\n")
print("orig3w: fignewsmt %d posts, %d free, casualty count %d, and attribution %d, wider second tier %d, taken %d"
      % (len(posts), len(free), len(cas), len(both), len(wide), len(ids)))
print("fit %d, held %d" % (sum(parity(i) == 0 for i in ids), sum(parity(i) == 1 for i in ids)))
