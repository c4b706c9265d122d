# Makes story/testdata/pairs.jsonl from the hand-made event groups in groups.py.
# Usage, from the project root (SHARED defaults to ../shared):
#   python3 story/testdata/labelling/mkpairs.py story/testdata/pairs.jsonl
import sys, os, json, datetime, hashlib, collections
sys.path.insert(0, os.path.dirname(__file__))
SHARED = os.environ.get('SHARED', '../shared')
from dateline import dateline
from groups import EVENT, EXCL
A = [json.loads(l) for l in open(SHARED + '/eval/articles.jsonl')]
D = {json.loads(l)['id'] for l in open(SHARED + '/eval/dev-labels.jsonl')}
dev = [a for a in A if a['id'] in D]
def day(a):
    return dateline(a) or datetime.date.fromisoformat(a['published'][:10])
def dates(a):
    return {datetime.date.fromisoformat(a['published'][:10]), day(a)}
def gap(a, b): return min(abs((x - y).days) for x in dates(a) for y in dates(b))
out = []
for i in range(len(dev)):
    for j in range(i + 1, len(dev)):
        a, b = dev[i], dev[j]
        if day(b) < day(a) or (day(b) == day(a) and b['id'] < a['id']):
            a, b = b, a
        g = gap(a, b); same_loc = a.get('location') == b.get('location')
        ea, eb = EVENT.get(a['id']), EVENT.get(b['id'])
        same = ea is not None and ea == eb
        if not (same or (same_loc and g <= 7) or g <= 1):
            continue
        if frozenset((a['id'], b['id'])) in EXCL:
            continue
        if same:
            note = "same event: " + ea.split(" ", 1)[1]
        elif same_loc:
            note = f"different events, same place within {g} day{'s' if g != 1 else ''}"
        else:
            note = f"different events, different places within {g} day{'s' if g != 1 else ''}"
        key = (a.get('location') or '') + '|' + day(a).isoformat()[:7]
        held = int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0
        if held:
            note = "held-out: " + note
        out.append({"a": a['id'], "b": b['id'], "same": same, "note": note})
out.sort(key=lambda p: (p['note'].startswith('held-out'), p['a'], p['b']))
# A later part, labelled apart (see ../README.md, "Held-out part b"), follows.
here = os.path.dirname(os.path.abspath(__file__))
later = [json.loads(l) for l in open(os.path.join(here, 'days-apart.jsonl'))]
with open(sys.argv[1], 'w') as f:
    for p in out + later:
        f.write(json.dumps(p) + "\n")
c = collections.Counter((p['note'].startswith('held-out'), p['same'], 'same place' in p['note'] or p['same']) for p in out)
for k in sorted(c): print(k, c[k])
