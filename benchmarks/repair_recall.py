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

Russian classes added for issue 12 (each with its own seeded random state, so the four
figures above stay comparable with earlier runs):

* comma glue: the space after one comma or colon between two words is lost
  ("граждан, а" -> "граждан,а"), run through ``repair.spacing`` (then glued, typos);
* capital glue: a sentence's capitalised first word is glued to the lower-case word
  after it ("В городе" -> "Вгороде", "На службе" -> "Наслужбе"), run through
  ``repair.glued`` in the sentence;
* slips by kind, Russian: a wrong vowel of a sound-alike pair (о/а, е/и, е/я), a doubled
  letter, a dropped letter, two letters swapped (words of 7+ letters, one per distinct
  word), run through ``repair.typos`` in the word's sentence (its neighbours settle
  inflected forms: "советскй армии");
* capitalised typo: the first word of a sentence (7+ letters) gets one of those slips,
  run through ``repair.typos`` in the sentence;
* short-part glue (round 5): a lower-case word of one or two letters mid-sentence glued to
  the next word ("вэтом", "вотставку"), run through ``repair.glued`` in the sentence.

Every result other than the original is printed.  Seeded, so runs agree.  ``--ru-text``
damages the lines of another file instead of the LID Russian sentences (for development
on text that the figures are not reported on).

    python benchmarks/repair_recall.py [--shared ../shared] [--ru-text FILE] [--only CLASS ...]
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


class Tally:
    """Counts the judged words of one damage class: fixed (the rules give back the word),
    left (no change) and wrong (another word), printing each wrong one as it comes."""

    def __init__(self, label: str):
        self.label = label
        self.ok = self.miss = self.wrong = 0

    @property
    def total(self) -> int:
        return self.ok + self.miss + self.wrong

    def judge(self, fixed: str | None, word: str, bad: str) -> None:
        if fixed == word:
            self.ok += 1
        elif fixed is None:
            self.miss += 1
        else:
            self.wrong += 1
            print(f"  WRONG {self.label}: {bad} -> {fixed} (was {word})")


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

    tally = Tally("kk")
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
        tally.judge(correct_kazakh(bad), w, bad)
    print(f"typos kk: {tally.total} dropped vowels, {tally.ok} fixed, {tally.miss} left, {tally.wrong} wrong")


# Kazakh letters as a Russian keyboard types them (the kkrepair damage classes).
KK_AS_RUSSIAN = {"ә": "а", "ө": "о", "ұ": "у", "ү": "у", "қ": "к", "ғ": "г", "ң": "н", "і": "и", "һ": "х"}


def kazakh_letter_and_swap_typos(texts: list[str], rng: random.Random) -> None:
    """Kazakh, two more damage classes, once per distinct known lower-case word of 6+
    letters that the damage turns into an unknown word: one Kazakh letter typed as its
    Russian look-alike (қ -> к, ә -> а, і -> и, ...), and two different neighbouring
    letters swapped (not the first)."""
    from corpusclean.repair.lexicon import is_word
    from corpusclean.repair.typos import correct_kazakh

    words: list[str] = []
    seen: set[str] = set()
    for w in (w for t in texts for w in regex.findall(r"\p{Cyrillic}+", t)):
        if w not in seen and w.islower() and len(w) >= 6 and is_word(w, "kk"):
            seen.add(w)
            words.append(w)
    for name in ("letter", "swap"):
        tally = Tally(f"kk {name}")
        for w in words:
            if name == "letter":
                spots = [i for i, ch in enumerate(w) if ch in KK_AS_RUSSIAN]
                if not spots:
                    continue
                i = rng.choice(spots)
                bad = w[:i] + KK_AS_RUSSIAN[w[i]] + w[i + 1:]
            else:
                spots = [i for i in range(1, len(w) - 1) if w[i] != w[i + 1]]
                i = rng.choice(spots)
                bad = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            if is_word(bad, "kk"):
                continue
            tally.judge(correct_kazakh(bad), w, bad)
        print(f"typos kk {name}: {tally.total} damaged words, {tally.ok} fixed, {tally.miss} left, {tally.wrong} wrong")


KK_HEIGHT_PARTNERS = {"е": "і", "і": "е", "а": "ы", "ы": "а", "о": "ұ", "ұ": "о", "ө": "ү", "ү": "ө"}


def kazakh_unsigned_typos(texts: list[str], rng: random.Random) -> None:
    """Kazakh, slips that leave no sign of damage (issue 12, class ``unsigned-kk``), once
    per distinct known lower-case word of 8+ letters that the damage turns into an
    unknown word: one vowel (not the first or last letter) written as its partner of the
    other height (е/і, а/ы, о/ұ, ө/ү: өзгерістер -> өзгерестер), and a vowel of the word's
    harmony put between two consonants (министрлігіне -> министірлігіне)."""
    from corpusclean.repair.lexicon import is_word
    from corpusclean.repair.typos import correct_kazakh

    cons = set("бвгғджзклмнңпрстфхһцчшщқ")
    words: list[str] = []
    seen: set[str] = set()
    for w in (w for t in texts for w in regex.findall(r"\p{Cyrillic}+", t)):
        if w not in seen and w.islower() and len(w) >= 8 and is_word(w, "kk"):
            seen.add(w)
            words.append(w)
    for name in ("height", "epenthesis"):
        tally = Tally(f"kk {name}")
        for w in words:
            if name == "height":
                spots = [i for i in range(1, len(w) - 1) if w[i] in KK_HEIGHT_PARTNERS]
                if not spots:
                    continue
                i = rng.choice(spots)
                bad = w[:i] + KK_HEIGHT_PARTNERS[w[i]] + w[i + 1:]
            else:
                spots = [i for i in range(2, len(w) - 1) if w[i - 1] in cons and w[i] in cons]
                if not spots:
                    continue
                i = rng.choice(spots)
                front = any(ch in "әеіөү" for ch in w[:i])
                bad = w[:i] + ("і" if front else "ы") + w[i:]
            if is_word(bad, "kk"):
                continue
            tally.judge(correct_kazakh(bad), w, bad)
        print(f"typos kk {name}: {tally.total} damaged words, {tally.ok} fixed, {tally.miss} left, {tally.wrong} wrong")


def russian_typos(texts: list[str], rng: random.Random) -> None:
    from corpusclean.repair.lexicon import is_word
    from corpusclean.repair.typos import correct

    tally = Tally("ru")
    seen: set[str] = set()
    for w in (w for t in texts for w in regex.findall(r"\p{Cyrillic}+", t)):
        if w in seen or not w.islower() or len(w) < 7:
            continue
        seen.add(w)
        i = rng.randrange(1, len(w) - 1)
        bad = w[:i] + w[i + 1:] if rng.random() < 0.5 else w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if bad == w or is_word(bad, "ru"):
            continue
        tally.judge(correct(bad), w, bad)
    print(f"typos ru: {tally.total} slips, {tally.ok} fixed, {tally.miss} left, {tally.wrong} other result")


def _run_steps(text: str, lang: str, steps: tuple[str, ...]) -> str:
    """``text`` through the repair step functions ``steps`` (in order), as a document of ``lang``."""
    from corpusclean.document import Document
    from corpusclean.edits import sequential_edits
    from corpusclean.repair.context import Context
    from corpusclean.repair.glued import glued_changes
    from corpusclean.repair.spacing import spacing_changes
    from corpusclean.repair.typos import typo_changes

    funcs = {"spacing": spacing_changes, "glued": glued_changes, "typos": typo_changes}
    for name in steps:
        doc = Document(text)
        doc.meta["lang"] = lang
        text, _ = sequential_edits(text, funcs[name](text, Context(text, doc)), "t", "t")
    return text


def _report(name: str, ok: int, miss: int, other: int) -> None:
    n = ok + miss + other
    print(f"{name}: {n} cases, {ok} undone ({ok / n * 100 if n else 0:.1f} %), {miss} left, {other} other result")


def comma_glue(texts: list[str], rng: random.Random) -> None:
    ok = miss = other = 0
    for line in texts:
        spots = list(regex.finditer(r"(?<=\p{L}{2}[,:]) (?=\p{Ll})", line))
        if not spots:
            continue
        m = rng.choice(spots)
        glued = line[:m.start()] + line[m.end():]
        new = _run_steps(glued, "ru", ("spacing", "glued", "typos"))
        if new == line:
            ok += 1
        elif new == glued:
            miss += 1
            print(f"  LEFT comma: {glued[max(0, m.start() - 12):m.start() + 12]!r}")
        else:
            other += 1
            print(f"  OTHER comma: {glued!r} -> {new!r}")
    _report("comma glue ru", ok, miss, other)


def capital_glue(texts: list[str], rng: random.Random) -> None:
    ok = miss = other = 0
    for line in texts:
        m = regex.match(r"(\p{Lu}\p{Ll}*) (\p{Ll}{3,})(?![\w-])", line)
        if not m or not regex.fullmatch(r"\p{Cyrillic}+", m.group(1) + m.group(2)):
            continue
        glued = m.group(1) + m.group(2) + line[m.end():]
        new = _run_steps(glued, "ru", ("glued",))
        short = len(m.group(1)) <= 3
        if new == line:
            ok += 1
        elif new == glued:
            miss += 1
            print(f"  LEFT capital{' (short)' if short else ''}: {m.group(1) + m.group(2)!r}")
        else:
            other += 1
            print(f"  OTHER capital: {m.group(1) + m.group(2)!r} -> {new[:len(m.group()) + 8]!r}")
    _report("capital glue ru", ok, miss, other)


def short_glue(texts: list[str], rng: random.Random) -> None:
    """Round 5: a lower-case word of one or two letters (в, с, на, по, не, ...) glued to the
    lower-case word after it, mid-sentence ("вэтом", "вотставку", "нас ними"), run through
    ``repair.glued`` in the sentence."""
    ok = miss = other = 0
    for line in texts:
        spots = list(regex.finditer(r"(?<=\p{L}[,;:]? )(\p{Ll}{1,2}) (\p{Ll}{3,})(?![\w-])", line))
        spots = [m for m in spots if regex.fullmatch(r"\p{Cyrillic}+", m.group(1) + m.group(2))]
        if not spots:
            continue
        m = rng.choice(spots)
        glued = line[:m.start()] + m.group(1) + m.group(2) + line[m.end():]
        new = _run_steps(glued, "ru", ("glued",))
        if new == line:
            ok += 1
        elif new == glued:
            miss += 1
        else:
            other += 1
            print(f"  OTHER short glue: {m.group(1) + m.group(2)!r} -> {new[m.start():m.end() + 6]!r}")
    _report("short-part glue ru", ok, miss, other)


_VOWEL_TWINS = {"о": "а", "а": "о", "е": "и", "и": "е", "я": "е"}


def _slip(w: str, kind: str, rng: random.Random) -> str | None:
    """``w`` with one slip of ``kind`` (first letter kept), or None if it has no spot for it."""
    if kind == "vowel":
        spots = [i for i in range(1, len(w)) if w[i] in _VOWEL_TWINS]
        if not spots:
            return None
        i = rng.choice(spots)
        return w[:i] + _VOWEL_TWINS[w[i]] + w[i + 1:]
    i = rng.randrange(1, len(w) - 1)
    if kind == "double":
        return w[:i + 1] + w[i] + w[i + 1:]
    if kind == "drop":
        return w[:i] + w[i + 1:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]  # swap


def russian_slips(texts: list[str], rng: random.Random) -> None:
    from corpusclean.repair.lexicon import is_word
    from corpusclean.repair.typos import correct

    for kind in ("vowel", "double", "drop", "swap"):
        ok = miss = wrong = 0
        seen: set[str] = set()
        for line in texts:
            for m in regex.finditer(r"(?<![\w-])\p{Cyrillic}+(?![\w-])", line):
                w = m.group()
                if w in seen or not w.islower() or len(w) < 7:
                    continue
                seen.add(w)
                bad = _slip(w, kind, rng)
                if bad is None or bad == w or is_word(bad, "ru"):
                    continue
                # the word in its sentence, so the neighbours can settle inflected forms
                damaged = line[:m.start()] + bad + line[m.end():]
                new = _run_steps(damaged, "ru", ("typos",)) if correct(bad) != w else line
                if new == line:
                    ok += 1
                elif new == damaged:
                    miss += 1
                else:
                    wrong += 1
                    print(f"  WRONG ru {kind}: {bad} -> {new[m.start():m.start() + len(w) + 2]!r} (was {w})")
        _report(f"slips ru, {kind}", ok, miss, wrong)


def capital_typos(texts: list[str], rng: random.Random) -> None:
    from corpusclean.repair.lexicon import is_word

    ok = miss = other = 0
    for line in texts:
        m = regex.match(r"\p{Lu}\p{Ll}{6,}(?![\w-])", line)
        if not m or not regex.fullmatch(r"\p{Cyrillic}+", m.group()):
            continue
        w = m.group()
        bad = _slip(w, rng.choice(("vowel", "double", "drop", "swap")), rng)
        if bad is None or bad == w or is_word(bad, "ru"):
            continue
        damaged = bad + line[m.end():]
        new = _run_steps(damaged, "ru", ("typos",))
        if new == line:
            ok += 1
        elif new == damaged:
            miss += 1
        else:
            other += 1
            print(f"  OTHER capital typo: {bad} -> {new[:len(w) + 4]!r} (was {w})")
    _report("capital typos ru", ok, miss, other)


CLASSES = ("glue-kk", "glue-ru", "typos-kk", "unsigned-kk", "typos-ru", "comma-ru", "capital-glue-ru", "slips-ru",
           "capital-typos-ru", "short-glue-ru")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--ru-text", type=Path, help="damage these lines (one sentence or paragraph a line) instead of "
                                                  "the LID Russian sentences")
    ap.add_argument("--only", nargs="*", choices=CLASSES, help="run only these damage classes")
    args = ap.parse_args()
    data = sentences(args.shared)
    if args.ru_text:
        data["ru"] = [ln for ln in args.ru_text.read_text(encoding="utf-8").splitlines() if ln.strip()]
    only = set(args.only or CLASSES)
    for lang in ("kk", "ru"):
        if f"glue-{lang}" in only:
            glue(lang, data[lang], random.Random(SEED))
    if "typos-kk" in only:
        kazakh_typos(data["kk"], random.Random(SEED))
        kazakh_letter_and_swap_typos(data["kk"], random.Random(SEED))
    if "unsigned-kk" in only:
        kazakh_unsigned_typos(data["kk"], random.Random(SEED))
    if "typos-ru" in only:
        russian_typos(data["ru"], random.Random(SEED))
    if "comma-ru" in only:
        comma_glue(data["ru"], random.Random(SEED))
    if "capital-glue-ru" in only:
        capital_glue(data["ru"], random.Random(SEED))
    if "slips-ru" in only:
        russian_slips(data["ru"], random.Random(SEED))
    if "capital-typos-ru" in only:
        capital_typos(data["ru"], random.Random(SEED))
    if "short-glue-ru" in only:
        short_glue(data["ru"], random.Random(SEED))
    return 0


if __name__ == "__main__":
    sys.exit(main())
