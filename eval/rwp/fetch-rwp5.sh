#!/bin/sh
# Puts the texts of the fifth set (rwp5-categories.jsonl: 49 ReliefWeb reports of 2025–26 on
# Hurricane Melissa in Haiti and the Marburg outbreak in Ethiopia, as the ReliefWeb API gave them
# to a public scraper, github.com/idecost/Scraping_Reliefweb at a pinned commit) into a pages file
# of score.sh's format (id, title, text, url; id = rwp- and the first 10 hex digits of sha1(url);
# text = the report's body with its markup taken out, its first 2,000 characters). Not committed:
# the reports belong to their publishers.
#   fetch-rwp5.sh --git GITDIR [OUT]   from a clone (bare or not) of idecost/Scraping_Reliefweb
#   fetch-rwp5.sh [OUT]                download the two files (network)
# OUT defaults to analyze/testdata/gate/rwp/rwp5-pages.jsonl.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
commit=ec822f5dab46577f0b2929542926947d811041e6
a=reliefweb_data/Hurricane_Melissa_hti_20260212_132549/Hurricane_Melissa_hti_reports.json
b=reliefweb_data/Marburg_Disease_Outbreak_eth_20260212_141152/Marburg_Disease_Outbreak_eth_reports.json
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if [ "${1:-}" = --git ]; then
  git --git-dir="$2" show "$commit:$a" >"$tmp/a.json"
  git --git-dir="$2" show "$commit:$b" >"$tmp/b.json"
  shift 2
else
  for f in a b; do
    eval p=\$$f
    curl -fsSL "https://raw.githubusercontent.com/idecost/Scraping_Reliefweb/$commit/$p" -o "$tmp/$f.json"
  done
fi
out=${1:-$here/../../analyze/testdata/gate/rwp/rwp5-pages.jsonl}
mkdir -p "$(dirname "$out")"
python3 - "$tmp/a.json" "$tmp/b.json" "$here/rwp5-categories.jsonl" >"$out" <<'PY'
import hashlib, html, json, re, sys
want = {json.loads(l)["id"] for l in open(sys.argv[3])}
got = 0
for f in sys.argv[1:3]:
    for r in json.load(open(f))["reports"]:
        b = r.get("body_text") or ""
        b = re.sub(r"<(br|/p|/li|/h\d|/tr)[^>]*>", "\n", b)
        b = re.sub(r"<li[^>]*>", "• ", b)
        t = html.unescape(re.sub(r"<[^>]+>", "", b))
        t = re.sub(r"[ \t]+", " ", t)
        t = re.sub(r"\n\s*\n+", "\n\n", t).strip()
        i = "rwp-" + hashlib.sha1(r["url"].encode()).hexdigest()[:10]
        if len(t) < 300 or i not in want:
            continue
        got += 1
        print(json.dumps({"id": i, "title": r["title"], "text": t[:2000], "url": r["url"]}))
if got != len(want):
    sys.exit(f"fetch-rwp5: {got} texts, want {len(want)}")
PY
echo "fetch-rwp5: $out" >&2
