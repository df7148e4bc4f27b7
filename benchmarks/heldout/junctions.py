"""Sentence junctions in the joined and spaced shapes: are gold sentence boundaries split in the output?

For each gold body, boundaries are counted inside paragraphs (between two sentences of one body
paragraph) and between consecutive body paragraphs. A boundary is looked up in the output text
as <end of sentence A><whitespace?><start of sentence B> (searched in order, after the previous
boundary found): "split" when whitespace separates them, "glued" when nothing does, "lost" when the
pair is not found (text removed or changed around it). Share split = split / (split + glued).
Usage: python junctions.py [MODE] [-v] (-v lists lost and glued pairs; MODE: site (default), all, page; reads out/MODE_<shape>.jsonl).
"""
import collections, json, pathlib, re, sys, unicodedata
# the held-out set: the folder it is run in (benchmarks/heldout/run_fast.sh cds there)
root = pathlib.Path.cwd().resolve()
verbose = "-v" in sys.argv
args = [a for a in sys.argv[1:] if a != "-v"]
mode = args[0] if args else "site"
# a dot after these (or after one capital letter: an initial) does not end a sentence
ABBR = {"г", "гг", "т", "тыс", "млн", "млрд", "руб", "ул", "им", "ж", "жж", "б", "т.б", "т.е", "др", "пр", "д", "обл", "j", "jj", "t.b"}  # + 2021 Latin Kazakh "j." (jyl), "t.b."
END = re.compile(r"([.!?…]+[»“”\"')]*)(\s+)(?=[«„\"(–-]?\s?[0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІÄĞÖŪÜŞİÇÑ])")  # + capitals of the 2021 Latin Kazakh alphabet


def norm(s):
    return unicodedata.normalize("NFC", s).replace("\xa0", " ")


def sentences(par):
    out, start = [], 0
    for m in END.finditer(par):
        word = re.search(r"(\S+?)$", par[start:m.start()])
        w = word.group(1) if word else ""
        w = w.split("(")[-1].lower()
        if re.fullmatch(r"\d{1,2}", par[start:m.start()].strip()):  # "1." of a numbered item
            continue
        if w in ABBR or re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІÄĞÖŪÜŞİÇÑ]", word.group(1) if word else ""):
            continue
        out.append(par[start:m.end(1)])
        start = m.end()
    out.append(par[start:])
    return [s for s in out if s.strip()]


def boundaries(text):
    pars = [norm(p).strip() for p in text.split("\n\n") if p.strip()]
    sents = [sentences(p) for p in pars]
    for i, ss in enumerate(sents):
        for a, b in zip(ss, ss[1:]):
            yield "inside", a, b
        if i + 1 < len(sents):
            yield "between", ss[-1], sents[i + 1][0]


gold = {}
for p in (root / "gold").glob("*.json"):
    g = json.loads(p.read_text(encoding="utf-8"))
    gold[g["file"]] = g
for shape in ("joined", "spaced"):
    f = root / "out" / f"{mode}_{shape}.jsonl"
    if not f.exists():
        print(f"{shape}: no {f.name}"); continue
    tot = collections.Counter()
    for line in f.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        src = r.get("source")
        name = (src.get("path") if isinstance(src, dict) else str(src or "")).split("/")[-1]
        if name not in gold:
            continue
        g, text, pos = gold[name], norm(r.get("text") or ""), 0
        for kind, a, b in boundaries(g["text"]):
            tail, head = a.strip()[-14:], b.strip()[:10]
            m = re.compile(re.escape(tail) + r"(\s*)" + re.escape(head)).search(text, pos)
            if not m:
                m = re.compile(re.escape(tail) + r"(\s*)" + re.escape(head)).search(text)
            key = (g["lang"], kind)
            if not m:
                tot[key + ("lost",)] += 1
                if verbose:
                    print(f"  lost   {name} {kind}: {tail!r} | {head!r}")
                continue
            pos = m.start(1)
            tot[key + ("split" if m.group(1) else "glued",)] += 1
            if verbose and not m.group(1):
                print(f"  glued  {name} {kind}: {tail!r}{head!r}")
    print(f"== {shape} ({mode} mode)")
    print(f"{'lang':4} {'where':8} {'split':>5} {'glued':>5} {'lost':>5}  share_split")
    for lang in ("ru", "kk"):
        for kind in ("inside", "between"):
            s, gl, lo = (tot[(lang, kind, x)] for x in ("split", "glued", "lost"))
            share = f"{s / (s + gl):.3f}" if s + gl else "  -  "
            print(f"{lang:4} {kind:8} {s:5} {gl:5} {lo:5}  {share}")
