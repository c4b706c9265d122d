"""Originators of labelled figures, read two ways (issue 10; eval/README-origpub in eval/rwp/README.md).

usage: origpub.py ANALYSIS.jsonl GOLD.jsonl META.jsonl [--changed] [--base TEXT]
  --changed lists the figures the second reading counts right and the first does not (for fit halves only);
  --base TEXT takes eval/sealed/originator.py's printed lines and prints each again with the figures the
  publisher reading adds (a label "" against a name is wrong under any strict reading, so its count plus
  this one's difference is its own reading with publisher = "").

ANALYSIS is `bot analyze --jsonl` output, GOLD figure labels (the dev-figures format with `originator`),
META one line per document: id, title, url, source, head (the text's first lines; publisher() below).

Each labelled main figure whose value the analysis's main figure of that kind has (the right-value figures
eval/sealed/originator.py scores; its first line is the strict reading here) is scored on its originator:

  strict     the analysis's originator equals the label's, case aside ("" = ""), or one of a list the label
             gives ("WFP; DTM", "REACH and IOM");
  publisher  the same, and besides an originator equal to the document's own publisher counts equal to
             "" either way round (the label "" and the analysis the publisher, or the label the
             publisher and the analysis ""): the publisher IS the outlet, so both state one fact
             (declared in the closing note of the session before round h-orig1, before any held score
             was read).

Both lines print always. A label's or analysis's name counts as the publisher when it, or the table name
it is an alias of, is one of the document's publishers as publisher() finds them. "named" counts the
figures whose label names an originator.
"""
import json
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "analyze", "gazetteer", "originators.tsv")
KINDS = ("killed", "injured", "displaced", "evacuated")
# the table's kinds whose own reports carry their own counts (analyze/scope.go publisherKinds): agencies,
# aid groups, rescuers, health authorities, monitors. An outlet is never a publisher here.
PUBLISHER_KINDS = {"un", "ngo", "rescue", "health", "monitor"}
# names of those kinds that are people or a crowd of bodies, no one body that issues a report
NOT_PUBLISHERS = {"a monitor", "aid agencies", "aid workers", "scientists", "emergency workers", "fire commander"}
HEAD_WORDS = 8  # a header line names its publisher among its first words ("This report is produced by OCHA ...")


def load_table(path=TABLE):
    """Returns [(name, kind, [(alias, case_sensitive)])] of the originator table."""
    out = []
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < 3:
            continue
        name, kind = f[0], f[1]
        raw = f[3] if len(f) > 3 else ""
        aliases = []
        if raw.startswith("!"):
            raw = raw[1:]
        else:
            # an all-capital name is matched as written, as analyze/originators.go does ("WHO", not "who")
            aliases.append((name, name.upper() == name and name.lower() != name))
        for a in raw.split("|"):
            a = a.strip()
            if not a:
                continue
            aliases.append((a[1:], True) if a.startswith("=") else (a, False))
        out.append((name, kind, aliases))
    return out


TAB = load_table()
# name or alias (lower case) -> table name, for comparing a written name with a table name
CANON = {}
for _name, _kind, _aliases in TAB:
    CANON.setdefault(_name.lower(), _name)
    for _a, _ in _aliases:
        CANON.setdefault(_a.lower(), _name)


def canon(name):
    """The table name a written originator is an alias of, else the name itself."""
    return CANON.get((name or "").strip().lower(), (name or "").strip())


def _named(text, alias, case):
    """An alias as a whole word or phrase of text (case-sensitive when the table says so)."""
    pat = r"(?<![A-Za-z0-9])" + re.escape(alias) + r"(?![A-Za-z0-9])"
    return re.search(pat, text, 0 if case else re.I) is not None


def head_lines(text, n=1, width=150):
    """The text's first n lines that hold a word (page markers and bare numbers skipped), each cut to width."""
    out = []
    for line in (text or "").split("\n"):
        s = line.strip()
        if not re.search(r"[A-Za-z]{2,}", s) or "PAGE 1 START" in s:
            continue
        out.append(s[:width])
        if len(out) == n:
            break
    return out


def publisher(meta):
    """The document's own publishers: the table's agencies, aid groups, rescuers, health authorities and
    monitors (PUBLISHER_KINDS) that its header names —
      (1) the url's host: a label of it equal to a one-word name or alias, case aside ("data2.unhcr.org",
          "cdn.who.int", "docs.wfp.org");
      (2) the url's file name and the title: an alias the table writes case-sensitively (an acronym) as a
          word in capitals, or as the first word in any case ("who_covid-19-update", "reach_lby_...");
          any other alias as a phrase, case aside;
      (3) the text's first line with a word (head_lines, written into META by the figure scripts): an
          alias as the table matches it among the line's first HEAD_WORDS words, when the line names no
          other such body ("UNDP, UNFPA, UNHCR, UNICEF, ..." lists partners; a publisher line names one).
    A news item names its outlet instead (META "outlet": eval/open/figures.sh writes the source field,
    wikipedia-cep, fignews, wikinews): its publisher is that outlet, which the table lists as no agency,
    so news items have none and their headlines are not read (a wire's "UNICEF: 20 children killed"
    reports UNICEF's count, it is no UNICEF report)."""
    if meta.get("outlet"):
        return {canon(meta["outlet"])} & {n for n, k, _ in TAB if k in PUBLISHER_KINDS}
    url = meta.get("url") or ""
    u = urllib.parse.urlparse(url)
    labels = {x.lower() for x in u.netloc.split(".") if x}
    fname = urllib.parse.unquote(u.path.rstrip("/").split("/")[-1]) if u.path else ""
    fname = re.sub(r"\.(pdf|docx?|html?)$", "", fname, flags=re.I)
    titles = [t for t in (re.sub(r"[_+]+", " ", fname), meta.get("title") or "") if t]
    heads = [" ".join(h.split()[:HEAD_WORDS]) for h in meta.get("head") or []]
    pubs, fromhead = set(), set()
    for name, kind, aliases in TAB:
        if kind not in PUBLISHER_KINDS or name in NOT_PUBLISHERS:
            continue
        hit = False
        for a, case in aliases:
            if " " not in a and a.lower() in labels:
                hit = True
            for t in titles:
                if case:
                    first = re.split(r"[\s\-]+", t.strip(), maxsplit=1)[0] if t.strip() else ""
                    if _named(t, a, True) or first.lower() == a.lower():
                        hit = True
                elif _named(t, a, False):
                    hit = True
            if hit:
                break
        if hit:
            pubs.add(name)
        elif any(_named(h, a, case) for h in heads for a, case in aliases):
            fromhead.add(name)
    if len(fromhead) == 1:
        pubs |= fromhead
    return pubs


def same(a, b):
    return (a or "").strip().lower() == (b or "").strip().lower()


def parts(gold):
    """A label's sources: the whole name, and each of a list of them ("WFP; DTM", "REACH and IOM"); the
    analysis names one, and any of them is right."""
    out = [gold]
    if gold and (";" in gold or " and " in gold):
        out += [x.strip() for x in re.split(r";| and ", gold) if x.strip()]
    return out


def right(gold, pred):
    return any(same(g, pred) for g in parts(gold))


def is_pub(name, pubs):
    return bool(name) and canon(name) in pubs


def score(analysis, gold, meta, changed=None):
    P = {j["id"]: j for j in analysis}
    M = {m["id"]: m for m in meta}
    tot = {"seen": 0, "named": 0, "strict": 0, "strict_named": 0, "pub": 0, "pub_named": 0, "docs_pub": 0}
    for g in gold:
        facts = (P.get(g["id"]) or {}).get("facts") or {}
        pubs = publisher(M.get(g["id"]) or {})
        tot["docs_pub"] += bool(pubs)
        for k in KINDS:
            gf, p = g.get(k), facts.get(k)
            if not gf or not p or gf.get("value") != p.get("value"):
                continue
            go, po = gf.get("originator") or "", p.get("originator") or ""
            strict = right(go, po)
            pub = strict or (go == "" and is_pub(po, pubs)) or (po == "" and any(is_pub(x, pubs) for x in parts(go)))
            if pub != strict and changed is not None:
                changed.append(f'{g["id"]}\t{k} {gf.get("value")}\tlabel {go!r}, analysis {po!r}; publishers {sorted(pubs)}')
            tot["seen"] += 1
            tot["strict"] += strict
            tot["pub"] += pub
            if go:
                tot["named"] += 1
                tot["strict_named"] += strict
                tot["pub_named"] += pub
    return tot


def main():
    a, g, m = sys.argv[1:4]
    changed = [] if "--changed" in sys.argv[4:] else None  # --base TEXT: see below
    t = score([json.loads(l) for l in open(a)], [json.loads(l) for l in open(g)], [json.loads(l) for l in open(m)], changed)
    print(f"originators (eval/origpub.py; {t['docs_pub']} documents with a publisher): strict {t['strict']}/{t['seen']}, "
          f"named {t['strict_named']}/{t['named']}; publisher = \"\" {t['pub']}/{t['seen']}, named {t['pub_named']}/{t['named']}")
    d, dn = t["pub"] - t["strict"], t["pub_named"] - t["strict_named"]
    if "--base" in sys.argv[4:]:
        # eval/sealed/originator.py's lines (its output, given whole): each read with publisher = "", adding the
        # figures the rule turns right (a label "" and a name, or the reverse: wrong under any strict reading)
        base = sys.argv[sys.argv.index("--base") + 1]
        for line in base.splitlines():
            m = re.search(r"(\d+)/(\d+); named(?: originators)? (\d+)/(\d+)", line)
            if m:
                x, y, a, b = map(int, m.groups())
                print(f"  eval/sealed/originator.py's \"{line.strip()[:24]}...\" read with publisher = \"\": "
                      f"{x + d}/{y}; named {a + dn}/{b} (+{d}, named +{dn})")
    for c in changed or []:
        print("  publisher = \"\" counts equal:", c)


if __name__ == "__main__":
    main()
