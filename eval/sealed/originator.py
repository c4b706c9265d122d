import json, sys
P = {j["id"]: j for j in map(json.loads, open(sys.argv[1]))}
G = [json.loads(l) for l in open(sys.argv[2])]
def norm(s): return (s or "").lower().replace("the ", "").strip()
tot = ok = named = namedok = 0
for g in G:
    for k in ("killed", "injured", "displaced", "evacuated"):
        gf = g.get(k); pf = ((P.get(g["id"]) or {}).get("facts") or {}).get(k)
        if not gf or not pf or pf.get("value") != gf.get("value"): continue
        tot += 1; go = norm(gf.get("originator")); po = norm(pf.get("originator"))
        good = (go == po) or bool(go and po and (go in po or po in go))
        ok += bool(good)
        if go: named += 1; namedok += bool(good)
print(f"originator right among right-value figures {ok}/{tot}; named originators {namedok}/{named}")
