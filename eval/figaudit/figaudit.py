#!/usr/bin/env python3
"""Figure lines of the digest audited by readers against their articles (issues 10 and 13).

The digest shows each story's figures as lines "ORIGINATOR: VALUE (date)", each count taken from one
article (digest JSON: sections[].items[].figures[].history[].counts[].article_id). Readers who saw no
code judged every count whose article is FA-KES development data (a row in ../shared/eval/dev-labels.jsonl)
against that article (AUDIT.md): right, or which problem. The verdicts are kept here, keyed by what
the reader saw, so a later binary is scored by reusing the verdict of every unchanged line and asking
readers only about new ones.

  figaudit.py rows BOT OUT.jsonl            the counts a binary shows (ingest + a digest per week)
  figaudit.py packets ROWS OUTDIR [N]       the rows no verdict covers, in N reader packets
  figaudit.py score ROWS [VERDICTS...]      shown / judged / right, per half (fit, held), problems

Halves: held/ids.txt lists the articles whose verdicts (held/verdicts.jsonl) nobody who changes the code
reads (totals only; `score` prints no held-out problem); every other audited article is the fit half,
whose verdicts (verdicts.jsonl) are development data.
Articles of the held-out digest windows (eval/windows README "Fresh windows": 0808 and 1002) are left
out, so those windows stay a measure of the digest as a whole.
"""
import collections, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from auditlib import digest_items, dev_ids, ids, load, outdir_verdicts  # noqa: E402
import auditlib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = ("article_id", "story_headline", "kind", "value", "qualifier", "who", "originator", "reported_by")


def key(r):
    return tuple(r.get(k) or "" for k in KEY)


def rows(bot, out):
    dev, ex = dev_ids(), ids(os.path.join(HERE, "excluded-ids.txt"))
    seen, res = set(), []
    for _, _, it in digest_items(bot):
        for f in it.get("figures") or []:
            for h in f.get("history") or []:
                for c in h["counts"]:
                    aid = c.get("article_id")
                    if aid not in dev or aid in ex:
                        continue
                    r = {"article_id": aid, "story_headline": it["headline"], "kind": f["kind"],
                         "value": c["value"], "qualifier": c["qualifier"], "who": c.get("who", ""),
                         "originator": h.get("by") or "", "reported_by": h.get("reported_by", ""),
                         "shown_as": c.get("text")}
                    if key(r) in seen:
                        continue
                    seen.add(key(r))
                    res.append(r)
    with open(out, "w") as f:
        for r in res:
            f.write(json.dumps(r) + "\n")
    print("%d counts from %d development articles" % (len(res), len({r["article_id"] for r in res})))


def verdicts(paths):
    """Verdicts by key; a reader's verdict-K.jsonl (article_id, kind, value, ok, problem, sentence,
    note) is joined with its packet-K.jsonl."""
    def join(r, v):
        j = dict(r)
        j.update({k: v.get(k) for k in ("ok", "problem", "sentence", "note")})
        return j
    return auditlib.verdicts(paths, key, lambda r: (r["article_id"], r["kind"], r["value"]), join)


def kept():
    """The committed verdicts: the fit half's and the held-out half's."""
    return [os.path.join(HERE, "verdicts.jsonl"), os.path.join(HERE, "held", "verdicts.jsonl")]


def packets(rowsf, outdir, n=2):
    os.makedirs(outdir, exist_ok=True)
    V = verdicts(kept() + outdir_verdicts(outdir))
    new = [r for r in load(rowsf) if key(r) not in V]
    by = collections.OrderedDict()
    for r in new:
        by.setdefault(r["article_id"], []).append(r)
    arts = list(by)
    n = max(1, min(int(n), len(arts) or 1))
    size = (len(arts) + n - 1) // n
    for k in range(n):
        part = arts[k * size:(k + 1) * size]
        if not part:
            continue
        with open(os.path.join(outdir, "packet-%d.jsonl" % k), "w") as f:
            for a in part:
                for r in by[a]:
                    f.write(json.dumps(r) + "\n")
    print("%d rows, %d without a verdict, in %d packets (%s)" % (len(load(rowsf)), len(new), n, outdir))


def score(rowsf, extra):
    V = verdicts(kept() + extra)
    held = set(open(os.path.join(HERE, "held", "ids.txt")).read().split())
    fit = {v["article_id"] for v in load(os.path.join(HERE, "verdicts.jsonl"))}
    tot = collections.defaultdict(collections.Counter)
    def half(r):
        return "held" if r["article_id"] in held else "fit" if r["article_id"] in fit else None
    for h, v in auditlib.judged(load(rowsf), half, V, key, tot):
        if v["ok"]:
            tot[h]["right"] += 1
        elif h == "fit":
            tot[h]["problem " + (v.get("problem") or "?")] += 1
        else:
            tot[h]["wrong"] += 1
        if v.get("problem") == "originator":
            tot[h]["originator wrong"] += 1
    for h in ("fit", "held"):
        t = tot[h]
        j = t["judged"] or 1
        probs = ", ".join("%s %d" % (k[8:], c) for k, c in sorted(t.items()) if k.startswith("problem "))
        print("%-4s shown %d, judged %d, right %d (%.3f), unjudged %d; originator right %d (%.3f)%s" % (
            h, t["shown"], t["judged"], t["right"], t["right"] / j, t["unjudged"],
            t["judged"] - t["originator wrong"], (t["judged"] - t["originator wrong"]) / j,
            ("; " + probs) if probs else ""))


if __name__ == "__main__":
    auditlib.main(__doc__, rows, packets, score)
