"""What the readers' audits of the digest (figaudit/, textaudit/) share: reading JSON Lines, the
digest items a binary shows for every week that holds a development article, and joining a reader's
verdict file with the packet it answers."""
import datetime, json, os, subprocess, sys, tempfile

EVAL = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(EVAL), "..", "shared", "eval")


def load(path):
    with open(path) as f:
        return [json.loads(l) for l in f if l.strip()]


def ids(path):
    return set(open(path).read().split()) if os.path.exists(path) else set()


def dev_ids():
    return {r["id"] for r in load(os.path.join(SHARED, "dev-labels.jsonl"))}


def digest_items(bot):
    """Yields (week, section, item) of the digest (--limit 0, JSON) of every week of
    ../shared/eval/articles.jsonl that holds a development article, all articles ingested."""
    arts = os.path.join(SHARED, "articles.jsonl")
    A = {r["id"]: r for r in load(arts)}
    weeks = set()
    for i in dev_ids():
        if i in A:
            d = datetime.date.fromisoformat(A[i]["published"][:10])
            weeks.add(d - datetime.timedelta(days=d.weekday()))
    db = os.path.join(tempfile.mkdtemp(), "db.sqlite")
    subprocess.run([bot, "ingest", "--db", db, "--jsonl", arts], check=True, capture_output=True)
    for m in sorted(weeks):
        e = m + datetime.timedelta(days=6)
        p = subprocess.run([bot, "digest", "--db", db, "--since", str(m), "--until", str(e), "--limit", "0",
                            "--format", "json"], capture_output=True, text=True)
        try:
            d = json.loads(p.stdout)
        except ValueError:
            continue
        for sec in d.get("sections") or []:
            for it in sec["items"]:
                yield str(m), sec["category"], it


def verdicts(paths, key, match, join):
    """Verdicts by key(v). A reader's verdict-K.jsonl is joined line by line with packet-K.jsonl
    beside it: match(row) must equal match(verdict), join(row, verdict) is the record kept."""
    V = {}
    for p in paths:
        if not os.path.exists(p):
            continue
        vs = load(p)
        base = os.path.basename(p)
        if base.startswith("verdict-"):
            pk = load(os.path.join(os.path.dirname(p), "packet-" + base[len("verdict-"):]))
            if len(pk) != len(vs):
                sys.exit("%s: %d verdicts for %d packet rows" % (p, len(vs), len(pk)))
            for r, v in zip(pk, vs):
                if match(r) != match(v):
                    sys.exit("%s: verdict %s does not match its packet row %s" % (p, match(v), match(r)))
            vs = [join(r, v) for r, v in zip(pk, vs)]
        for v in vs:
            V[key(v)] = v
    return V


def outdir_verdicts(outdir):
    return [os.path.join(outdir, f) for f in os.listdir(outdir) if f.startswith("verdict-")]


def main(doc, rows, packets, score):
    """The audits' command line: rows BOT OUT | packets ROWS OUTDIR [N] | score ROWS [VERDICTS...]."""
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "rows" and len(sys.argv) == 4:
        rows(sys.argv[2], sys.argv[3])
    elif cmd == "packets" and len(sys.argv) in (4, 5):
        packets(sys.argv[2], sys.argv[3], *(sys.argv[4:]))
    elif cmd == "score" and len(sys.argv) >= 3:
        score(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(doc)


def judged(rows, half, V, key, tot):
    """Counts each row of a half (half(row): "fit", "held" or None) as shown, unjudged or judged in
    tot[half], and yields (half, verdict) for the judged ones."""
    for r in rows:
        h = half(r)
        if h is None:
            continue
        tot[h]["shown"] += 1
        v = V.get(key(r))
        if v is None:
            tot[h]["unjudged"] += 1
            continue
        tot[h]["judged"] += 1
        yield h, v
