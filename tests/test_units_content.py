"""Content that looks like furniture stays; captions are never the title; comment sections
go (issue 11 items 3, 5, 7).  Pages written for these tests; "must change" rows beside
"must stay" rows, one line per block and joined with nothing."""

from __future__ import annotations

import pytest

from page_steps import P1, P2, run

TITLE = "В Павлодаре открыли новый мост через Иртыш"
KK_TITLE = "Павлодарда Ертіс арқылы жаңа көпір ашылды"

CAPTIONS = [
    "Иллюстрация: пресс-служба акимата",
    "Изображение сгенерировано при помощи нейросети Midjourney",
    "Фото: Жанна Ким",
    "Сурет: облыс әкімдігінің баспасөз қызметі",
]


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_caption_is_never_the_title(caption, where):
    head = [caption, TITLE] if where == "above" else [TITLE, caption]
    doc = run("\n".join([*head, "12.03.2024, 10:00", P1, P2]))
    assert doc.meta["title"] == TITLE
    assert caption not in doc.text
    assert doc.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("glue", ["\n", ""])
def test_the_headline_is_lifted_once_and_its_copies_go(glue):
    doc = run(glue.join([TITLE, "12.03.2024, 10:00", P1, TITLE, P2]))
    assert doc.meta["title"] == TITLE
    assert TITLE not in doc.text
    assert [e.reason for e in doc.edits].count("metadata.title") == 1


GREETINGS = ["Уважаемые налогоплательщики!", "Құрметті ата-аналар!", "Дорогие земляки!"]


@pytest.mark.parametrize("greeting", GREETINGS)
def test_an_opening_greeting_is_content(greeting):
    doc = run("\n".join([TITLE, "12.03.2024, 10:00", greeting, P1, P2]))
    assert doc.meta["title"] == TITLE
    assert doc.text.split("\n\n")[0] == greeting


ROWS = ["в городе Астана - 62,", "в городе Алматы - 48,", "в Карагандинской области - 17,", "в Павлодарской области - 9."]


@pytest.mark.parametrize("intro", ["Число новых случаев по регионам:", None])
def test_rows_of_figures_stay(intro):
    lines = [P1, *([intro] if intro else []), *ROWS, P2]
    doc = run("\n".join(lines))
    assert doc.text.split("\n\n") == lines


def test_a_table_cell_is_never_the_publication_date():
    table = ["| Округ | Дата | Голоса |", "|---|---|---|", "| №1 | 12.03.2024 | 1 204 |", "| №2 | 12.03.2024 | 980 |"]
    doc = run("\n".join(["Итоги выборов в маслихат", *table, P1, P2]))
    assert doc.meta.get("published") is None
    for row in table:
        assert row in doc.text.split("\n\n")


COMMENTS = [
    ("ru", ["Асель » Ерлан 32 минуты назад", "Наконец-то дошли руки до нашего двора", "Ответить -1 (всего 1)",
            "Марат 2 часа назад", "Посмотрим, что будет к осени", "Ответить +3"]),
    ("kk", ["Дана 2 сағат бұрын", "Жақсы жаңалық екен", "Жауап беру +2"]),
]


@pytest.mark.parametrize("glue", ["\n", ""])
@pytest.mark.parametrize("lang,section", COMMENTS, ids=[c[0] for c in COMMENTS])
def test_a_comment_section_without_a_label_goes(lang, section, glue):
    doc = run(glue.join([TITLE, "12.03.2024, 10:00", P1, P2, *section]))
    assert doc.text == f"{P1}\n\n{P2}"
    assert {e.reason for e in doc.edits if e.step == "boilerplate.lines"} == {"boilerplate.comments"}


def test_a_sentence_about_replies_and_minutes_stays():
    closing = "Ответить на вопросы жителей аким пообещал через 30 минут после начала встречи."
    doc = run("\n".join([TITLE, P1, P2, closing]))
    assert doc.text.split("\n\n")[-1] == closing
