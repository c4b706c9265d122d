# Judged originators (README.md, "Judged originators"): readers who read each page judge whether the
# originator the analysis gives a labelled figure names the source the page gives for that number,
# blind to which candidate is the analysis's and which the label's.
#
#   go test -count 1 -run TestNewsFigures20 ./analyze -args -judge-out DIR   (writes DIR/news20-held.jsonl ...)
#   python3 judged.py packets DIR/news20-held.jsonl PAGES.jsonl[,PAGES2.jsonl] OUTDIR N
#       -> OUTDIR/packet-K.jsonl (K = 1..N, whole pages per packet) and OUTDIR/key.jsonl
#   readers write OUTDIR/verdict-K.jsonl: {"n": .., "A": "right"|"wrong", "B": "right"|"wrong"}
#   python3 judged.py score OUTDIR  -> totals: the analysis's and the label's originators judged right
#   python3 judged.py packets ROWS PAGES OUTDIR N OLDDIR  -> as packets, but a candidate OLDDIR's readers
#       judged for the same figure (page, kind, value, sentence) keeps that verdict: only rows with a
#       candidate not judged before go to packets; the rest are written to OUTDIR/verdict-reused.jsonl
import hashlib, json, os, sys

def load(path):
    return [json.loads(l) for l in open(path) if l.strip()]

def show(o):
    return o if o else "(nobody: the outlet's own count, no source given)"

def judged_before(old):
    """(id, kind, value, sentence, candidate as shown) -> verdict, from OLDDIR's packets and verdicts."""
    if not old:
        return {}
    v = {}
    for f in os.listdir(old):
        if f.startswith("verdict-") and f.endswith(".jsonl"):
            for x in load(os.path.join(old, f)):
                v[x["n"]] = x
    seen = {}
    for f in os.listdir(old):
        if f.startswith("packet-"):
            for r in load(os.path.join(old, f)):
                for c in ("A", "B"):
                    if c in r and r["n"] in v and c in v[r["n"]]:
                        seen[(r["id"], r["kind"], r["value"], r["sentence"].strip(), r[c].lower())] = v[r["n"]][c]
    return seen

def packets(rows_path, pages, out, n, old=None):
    before = judged_before(old)
    texts = {}
    for p in pages.split(","):
        for a in load(p):
            texts[a["id"]] = a
    rows = load(rows_path)
    ids = sorted({r["id"] for r in rows}, key=lambda i: hashlib.sha1(i.encode()).hexdigest())
    part = {i: k % n for k, i in enumerate(ids)}
    os.makedirs(out, exist_ok=True)
    outs = [open(os.path.join(out, f"packet-{k+1}.jsonl"), "w") for k in range(n)]
    key = open(os.path.join(out, "key.jsonl"), "w")
    reused = open(os.path.join(out, "verdict-reused.jsonl"), "w")
    for num, r in enumerate(rows, 1):
        a, b = r["originator"], r["label_originator"]
        same = a.lower() == b.lower()
        # blind order, fixed by the row: the analysis's candidate is A or B
        flip = int(hashlib.sha1(f"{r['id']}|{num}".encode()).hexdigest(), 16) % 2 == 1
        cands = {"A": b, "B": a} if flip else {"A": a, "B": b}
        if same:
            cands = {"A": a}
        page = texts[r["id"]]
        key.write(json.dumps({"n": num, "analysis": "A" if same or not flip else "B", "label": "A" if same or flip else "B",
            "same": same, "label_named": b != ""}) + "\n")
        got = {c: before.get((r["id"], r["kind"], r["value"], r["sentence"].strip(), show(x).lower())) for c, x in cands.items()}
        if all(got.values()):
            reused.write(json.dumps({"n": num, **got, "why": "judged before"}) + "\n")
            continue
        outs[part[r["id"]]].write(json.dumps({"n": num, "id": r["id"], "title": page.get("title", ""), "text": page["text"],
            "kind": r["kind"], "value": r["value"], "sentence": r["sentence"],
            **{k: show(v) for k, v in cands.items()}}, ensure_ascii=False) + "\n")
    for f in outs + [key, reused]:
        f.close()

def score(out):
    key = {k["n"]: k for k in load(os.path.join(out, "key.jsonl"))}
    v = {}
    for f in sorted(os.listdir(out)):
        if f.startswith("verdict-") and f.endswith(".jsonl"):
            for x in load(os.path.join(out, f)):
                v[x["n"]] = x
    missing = [n for n in key if n not in v]
    an = ar = ln = lr = nn = nan = nlr = 0
    for n, k in key.items():
        if n not in v:
            continue
        a_ok = v[n].get(k["analysis"]) == "right"
        l_ok = v[n].get(k["label"]) == "right"
        an += 1; ar += a_ok; lr += l_ok
        if k["label_named"]:
            nn += 1; nan += a_ok; nlr += l_ok
    print(f"judged {an} of {len(key)} figures (missing {len(missing)})")
    print(f"analysis's originator judged right: all {ar}/{an} = {ar/max(1,an):.3f}; where the label names one {nan}/{nn} = {nan/max(1,nn):.3f}")
    print(f"label's originator judged right:    all {lr}/{an} = {lr/max(1,an):.3f}; where the label names one {nlr}/{nn} = {nlr/max(1,nn):.3f}")

if __name__ == "__main__":
    if sys.argv[1] == "packets":
        packets(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6] if len(sys.argv) > 6 else None)
    elif sys.argv[1] == "score":
        score(sys.argv[2])
