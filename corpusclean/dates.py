"""Publication dates as printed on Russian and Kazakh news pages, to ISO 8601.

A small own parser rather than a date library: the forms that occur on the pages are
few and regular (numeric ``15.04.2022, 18:10``, ISO, Russian ``29 Сентября, 2021``,
Kazakh ``2023 жылғы 12 наурыз`` and ``12 наурыз 2023, 10:45``), month names live in
``data/dates/months.tsv``, weekday names (read as part of the stamp, "Пятница, 15 марта
2024") in ``data/dates/weekdays.tsv`` and relative day words in ``data/dates/relative.tsv``;
Kazakh words are also read in the 2021 Latin alphabet ("Senbı, 16 nauryz 2024").  See
docs/dependencies.md for what dateparser did on the same forms.

Rules: the time is kept as printed (no time zone conversion; an offset is dropped);
``00:00`` counts as "no time" because content systems print it for date-only records;
relative dates (``вчера``, ``кеше``, ``сегодня``, ``бүгін``, ``3 дня назад``) resolve only
against an explicit reference date, otherwise they give ``None``, so output never
depends on the day it is run.

>>> parse_date("15.04.2022, 18:10")
'2022-04-15T18:10'
>>> parse_date("29 Сентября, 2021")
'2021-09-29'
>>> parse_date("2023 жылғы 12 наурыз")
'2023-03-12'
>>> parse_date("12 наурыз 2023, 10:45")
'2023-03-12T10:45'
>>> parse_date("вчера, 18:10") is None
True
>>> parse_date("вчера, 18:10", reference_date="2024-05-02")
'2024-05-01T18:10'
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

__all__ = ["DateMatch", "find_dates", "parse_date", "parse_scraper_date", "normalize_iso", "month_table", "weekday_table"]

# Years outside this range are page furniture (phone numbers, counters), not dates.
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: ``text[start:end]`` gave ``iso``."""

    start: int
    end: int
    iso: str
    relative: bool = False


def _data_lines(name: str) -> list[list[str]]:
    raw = resources.files("corpusclean").joinpath("data", "dates", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip()]


def _with_latin_forms(rows: list[list[str]]) -> dict[str, int]:
    """Word (lower case) -> number, for the rows of a data file: a Kazakh Cyrillic word also in
    the 2021 Latin alphabet ("наурыз" -> "nauryz", "сенбі" -> "senbı"), read through the one
    Latin table (:mod:`corpusclean.boilerplate.kazakh_latin`) rather than a second list."""
    from .boilerplate.kazakh_latin import latin_forms

    out = {form: int(number) for _lang, form, number in rows}
    for lang, form, number in rows:
        if lang == "kk":
            for latin in sorted(latin_forms(form)):
                out.setdefault(latin, int(number))
    return out


@lru_cache(maxsize=1)
def month_table() -> dict[str, int]:
    """Month word (lower case) -> month number, both languages (Kazakh in both alphabets:
    the 2021 Latin forms come from the Cyrillic rows, the 2018 ones are rows of their own)."""
    return _with_latin_forms(_data_lines("months.tsv"))


@lru_cache(maxsize=1)
def weekday_table() -> dict[str, int]:
    """Weekday name (lower case) -> ISO weekday number (1 = Monday), both languages, Kazakh in
    both scripts (``data/dates/weekdays.tsv``)."""
    return _with_latin_forms(_data_lines("weekdays.tsv"))


@lru_cache(maxsize=1)
def _relative_table() -> dict[str, int]:
    return {word: int(days) for _lang, word, days in _data_lines("relative.tsv")}


# Kazakh case endings a month name may carry in a date ("наурыздағы", "қазанда").
_KK_SUFFIX = r"(?:дағы|дегі|тағы|тегі|нда|нде|да|де|та|те|ның|нің|дың|дің|тың|тің|ы|і)?"
_TIME = r"(?P<{p}h>[01]?\d|2[0-3]):(?P<{p}mi>[0-5]\d)(?::(?P<{p}s>[0-5]\d))?"
_SEP = r"(?:\s*(?:[,|/•·]|[-–—]|\bв\b|\bсағат|\bсағ\.?))*\s*"


@lru_cache(maxsize=1)
def _pattern() -> regex.Pattern:
    months = sorted(month_table(), key=len, reverse=True)
    mon = r"(?:%s)\.?" % "|".join(regex.escape(m) for m in months)
    rel = "|".join(regex.escape(w) for w in sorted(_relative_table(), key=len, reverse=True))
    year_word = r"(?:\s*(?:г\.|гг\.|года|год|ж\.|жыл(?:ғы|ы)?|j\.|jyl(?:ǵy|y)?))?"
    t_after = r"(?:%s%s)?" % (_SEP, _TIME.format(p="a"))
    t_before = r"(?:%s%s)?" % (_TIME.format(p="b"), r"\s*(?:[,|/•·]|[-–—])?\s*")
    alternatives = [
        # ISO: 2022-04-15, 2022-04-15T18:10:00+06:00
        r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:[T ](?P<ih>[01]\d|2[0-3]):(?P<imi>[0-5]\d)(?::(?P<is>[0-5]\d)(?:\.\d+)?)?"
        r"(?:Z|[+-]\d{2}:?\d{2})?)?",
        # numeric day first: 15.04.2022, 15/04/2022, 15.04.22
        r"(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4}|\d{2})(?![\d.]\d)" + year_word,
        # year first: 2022.04.15, 2022/04/15
        r"(?P<yy>\d{4})[./](?P<ym>\d{1,2})[./](?P<yd>\d{1,2})(?![\d])",
        # Kazakh year first: 2023 жылғы 12 наурыз, 2023 ж. 12-наурыз, 2023 jylǵy 12 naýryz
        r"(?P<ky>\d{4})\s*(?:жылғы|жылы|ж\.|jylǵy|jyly|j\.)?\s*(?P<kd>\d{1,2})[-\s]\s*(?P<km>%s)%s" % (mon, _KK_SUFFIX),
        # day month year: 29 Сентября, 2021; 12 наурыз 2023 ж.
        r"(?P<td>\d{1,2})[-\s]\s*(?P<tm>%s)%s,?\s+(?P<ty>\d{4})%s" % (mon, _KK_SUFFIX, year_word),
        # day and month without a year: 12 марта, 10:45 (the year comes from the reference date)
        r"(?P<pd>\d{1,2})[-\s]\s*(?P<pm>%s)%s(?!,?\s*\d{4})" % (mon, _KK_SUFFIX),
        # relative: вчера, 18:10; бүгін 10:45
        r"(?P<rel>%s)" % rel,
        # N days ago: 3 дня назад, 2 күн бұрын
        r"(?P<ago>\d{1,2})\s+(?:дн(?:я|ей)|день|күн)\s+(?:назад|бұрын)",
    ]
    body = "|".join(f"(?:{a})" for a in alternatives)
    # a weekday before the date belongs to the stamp ("Senbı, 16 nauryz 2024, 10:25", "Пятница,
    # 15 марта 2024"): one match, so the weekday is no word of its own beside the date
    weekday = r"(?:(?:%s),?\s+(?=\d))?" % "|".join(
        regex.escape(w) for w in sorted(weekday_table(), key=len, reverse=True))
    # A time has two digits of minutes, so in a dump joined with nothing a number glued after
    # it ("11:051 204": the time, then a view counter) does not hide the date.
    end = r"(?:(?<=\d:[0-5]\d)(?![\p{L}_])|(?![\w]))"
    return regex.compile(r"(?<![\w.:])%s%s(?:%s)%s%s" % (weekday, t_before, body, t_after, end), regex.I | regex.V0)


@lru_cache(maxsize=1)
def _maybe_date() -> regex.Pattern:
    """What every date expression holds: a digit or a relative day word (same flags as
    :func:`_pattern`).  A text with neither holds no date, and most texts asked about (a
    window around a sentence gap, a page line) have neither: the full pattern is not run."""
    rel = "|".join(regex.escape(w) for w in sorted(_relative_table(), key=len, reverse=True))
    return regex.compile(r"\d|%s" % rel, regex.I | regex.V0)


def _valid(y: int, m: int, d: int) -> bool:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return False
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _time_suffix(h, mi, s) -> str:
    if h is None:
        return ""
    h, mi = int(h), int(mi)
    if h == 0 and mi == 0 and not s:
        return ""  # 00:00 is what content systems print for a date without a time
    out = f"T{h:02d}:{mi:02d}"
    if s:
        out += f":{int(s):02d}"
    return out


def _reference(reference_date) -> _dt.date | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, _dt.datetime):
        return reference_date.date()
    if isinstance(reference_date, _dt.date):
        return reference_date
    try:
        return _dt.date.fromisoformat(str(reference_date)[:10])
    except ValueError:
        return None


def _iso_from(m: regex.Match, reference_date) -> tuple[str | None, bool]:
    g = m.group
    time = _time_suffix(g("ah"), g("ami"), g("as"))
    if not time:
        time = _time_suffix(g("bh"), g("bmi"), g("bs"))
    relative = False
    if g("iy"):
        y, mo, d = int(g("iy")), int(g("im")), int(g("id"))
        sec = g("is") if g("is") and g("is") != "00" else None
        time = _time_suffix(g("ih"), g("imi"), sec) or time
    elif g("nd"):
        y, mo, d = int(g("ny")), int(g("nm")), int(g("nd"))
        if y < 100:
            y += 2000
    elif g("yy"):
        y, mo, d = int(g("yy")), int(g("ym")), int(g("yd"))
    elif g("ky"):
        y, d = int(g("ky")), int(g("kd"))
        mo = month_table()[_month_key(g("km"))]
    elif g("td"):
        y, d = int(g("ty")), int(g("td"))
        mo = month_table()[_month_key(g("tm"))]
    elif g("pd"):
        relative = True
        ref = _reference(reference_date)
        if ref is None:
            return None, True
        d, mo = int(g("pd")), month_table()[_month_key(g("pm"))]
        y = ref.year
        if _valid(y, mo, d) and _dt.date(y, mo, d) > ref:
            y -= 1  # "28 декабря" read on 3 January is last year's
    else:
        relative = True
        ref = _reference(reference_date)
        if ref is None:
            return None, True
        days = _relative_table()[g("rel").lower()] if g("rel") else -int(g("ago"))
        day = ref + _dt.timedelta(days=days)
        y, mo, d = day.year, day.month, day.day
    if not _valid(y, mo, d):
        return None, relative
    return f"{y:04d}-{mo:02d}-{d:02d}{time}", relative


def _month_key(word: str) -> str:
    w = word.lower().rstrip(".")
    table = month_table()
    if w in table:
        return w
    for form in _months_longest_first():  # Kazakh form with a case ending
        if w.startswith(form):
            return form
    raise KeyError(word)


@lru_cache(maxsize=1)
def _months_longest_first() -> tuple[str, ...]:
    return tuple(sorted(month_table(), key=len, reverse=True))


# Answers kept for short texts (the same windows and lines are asked about by several
# steps and again by the pipeline's confirming pass); longer texts are not kept.
FIND_CACHE_SIZE = 4096
FIND_CACHE_MAX_CHARS = 500


def find_dates(text: str, reference_date=None) -> list[DateMatch]:
    """Every date expression in ``text`` that gives a valid date.

    A relative expression without a reference date is still reported (it is a date
    on the page) with ``iso == ""``, so callers can treat the line as a date line.

    >>> [d.iso for d in find_dates("Опубликовано 12.03.2023 в 10:45, обновлено 13.03.2023")]
    ['2023-03-12T10:45', '2023-03-13']
    """
    if len(text) <= FIND_CACHE_MAX_CHARS:
        try:
            return list(_find_dates_cached(text, reference_date))
        except TypeError:  # an unhashable reference date
            pass
    return _find_dates(text, reference_date)


@lru_cache(maxsize=FIND_CACHE_SIZE)
def _find_dates_cached(text: str, reference_date) -> tuple[DateMatch, ...]:
    return tuple(_find_dates(text, reference_date))


def _find_dates(text: str, reference_date) -> list[DateMatch]:
    if not _maybe_date().search(text):
        return []
    found = []
    for m in _pattern().finditer(text):
        iso, relative = _iso_from(m, reference_date)
        if iso is None and not relative:
            continue
        found.append(DateMatch(m.start(), m.end(), iso or "", relative))
    return found


def parse_date(text: str, reference_date=None) -> str | None:
    """The ISO form of the first date in ``text``, or None."""
    for d in find_dates(text, reference_date):
        return d.iso or None
    return None


def normalize_iso(value) -> str | None:
    """An ISO 8601 date or date-time string in this project's form (``YYYY-MM-DD`` or
    ``YYYY-MM-DDTHH:MM[:SS]``, no offset), or None when ``value`` holds no full date.

    >>> normalize_iso("2022-04-15T18:10:00+06:00")
    '2022-04-15T18:10'
    >>> normalize_iso("2022-04-15 00:00:00")
    '2022-04-15'
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        value = value.isoformat()
    elif isinstance(value, _dt.date):
        value = value.isoformat()
    s = str(value).strip()
    m = regex.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?", s)
    if not m:
        return parse_date(s)
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not _valid(y, mo, d):
        return None
    sec = m.group(6) if m.group(6) and m.group(6) != "00" else None
    return f"{y:04d}-{mo:02d}-{d:02d}{_time_suffix(m.group(4), m.group(5), sec)}"


def parse_scraper_date(value) -> str | None:
    """The ISO form of a date a scraper wrote into a field: ISO 8601 with or without an offset
    (``2024-04-07T10:15:00+05:00``), or a printed form (``13:32 31.01.2022``,
    ``16 апреля 2024 23:50``, ``2024 жылғы 7 сәуір``, ``7 sáýir 2024``); None when the field
    holds no full date (relative dates need a reference date and are not taken from fields).

    >>> parse_scraper_date("13:32 31.01.2022"), parse_scraper_date("7 апреля 2024")
    ('2022-01-31T13:32', '2024-04-07')
    >>> parse_scraper_date("2024-04-07T10:15:00+05:00"), parse_scraper_date("7 sáýir 2024")
    ('2024-04-07T10:15', '2024-04-07')
    """
    if not isinstance(value, str) or not value.strip():
        return None
    return normalize_iso(" ".join(value.split()))
