#!/bin/sh
# Puts the texts of the open measurement sets (README.md here) into git-ignored JSON Lines files
# (id, title, text, date) under analyze/testdata/gate/open/, from local clones (bare or not) of
# their public repositories at pinned commits. The texts are not committed: ids and labels only.
#   fetch.sh --wikinews GITDIR   github.com/vanatteveldt/wikinews (CC BY 2.5)
#   fetch.sh --cep GITDIR        github.com/igorbrigadir/newsir16-data (Wikipedia, CC BY-SA 3.0)
#   fetch.sh --fignews GITDIR    github.com/CAMeL-Lab/FIGNEWS-2024 (MIT; the posts are their outlets')
# Both flags may be given together. Without a clone there is nothing to read (no network here).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../../analyze/testdata/gate/open
mkdir -p "$out"
while [ $# -gt 1 ]; do
  case $1 in
  --wikinews) kind=wikinews commit=347254178bf343f3801aac1d03c41cc09c35decb ;;
  --cep) kind=cep commit=cae620875bd351b5e05391d92616faf8bafbba1f ;;
  --fignews) kind=fignews commit=11c81bc07e82b1141714cf022b8c6a23e4f0210b ;;
  *) echo "fetch.sh: unknown flag $1" >&2; exit 2 ;;
  esac
  python3 - "$kind" "$2" "$commit" "$out/$kind.jsonl" <<'PY'
import csv, io, json, re, subprocess, sys
kind, gitdir, commit, dest = sys.argv[1:5]
csv.field_size_limit(1 << 30)
def show(path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8", "replace")
rows = []
if kind == "wikinews":
    for year in ("2019", "2020"):
        for r in csv.DictReader(io.StringIO(show(f"data/wikinews_{year}.csv"))):
            slug = r["url"].rstrip("/").rsplit("/", 1)[-1]
            text = re.sub(r"\n{3,}", "\n\n", r["text"]).strip()
            rows.append({"id": "wikinews-" + slug, "title": r["title"].strip(), "text": text,
                         "date": r["date"], "url": r["url"], "source": "wikinews"})
elif kind == "fignews":
    # The inter-annotator file's posts by English-language outlets (their own words, no machine
    # translation); the post is its own title.
    # The other languages' posts (French, Hebrew, Arabic, Hindi outlets) in the file's own English
    # machine translation go to fignewsmt.jsonl (ids fignewsmt-BATCH-ID): figures.sh's MT sample.
    mt = []
    for r in csv.DictReader(io.StringIO(show("data/FIGNEWS-2024-TEXT-IAA.tsv")), delimiter="\t"):
        if r["Source Language"] != "English":
            t = r["English MT"].strip()
            if t:
                mt.append({"id": f"fignewsmt-{r['Batch']}-{r['ID']}", "title": t, "text": t,
                           "source": "fignews-mt", "language": r["Source Language"]})
            continue
        t = r["Text"].strip()
        rows.append({"id": f"fignews-{r['Batch']}-{r['ID']}", "title": t, "text": t, "source": "fignews"})
    with open(dest.replace("fignews.jsonl", "fignewsmt.jsonl"), "w") as f:
        for r in mt:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"fetch.sh: {len(mt)} machine-translated texts in {dest.replace('fignews.jsonl', 'fignewsmt.jsonl')}")
else:
    # The portal's one-sentence items; the story name and the portal's category are left out: they
    # would give the category away. The item is its own title.
    for x in json.loads(show("wikipedia/wikitimes_CEP.json")):
        d = x["description"].strip()
        rows.append({"id": f"cep-{x['id']}", "title": d, "text": d, "date": x["date"], "source": "wikipedia-cep"})
with open(dest, "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"fetch.sh: {len(rows)} texts in {dest}")
PY
  shift 2
done
