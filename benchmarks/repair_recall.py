"""Recall and precision of repair.glued and repair.typos on damage made on purpose.

Clean sentences (the Russian and Kazakh sentences of ``../shared/eval/lid/dev.tsv``) are
damaged in the two ways scrapers and typists damage text, and the rules are asked to
undo it:

* glue: in each sentence one random pair of neighbouring lower-case words (3+ letters
  each) loses its space; "split right" means the rules give back the sentence exactly;
* typos, Kazakh: a vowel between consonants is dropped where three consonants then meet
  (the damage ``repair.typos.kazakh`` looks for), once per distinct known word;
* typos, Russian: one letter dropped or two neighbours swapped, once per distinct word of
  7+ letters that the damage turns into an unknown word.

Every result other than the original word is printed.  Seeded, so runs agree.

    python benchmarks/repair_recall.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SEED = 12
KK_VOWELS = "аәеоөұүыі"


def sentences(shared: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"kk": [], "ru": []}
    for i, line in enumerate((shared / "eval" / "lid" / "dev.tsv").read_text(encoding="utf-8").splitlines()):
        if i and line.strip():
            lang, _src, _sid, text = line.split("\t", 3)
            if lang in out:
                out[lang].append(text)
    return out


def glue(lang: str, texts: list[str], rng: random.Random) -> None:
    from corpusclean.document import Document
    from corpusclean.edits import sequential_edits
    from corpusclean.repair.context import Context
    from corpusclean.repair.glued import glued_changes

    ok = miss = other = 0
    for line in texts:
        pairs = list(regex.finditer(r"(?<![\w-])(\p{Ll}{3,}) (\p{Ll}{3,})(?![\w-])", line))
        if not pairs:
            continue
        m = rng.choice(pairs)
        glued = line[:m.start()] + m.group(1) + m.group(2) + line[m.end():]
        doc = Document(glued)
        doc.meta["lang"] = lang
        new, _ = sequential_edits(glued, glued_changes(glued, Context(glued, doc)), "t", "t")
        if new == line:
            ok += 1
        elif new == glued:
            miss += 1
        else:
            other += 1
            print(f"  OTHER {lang}: {m.group(1) + m.group(2)!r} -> {new[m.start() - 5:m.end() + 5]!r}")
    print(f"glue {lang}: {ok + miss + other} glued pairs, {ok} split right, {miss} left glued, {other} other")


def kazakh_typos(texts: list[str], rng: random.Random) -> None:
    from corpusclean.repair.lexicon import is_word
    from corpusclean.repair.typos import _KK_CONSONANTS, correct_kazakh

    ok = miss = wrong = 0
    seen: set[str] = set()
    for w in (w for t in texts for w in regex.findall(r"\p{Cyrillic}+", t)):
        if w in seen or not w.islower() or len(w) < 6 or not is_word(w, "kk"):
            continue
        seen.add(w)
        spots = [i for i in range(1, len(w) - 1)
                 if w[i] in KK_VOWELS and w[i - 1] in _KK_CONSONANTS and w[i + 1] in _KK_CONSONANTS
                 and ((i >= 2 and w[i - 2] in _KK_CONSONANTS) or (i + 2 < len(w) and w[i + 2] in _KK_CONSONANTS))]
        if not spots:
            continue
        i = rng.choice(spots)
        bad = w[:i] + w[i + 1:]
        if is_word(bad, "kk"):
            continue
        fixed = correct_kazakh(bad)
        if fixed == w:
            ok += 1
        elif fixed is None:
            miss += 1
        else:
            wrong += 1
            print(f"  WRONG kk: {bad} -> {fixed} (was {w})")
    print(f"typos kk: {ok + miss + wrong} dropped vowels, {ok} fixed, {miss} left, {wrong} wrong")


def russian_typos(texts: list[str], rng: random.Random) -> None:
    from corpusclean.repair.lexicon import is_word
    from corpusclean.repair.typos import correct

    ok = miss = wrong = 0
    seen: set[str] = set()
    for w in (w for t in texts for w in regex.findall(r"\p{Cyrillic}+", t)):
        if w in seen or not w.islower() or len(w) < 7:
            continue
        seen.add(w)
        i = rng.randrange(1, len(w) - 1)
        bad = w[:i] + w[i + 1:] if rng.random() < 0.5 else w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if bad == w or is_word(bad, "ru"):
            continue
        fixed = correct(bad)
        if fixed == w:
            ok += 1
        elif fixed is None:
            miss += 1
        else:
            wrong += 1
            print(f"  WRONG ru: {bad} -> {fixed} (was {w})")
    print(f"typos ru: {ok + miss + wrong} slips, {ok} fixed, {miss} left, {wrong} other result")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    data = sentences(args.shared)
    for lang in ("kk", "ru"):
        glue(lang, data[lang], random.Random(SEED))
    kazakh_typos(data["kk"], random.Random(SEED))
    russian_typos(data["ru"], random.Random(SEED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
