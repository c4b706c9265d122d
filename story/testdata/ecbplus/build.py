#!/usr/bin/env python3
"""Builds story-assignment test data from the ECB+ corpus (CC BY 3.0).

ECB+ (Cybulska and Vossen, "Using a sledgehammer to crack a nut? Lexical diversity and event
coreference resolution", LREC 2014; http://www.newsreader-project.eu/results/data/the-ecb-corpus/)
holds 43 topics, each with two sub-topics: documents N_Mecb.xml report one seminal event, documents
N_Mecbplus.xml another event of the same kind (two earthquakes, two shootings). Pairs:
same sub-topic = same story (true), other sub-topic of the same topic = different story (false).

The split is fixed by topic number BEFORE any result was seen: odd topics are development, even
topics are sealed (never tuned on; written outside the repository).

usage: build.py ECB+_DIR OUTDIR odd|even
writes OUTDIR/articles.jsonl ({id, title, text[, published]}) and OUTDIR/pairs.jsonl ({a, b, same, note}).
`published` is taken from a date in the document's first sentences when it has one ("First
Published: June 13, 2013"); most ECB documents have none and go without."""
import itertools, json, os, re, sys
import xml.etree.ElementTree as ET

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\.? (\d{1,2}) ?,? (\d{4})\b", re.I)
DATE_DMY = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") ,? ?(\d{4})\b", re.I)


def detok(words):
    s = " ".join(words)
    s = re.sub(r" ([,.;:!?%)\]}'])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = s.replace("`` ", '"').replace(" ''", '"').replace("''", '"').replace("``", '"')
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r"(\w) - (?=\w)", r"\1-", s)
    return s


def sentences(path):
    sents = {}
    for t in ET.parse(path).getroot().iter("token"):
        sents.setdefault(int(t.get("sentence")), []).append(t.text or "")
    return [detok(sents[k]) for k in sorted(sents)]


def date_of(lines):
    for l in lines[:5]:
        m = DATE.search(l)
        if m:
            mo, d, y = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
        else:
            m = DATE_DMY.search(l)
            if not m:
                continue
            d, mo, y = int(m.group(1)), MONTHS[m.group(2).lower()], int(m.group(3))
        if 1 <= d <= 31 and 1990 <= y <= 2014:
            return "%04d-%02d-%02d" % (y, mo, d)
    return ""


def article(topic, path, name):
    lines = [l for l in sentences(path) if l.strip()]
    plus = name.endswith("ecbplus.xml")
    if plus and lines and re.match(r"https?\s*:", lines[0].replace(" ", "")):
        lines = lines[1:]  # the ECB+ documents open with their URL
    pub = date_of(lines)
    title, body = lines[0], lines[1:]
    body = [l for l in body if not re.match(r"(?i)^(first )?(published|posted|updated)\b", l)]
    # Some ECB documents are a single sentence: it is both headline and text.
    a = {"id": "ecb-" + name[:-4], "title": title, "text": "\n\n".join(body) or title,
         "sub": "%d%s" % (topic, "plus" if plus else "")}
    if pub:
        a["published"] = pub
    return a


def main():
    root, out, half = sys.argv[1], sys.argv[2], sys.argv[3]
    want = 1 if half == "odd" else 0
    os.makedirs(out, exist_ok=True)
    arts = []
    for t in sorted(int(d) for d in os.listdir(root) if d.isdigit()):
        if t % 2 != want:
            continue
        d = os.path.join(root, str(t))
        for f in sorted(os.listdir(d)):
            if f.endswith(".xml"):
                arts.append(article(t, os.path.join(d, f), f))
    pairs = []
    by_topic = {}
    for a in arts:
        by_topic.setdefault(a["sub"].replace("plus", ""), []).append(a)
    for t, xs in by_topic.items():
        for x, y in itertools.combinations(xs, 2):
            same = x["sub"] == y["sub"]
            pairs.append({"a": x["id"], "b": y["id"], "same": same,
                          "note": "ECB+ topic %s, %s" % (t, "same sub-topic" if same else "other sub-topic")})
    with open(os.path.join(out, "articles.jsonl"), "w") as f:
        for a in arts:
            a = {k: v for k, v in a.items() if k != "sub"}
            f.write(json.dumps(a) + "\n")
    with open(os.path.join(out, "pairs.jsonl"), "w") as f:
        for p in pairs:
            f.write(json.dumps(p) + "\n")
    print("%s: %d articles, %d pairs (%d same), %d dated" % (
        half, len(arts), len(pairs), sum(p["same"] for p in pairs), sum("published" in a for a in arts)))


if __name__ == "__main__":
    main()
