"""Metadata lifted out of the text: dates, front matter, title, date, rubric, tags,
attribution; and what must not be overwritten.  All test text is written for these tests."""

from __future__ import annotations

import json

import pytest

from corpusclean.dates import find_dates, normalize_iso, parse_date
from corpusclean.document import Document
from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline
from corpusclean.steps.metadata import DateStep, parse_front_matter, render_front_matter

from page_steps import P1, P2, STEPS, run


# --- dates --------------------------------------------------------------------------------
DATES = [
    ("15.04.2022, 18:10", "2022-04-15T18:10"),
    ("15.04.2022 18:10:05", "2022-04-15T18:10:05"),
    ("27.08.2022 00:00", "2022-08-27"),           # 00:00 is a date-only record
    ("29 Сентября, 2021", "2021-09-29"),
    ("15 апреля 2022 года в 18:10", "2022-04-15T18:10"),
    ("18:10, 15 апреля 2022 г.", "2022-04-15T18:10"),
    ("2023 жылғы 12 наурыз", "2023-03-12"),
    ("2023 ж. 12 наурыздағы", "2023-03-12"),
    ("12 наурыз 2023, 10:45", "2023-03-12T10:45"),
    ("2021 жылғы 5-қазан, сағ. 12:00", "2021-10-05T12:00"),
    ("2022-04-15", "2022-04-15"),
    ("2022-04-15T18:10:00+06:00", "2022-04-15T18:10"),  # offset dropped, time as printed
    ("15.04.22", "2022-04-15"),
]
NOT_DATES = ["31.02.2022", "тел. 8 (7172) 55.44.33", "В 2022 году исполнилось 30 лет", "268", "12:30", "Версия 1.2.3",
             "15.04.1850"]


@pytest.mark.parametrize("text,iso", DATES)
def test_dates_parse(text, iso):
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text,ref,iso", [
    ("вчера, 18:10", "2024-03-01", "2024-02-29T18:10"),
    ("сегодня в 09:15", "2024-03-01", "2024-03-01T09:15"),
    ("позавчера", "2024-03-01", "2024-02-28"),
    ("кеше 18:10", "2024-03-01", "2024-02-29T18:10"),
    ("бүгін, 10:45", "2024-03-01", "2024-03-01T10:45"),
    ("3 дня назад", "2024-03-01", "2024-02-27"),
    ("2 күн бұрын", "2024-03-01", "2024-02-28"),
    ("12 марта, 10:45", "2024-03-01", "2023-03-12T10:45"),   # no year: the last 12 March before the reference
    ("28 февраля", "2024-03-01", "2024-02-28"),
    ("5 қазанда", "2024-03-01", "2023-10-05"),
])
def test_relative_dates_need_a_reference(text, ref, iso):
    assert parse_date(text) is None
    assert parse_date(text, reference_date=ref) == iso
    assert find_dates(text)[0].relative


def test_normalize_iso():
    assert normalize_iso("2023-05-04") == "2023-05-04"
    assert normalize_iso("2023-05-04 09:20:00") == "2023-05-04T09:20"
    assert normalize_iso("2023-05-04T00:00:00Z") == "2023-05-04"
    assert normalize_iso("4 мая 2023") == "2023-05-04"
    assert normalize_iso("не дата") is None
    assert normalize_iso(None) is None


# --- front matter ----------------------------------------------------------------------------
FM = {"title": "Съезд партии", "published": "2022-04-15T18:10", "site": "Партия", "url": "https://example.kz/a",
      "tags": ["AMANAT", "Алматы"], "attribution": "Пресс-служба", "lang": "ru"}


def test_front_matter_round_trip():
    block = render_front_matter(FM)
    assert block.startswith("---\n") and block.endswith("---\n")
    meta, end = parse_front_matter(block + "Текст статьи.")
    assert meta == FM
    assert end == len(block)
    assert render_front_matter(meta) == block


def test_front_matter_renders_only_set_fields_in_order():
    assert render_front_matter({"lang": "kk", "title": "Т", "published": None}) == '---\ntitle: "Т"\nlang: "kk"\n---\n'
    assert parse_front_matter("---\n---\nТекст") == ({}, 8)


# Plain YAML values, a tags string and blank lines are front matter as people write it
# (tests/test_hook_frontmatter_yaml.py reads them); these are not front matter at all.
MALFORMED = [
    ("no closing fence", '---\ntitle: "Т"\nТекст'),
    ("unknown key", '---\nauthor: "Т"\n---\n'),
    ("repeated key", '---\ntitle: "А"\ntitle: "Б"\n---\n'),
    ("published not a date", '---\npublished: "вчера"\n---\n'),
    ("not at the start", 'Текст\n---\ntitle: "Т"\n---\n'),
]


@pytest.mark.parametrize("name,text", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_front_matter_is_left_as_text(name, text):
    assert parse_front_matter(text) is None
    doc = Pipeline(["metadata.front_matter"]).process_text(text + "\n" + P1)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.text.startswith(text[:3])
    assert not doc.meta.get("front_matter")


def test_front_matter_step_sets_meta_and_is_authoritative():
    text = render_front_matter({"title": "Заголовок из шапки", "published": "2020-01-02", "tags": ["выборы"]})
    text += f"Другой заголовок в тексте\n15.04.2022, 18:10\n{P1}\n{P2}\nТеги: бюджет\n"
    doc = run(text)
    assert doc.meta["title"] == "Заголовок из шапки"
    assert doc.meta["published"] == "2020-01-02"
    assert doc.meta["tags"] == ["выборы"]
    assert doc.meta["front_matter"] == ["published", "tags", "title"]
    assert "metadata.front_matter" in {e.reason for e in doc.edits}
    assert "---" not in doc.text and "Заголовок из шапки" not in doc.text
    assert doc.text.startswith("Другой заголовок в тексте")  # not the known title: stays


def test_front_matter_title_line_repeated_in_text_is_removed():
    text = render_front_matter({"title": "Маслихат утвердил бюджет района"}) + f"Маслихат утвердил бюджет района\n{P1}\n{P2}"
    doc = run(text)
    assert doc.text == f"{P1}\n\n{P2}"
    assert doc.meta["title"] == "Маслихат утвердил бюджет района"


# --- title, date, rubric -----------------------------------------------------------------------
TITLE_CASES = [
    ("first line", f"Маслихат утвердил бюджет района на год\n{P1}\n{P2}", "Маслихат утвердил бюджет района на год"),
    ("after menu and rubric", f"Новости Политика Экономика Спорт Регионы\nОбщество\nМаслихат утвердил бюджет района\n12.03.2023\n{P1}\n{P2}",
     "Маслихат утвердил бюджет района"),
    ("sidebar headlines above the title", f"Главное\nАким встретился с фермерами района\nВ селе открылась новая амбулатория\n"
     f"Маслихат утвердил бюджет района\n{P1}\n{P2}", "Маслихат утвердил бюджет района"),
    ("kazakh", f"Мәслихат аудан бюджетін бекітті\n2023 жылғы 12 наурыз\n{P1}\n{P2}", "Мәслихат аудан бюджетін бекітті"),
    ("no title: the text starts with a paragraph", f"{P1}\n{P2}", None),
]


@pytest.mark.parametrize("name,text,title", TITLE_CASES, ids=[c[0] for c in TITLE_CASES])
def test_title(name, text, title):
    doc = run(text)
    assert doc.meta["title"] == title
    if title:
        assert title not in doc.text
        assert "metadata.title" in {e.reason for e in doc.edits}


def test_lead_under_the_title_stays():
    lead = "Депутаты поддержали проект."
    doc = run(f"Маслихат утвердил бюджет района\n{lead}\n12.03.2023\n{P1}\n{P2}")
    assert doc.text.split("\n\n")[0] == lead
    assert doc.meta["published"] == "2023-03-12"


def test_date_next_to_the_title_wins_over_a_crawl_date():
    doc = run(f"Суббота, 21 ноября 2026\nПолитика\nМаслихат утвердил бюджет района\n12.03.2023, 10:45\n{P1}\n{P2}")
    assert doc.meta["published"] == "2023-03-12T10:45"
    assert doc.meta["rubric"] == "Политика"
    reasons = {e.before.strip(): e.reason for e in doc.edits}
    assert reasons["Суббота, 21 ноября 2026"] == "boilerplate.date"
    assert reasons["12.03.2023, 10:45"] == "metadata.date"
    assert reasons["Политика"] == "metadata.rubric"


def test_relative_date_without_reference_is_null_but_removed():
    text = f"Маслихат утвердил бюджет района\nвчера, 18:10\n{P1}\n{P2}"
    doc = run(text)
    assert doc.meta["published"] is None
    assert "вчера" not in doc.text
    assert run(text, reference_date="2024-03-01").meta["published"] == "2024-02-29T18:10"


def test_no_date_gives_null():
    assert run(f"Маслихат утвердил бюджет района\n{P1}\n{P2}").meta["published"] is None


def test_a_date_inside_the_body_is_content():
    doc = run(f"{P1}\n12 марта 2023\n{P2}")
    assert "12 марта 2023" in doc.text.split("\n\n")


# --- tags, attribution -------------------------------------------------------------------------
@pytest.mark.parametrize("tail,tags", [
    ("Теги: выборы, маслихат, Алматы", ["выборы", "маслихат", "Алматы"]),
    ("Теги:\nAMANAT Алматы", ["AMANAT", "Алматы"]),
    ("Тегтер:\nсайлау\nмәслихат", ["сайлау", "мәслихат"]),
    ("Ключевые слова: #выборы #партии", ["выборы", "партии"]),
    ("Теги:\nАссамблея народа Казахстана", ["Ассамблея народа Казахстана"]),
])
def test_tags(tail, tags):
    doc = run(f"{P1}\n{P2}\n{tail}")
    assert doc.meta["tags"] == tags
    assert doc.text == f"{P1}\n\n{P2}"
    assert {"boilerplate.tags", "metadata.tags"} & {e.reason for e in doc.edits}


@pytest.mark.parametrize("line,value", [
    ("Об этом сообщает Kazinform", "Kazinform"),
    ("Источник: Павлодарская неделя", "Павлодарская неделя"),
    ("Передает корреспондент агентства.", "корреспондент агентства"),
    ("Бұл туралы ҚазАқпарат хабарлайды.", "ҚазАқпарат"),
    ("Дереккөз: Egemen.kz", "Egemen.kz"),
])
def test_attribution_line(line, value):
    doc = run(f"{P1}\n{line}\n{P2}")
    assert doc.meta["attribution"] == value
    assert doc.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("line", [
    "Об этом сообщает пресс-служба партии, уточнив, что встреча прошла в формате круглого стола и продлилась три часа.",
    "Закон направлен на подпись Главе государства, сообщает Kazinform.",
    "Сообщается, что депутаты рассмотрят документ на следующей неделе.",
    # a sentence that opens with the phrase but goes on to say something (a number, many words)
    "По данным переписи 2021 года, в селе проживали 1482 человека.",
    "По данным избиркома явка в районе оказалась выше, чем на прошлых выборах",
])
def test_attribution_inside_a_sentence_stays(line):
    doc = run(f"{P1}\n{line}\n{P2}")
    assert line in doc.text.split("\n\n")
    assert doc.meta["attribution"] is None


# --- metadata from HTML or the caller is not overwritten ---------------------------------------
def _doc_with(meta: dict, text: str) -> Document:
    doc = Document(text)
    doc.meta.update(meta)
    return doc


def test_extracted_date_is_normalised_not_replaced():
    doc = _doc_with({"published": "2023-05-04T09:20:00+06:00"}, f"Маслихат утвердил бюджет\n12.03.2023\n{P1}\n{P2}")
    DateStep()(doc)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["published"] == "2023-05-04T09:20"
    assert "12.03.2023" not in doc.text  # the printed date line still goes


def test_extracted_date_gains_the_printed_time_of_the_same_day():
    doc = _doc_with({"published": "2023-05-04"}, f"Маслихат утвердил бюджет\n04.05.2023, 09:20\n{P1}\n{P2}")
    DateStep()(doc)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["published"] == "2023-05-04T09:20"


def test_front_matter_date_is_not_touched():
    doc = _doc_with({"published": "2023-05-04", "front_matter": ["published"]}, f"Маслихат утвердил бюджет\n04.05.2023, 09:20\n{P1}\n{P2}")
    DateStep()(doc)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["published"] == "2023-05-04"


def test_known_title_is_not_replaced_by_a_guess():
    doc = Pipeline(STEPS).process(_doc_with({"title": "Заголовок страницы"}, f"Другая строка похожая на заголовок\n{P1}\n{P2}"))
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["title"] == "Заголовок страницы"
    assert "Другая строка похожая на заголовок" in doc.text


def test_record_carries_rubric_and_front_matter_keys_as_extra():
    text = render_front_matter({"lang": "ru"}) + f"Политика\nМаслихат утвердил бюджет района\n{P1}\n{P2}"
    rec = run(text).to_record()
    assert rec["extra"]["rubric"] == "Политика"
    assert rec["extra"]["front_matter"] == ["lang"]
    json.dumps(rec, ensure_ascii=False)


def test_update_stamp_is_not_the_publication_date():
    doc = run(f"Маслихат утвердил бюджет района\nОпубликовано: 12.03.2023 10:45 | Обновлено: 13.03.2023\n{P1}\n{P2}")
    assert doc.meta["published"] == "2023-03-12T10:45"
    doc = run(f"Маслихат утвердил бюджет района\nОбновлено: 13.03.2023\n{P1}\n{P2}")
    assert doc.meta["published"] is None


def test_known_title_matches_a_line_that_holds_it():
    doc = Pipeline(STEPS).process(_doc_with({"title": "Маслихат утвердил бюджет района"},
                                            f"Маслихат утвердил бюджет района | Степной курьер\n{P1}\n{P2}"))
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.text == f"{P1}\n\n{P2}"
    assert doc.meta["title"] == "Маслихат утвердил бюджет района"


def test_day_and_month_without_year_is_a_date_line_not_a_title():
    text = f"Маслихат утвердил бюджет района\n12 марта, 10:45\n{P1}\n{P2}"
    doc = run(text)
    assert doc.meta["title"] == "Маслихат утвердил бюджет района"
    assert doc.meta["published"] is None
    assert "12 марта" not in doc.text
    assert run(text, reference_date="2024-05-01").meta["published"] == "2024-03-12T10:45"


def test_breadcrumb_ending_in_the_title_is_navigation():
    doc = run(f"Главная » Новости » Маслихат утвердил бюджет района на следующий год\n"
              f"Маслихат утвердил бюджет района на следующий год\n{P1}\n{P2}")
    assert doc.meta["title"] == "Маслихат утвердил бюджет района на следующий год"
    assert doc.text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize("name", ["months.tsv", "relative.tsv"])
def test_date_data_files_sorted_and_consistent(name):
    from importlib import resources

    lines = resources.files("corpusclean").joinpath("data", "dates", name).read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 3 and r[0] in ("kk", "ru") for r in rows)
    forms = [r[1] for r in rows]
    assert len(forms) == len(set(forms)), "a word may mean one thing only"
    if name == "months.tsv":
        for lang in ("kk", "ru"):
            assert {int(r[2]) for r in rows if r[0] == lang} == set(range(1, 13)), lang


def test_author_and_date_on_one_line_is_a_date_line():
    doc = run(f"Маслихат утвердил бюджет района\nАвтор: Иван Петров | 12.03.2023, 10:45\n{P1}\n{P2}")
    assert doc.meta["published"] == "2023-03-12T10:45"
    assert doc.text == f"{P1}\n\n{P2}"


def test_tags_stop_at_the_first_line_that_is_not_a_tag():
    doc = run(f"{P1}\n{P2}\nТеги:\nвыборы\nмаслихат\nДепутаты также обсудили вопросы благоустройства дворов и парков в центре города.")
    assert doc.meta["tags"] == ["выборы", "маслихат"]
    assert "Депутаты также обсудили вопросы благоустройства дворов и парков в центре города." in doc.text.split("\n\n")


@pytest.mark.parametrize("line,site", [
    ("© 2023 Степной курьер. Все права защищены.", "Степной курьер"),
    ("© 2008–2024 Tengrinews.kz | Все права защищены", "Tengrinews.kz"),
    ("Ұлттық телеарна © 2023", "Ұлттық телеарна"),
    ("(c) Kazinform, 2024", "Kazinform"),
])
def test_site_from_a_copyright_line(line, site):
    doc = run(f"{P1}\n{P2}\n{line}")
    assert doc.meta["site"] == site
    assert doc.text == f"{P1}\n\n{P2}"
    assert [e.reason for e in doc.edits if e.before.strip() == line] == ["metadata.site"]


def test_site_from_html_is_not_replaced_by_a_copyright_line():
    doc = Pipeline(STEPS).process(_doc_with({"site": "Из шапки страницы"}, f"{P1}\n{P2}\n© 2023 Степной курьер."))
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["site"] == "Из шапки страницы"
    assert doc.text == f"{P1}\n\n{P2}"
