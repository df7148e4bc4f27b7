#!/bin/bash
# Re-runnable, fast, for any held-out set folder with pages_<site>.py and sites.txt: builds the set, makes shaped copies, runs corpusclean all-in-one (one call on the folder of all
# 30 pages) and per site (one call per site folder) on each shape (lines, joined, spaced), and per site on the JSONL
# version; scores each with score.py; writes out/summary.txt (with per-language lines) and out/junctions.txt.
set -u
TOOLS=$(cd "$(dirname "$0")" && pwd)
cd "${1:?usage: run_fast.sh SET_FOLDER (e.g. benchmarks/data/heldout_2026_12d)}"
export SHARED=${SHARED:-$(cd ../../../../shared 2>/dev/null && pwd)}
SITES=$(cat sites.txt)
python "$TOOLS/build.py" || exit 1
rm -rf shaped
python "$TOOLS/shape_dumps.py"
mkdir -p out
for shape in lines joined spaced; do
  S=shaped/$shape
  corpusclean -q $S/all/*.txt > out/all_$shape.jsonl
  : > out/site_$shape.jsonl; for s in $SITES; do corpusclean -q $S/bysite/$s/*.txt >> out/site_$shape.jsonl; done
  for mode in all site; do
    python "$SHARED/eval/score.py" . --docs docs --jsonl out/${mode}_$shape.jsonl -v > out/score_${mode}_$shape.txt
  done
done
JK="--text-key content --title-key heading --date-key date_published --url-key page_url"
: > out/site_jsonl.jsonl; for s in $SITES; do corpusclean -q $JK jsonl/$s.jsonl >> out/site_jsonl.jsonl; done
python "$TOOLS/score_jsonl.py" out/site_jsonl.jsonl -v > out/score_site_jsonl.txt
python - <<'PY' | tee out/summary.txt
import json, pathlib, re
rows = []
for shape in ("lines", "joined", "spaced", "jsonl"):
    for mode in ("all", "site"):
        f = pathlib.Path("out") / f"score_{mode}_{shape}.txt"
        if not f.exists():
            continue
        lines = f.read_text(encoding="utf-8").strip().splitlines()
        fig = dict(re.findall(r"(\w+)=([\d.]+)", lines[-1] if lines else ""))
        # per-language figures from score.py's per-file rows: mean F1, fixes, titles
        lang = {p.stem + ".txt": json.loads(p.read_text(encoding="utf-8"))["lang"] for p in pathlib.Path("gold").glob("*.json")}
        per = {"ru": [0, 0.0, 0, 0, 0], "kk": [0, 0.0, 0, 0, 0]}
        for l in lines:
            m = re.match(r"(\S+\.txt)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+[\d.]+\s+\d+/\d+\s+(\d+)/(\d+)\s+(ok|--)", l)
            if m and m.group(1) in lang:
                r = per[lang[m.group(1)]]
                r[0] += 1; r[1] += float(m.group(2)); r[2] += int(m.group(3)); r[3] += int(m.group(4)); r[4] += m.group(5) == "ok"
        rows.append((shape, mode, fig, per))
print(f"{'shape':7} {'mode':5} {'docs':>5} {'f1':>5} {'sim':>5} {'drop':>5} {'title':>5} {'date':>5} {'lang':>5} {'fixes':>5}   by language: f1 fixes titles")
for shape, mode, fig, per in rows:
    bl = "  ".join(f"{k} {v[1] / max(1, v[0]):.3f} {v[2]}/{v[3]} {v[4]}/{v[0]}" for k, v in per.items())
    print(f"{shape:7} {mode:5} " + " ".join(f"{fig.get(k, 'n/a'):>5}" for k in ("docs", "f1", "sim", "drop", "title", "date", "lang", "fixes")) + "   " + bl)
PY
python "$TOOLS/junctions.py" site | tee out/junctions.txt
