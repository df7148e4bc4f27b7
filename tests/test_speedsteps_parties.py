"""The matcher's word-start scan changes no mention (issue 15, item 1).

Matcher.find used to try every character; it now jumps, by one regex search, to word
starts whose first character can begin a trie path.  Held here against the old
character-by-character loop: names at the start of a text, after digits, quotes, hyphens
and letters of other scripts, with look-alike letters, combining marks and characters
past the BMP, in Russian, Kazakh (Cyrillic and Latin) and in the three page shapes.
"""

from __future__ import annotations

import pytest

from corpusclean.parties import default_matcher
from corpusclean.parties import matcher as M


def _key(mentions):
    return [(m.start, m.end, m.org.id, m.surface, m.kind, m.quoted) for m in mentions]


def _find_slow(mt, text, published=None):
    """The former scan: every character, in order."""
    date = M._date(published)
    latin_text = _latin_share_slow(text) > M.LATIN_TEXT_SHARE
    out, weak = [], []
    sentences = M.SentenceIndex(text)
    i, n = 0, len(text)
    while i < n:
        if not text[i].isalnum() or (i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        m = mt._at(text, i, date, latin_text, weak, sentences)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.end
    return M._with_party_context(text, M._join_listed(text, out, weak), sentences)


def _latin_share_slow(text):
    latin = cyr = 0
    for c in text:
        if "a" <= c.lower() <= "z":
            latin += 1
        elif "\u0400" <= c <= "\u04ff":
            cyr += 1
    return latin / (latin + cyr) if latin + cyr else 0.0


TEXTS = [
    # must change: mentions found
    "Amanat провела съезд. Депутаты партии «Ак жол» и фракция «Ауыл» голосовали.",
    "«Аманат» партиясы съезд өткізді. AMANAT-тың төрағасы сөйледі, Ақ жолдың депутаттары қолдады.",
    "Nur Otan-ға кірді, партия «Nur Otan» жаңа бағдарлама қабылдады.",
    "«Amanat» partııasy saılaýǵa daıyn, «Aq jol» partııasy da.",
    "Аmanat (Cyrillic А) и пaртия «Аманат» (Latin a) встретились.",
    "Секретарь Генсовета «Единой России» и КПРФ.",
    # must stay: no mention inside a word, after a digit or a letter of another script
    "5Amanat, xAmanat, ЯАманат, Nur_Otan, кеңес_Аманат",
    "Отан қорғаушылар күні. Ауыл шаруашылығы. Республика күні.",
    # combining marks, astral characters, look-alike folding next to them
    "𝐀manat 😀Аманат «Ак\u0301 жол» партии, 𐐀Amanat, Amanat𐐀 партиясы",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("published", [None, "2023-05-01"])
def test_scan_finds_what_the_character_loop_found(text, published):
    mt = default_matcher()
    assert _key(mt.find(text, published)) == _key(_find_slow(mt, text, published))


@pytest.mark.parametrize("joiner", ["\n", "", " "])
def test_page_shapes(joiner):
    mt = default_matcher()
    text = joiner.join(TEXTS)
    assert _key(mt.find(text)) == _key(_find_slow(mt, text))
    assert mt.find(text)  # must change: the page has mentions


@pytest.mark.parametrize("text", TEXTS + ["K\u212a İstanbul ǅ"])
def test_latin_share_as_before(text):
    assert M._latin_share(text) == _latin_share_slow(text)


def test_start_characters_are_exactly_the_trie_starts():
    mt = default_matcher()
    first = frozenset(mt.trie)
    pattern = M._start_chars(first)
    for o in range(0x10000):
        c = chr(o)
        expected = c.isalnum() and len(M.fold(c)) == 1 and M.fold(c) in first
        assert bool(pattern.fullmatch(c)) == expected, hex(o)


def test_the_isalnum_class_is_str_isalnum():
    import re

    alnum = re.compile(r"[^\W_]")
    for o in list(range(0x10000)) + [0x10400, 0x1D400, 0x1F600, 0x20000, 0xE0041]:
        c = chr(o)
        assert bool(alnum.fullmatch(c)) == c.isalnum(), hex(o)
