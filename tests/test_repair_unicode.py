"""Mojibake: a paragraph of UTF-8 read as cp1251 inside an otherwise good document is
repaired by ``unicode.ftfy`` (line by line), and the good paragraphs stay as they are.

The sentences are written for this test.
"""

from __future__ import annotations

import pytest

from corpusclean import Pipeline
from corpusclean.edits import replay

GOOD_RU = "Партия провела съезд в столице и избрала новый совет."
GOOD_KK = "Партия съезі елордада өтті."
BROKEN = [
    "Депутаты обсудили новый закон о выборах и поддержке молодёжи.",
    "Избирательная комиссия подвела итоги голосования.",  # И: UTF-8 D0 98, the byte cp1251 lacks
    "Қазақстан партиялары сайлауға дайындалып жатыр.",  # Kazakh letters
    "Ринат Кертаев: «AMANAT партиясы – ел бірлігінің тірегі».",  # names, Latin, quotes, dash
]


def as_cp1251(text: str) -> str:
    """What a reader that takes UTF-8 bytes for cp1251 shows (0x98 undefined: kept as U+0098)."""
    return "".join(bytes([b]).decode("cp1251") if b != 0x98 else "\x98" for b in text.encode("utf-8"))


@pytest.mark.parametrize("paragraph", BROKEN)
def test_a_mojibake_paragraph_inside_a_good_document_is_repaired(paragraph):
    broken = as_cp1251(paragraph)
    assert broken != paragraph and "Р" in broken
    text = "\n".join([GOOD_RU, GOOD_KK, broken, GOOD_RU]) + "\n"
    doc = Pipeline(["unicode.ftfy", "space.normalize", "space.paragraphs"]).process_text(text)
    assert doc.text == "\n\n".join([GOOD_RU, GOOD_KK, paragraph, GOOD_RU])
    assert {e.reason for e in doc.edits if e.step == "unicode.ftfy"} == {"unicode.mojibake"}
    assert replay(doc.input_text, doc.edits) == doc.text


@pytest.mark.parametrize("text", [
    GOOD_RU, GOOD_KK,
    "Рост цен на 3,5 % — «Самрук-Қазына» сообщил (данные за 2022 г.).",
    "Слова «РСФСР», «СССР», «РФ» и «РК» пишутся заглавными.",  # Р and С at word starts, not mojibake
])
def test_good_text_is_left_alone(text):
    doc = Pipeline(["unicode.ftfy"]).process_text(text)
    assert doc.text == text and not doc.edits
