#!/bin/bash
# Re-runnable: builds the set, makes shaped copies, runs corpusclean all-in-one / per site / per page on each shape
# and on the JSONL version (all-in-one / per site), scores each, writes out/summary.txt and out/junctions.txt.
set -u
cd "$(dirname "$0")"
export SHARED=${SHARED:-$(cd ../../../../shared 2>/dev/null && pwd)}
SITES="sv po du ot em"
python build.py >/dev/null || exit 1
rm -rf shaped
python ../../heldout/shape_dumps.py
mkdir -p out
for shape in lines joined spaced; do
  S=shaped/$shape
  corpusclean -q $S/all/*.txt > out/all_$shape.jsonl
  : > out/site_$shape.jsonl; for s in $SITES; do corpusclean -q $S/bysite/$s/*.txt >> out/site_$shape.jsonl; done
  : > out/page_$shape.jsonl; for f in $S/all/*.txt; do corpusclean -q "$f" >> out/page_$shape.jsonl; done
  for mode in all site page; do
    python "$SHARED/eval/score.py" . --docs docs --jsonl out/${mode}_$shape.jsonl -v > out/score_${mode}_$shape.txt
  done
done
JK="--text-key body --title-key headline --date-key pub --url-key link"
corpusclean -q $JK jsonl/*.jsonl > out/all_jsonl.jsonl
: > out/site_jsonl.jsonl; for s in $SITES; do corpusclean -q $JK jsonl/$s.jsonl >> out/site_jsonl.jsonl; done
for mode in all site; do python ../../heldout/score_jsonl.py out/${mode}_jsonl.jsonl -v > out/score_${mode}_jsonl.txt; done
python - <<'PY' | tee out/summary.txt
import pathlib, re
rows = []
for shape in ("lines", "joined", "spaced", "jsonl"):
    for mode in ("all", "site", "page"):
        f = pathlib.Path("out") / f"score_{mode}_{shape}.txt"
        if not f.exists():
            continue
        lines = f.read_text(encoding="utf-8").strip().splitlines()
        fig = dict(re.findall(r"(\w+)=([\d.]+)", lines[-1] if lines else ""))
        rows.append((shape, mode, fig))
print(f"{'shape':7} {'mode':5} {'docs':>5} {'f1':>5} {'sim':>5} {'drop':>5} {'title':>5} {'date':>5} {'lang':>5} {'fixes':>5}")
for shape, mode, fig in rows:
    print(f"{shape:7} {mode:5} " + " ".join(f"{fig.get(k, 'n/a'):>5}" for k in ("docs", "f1", "sim", "drop", "title", "date", "lang", "fixes")))
PY
python ../../heldout/junctions.py site | tee out/junctions.txt
