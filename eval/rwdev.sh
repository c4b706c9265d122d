#!/usr/bin/env bash
# eval/rwdev.sh BIN [ERRORS]: scores the ReliefWeb 2017 DEVELOPMENT half (323 ids of analyze/testdata/labels/rw-dev-ids.txt;
# fit data, its errors may be read) against both readings. Run from a checkout root. Never touches sealed ids.
set -eu
B=$(readlink -f "$1"); W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
python3 - analyze/testdata/labels/rw-dev-ids.txt ../shared/corpus/reliefweb-2017.jsonl > "$W/a.jsonl" <<'PY'
import json, sys
ids = set(open(sys.argv[1]).read().split())
for l in open(sys.argv[2]):
    o = json.loads(l)
    if o.get("id") in ids or str(o.get("id")).replace("rw-","") in ids or "rw-"+str(o.get("id")) in ids: sys.stdout.write(l)
PY
echo "dev articles: $(wc -l < "$W/a.jsonl")"
"$B" analyze --jsonl < "$W/a.jsonl" > "$W/p.jsonl"
for g in rw-dev-categories rw-dev-categories-second; do echo "== $g"; python3 ../shared/eval/score.py analyze --pred "$W/p.jsonl" --gold analyze/testdata/labels/$g.jsonl | sed -n '1,8p;/^ceasefire_status/p'; done
python3 - "$W/p.jsonl" analyze/testdata/labels/rw-dev-categories.jsonl "${2:-}" <<'PY'
import json, sys
P = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
nc = fl = 0
for l in open(sys.argv[2]):
    g = json.loads(l)
    p = P.get(g["id"])
    if p is None: continue
    pc = set(p.get("categories") or [])
    gc = set(g.get("categories") or [])
    if g.get("conflict") is False:
        nc += 1
        if pc: fl += 1
    if sys.argv[3] and pc != gc:
        print("ERR", g["id"], "gold", sorted(gc), "pred", sorted(pc), "conflict", g.get("conflict"), (p.get("title") or "")[:80])
print(f"non-conflict flagged {fl}/{nc}")
PY
