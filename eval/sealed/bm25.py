import json, sys, math, re, collections
A = [json.loads(l) for l in open(sys.argv[1])]
Q = [json.loads(l) for l in open(sys.argv[2])]
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())
stop = set("the a an of in on at to for and or is was were be by with from that this which who what how many when where did does do as it its into".split())
docs = [[w for w in tok(a.get("title","") + " " + a["text"]) if w not in stop] for a in A]
N = len(docs); avg = sum(map(len, docs))/N
df = collections.Counter(w for d in docs for w in set(d)); tf = [collections.Counter(d) for d in docs]
def score(q, i, k1=1.2, b=0.75):
    s = 0
    for w in q:
        if w in tf[i]:
            idf = math.log(1 + (N - df[w] + .5)/(df[w] + .5)); f = tf[i][w]
            s += idf * f*(k1+1)/(f + k1*(1-b+b*len(docs[i])/avg))
    return s
c1 = ans = 0
for q in Q:
    qw = [w for w in tok(q["q"]) if w not in stop]
    best = max(range(N), key=lambda i: score(qw, i))
    c1 += A[best]["id"] == q["article_id"]
    sents = re.split(r"(?<=[.!?])\s+", A[best]["text"])
    sb = max(sents, key=lambda s: len(set(qw) & set(tok(s))))
    ans += q["a"].lower().replace(",", "") in sb.lower().replace(",", "")
print(f"bm25 baseline: first citation {c1}/{len(Q)} = {c1/len(Q):.3f}; answer (best sentence) {ans}/{len(Q)} = {ans/len(Q):.3f}")
