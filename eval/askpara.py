#!/usr/bin/env python3
"""Rewrites the FIT-half questions of the /ask development files as a reader could have worded them
otherwise, keeping their answers and ids (so askbench keeps them in the fit half): a paraphrase check of
whether /ask reads the wording or the question. Report halves and held files (dev-questions-3, q-agency3,
q-rwp9, q-cf3) are never read. Round h-ask54.

usage, from a checkout root: python3 eval/askpara.py OUTDIR
writes OUTDIR/NAME-orig.jsonl (the questions as written) and OUTDIR/NAME.jsonl (rewritten), per rewrite NAME;
eval/askpara.sh scores each pair on q-agency's store."""
import json, os, re, sys, zlib

FILES = ["../shared/eval/dev-questions.jsonl"] + ["ask/testdata/" + f for f in [
    "dev-questions-4.jsonl", "q-fit.jsonl", "q-news3.jsonl", "q-readers.jsonl", "q-readers2.jsonl",
    "rw-dev-questions.jsonl", "rw-dev-questions-2.jsonl", "q-agency.jsonl", "q-agency2.jsonl"]]
AUX = set("is was are were did do does has have had will would could can should may might".split())
PREP = r"(?:In|On|At|From|To|Through|With|Under|For|By|Into|Near)"


def which2what(q):  # "Which consultancy carried out" -> "What consultancy carried out"
    if not re.match(r"^(?:%s )?[Ww]hich\b" % PREP, q):
        return None
    return re.sub(r"\b([Ww])hich\b", lambda m: "What" if m.group(1) == "W" else "what", q, count=1)


def what2which(q):  # "What percentage of" -> "Which percentage of" (not "what did", "what type")
    m = re.match(r"^(?:%s )?[Ww]hat (\S+)" % PREP, q)
    if not m or m.group(1).lower().strip(",") in AUX | {"type", "kind", "sort", "name"}:
        return None
    return re.sub(r"\b([Ww])hat\b", lambda m: "Which" if m.group(1) == "W" else "which", q, count=1)


def nameof(q):  # "Which X reported ..." -> "What is the name of the X that reported ..."
    m = re.match(r"^Which (.+?) (was|were|\w+ed)\b (.*)$", q)
    if not m or len(m.group(1).split()) > 6 or "," in m.group(1) or re.search(r"\b(did|does|do|say|said|has|have|had)\b", m.group(1)):
        return None
    return "What is the name of the %s that %s %s" % m.groups()


def number(q):  # "How many X ..." -> "What number of X ..."
    m = re.match(r"^How many (.*)$", q)
    return "What number of " + m.group(1) if m else None


def where(q):  # "In which town did ..." -> "Where did ..."
    m = re.match(r"^(?:In|At) (?:which|what) (?:town|city|village|country|district|province|region|area|county|state|camp|"
                 r"governorate|locality|municipality|neighbou?rhood|site|settlement)s? (did|was|were|is|are|has|had|does|do) (.*)$", q)
    return "Where %s %s" % m.groups() if m else None


def when(q):  # "When did ..." -> "On what date did ..."
    m = re.match(r"^When (did|was|were|is|are|has|had|does|do|will) (.*)$", q)
    return "On what date %s %s" % m.groups() if m else None


def accmove(q):  # "According to X, Y?" -> "Y, according to X?"
    m = re.match(r"^According to ([^,]+), (.*)\?$", q)
    return m.group(2)[0].upper() + m.group(2)[1:] + ", according to " + m.group(1) + "?" if m else None


REWRITES = [which2what, what2which, nameof, number, where, when, accmove]

if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in REWRITES:
        n = 0
        with open(os.path.join(out, fn.__name__ + "-orig.jsonl"), "w") as fo, open(os.path.join(out, fn.__name__ + ".jsonl"), "w") as fp:
            for f in FILES:
                for line in open(f):
                    if not line.strip():
                        continue
                    q = json.loads(line)
                    if q.get("none") or zlib.crc32(q["id"].encode()) % 2:  # askbench's fit half only
                        continue
                    p = fn(q["q"])
                    if not p or p == q["q"]:
                        continue
                    fo.write(json.dumps(q) + "\n")
                    fp.write(json.dumps(dict(q, q=p)) + "\n")
                    n += 1
        print(fn.__name__, n)
