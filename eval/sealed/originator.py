import json, os, re, sys
# Originators of right-value figures: the strict line compares the names as written (lower case,
# "the " dropped, one inside the other counts); the second line also counts the same body under
# another of its names in the project's originator table (analyze/gazetteer/originators.tsv:
# "SOHR" = "Syrian Observatory for Human Rights", "medics" = "medical sources"). Aggregates only.
P = {j["id"]: j for j in map(json.loads, open(sys.argv[1]))}
G = [json.loads(l) for l in open(sys.argv[2])]
def norm(s): return (s or "").lower().replace("the ", "").strip()
table = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "analyze", "gazetteer", "originators.tsv")
canon = {}
for line in open(table, encoding="utf-8"):
    if line.startswith("#") or not line.strip(): continue
    f = line.rstrip("\n").split("\t")
    name = f[0]
    names = [name] + [a.lstrip("=!") for a in (f[3].split("|") if len(f) > 3 else [])]
    for n in names:
        canon.setdefault(norm(n), norm(name))
def same(go, po):
    return (go == po) or bool(go and po and (go in po or po in go))
tot = ok = named = namedok = okA = namedokA = 0
for g in G:
    for k in ("killed", "injured", "displaced", "evacuated"):
        gf = g.get(k); pf = ((P.get(g["id"]) or {}).get("facts") or {}).get(k)
        if not gf or not pf or pf.get("value") != gf.get("value"): continue
        tot += 1; go = norm(gf.get("originator")); po = norm(pf.get("originator"))
        good = same(go, po)
        goodA = good or bool(go and po and canon.get(go, go) == canon.get(po, po))
        ok += bool(good); okA += bool(goodA)
        if go: named += 1; namedok += bool(good); namedokA += bool(goodA)
print(f"originator right among right-value figures {ok}/{tot}; named originators {namedok}/{named}")
print(f"  counting another name of the same body (originator table): {okA}/{tot}; named {namedokA}/{named}")
