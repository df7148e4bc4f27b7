# Per-document word-level diff of output text vs gold body, plus title/date mismatches.
import json, sys, difflib, re, pathlib
W = re.compile(r"\w+")
gold = {json.loads(p.read_text())["file"]: json.loads(p.read_text()) for p in pathlib.Path(__file__).resolve().parent / "gold".glob("*.json")}
for shape in sys.argv[1:]:
    print(f"===== {shape}")
    for l in open(pathlib.Path(__file__).resolve().parent / "out" / f"site_{shape}.jsonl", encoding="utf-8"):
        r = json.loads(l); f = r["source"]["path"].split("/")[-1]; g = gold[f]
        a = W.findall(g["text"]); b = W.findall(r["text"] or "")
        sm = difflib.SequenceMatcher(None, [x.lower() for x in a], [x.lower() for x in b], autojunk=False)
        out = []
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op in ("insert", "replace"): out.append("  KEPT   +" + " ".join(b[j1:j2])[:160])
            if op in ("delete", "replace"): out.append("  REMOVED-" + " ".join(a[i1:i2])[:160])
        if r["title"] != g["title"]: out.append(f"  TITLE  got {r['title']!r}")
        if not str(r.get("published") or "").startswith(g["published"]): out.append(f"  DATE   got {r.get('published')!r} want {g['published']}")
        if out: print(f); print("\n".join(out))
