import json, sys
P = {j["id"]: j for j in map(json.loads, open(sys.argv[1]))}
G = [json.loads(l) for l in open(sys.argv[2])]
M = ("talks", "ceasefire", "humanitarian")
def cats(o): return set(c for c in (o.get("categories") or []))
neg = [g for g in G if g.get("conflict") is False]
pos = [g for g in G if g.get("conflict") is True]
flag = sum(1 for g in neg if cats(P.get(g["id"], {})))
rec = sum(1 for g in pos if cats(P.get(g["id"], {})) and cats(g))
posc = sum(1 for g in pos if cats(g))
print(f"non-conflict flagged {flag}/{len(neg)} = {flag/max(1,len(neg)):.3f}; conflict items with gold categories that get any category {rec}/{posc} = {rec/max(1,posc):.3f}")
def micro(sel):
    tp=fp=fn=0
    for g in sel:
        p = cats(P.get(g["id"], {})) & set(M); gg = cats(g) & set(M)
        tp += len(p & gg); fp += len(p - gg); fn += len(gg - p)
    P_ = tp/max(1,tp+fp); R_ = tp/max(1,tp+fn); return 2*P_*R_/max(1e-9,P_+R_), tp, fp, fn
for name, sel in [("all", G), ("not-syria", [g for g in G if g.get("conflict_name") not in ("syria",)]), ("syria", [g for g in G if g.get("conflict_name") == "syria"])]:
    f, tp, fp, fn = micro(sel); print(f"mission micro-F1 {name}: {f:.3f} (n={len(sel)} tp={tp} fp={fp} fn={fn})")
for lab in M + ("violence",):
    tp = sum(1 for g in G if lab in cats(g) and lab in cats(P.get(g["id"], {})))
    gp = sum(1 for g in G if lab in cats(g)); pp = sum(1 for g in G if lab in cats(P.get(g["id"], {})))
    p = tp/max(1,pp); r = tp/max(1,gp); print(f"  {lab}: gold {gp} pred {pp} P {p:.3f} R {r:.3f} F1 {2*p*r/max(1e-9,p+r):.3f}")
both = [g for g in G if "ceasefire" in cats(g) and "ceasefire" in cats(P.get(g["id"], {}))]
ok = sum(1 for g in both if g.get("ceasefire_status") == P[g["id"]].get("ceasefire_status"))
print(f"ceasefire status {ok}/{len(both)}")
# talks outside Syria: recall, and false alarms on violence-only items
ts = [g for g in G if "talks" in cats(g) and g.get("conflict_name") != "syria"]
tr = sum(1 for g in ts if "talks" in cats(P.get(g["id"], {})))
vo = [g for g in G if cats(g) == {"violence"}]
fa = sum(1 for g in vo if "talks" in cats(P.get(g["id"], {})))
print(f"talks recall outside Syria {tr}/{len(ts)}; talks false alarms on violence-only {fa}/{len(vo)}")
