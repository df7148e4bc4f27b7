"""Titles and dates in every shape, round 6 (issue 11): a weekday in the stamp (Russian, Kazakh
in both scripts), a meta line of bars under the title ("Имя Фамилия | 14 января 2025 | 16:20 |
👁 873") below a "today" widget that prints the crawl day, and a date above a title under a
menu of capitalised names.

Every page is written for these tests (own text, no site's).  Each is cleaned as one line per
block, joined with nothing, joined with spaces, and as a scraper's JSONL record whose text
field holds the page joined with nothing.  Beside each "must change" row stand "must stay"
rows: a date inside a body sentence is no publication date, a "today" line alone gives no
date, a name the headline is about stays in the title, a body sentence is no title.
"""

from __future__ import annotations

import json

import pytest

from corpusclean import clean as clean_any
from corpusclean.boilerplate.kazakh_latin import to_latin
from corpusclean.dates import find_dates, month_table, weekday_table
from corpusclean.edits import replay

SHAPES = ("lines", "joined", "spaced", "jsonl")


def shaped_clean(page: str, shape: str, tmp_path):
    lines = [ln.strip() for ln in page.strip().splitlines() if ln.strip()]
    if shape == "lines":
        text = "\n".join(lines) + "\n"
    else:
        text = ("" if shape in ("joined", "jsonl") else " ").join(lines) + "\n"
    if shape == "jsonl":
        path = tmp_path / "page.jsonl"
        path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        doc = clean_any(path)
    else:
        doc = clean_any(text)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert clean_any(doc.text).text == doc.text  # cleaning the output again changes nothing
    return doc


BODY_RU = """Жители прибрежных микрорайонов попросили перенести велосипедную дорожку ближе к воде и добавить освещение.
Представитель отдела строительства пообещал учесть замечания при доработке проекта до конца весны.
Общественные слушания по проекту продлятся еще две недели, предложения принимают на сайте акимата."""

BODY_KK = """Аудандық мәслихаттың кезекті сессиясында депутаттар ауылдық жолдарды жөндеуге қосымша қаражат бөлу туралы шешім қабылдады.
Қаражаттың басым бөлігі мектептерге апаратын жолдардың жабынын ауыстыруға жұмсалады.
Жұмыстар мамыр айында басталып, күздің басына дейін аяқталуы тиіс."""

# --- a "today" widget above, a meta line of bars under the title (must change) ---------------
RU_META_LINE = """Сегодня: четверг, 6 февраля 2025 | Атырау -4 °C
Прикаспийский вестник
Главная Политика Экономика Общество Спорт
Главная » Общество
Акимат Атырау обсудил с жителями план благоустройства набережной
Айдана Кемелова | 14 января 2025 | 16:20 | 👁 873
""" + BODY_RU + """
Теги: благоустройство, набережная
© 2025 Прикаспийский вестник
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_the_meta_line_under_the_title_gives_the_date_not_the_today_widget(shape, tmp_path):
    doc = shaped_clean(RU_META_LINE, shape, tmp_path)
    assert doc.meta["published"] == "2025-01-14T16:20"
    assert doc.meta["title"] == "Акимат Атырау обсудил с жителями план благоустройства набережной"
    assert "Айдана Кемелова" not in (doc.meta["title"] or "")


# must stay: a "today" line alone is the crawl day, not the publication date
RU_TODAY_ONLY = """Сегодня: четверг, 6 февраля 2025 | Атырау -4 °C
Главная Политика Экономика Общество Спорт
Акимат Атырау обсудил с жителями план благоустройства набережной
""" + BODY_RU


@pytest.mark.parametrize("shape", ("lines", "spaced"))
def test_a_today_line_alone_is_no_publication_date(shape, tmp_path):
    doc = shaped_clean(RU_TODAY_ONLY, shape, tmp_path)
    assert doc.meta["published"] != "2025-02-06"


# must stay: a name the headline is about, before the date stamp, stays in the title
@pytest.mark.parametrize("title", [
    "Аким области провел встречу с Ерланом Сапаровым",       # after a preposition
    "Отчет перед жителями района представил Ерлан Сапаров",  # after a verb: the subject
    "Депутаты поддержали кандидатуру Ерлана Сапарова",       # not in the nominative
    "Эксперты обсудили новую программу партии Amanat",       # a name in the other script
])
@pytest.mark.parametrize("shape", ("lines", "joined", "spaced"))
def test_a_name_in_the_headline_stays_before_the_stamp(title, shape, tmp_path):
    page = f"Главная » Общество\n{title}\n14 января 2025 | 16:20 | 👁 873\n{BODY_RU}\n"
    doc = shaped_clean(page, shape, tmp_path)
    assert doc.meta["title"] == title
    assert doc.meta["published"] == "2025-01-14T16:20"


# --- a weekday in the stamp, Kazakh in the 2021 Latin alphabet (must change) -------------------
KK_LATIN_TITLE = "Audandyq mäslihat jol jöndeuge qosymşa qarajat böldı"
KK_LATIN = """Latyn | Кирил
Dala tynysy — aimaqtyq basylym
Basty | Saiasat | Qoğam | Ekonomika
Basty bet › Saiasat
""" + KK_LATIN_TITLE + """
Avtory: Erlan Nūrlanūly
Beisenbı, 13 aqpan 2025, 14:40
Qaralym sany: 512
""" + "\n".join(ln[:1].upper() + ln[1:] for ln in to_latin(BODY_KK.lower()).splitlines()) + "\n"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_latin_kazakh_stamp_with_its_weekday_is_the_date(shape, tmp_path):
    doc = shaped_clean(KK_LATIN, shape, tmp_path)
    assert doc.meta["published"] == "2025-02-13T14:40"
    assert doc.meta["title"] == KK_LATIN_TITLE


@pytest.mark.parametrize("printed, iso", [
    ("Senbı, 16 nauryz 2024, 10:25", "2024-03-16T10:25"),
    ("Düisenbi, 3 qañtar 2025", "2025-01-03"),
    ("Сенбі, 16 наурыз 2024, 10:25", "2024-03-16T10:25"),
    ("Пятница, 15 марта 2024, 10:00", "2024-03-15T10:00"),
    ("вторник, 16 апреля 2024", "2024-04-16"),
])
def test_a_weekday_is_part_of_the_stamp(printed, iso):
    assert [(printed[d.start:d.end], d.iso) for d in find_dates(printed)] == [(printed, iso)]


@pytest.mark.parametrize("text", [
    "Окружающая среда 2024 года стала темой форума.",   # a weekday word without a date after it
    "В пятницу депутаты обсудили бюджет.",
    "Jūma künı deputattar jinalady.",
])
def test_a_weekday_word_alone_is_no_date(text):
    assert [d for d in find_dates(text) if not d.relative] == []


def test_latin_kazakh_names_come_from_the_one_latin_table():
    months, days = month_table(), weekday_table()
    assert months["nauryz"] == months["наурыз"] == 3 and months["säuır"] == months["säuir"] == 4
    assert days["senbı"] == days["сенбі"] == 6 and days["jūma"] == 5
    assert months["sáýir"] == 4  # the 2018 alphabet stays a row of its own


# --- the date above the title, under a menu of capitalised names (must change) -----------------
KK_DATE_FIRST = """Қаз | Рус
ESIL ONLINE
Жаңалықтар Қала Өңір Афиша Байланыс
14.03.2025 09:40
Қалалық мәслихат сессиясы: күн тәртібінде алты мәселе
👁 201
""" + BODY_KK + """
Дереккөз: қалалық мәслихаттың баспасөз қызметі
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_menu_of_names_is_no_title_when_the_date_stands_first(shape, tmp_path):
    doc = shaped_clean(KK_DATE_FIRST, shape, tmp_path)
    assert doc.meta["title"] == "Қалалық мәслихат сессиясы: күн тәртібінде алты мәселе"
    assert doc.meta["published"] == "2025-03-14T09:40"


# must stay: without a headline, the first body sentence is not the title, and a date inside a
# body sentence is no publication date
KK_NO_TITLE = """Қаз | Рус
Жаңалықтар Қала Өңір Афиша Байланыс
""" + BODY_KK.replace("Жұмыстар мамыр айында", "Жұмыстар 2025 жылғы 12 мамырда")


@pytest.mark.parametrize("shape", ("lines", "joined", "spaced"))
def test_a_body_sentence_is_no_title_and_its_date_no_publication_date(shape, tmp_path):
    doc = shaped_clean(KK_NO_TITLE, shape, tmp_path)
    assert doc.meta["title"] != BODY_KK.splitlines()[0]
    assert doc.meta["title"] != "Жаңалықтар Қала Өңір Афиша Байланыс"
    assert doc.meta["published"] is None
    assert "2025 жылғы 12 мамырда" in doc.text


# --- the headline's first word after a breadcrumb (must change) and what stays ----------------
@pytest.mark.parametrize("title", [
    "Депутаты Сената одобрили поправки в бюджетный кодекс",  # a menu word first, a genitive next
    "ЦИК: явка на дополнительных выборах составила 41 процент",  # an acronym with its colon
    "Сенат одобрил поправки в бюджетный кодекс",             # must stay: a nominative after the crumb
])
@pytest.mark.parametrize("shape", SHAPES)
def test_the_headline_keeps_its_first_word_after_the_breadcrumb(title, shape, tmp_path, request):
    if shape == "spaced" and title.startswith("Депутаты"):
        # the menu above holds the same word: a unit edge is cut after it before the title is chosen
        request.applymarker(pytest.mark.xfail(strict=True, reason="the menu's word is cut off the headline"))
    page = f"Главная Новости Депутаты Акимат Контакты\nГлавная » Политика\n{title}\n12 февраля 2025 | 10:15\n{BODY_RU}\n"
    doc = shaped_clean(page, shape, tmp_path)
    assert doc.meta["title"] == title
    assert doc.meta["published"] == "2025-02-12T10:15"


@pytest.mark.parametrize("shape", ("lines", "joined", "spaced"))
def test_a_kazakh_headline_ending_in_a_place_after_its_verb_keeps_it(shape, tmp_path):
    # must stay: a name after a Kazakh finite verb belongs to the headline, not to a byline
    page = f"Басты бет / Жаңалықтар\nАудан әкімі жастармен кездесті Успен\n2025 ж. 4 наурыз, 12:30\n{BODY_KK}\n"
    doc = shaped_clean(page, shape, tmp_path)
    assert doc.meta["title"] == "Аудан әкімі жастармен кездесті Успен"


def test_the_weekday_file_is_sorted_and_consistent():
    from importlib import resources

    lines = resources.files("corpusclean").joinpath("data", "dates", "weekdays.tsv").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 3 and r[0] in ("kk", "ru") for r in rows)
    for lang in ("kk", "ru"):
        assert sorted(int(r[2]) for r in rows if r[0] == lang) == list(range(1, 8)), lang
