#!/usr/bin/env python3
"""The text of digest items audited by readers against their articles (issue 13 items 1 and 6).

Items: every digest item (weeks of ../shared/eval/articles.jsonl that hold a development article,
--limit 0) whose reports are ALL FA-KES development articles (a row in dev-labels.jsonl), leaving out
the articles of the digest windows judged whole (../figaudit/excluded-ids.txt: held-out windows 0808
and 1002; ../figaudit/windows-ids.txt: fresh development windows 0403 and 0704). A reader who saw no
code judged each item's headline, summary and "Also reported" line against its articles
(TEXTAUDIT.md). A verdict is kept while the item's text (section, headline, summary, development)
is unchanged; a changed item goes to fresh readers.

  textaudit.py rows BOT OUT.jsonl          the items a binary shows
  textaudit.py packets ROWS OUTDIR [N]     items no verdict covers, in N reader packets
  textaudit.py score ROWS [VERDICTS...]    items shown / judged / ok, per half; problems of the fit half

Halves: held/ids.txt lists the articles of the held-out items (their verdicts, held/verdicts.jsonl,
are read by nobody who changes the code; totals only); an item is in the held half when all its
articles are there, in the fit half when all are among the fit verdicts' articles, else not scored.
"""
import collections, functools, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from auditlib import digest_items, dev_ids, ids, load, outdir_verdicts  # noqa: E402
import auditlib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
KEY = ("section", "headline", "summary", "development")


def key(r):
    return tuple(r.get(k) or "" for k in KEY)


def rows(bot, out):
    dev = dev_ids()
    fig = os.path.join(os.path.dirname(HERE), "figaudit")
    ex = ids(os.path.join(fig, "excluded-ids.txt")) | ids(os.path.join(fig, "windows-ids.txt"))
    res = []
    for week, section, it in digest_items(bot):
        aids = set(re.findall(r"fakes-\d+", json.dumps(it)))
        if aids and aids <= dev and not aids & ex:
            res.append({"week": week, "section": section, "story_id": it["story_id"],
                        "headline": it["headline"], "summary": it["summary"],
                        "development": it.get("development", ""), "article_ids": sorted(aids)})
    with open(out, "w") as f:
        for r in res:
            f.write(json.dumps(r) + "\n")
    print("%d items" % len(res))


def verdicts(paths):
    """Verdicts by key; a reader's verdict-K.jsonl (story_id, week, ok, problems) is joined with its
    packet-K.jsonl."""
    def join(r, v):
        j = dict(r)
        j.update({"ok": v["ok"], "problems": v.get("problems") or []})
        return j
    return auditlib.verdicts(paths, key, lambda r: r["story_id"], join)


def kept():
    return [os.path.join(HERE, "verdicts.jsonl"), os.path.join(HERE, "held", "verdicts.jsonl")]


def packets(rowsf, outdir, n=2):
    os.makedirs(outdir, exist_ok=True)
    V = verdicts(kept() + outdir_verdicts(outdir))
    R = load(rowsf)
    new = [r for r in R if key(r) not in V and half(r) is not None]
    n = max(1, min(int(n), len(new) or 1))
    size = (len(new) + n - 1) // n
    for k in range(n):
        part = new[k * size:(k + 1) * size]
        if part:
            with open(os.path.join(outdir, "packet-%d.jsonl" % k), "w") as f:
                for r in part:
                    f.write(json.dumps(r) + "\n")
    print("%d items, %d scored ones without a verdict, in %d packets (%s)" % (len(R), len(new), n, outdir))


@functools.lru_cache(maxsize=1)
def halves():
    """The held-out half's articles and the fit half's, read once."""
    held = ids(os.path.join(HERE, "held", "ids.txt"))
    fit = {a for v in load(os.path.join(HERE, "verdicts.jsonl")) for a in v["article_ids"]}
    return held, fit


def half(r):
    held, fit = halves()
    a = set(r["article_ids"])
    if a <= held:
        return "held"
    if a <= fit:
        return "fit"
    return None


def score(rowsf, extra):
    V = verdicts(kept() + extra)
    tot = collections.defaultdict(collections.Counter)
    for h, v in auditlib.judged(load(rowsf), half, V, key, tot):
        tot[h]["ok"] += bool(v["ok"])
        if h == "fit":
            for p in v["problems"]:
                tot[h]["problem " + p.get("kind", "?")] += 1
    for h in ("fit", "held"):
        t = tot[h]
        probs = ", ".join("%s %d" % (k[8:], c) for k, c in sorted(t.items()) if k.startswith("problem "))
        print("%-4s items shown %d, judged %d, ok %d (%.3f), unjudged %d%s" % (
            h, t["shown"], t["judged"], t["ok"], t["ok"] / (t["judged"] or 1), t["unjudged"],
            ("; problems: " + probs) if probs else ""))


if __name__ == "__main__":
    auditlib.main(__doc__, rows, packets, score)
