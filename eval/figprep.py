#!/usr/bin/env python3
"""figprep.py: the preparing half of a figure set's figures.sh (eval/named, eval/rwp9, eval/orig3w). It writes, into
OUT, articles.jsonl (the texts the bot analyses), fit.jsonl and held.jsonl (the labels of each half) and meta.jsonl
(what eval/origpub.py needs to tell a document's publisher), then figures-halves.sh scores them.

usage: figprep.py TEXTS LABELS FIT_IDS HELD_IDS OUT MODE
  MODE news:NAME  items are news whose outlet is their own `source`, else NAME (e.g. fignews-mt)
  MODE news:url   items are news whose outlet is the host of their url
  MODE agency     items are agency documents: their publisher is found in the url, title and first lines
A labelled id with no text is left out of both halves and said (stderr)."""
import json
import os
import sys
from urllib.parse import urlparse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from origpub import head_lines  # noqa: E402


def ids(path):
    return {x.strip() for x in open(path) if x.strip()}


def outlet_of(a, mode):
    if mode == "news:url":
        host = urlparse(a.get("url") or "").hostname or ""
        return host[4:] if host.startswith("www.") else host
    return a.get("source") or mode.split(":", 1)[1]


def main(texts, labels, fit_ids, held_ids, out, mode):
    fit, held = ids(fit_ids), ids(held_ids)
    T = {}
    for l in open(texts):
        a = json.loads(l)
        if a["id"] in fit | held:
            T.setdefault(a["id"], a)
    missing = 0
    with open(out + "/articles.jsonl", "w") as fa, open(out + "/fit.jsonl", "w") as ff, \
            open(out + "/held.jsonl", "w") as fh, open(out + "/meta.jsonl", "w") as fm:
        for l in open(labels):
            g = json.loads(l)
            a = T.get(g["id"])
            if a is None:
                missing += 1
                continue
            art = {"id": a["id"], "title": a.get("title", ""), "text": a["text"]}
            if mode == "agency":
                art["url"] = a.get("url", "")
                meta = {"id": a["id"], "title": a.get("title", ""), "url": a.get("url", ""), "source": "",
                        "head": head_lines(a["text"])}
            else:
                outlet = outlet_of(a, mode)
                if a.get("url"):
                    art["url"] = a["url"]
                art["source"] = outlet
                meta = {"id": a["id"], "outlet": outlet}  # news: the outlet publishes
            fa.write(json.dumps(art) + "\n")
            fm.write(json.dumps(meta) + "\n")
            (ff if g["id"] in fit else fh).write(l)
    if missing:
        print(f"figprep.py: {missing} labelled items have no text in {texts}; left out of both halves", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:7])
