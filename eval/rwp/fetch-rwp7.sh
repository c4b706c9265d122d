#!/bin/sh
# Puts the texts of the seventh set (the ids listed in rwp7-fit-ids.txt and rwp7-held-ids.txt: humanitarian
# agency documents of 2018–2021 — situation reports, flash updates, bulletins, operational updates of OCHA,
# UNHCR, WFP, IOM, WHO, REACH, FAO, NGOs — from the HumSet collection, as a public repository gives their
# first pages: github.com/embelliardo/HumSet_geolocation_annotations at a pinned commit, file
# toponym_annotations.json, 467 English documents with their source url and the text extracted from the
# document, about its first 4,000 characters) into a pages file of score.sh's format (id, title, text, url;
# id = rwp7- and the first 10 hex digits of sha1(url); title = the document's file name in its url with
# separators made spaces, or empty when the name is only a code; text = the extracted text with runs of
# blanks squeezed, its first 4,000 characters). Not committed: the documents belong to their publishers.
#   fetch-rwp7.sh --git GITDIR [OUT]   from a clone (bare or not) of embelliardo/HumSet_geolocation_annotations
#   fetch-rwp7.sh [OUT]                download the one file (network)
#   ALL=1 fetch-rwp7.sh ...            every document (one per url), not only the listed ids
# OUT defaults to analyze/testdata/gate/rwp/rwp7-pages.jsonl.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
commit=7d9b27ebffc3c94ae7c4f69aaff6f1bebf1b8568
f=toponym_annotations.json
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ "${1:-}" = --git ]; then
  git --git-dir="$2" show "$commit:$f" >"$tmp/a.json"
  shift 2
else
  curl -fsSL "https://raw.githubusercontent.com/embelliardo/HumSet_geolocation_annotations/$commit/$f" -o "$tmp/a.json"
fi
out=${1:-$here/../../analyze/testdata/gate/rwp/rwp7-pages.jsonl}
mkdir -p "$(dirname "$out")"
ALL=${ALL:-} python3 - "$tmp/a.json" "$here/rwp7-fit-ids.txt" "$here/rwp7-held-ids.txt" >"$out" <<'PY'
import hashlib, json, os, re, sys, urllib.parse
want = set()
if not os.environ.get("ALL"):
    for p in sys.argv[2:4]:
        want |= {l.strip() for l in open(p) if l.strip()}
def title(u):
    p = urllib.parse.unquote(urllib.parse.urlparse(u).path)
    parts = [x for x in p.split("/") if x and x != "download"]
    f = re.sub(r"\.(pdf|docx?|html?)$", "", parts[-1] if parts else "", flags=re.I)
    t = re.sub(r"[_+]+", " ", f)
    t = re.sub(r"\s+", " ", t).strip()
    return t if len(re.findall(r"[A-Za-z]{3,}", t)) >= 2 else ""
seen, got = set(), 0
for r in json.load(open(sys.argv[1])):
    u = r["source"]
    if not u or u in seen:
        continue
    seen.add(u)
    i = "rwp7-" + hashlib.sha1(u.encode()).hexdigest()[:10]
    if want and i not in want:
        continue
    t = r["text"].replace("\r", "")
    t = re.sub(r"[ \t\f\v\u00a0]+", " ", t)
    t = re.sub(r" *\n *", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t).strip()
    got += 1
    print(json.dumps({"id": i, "title": title(u), "text": t[:4000], "url": u}, ensure_ascii=False))
if want and got != len(want):
    sys.exit(f"fetch-rwp7: {got} texts, want {len(want)}")
PY
echo "fetch-rwp7: $out" >&2
