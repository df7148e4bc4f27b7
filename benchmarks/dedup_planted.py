"""Precision and recall of the dedup stage on real-like pages with planted reprints.

    python benchmarks/dedup_planted.py

The originals are every page dump (``*.txt``) in tests/data/pages, tests/data/pages_unseen
and seeds/: news pages in Russian and Kazakh, with their own site furniture.  For each we
plant, after all originals, the reprints the issue describes: the page fetched twice (an
exact copy), the article inside another site's menu and promo lines, with three words
changed, and without its last paragraph (pages of three or more paragraph lines).  Everything
goes through the default pipeline with ``dedup="mark"``.  A planted reprint counts as found
when its ``duplicate_of`` names its own original; any other mark (an original marked, or a
reprint naming another page) is a false mark.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from corpusclean import Document, Pipeline  # noqa: E402
from dedup_articles import FURNITURE  # noqa: E402

FOLDERS = ("tests/data/pages", "tests/data/pages_unseen", "seeds")
MIN_LINE = 80  # a line this long counts as a paragraph of the article, for truncation and edits


def _originals() -> list[Path]:
    return [p for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.txt"))]


def _plants(path: Path, rng: random.Random) -> list[tuple[str, str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    lang = "kk" if "_kk" in path.name or any(c in text for c in "әғқңөұүһі") else "ru"
    menu, promo = FURNITURE[lang]
    out = [("exact", text), ("furniture", "\n".join(menu + lines + promo) + "\n")]
    long_lines = [i for i, line in enumerate(lines) if len(line) >= MIN_LINE]
    if long_lines:
        edited = list(lines)
        for _ in range(3):
            i = rng.choice(long_lines)
            words = edited[i].split(" ")
            j = rng.randrange(len(words))
            words[j] = rng.choice(["также", "однако", "новый", "және", "жаңа", "бірақ"])
            edited[i] = " ".join(words)
        out.append(("edited", "\n".join(edited) + "\n"))
    if len(long_lines) >= 3:
        last = long_lines[-1]
        out.append(("truncated", "\n".join(lines[:last] + lines[last + 1:]) + "\n"))
    return out


def main() -> None:
    rng = random.Random(2024)
    originals = _originals()
    docs: list[Document] = []
    truth: list[str | None] = []  # for each document: the path of its original, or None
    for p in originals:
        docs.append(Document(p.read_text(encoding="utf-8", errors="replace"), source={"path": str(p)}))
        truth.append(None)
    kinds: list[str] = ["original"] * len(originals)
    for p in originals:
        for kind, text in _plants(p, rng):
            docs.append(Document(text, source={"path": f"{p}#{kind}"}))
            truth.append(str(p))
            kinds.append(kind)
    results = list(Pipeline(dedup="mark").run(docs))
    found = false_marks = 0
    per_kind: dict[str, list[int]] = {}
    misses = []
    for doc, original, kind in zip(results, truth, kinds):
        dup = doc.duplicate_of
        if original is None:
            false_marks += dup is not None
            if dup is not None:
                misses.append(f"original marked: {doc.source['path']} -> {dup}")
            continue
        ok = dup is not None and dup["source"].get("path") == original
        per_kind.setdefault(kind, [0, 0])
        per_kind[kind][0] += ok
        per_kind[kind][1] += 1
        found += ok
        if dup is not None and not ok:
            false_marks += 1
            misses.append(f"wrong original: {doc.source['path']} -> {dup}")
        elif dup is None:
            misses.append(f"missed: {doc.source['path']}")
    planted = sum(t is not None for t in truth)
    marked = found + false_marks
    print(f"{len(originals)} originals, {planted} planted reprints")
    print(f"recall {found}/{planted} = {found / planted:.3f}; precision {found}/{marked} = "
          f"{found / marked if marked else 1:.3f}")
    for kind, (ok, n) in sorted(per_kind.items()):
        print(f"    {kind:<10} {ok}/{n}")
    for line in misses:
        print("   ", line)


if __name__ == "__main__":
    main()
