#!/bin/bash
# Re-runnable: builds shaped copies, runs corpusclean per-site, per-page and all-in-one, scores each with --jsonl.
set -u
cd "$(dirname "$0")"
SHARED=${SHARED:-../../../../shared}
python build.py >/dev/null
python ../../heldout/shape_dumps.py
mkdir -p out
for shape in lines joined spaced; do
  S=shaped/$shape
  corpusclean -q $S/all/*.txt > out/all_$shape.jsonl
  : > out/site_$shape.jsonl; for s in a b c d; do corpusclean -q $S/bysite/$s/*.txt >> out/site_$shape.jsonl; done
  : > out/page_$shape.jsonl; for f in $S/all/*.txt; do corpusclean -q "$f" >> out/page_$shape.jsonl; done
  for mode in all site page; do
    python "$SHARED/eval/score.py" . --docs docs --jsonl out/${mode}_$shape.jsonl -v > out/score_${mode}_$shape.txt
    echo "$shape/$mode: $(tail -1 out/score_${mode}_$shape.txt)"
  done
done
