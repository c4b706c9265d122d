# A rough dateline reader, only to find candidate pairs for labelling (the
# product reads datelines in analyze/eventdate.go).
import re, datetime
MON = {m: i+1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
def mon(w):
    w = w.lower()[:3]
    return MON.get(w)
PAT = [
  (re.compile(r'\b(\d{1,2})[-.](\d{1,2})[-.](20\d\d)\b'), 'dmy'),
  (re.compile(r'\b(\d{1,2}) ([A-Za-z]{3,9})\.? (20\d\d)\b'), 'dMy'),
  (re.compile(r'\b([A-Za-z]{3,9})\.? (\d{1,2}),? (20\d\d)\b'), 'Mdy'),
  (re.compile(r'\b([A-Za-z]{3})\.? (\d{1,2})(20\d\d)\b'), 'Mdy'),
]
def dateline(a):
    head = (a.get('text') or '')[:200]
    best = None
    for p, kind in PAT:
        for m in p.finditer(head):
            try:
                if kind == 'dmy': d = datetime.date(int(m[3]), int(m[2]), int(m[1]))
                elif kind == 'dMy':
                    mm = mon(m[2]);
                    if not mm: continue
                    d = datetime.date(int(m[3]), mm, int(m[1]))
                else:
                    mm = mon(m[1])
                    if not mm: continue
                    d = datetime.date(int(m[3]), mm, int(m[2]))
            except ValueError: continue
            if best is None or m.start() < best[0]: best = (m.start(), d)
    return best[1] if best else None
