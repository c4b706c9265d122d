# Reader agreement on originators, computed as the analysis is scored (owneval_test.go's figureScore):
# for each figure of the FIRST reading (main kinds, subfigures, others), the second reading's figure of
# the same kind and value (the one from the same sentence first); originator equal ignoring case.
# Prints totals only.
import json, sys
first = {j['id']: j for j in map(json.loads, open(sys.argv[1]))}
second = {j['id']: j for j in map(json.loads, open(sys.argv[2]))}
def figs(l):
    out = []
    for k in ('killed', 'injured', 'displaced', 'evacuated'):
        g = l.get(k)
        if g:
            g = dict(g); g['kind'] = k; g['main'] = True; out.append(g)
    for g in (l.get('subfigures') or []) + (l.get('others') or []):
        out.append(g)
    return out
seen = right = nseen = nright = 0; mainagree = mainboth = 0; missing = 0
for i, a in first.items():
    b = second.get(i)
    if b is None:
        continue
    bf = figs(b)
    for g in figs(a):
        cands = [h for h in bf if h.get('kind') == g.get('kind') and h.get('value') == g.get('value')]
        if not cands:
            missing += 1; continue
        same = [h for h in cands if (h.get('sentence') or '').strip() == (g.get('sentence') or '').strip()]
        h = (same or cands)[0]
        ok = (h.get('originator') or '').lower() == (g.get('originator') or '').lower()
        seen += 1; right += ok
        if g.get('originator'):
            nseen += 1; nright += ok
    for k in ('killed', 'injured'):
        if a.get(k) or b.get(k):
            mainboth += 1
            mainagree += bool(a.get(k) and b.get(k) and a[k]['value'] == b[k]['value'])
print(f"pages {sum(1 for i in first if i in second)}; figures of the first reading found by the second {seen} (not found {missing}); "
      f"originator equal {right}/{seen} = {right/max(1,seen):.3f}; named by the first {nright}/{nseen} = {nright/max(1,nseen):.3f}; "
      f"main killed/injured value equal {mainagree}/{mainboth}")
