"""Score corpusclean output made from jsonl/*.jsonl (records whose source.path is the .jsonl file).

score.py matches records to gold by the file name of source.path, which for JSONL input is the
.jsonl file, so records cannot be matched directly. This wrapper maps each record to its gold
page by url (record "url", or source.url; gold "url"), writes a copy of the records with
source.path set to the gold file name, and runs score.py --jsonl on that copy: the figures are
score.py's own. Usage: python score_jsonl.py OUT.jsonl [-v] (SHARED=path to ../shared).
"""
import json, os, pathlib, subprocess, sys, tempfile
# the held-out set: the folder it is run in (benchmarks/heldout/run_fast.sh cds there)
root = pathlib.Path.cwd().resolve()
shared = pathlib.Path(os.environ.get("SHARED", root / "../../../../shared"))
args = [a for a in sys.argv[1:] if a != "-v"]
byurl = {}
for p in sorted((root / "gold").glob("*.json")):
    g = json.loads(p.read_text(encoding="utf-8"))
    byurl[g["url"]] = g["file"]
out, unmatched = [], 0
for line in pathlib.Path(args[0]).read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    r = json.loads(line)
    src = r.get("source") if isinstance(r.get("source"), dict) else {}
    url = r.get("url") or src.get("url")
    if url not in byurl:
        unmatched += 1
        continue
    r["source"] = dict(src, path=byurl[url])
    out.append(json.dumps(r, ensure_ascii=False))
if unmatched:
    print(f"{unmatched} records not matched to gold by url", file=sys.stderr)
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
try:
    cmd = [sys.executable, str(shared / "eval" / "score.py"), str(root), "--docs", str(root / "docs"), "--jsonl", f.name]
    sys.exit(subprocess.run(cmd + (["-v"] if "-v" in sys.argv else [])).returncode)
finally:
    os.unlink(f.name)
