"""The faster reading of HTML pages gives the same answers as the plain code it replaced.

Each reference below is the former implementation, kept here as the specification: the depth of
a page's nesting (extract.html_depth), the plausibility of a decoding and the binary and broken
UTF-8 tests (inputs._plausible, _looks_binary, _damaged_utf8), on the pages of tests/data/html
in their own and in every legacy encoding, on hand-made edge cases and on random inputs.  And
trafilatura's loggers are off while it extracts, also one created after the first page."""

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest
import regex

from corpusclean import extract, inputs
from corpusclean.config import Config

HTML = sorted((Path(__file__).parent / "data" / "html").glob("*.html"))
PAGES = [p.read_bytes() for p in HTML]


# --- the references (the former code) ----------------------------------------------------------

_TAG = regex.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")


def reference_depth(html: str, limit: int) -> int:
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1, 2, 3)
        if self_closing or name.lower() in extract._VOID:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest


_ONE_COMMON = regex.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІїЇєЄґҐўЎa-zA-Zà-ÿÀ-ß]")
_ONE_LETTER = regex.compile(r"\p{L}")
_ONE_SYMBOL = regex.compile(r"[^\p{L}\p{N}\s.,;:!?()\[\]«»\"'„“”’\-–—/%№+=*&@#]")


def reference_plausible(text: str, markup: bool = False) -> float:
    sample = inputs._MARKUP.sub(" ", text[:200000])[:20000] if markup else text[:20000]
    letters = len(_ONE_LETTER.findall(sample))
    if not letters:
        return 0.0
    common = len(_ONE_COMMON.findall(sample)) / letters
    symbols = len(_ONE_SYMBOL.findall(sample)) / max(1, len(sample))
    return max(0.0, common - 2 * symbols)


def reference_looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 20)


def reference_damaged_utf8(raw: bytes) -> str | None:
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    clean = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if broken > 0 and clean >= inputs._UTF8_CLEAN_PER_BROKEN * broken:
        return text
    return None


# --- nesting depth ----------------------------------------------------------------------------

DEPTH_CASES = [
    "<div><p>текст</p></div>",                      # 2
    "<br/><br /><br/ ><BR><Br/><img src=a/>",       # void and self-closing in every spelling
    "<div/><div /><div/ ><div data-x='a/'>",        # "/" before ">" only when it ends the tag
    '<a href="x/">ссылка</a><a href=/>',             # a "/" at the end of an attribute closes the tag
    "</div/><p><p><p>",                             # a closing tag that is also self-closing
    "<div data-x=\"a>b\"><span>",                  # ">" inside quotes ends the tag (as before)
    "<a-b:c><x:y><ш><p", "< p><p>\n<div\nclass=a\n>", "",
    "<" + "div>" * 300, "<div>" * 300 + "</div>" * 300,  # past the limit: stops at limit + 1
]


@pytest.mark.parametrize("html", DEPTH_CASES)
def test_depth_of_edge_cases_is_the_reference(html):
    for limit in (5, 256):
        assert extract.html_depth(html, limit) == reference_depth(html, limit)


def test_depth_of_the_test_pages_is_the_reference():
    for raw in PAGES:
        html = raw.decode("utf-8", "replace")
        assert extract.html_depth(html, 256) == reference_depth(html, 256) > 3
        assert extract.html_depth(html, 3) == reference_depth(html, 3) == 4  # rejected at max_html_depth=3


def test_depth_of_random_markup_is_the_reference():
    rng = random.Random(15)
    pieces = ["<", ">", "/", "div", "br", "BR", "p", " ", "\n", "a=", '"', "'", "ж", "-", ":", "img"]
    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        assert extract.html_depth(html, 4) == reference_depth(html, 4), html


# --- decoding tests -----------------------------------------------------------------------------

def _decodings():
    """Every page decoded as it is written and as each legacy encoding reads its bytes."""
    for raw in PAGES:
        yield raw.decode("utf-8", "replace")
        for enc in inputs._LEGACY_ENCODINGS:
            try:
                yield raw.decode(enc)
            except UnicodeDecodeError:
                pass
        text = raw.decode("utf-8", "replace")
        for enc in ("cp1251", "kz1048", "koi8_r"):
            yield text.encode(enc, "replace").decode("utf-8", "replace")


def test_plausibility_is_the_reference():
    scores = []
    for text in _decodings():
        for markup in (False, True):
            score = inputs._plausible(text, markup)
            assert score == reference_plausible(text, markup)
            scores.append(score)
    assert min(scores) < inputs._MIN_PLAUSIBLE < max(scores)  # right and wrong decodings both seen
    for text in ("", "12345 ...", "Ђ Ѓ Љ Ћ", "Қазақстан ©®", "<b>жаңалық</b> &amp; &#1025;"):
        assert inputs._plausible(text, True) == reference_plausible(text, True)


def test_binary_test_is_the_reference():
    rng = random.Random(7)
    controls = bytes([1, 2, 3, 7, 8, 11, 14, 27, 31, 9, 10, 12, 13])
    for raw in PAGES:
        for _ in range(40):
            page = bytearray(raw[:rng.randint(0, 9000)])
            for _ in range(rng.choice((0, 5, 9, len(page) // 19 + 1, len(page) // 10))):
                if page:
                    page[rng.randrange(len(page))] = rng.choice(controls)
            assert inputs._looks_binary(bytes(page)) == reference_looks_binary(bytes(page))
    verdicts = {inputs._looks_binary(b"a" * 200 + b"\x01" * n) for n in (8, 9, 10, 11)}
    assert verdicts == {False, True}


def test_broken_utf8_test_is_the_reference():
    rng = random.Random(3)
    for raw in PAGES:
        for breaks in (0, 1, 2, 5, 40):
            page = bytearray(raw)
            for _ in range(breaks):
                page[rng.randrange(len(page))] = rng.choice(b"\x80\xc3\xd0\xff")
            assert inputs._damaged_utf8(bytes(page)) == reference_damaged_utf8(bytes(page))


# --- trafilatura's loggers ----------------------------------------------------------------------

def test_every_extractor_logger_is_off_while_trafilatura_extracts(monkeypatch):
    import trafilatura

    config = Config()
    page = PAGES[0].decode("utf-8")
    extract.extract_html(page, {}, "0" * 64, config)
    late = logging.getLogger("htmldate.test_created_later")  # a module imported after the first page
    seen = {}
    real = trafilatura.bare_extraction

    def spy(*args, **kwargs):
        seen["late"] = late.disabled
        seen["trafilatura"] = logging.getLogger("trafilatura").disabled
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    doc = extract.extract_html(page, {}, "0" * 64, config)
    assert doc.rejection is None and seen == {"late": True, "trafilatura": True}
    assert not late.disabled and not logging.getLogger("trafilatura").disabled  # restored after
