"""A generated corpus of real-like news pages, in every shape a scraper writes.

Material: the seeds, tests/data/pages and tests/data/pages_unseen (page-text dumps with
their furniture) and tests/data/html.  Each generated page keeps the layout of one real page
(its menus, dates, share rows, related lists) and gets new body paragraphs: each of 1 to 3
sentences drawn at random from the sentences of all body lines (lines of 60 characters or
more) in the same script, at least MIN_PARAGRAPHS of them, so pages are all different (as
a crawl's pages mostly are) but look like the material.  Shapes, in turn: one line per block (.txt),
paragraphs joined with nothing into one line, joined with spaces, JSONL records (one file of
many pages), and the HTML pages as they are.

Deterministic: the same ``seed`` and ``pages`` give the same files, byte for byte.

    python benchmarks/realistic_corpus.py OUT_DIR [--pages 400] [--seed 15]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BODY_MIN_CHARS = 60           # a line this long is a body paragraph, not furniture
MIN_PARAGRAPHS = 3            # body paragraphs per generated page, at least
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
SHAPES = ("lines", "joined", "spaced", "jsonl")


def material_pages() -> list[str]:
    folders = [ROOT / "seeds", ROOT / "tests" / "data" / "pages", ROOT / "tests" / "data" / "pages_unseen"]
    return [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]


def material_html() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted((ROOT / "tests" / "data" / "html").glob("*.html"))]


def _script(line: str) -> str:
    return "kk" if any(ch in KAZAKH_LETTERS for ch in line) else "ru"


def generate_texts(pages: int, seed: int = 15) -> list[str]:
    """``pages`` page texts (one line per block), each a real layout with new body lines."""
    rng = random.Random(seed)
    bases = material_pages()
    pool: dict[str, list[str]] = {"kk": [], "ru": []}
    for text in bases:
        for line in text.split("\n"):
            if len(line) >= BODY_MIN_CHARS:
                pool[_script(line)].extend(s for s in SENTENCE_END.split(line) if s.strip())

    def paragraph(script: str) -> str:
        return " ".join(rng.choice(pool[script]) for _ in range(rng.randint(1, 3)))

    texts = []
    for _ in range(pages):
        lines = rng.choice(bases).split("\n")
        body = [i for i, line in enumerate(lines) if len(line) >= BODY_MIN_CHARS]
        script = _script(lines[body[0]]) if body else _script(" ".join(lines))
        out = [paragraph(_script(line)) if i in body else line for i, line in enumerate(lines)]
        at = (body[-1] + 1) if body else max(1, len(lines) // 3)
        for _ in range(MIN_PARAGRAPHS - len(body)):
            out.insert(at, paragraph(script))
        texts.append("\n".join(out))
    return texts


def shape(text: str, how: str) -> str:
    """The page as a scraper would have written it: ``lines``, ``joined`` (blocks glued with
    nothing) or ``spaced`` (blocks joined with one space)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if how == "joined":
        return "".join(lines) + "\n"
    if how == "spaced":
        return " ".join(lines) + "\n"
    return text


def write_corpus(out: Path, pages: int = 400, seed: int = 15, with_html: bool = True) -> list[Path]:
    """Write the corpus into ``out``: .txt files, one JSONL file and the HTML pages."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    jsonl_lines = []
    for i, text in enumerate(generate_texts(pages, seed)):
        how = SHAPES[i % len(SHAPES)]
        if how == "jsonl":
            jsonl_lines.append(json.dumps({"id": f"gen-{i:05d}", "url": f"https://news.example/{i}", "text": text},
                                          ensure_ascii=False))
            continue
        path = out / f"page_{i:05d}_{how}.txt"
        path.write_text(shape(text, how), encoding="utf-8")
        written.append(path)
    if jsonl_lines:
        path = out / "pages.jsonl"
        path.write_text("\n".join(jsonl_lines) + "\n", encoding="utf-8")
        written.append(path)
    if with_html:
        for name, raw in material_html():
            path = out / f"html_{name}"
            path.write_bytes(raw)
            written.append(path)
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    files = write_corpus(args.out, args.pages, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"{len(files)} files, {size / 1e6:.2f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
