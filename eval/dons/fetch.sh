#!/usr/bin/env bash
# Extract WHO Disease Outbreak News (DON) full texts from the fetched mirror of
# jatorresmunguia/disease_outbreak_news (MIT licence) into JSON Lines:
#   {id,title,text,url,published,source,country}
# id = "don-" + sha1(url)[:12]  (stable across runs)
# title = "<disease(s)> – <country list>" rebuilt from dons_all (the raw file has no title)
# Needs: git, Rscript (apt-get install r-base-core), python3.
# Usage: fetch-who-dons.sh [MIRROR_GIT_DIR] [OUT.jsonl]
#   env YEARS_FROM (default 2015), YEARS_TO (default 2024), MIN_CHARS (default 300)
set -euo pipefail
MIRROR=${1:-/work/.mirror/jatorresmunguia+disease_outbreak_news/repo}
OUT=${2:-$(cd "$(dirname "$0")/../.." && pwd)/analyze/testdata/gate/dons/who-dons.jsonl}
mkdir -p "$(dirname "$OUT")"
YEARS_FROM=${YEARS_FROM:-2015}
YEARS_TO=${YEARS_TO:-2024}
MIN_CHARS=${MIN_CHARS:-300}
command -v Rscript >/dev/null || { echo "Rscript missing: apt-get install -y r-base-core" >&2; exit 1; }

TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# newest "Last update" snapshot (the .csv versions are >4 MiB and absent from the mirror; the .RData are present)
RAW=$(git -C "$MIRROR" ls-tree -r --name-only HEAD | grep -E '^Last update/dons_raw_[0-9]{8}\.RData$' | head -1)
ALL=$(git -C "$MIRROR" ls-tree -r --name-only HEAD | grep -E '^Last update/dons_all_[0-9]{8}\.RData$' | head -1)
git -C "$MIRROR" show "HEAD:$RAW" > "$TMP/raw.RData"
git -C "$MIRROR" show "HEAD:$ALL" > "$TMP/all.RData"
echo "source files: $RAW / $ALL @ $(git -C "$MIRROR" rev-parse HEAD)" >&2

Rscript - "$TMP" <<'EOF'
a <- commandArgs(TRUE); d <- a[1]
r <- get(load(file.path(d, "raw.RData")))
x <- get(load(file.path(d, "all.RData")))
r$Date <- format(r$Date, "%Y-%m-%d")
write.csv(r[, c("ID", "Date", "Link", "Description")], file.path(d, "raw.csv"), row.names = FALSE, fileEncoding = "UTF-8")
write.csv(as.data.frame(x[, c("DONs", "Country", "iso3", "Disease")]), file.path(d, "all.csv"), row.names = FALSE, fileEncoding = "UTF-8")
EOF

python3 - "$TMP" "$OUT" "$YEARS_FROM" "$YEARS_TO" "$MIN_CHARS" <<'EOF'
import csv, hashlib, json, re, sys, collections
d, out, y0, y1, minc = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
csv.field_size_limit(10**8)
meta = collections.defaultdict(lambda: {"c": [], "d": []})
for row in csv.DictReader(open(f"{d}/all.csv", encoding="utf-8")):
    c, dis = row["Country"], row["Disease"]
    for don in re.split(r"[,;\s]+", row["DONs"] or ""):
        if not don: continue
        m = meta[don]
        if c and c != "NA" and c not in m["c"]: m["c"].append(c)
        if dis and dis != "NA" and dis not in m["d"]: m["d"].append(dis)
def clean(t):
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    lines = [l.strip() for l in t.split("\n")]
    drop = re.compile(r"^(See all DONs related to this event|Read more about .*)$")
    lines = [l for l in lines if not drop.match(l)]
    t = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", t).strip()
n = 0; seen = set()
with open(out, "w", encoding="utf-8") as f:
    for row in csv.DictReader(open(f"{d}/raw.csv", encoding="utf-8")):
        desc, date, url = row["Description"], row["Date"], row["Link"]
        if not desc or desc == "NA" or not date or date == "NA": continue
        if not (y0 <= int(date[:4]) <= y1): continue
        text = clean(desc)
        if len(text) < minc: continue
        if url in seen: continue
        seen.add(url)
        m = meta.get(row["ID"], {"c": [], "d": []})
        title = " / ".join(m["d"]) or "Disease Outbreak News"
        if m["c"]: title += " – " + ", ".join(m["c"])
        rec = {"id": "don-" + hashlib.sha1(url.encode()).hexdigest()[:12], "title": title, "text": text,
               "url": url, "published": date, "source": "World Health Organization (Disease Outbreak News)",
               "country": "; ".join(m["c"])}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n"); n += 1
print(f"wrote {n} records to {out}", file=sys.stderr)
EOF
