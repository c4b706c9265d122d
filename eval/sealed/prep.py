import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
out = sys.argv[1]
ids = set(open(os.path.join(here, 'rw-sealed-ids.txt')).read().split())
A = [json.loads(l) for l in open(os.path.join(here, '..', '..', '..', 'shared', 'corpus', 'reliefweb-2017.jsonl'))]
def art(a):
    return {"id": a["id"], "title": a.get("title", ""), "text": a["text"], "url": a.get("url", ""), "source": a.get("source", "reliefweb")}
with open(out + "/sealed-articles.jsonl", "w") as f:
    for a in A:
        if a["id"] in ids: f.write(json.dumps(art(a)) + "\n")
with open(out + "/all-articles.jsonl", "w") as f:
    for a in A: f.write(json.dumps(art(a)) + "\n")
