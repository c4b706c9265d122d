#!/usr/bin/env bash
# probe.sh BIN: the agency fit halves read as pages with no headline (h-gate23). Builds the labelled FIT items of
# rwp5, rwp7, rwp8, dons (held halves removed by score.sh's own rules: HELD_IDS files, else sha1 parity) and the
# ReliefWeb 2017 development half, blanks every title, runs BIN analyze and prints per set: items not about war
# let in and given a category, and items about war with gold categories given any. Fit data only. From a checkout root.
set -eu
B=$(readlink -f "$1"); W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
python3 - "$W" <<'PY'
import json, hashlib, sys
W = sys.argv[1]
def par(i): return int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0
def ids(f): return {x.strip() for x in open(f) if x.strip()}
G = 'analyze/testdata/gate/'
sets = [('rwp5', 'eval/rwp/rwp5-categories.jsonl', G + 'rwp/rwp5-pages.jsonl', None),
        ('rwp7', 'eval/rwp/rwp7-categories.jsonl', G + 'rwp/rwp7-pages.jsonl', ids('eval/rwp/rwp7-held-ids.txt')),
        ('rwp8', 'eval/rwp/rwp8-categories.jsonl', G + 'rwp/rwp7-all.jsonl', ids('eval/rwp/rwp8-held-ids.txt')),
        ('dons', 'eval/dons/dons-categories.jsonl', G + 'dons/who-dons.jsonl', ids('eval/dons/held-ids.txt'))]
held = set()
for name, lf, tf, h in sets:
    for l in open(lf):
        i = json.loads(l)['id']
        if (h is not None and i in h) or (h is None and par(i)):
            held.add(i)
lab, out = {}, []
for name, lf, tf, h in sets:
    L = {json.loads(l)['id']: json.loads(l) for l in open(lf)}
    for l in open(tf):
        o = json.loads(l)
        if o['id'] in held or o['id'] not in L or o['id'] in lab:
            continue
        lab[o['id']] = (name, L[o['id']]); out.append(o)
dev = ids('analyze/testdata/labels/rw-dev-ids.txt')
R = {json.loads(l)['id']: json.loads(l) for l in open('analyze/testdata/labels/rw-dev-categories.jsonl')}
for l in open('../shared/corpus/reliefweb-2017.jsonl'):
    o = json.loads(l)
    if o.get('id') in dev and o['id'] in R:
        lab[o['id']] = ('rwdev', R[o['id']]); out.append(o)
json.dump(lab, open(W + '/labels.json', 'w'))
with open(W + '/a.jsonl', 'w') as f:
    for o in out:
        o = dict(o); o['title'] = ''; f.write(json.dumps(o) + '\n')
PY
"$B" analyze --jsonl < "$W/a.jsonl" > "$W/p.jsonl" 2>/dev/null
python3 - "$W" <<'PY'
import json, sys, collections
W = sys.argv[1]
lab = json.load(open(W + '/labels.json'))
S = collections.defaultdict(lambda: [0, 0, 0, 0])
for l in open(W + '/p.jsonl'):
    p = json.loads(l); s, g = lab[p['id']]
    if g.get('conflict') is False:
        S[s][0] += 1; S[s][1] += bool(p['categories'])
    elif g.get('categories'):
        S[s][2] += 1; S[s][3] += bool(p['categories'])
for s, v in sorted(S.items()):
    print(f"{s} (no headlines): not about war given a category {v[1]}/{v[0]}; about war with gold categories given any {v[3]}/{v[2]}")
PY
