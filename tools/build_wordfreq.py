"""Derive ``data/repair/ru_wordfreq.tsv`` from wordfreq's Russian data (maintainers only).

The shipped list holds every all-Cyrillic Russian word (letters а-я and ё, no digits,
no hyphen) whose Zipf frequency in wordfreq 3.1.1's ``large_ru`` list is at least
:data:`MIN_ZIPF`, one ``word<TAB>zipf*100`` line per word, sorted by word.  wordfreq's
data are licensed CC BY-SA 4.0 (see ``data/repair/ru_wordfreq.LICENSE``); the derived
list is distributed under the same licence.

Run with wordfreq's wheel unpacked and msgpack importable::

    python tools/build_wordfreq.py path/to/wordfreq/data/large_ru.msgpack.gz corpusclean/data/repair/ru_wordfreq.tsv

A maintainer script, kept out of the package (tools/): nothing at run time imports it.
"""

from __future__ import annotations

import gzip
import sys

import regex

# 2.5 keeps 126,549 words (2.8 MB): every word a typo could be corrected to (those need
# Zipf >= typos.MIN_TARGET_ZIPF = 3.0) and enough rarer words that a frequency ratio
# can be read.  2.0 would double the file for words the repair never proposes.
MIN_ZIPF = 2.5
_WORD = regex.compile(r"^[а-яё]+$")


def build(src: str) -> list[tuple[str, int]]:
    import msgpack  # only the maintainer's build needs it

    with gzip.open(src) as fh:
        data = msgpack.load(fh, raw=False)
    # data[0] is the header; data[i] lists the words i centibels below frequency 1.
    rows = []
    for i, bucket in enumerate(data[1:]):
        zipf100 = 900 - i
        if zipf100 < MIN_ZIPF * 100:
            break
        rows.extend((w, zipf100) for w in bucket if _WORD.match(w))
    return sorted(rows)


def main(argv: list[str] | None = None) -> int:
    src, out = (argv or sys.argv[1:])[:2]
    rows = build(src)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for w, z in rows:
            fh.write(f"{w}\t{z}\n")
    print(f"{len(rows)} words -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
