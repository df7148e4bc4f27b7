"""Word-level helpers shared by repair.glued and repair.typos.

A candidate word is a run of Cyrillic letters that stands alone: not joined by a
hyphen, digit, Latin letter, apostrophe, underscore, slash, "@" or "#" (a hashtag such
as "#вместесильнее" is written glued on purpose) to anything else, and
not part of a URL, domain or e-mail address, and not cut short before a full stop
that does not end a sentence ("перемещ.:", "Динамич. символы").  Parts of "китайско-казахстанских" or
"Otan-ға", and words in "президент.рф", are never candidates.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Iterator

import regex

from .context import Context
from .lexicon import morph

__all__ = ["candidate_words", "kazakh_words", "next_word", "governs", "verb_agrees", "sentence_initial", "word_counts",
           "PREPOSITIONS", "PRONOUNS", "RU_PREFIXES", "prose_follows"]

_WORD = regex.compile(r"\p{Cyrillic}+")
_GLUE_CHARS = set("-‐‑_'’/@#\\") | set("0123456789")  # "#" : hashtags stay as written


def _joined(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in _GLUE_CHARS or after in _GLUE_CHARS:
        return True
    if before.isalpha() or after.isalpha():  # a Latin letter glued to the word
        return True
    if unicodedata.category(after).startswith("M"):  # a stress mark: "Составно́е"
        return True
    if before == "." and start > 1 and text[start - 2].isalpha():  # "президент.рф"
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalpha():  # "т.е", "Nur.kz"
        return True
    return False


def _abbreviated(text: str, end: int) -> bool:
    """A full stop after the word that does not end a sentence: "перемещ.:",
    "Динамич. символы" - the word is cut short, not misspelt."""
    if end >= len(text) or text[end] != ".":
        return False
    rest = text[end + 1:end + 3]
    if not rest or rest[0] == "\n" or rest[0] in "»\"”)":
        return False
    return not (rest[0] == " " and len(rest) > 1 and (rest[1].isupper() or rest[1] in "«\"“(—–-"))


def candidate_words(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, word) of standalone Cyrillic words the Russian dictionary may judge.

    Computed once per text: repair.glued and repair.typos share the context while the
    text has not changed (see ``steps.repair``)."""
    return _memo(ctx, "ru", text, lambda: [
        (m.start(), m.end(), m.group()) for m in _WORD.finditer(text)
        if not (_joined(text, m.start(), m.end()) or _abbreviated(text, m.end())
                or ctx.is_protected(m.start(), m.end()) or not ctx.russian_ok(m.start(), m.end()))])


def _memo(ctx: Context, key: str, text: str, compute):
    memo = ctx.__dict__.setdefault("_word_memo", {})
    hit = memo.get(key)
    if hit is None or hit[0] is not text:
        hit = memo[key] = (text, compute())
    return hit[1]


_KAZAKH_LETTERS = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")


def kazakh_words(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """(start, end, word) of standalone Cyrillic words the Kazakh lexicon may judge
    (the same standalone test as :func:`candidate_words`, in Kazakh text); once per text."""
    def compute():
        out: list[tuple[int, int, str]] = []
        if not ctx.may_hold_kazakh:
            return out
        for m in _WORD.finditer(text):
            s, e = m.span()
            word = m.group()
            if not _KAZAKH_LETTERS.issuperset(word.lower()):
                continue
            if _joined(text, s, e) or _abbreviated(text, e) or ctx.is_protected(s, e) or not ctx.kazakh_ok(s, e):
                continue
            out.append((s, e, word))
        return out

    return _memo(ctx, "kk", text, compute)


def word_counts(text: str) -> Counter:
    """How often each lower-cased Cyrillic word occurs in ``text``."""
    return Counter(w.lower() for w in _WORD.findall(text))


def next_word(text: str, end: int) -> str | None:
    """The Cyrillic word after a single space following ``end`` on the same line."""
    if end >= len(text) or text[end] != " ":
        return None
    m = _WORD.match(text, end + 1)
    return m.group() if m else None


_SENTENCE_OPENERS = set("«\"„“([—–- ")


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a line or a sentence."""
    i = start - 1
    while i >= 0 and text[i] in _SENTENCE_OPENERS:
        i -= 1
    return i < 0 or text[i] == "\n" or text[i] in ".!?…"


# Cases each preposition takes ("и" is a conjunction: any known word).
_GOVERNS = {
    "в": {"accs", "loct", "loc2"},
    "во": {"accs", "loct", "loc2"},
    "к": {"datv"},
    "ко": {"datv"},
    "с": {"ablt", "gent", "gen2"},
    "со": {"ablt", "gent", "gen2"},
    "у": {"gent", "gen2"},
    "о": {"loct", "accs"},
    "об": {"loct", "accs"},
    "на": {"accs", "loct", "loc2"},
    "по": {"datv", "loct", "accs"},
    "за": {"accs", "ablt"},
    "из": {"gent", "gen2"},
    "от": {"gent", "gen2"},
    "до": {"gent", "gen2"},
    "для": {"gent", "gen2"},
    "без": {"gent", "gen2"},
    "над": {"ablt"},
    "под": {"ablt", "accs"},
    "при": {"loct"},
    "про": {"accs"},
    # longer prepositions (issue 12: "после|того", "между|людьми"; "перед" and "после" are
    # also prefixes of compounds the dictionary lists whole: послевоенный)
    "после": {"gent"},
    "около": {"gent"},
    "кроме": {"gent"},
    "среди": {"gent"},
    "вокруг": {"gent"},
    "против": {"gent"},
    "вместо": {"gent"},
    "между": {"ablt", "gent"},
    "перед": {"ablt"},
    "через": {"accs"},
    "благодаря": {"datv"},
    "согласно": {"datv"},
}
PREPOSITIONS = frozenset(_GOVERNS) - {"и"}
# Russian word-forming prefixes (в-, за-, под-, пере-, ...).  An unknown word read as one
# of them + a dictionary word is a derived word the dictionary lacks ("просканировано",
# "подмодулем"), so repair.typos does not take it for a misspelling of a rarer word and
# repair.glued does not split a preposition of this shape off a rarer form.
RU_PREFIXES = frozenset("в во вз вс вы до за из ис на над недо о об обо от ото пере по под пре пред при про раз "
                        "рас с со у без бес воз вос низ нис".split())
# Personal pronouns and what a finite verb after them agrees in.
_PRONOUN_AGREEMENT = {
    "я": ({"1per"}, {"sing"}), "мы": ({"1per"}, {"plur"}), "вы": ({"2per"}, {"plur"}),
    "он": ({"3per"}, {"sing", "masc"}), "она": ({"3per"}, {"sing", "femn"}),
    "оно": ({"3per"}, {"sing", "neut"}), "они": ({"3per"}, {"plur"}),
}
PRONOUNS = frozenset(_PRONOUN_AGREEMENT)
_NOMINAL = {"NOUN", "ADJF", "NPRO", "NUMR", "PRTF"}


def governs(prep: str, word: str | None) -> bool:
    """Whether ``word`` can follow the preposition ``prep`` (в, к, с, у, о, на, по, для,
    ...: a nominal word in a case it takes) or the conjunction "и" (any known word)."""
    if not word:
        return False
    analyses = morph().parse(word.lower())
    if prep == "и":
        return any(p.tag.POS is not None and p.is_known for p in analyses)
    cases = _GOVERNS.get(prep)
    if not cases:
        return False
    return any(p.is_known and p.tag.POS in _NOMINAL and p.tag.case in cases for p in analyses)


def verb_agrees(pronoun: str, word: str) -> bool:
    """Whether ``word`` reads as a finite verb that agrees with the personal ``pronoun``
    ("мы" + "решили", "она" + "сказала", "они" + "считают")."""
    person, number = _PRONOUN_AGREEMENT[pronoun]
    for p in morph().parse(word.lower()):
        if not p.is_known or p.tag.POS != "VERB":
            continue
        g = set(p.tag.grammemes)
        if "past" in g:  # number, and gender in the singular ("он сказал", "я сказала")
            ok = "plur" in g if "plur" in number else "sing" in g and (number - {"sing"}) <= g
        else:
            ok = person <= g and (number & {"sing", "plur"}) <= g
        if ok:
            return True
    return False


_LOWER_WORD = regex.compile(r"(?<!\p{L})\p{Ll}{2,}")


def prose_follows(text: str, end: int) -> bool:
    """A sentence of prose goes on after the word ending at ``end``: the rest of its line
    (up to 200 characters) holds a lower-case word ("Пословам Токаева, план готов"), which a
    one-word line or a list of names ("Манстер Муншигандж Мурсия") does not."""
    stop = text.find("\n", end)
    stop = min(len(text) if stop < 0 else stop, end + 200)
    return _LOWER_WORD.search(text, end, stop) is not None
