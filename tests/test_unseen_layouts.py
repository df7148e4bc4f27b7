"""Pages in site layouts the rules were not written on: tests/data/pages_unseen/.

Twelve page-text dumps written for these tests (own writing, no text from any site or
seed), imitating kinds of Kazakhstani news sites in Russian and Kazakh: a commercial
portal, a business paper, a presidential press release, a Kazakh state newspaper, a
Kazakh agency, an akimat site, party sites (kk, ru), a foreign outlet, an aggregator, a
page whose related list is teaser sentences, a page with a comment section.  Each
``NAME.txt`` has ``NAME.json`` beside it, written before the cleaner was first run on the
page: ``title``, ``published``, ``tags`` (and ``site``, ``attribution``,
``reference_date`` where the page states them), ``keep`` (lines that must come out as
paragraphs, unchanged) and ``drop`` (lines that must be gone).  README.md in that folder
records the figures of the first run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpusclean.edits import replay
from corpusclean.layout import BOILERPLATE_KINDS, analyse
from corpusclean.pipeline import Pipeline

PAGES = Path(__file__).parent / "data" / "pages_unseen"
from page_steps import STEPS
PAGE_FILES = sorted(PAGES.glob("*.txt"))


def gold_of(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def clean(page: Path, gold: dict, steps=STEPS):
    pipeline = Pipeline(steps, reference_date=gold.get("reference_date"))
    return pipeline.process_text(page.read_bytes(), source={"path": page.as_posix()})


def gone(line: str, doc) -> bool:
    """A dropped line must not come out as a paragraph; a line of three words or more
    must not survive inside one either (a short one such as "X" may be a word of the text)."""
    paragraphs = doc.text.split("\n\n")
    if line in paragraphs:
        return False
    return len(line.split()) < 3 or line not in doc.text


def test_the_set_covers_both_languages():
    assert len(PAGE_FILES) >= 12
    assert sum(p.stem.endswith("_kk") for p in PAGE_FILES) >= 5
    assert sum(p.stem.endswith("_ru") for p in PAGE_FILES) >= 5


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_metadata(page):
    gold = gold_of(page)
    doc = clean(page, gold)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta.get("title") == gold["title"]
    assert doc.meta.get("published") == gold["published"]
    assert (doc.meta.get("tags") or []) == gold["tags"]
    for key in ("site", "attribution"):
        if key in gold:
            assert doc.meta.get(key) == gold[key], key


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_content_stays(page):
    gold = gold_of(page)
    doc = clean(page, gold)
    paragraphs = doc.text.split("\n\n")
    lost = [line for line in gold["keep"] if line not in paragraphs]
    assert not lost


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_furniture_goes(page):
    gold = gold_of(page)
    doc = clean(page, gold)
    left = [line for line in gold["drop"] if not gone(line, doc)]
    assert not left


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_full_default_pipeline_replays_and_keeps_the_metadata(page):
    """With every default step (language, repair, party names): the edit log replays,
    and the metadata lifted here is not lost on the way."""
    gold = gold_of(page)
    doc = Pipeline(reference_date=gold.get("reference_date")).process_text(page.read_bytes())
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta.get("title") == gold["title"]
    assert doc.meta.get("published") == gold["published"]


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_removing_boilerplate_lines_does_not_change_the_other_lines(page):
    text = page.read_text(encoding="utf-8")
    ref = gold_of(page).get("reference_date")
    first = analyse(text, None, ref)
    kept = [ln for ln in first.lines if not ln.blank and ln.kind not in BOILERPLATE_KINDS]
    second = analyse("\n".join(ln.text for ln in kept), None, ref)
    assert [ln.kind for ln in second.lines if not ln.blank] == [ln.kind for ln in kept]
    assert second.published == first.published


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda p: p.stem)
def test_same_input_same_output(page):
    gold = gold_of(page)
    a, b = clean(page, gold), clean(page, gold)
    assert a.text == b.text and a.meta == b.meta and a.edits == b.edits


# --- the rules added for these pages, as a table: furniture beside look-alikes ----------
P1 = "Депутаты районного маслихата рассмотрели отчет акима о работе коммунальных служб за полугодие."
P2 = "Больше всего вопросов у депутатов вызвали сроки ремонта водопровода в трех селах района."
P3 = "Аким пообещал представить подробный график работ на следующей сессии в начале осени."
K1 = "Аудан мәслихатының депутаттары коммуналдық қызметтердің жарты жылдағы жұмысы туралы есепті қарады."
K2 = "Депутаттар әсіресе үш ауылдағы су құбырын жөндеу мерзімдеріне қатысты сұрақтар қойды."
TITLE = "Маслихат заслушал отчет о работе коммунальных служб"


def run(text: str, reference_date=None):
    doc = Pipeline(STEPS, reference_date=reference_date).process_text(text)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    return doc


REMOVED = [
    ("reading time", f"{TITLE}\n12.06.2024\nВремя чтения: 3 мин.\n{P1}\n{P2}", "Время чтения: 3 мин.", "boilerplate.counter"),
    ("reading time kk", f"{TITLE}\n12.06.2024\nОқу уақыты: 2 минут\n{K1}\n{K2}", "Оқу уақыты: 2 минут", "boilerplate.counter"),
    ("comment count", f"{TITLE}\n{P1}\n{P2}\nКомментарии (2)\nИван\nСогласен с депутатами, давно пора.", "Комментарии (2)",
     "boilerplate.counter"),
    ("commenter name", f"{TITLE}\n{P1}\n{P2}\nКомментарии (2)\nИван\nСогласен с депутатами, давно пора.", "Иван",
     "boilerplate.comments"),
    ("comment text", f"{TITLE}\n{P1}\n{P2}\nКомментарии (2)\nИван\nСогласен с депутатами, давно пора, и ремонт нужен во всех селах района.",
     "Согласен с депутатами, давно пора, и ремонт нужен во всех селах района.", "boilerplate.comments"),
    ("comment prompt kk", f"{TITLE}\n{K1}\n{K2}\nПікір қалдыру үшін тіркеліңіз\nАсқар\nДұрыс айтылған.",
     "Пікір қалдыру үшін тіркеліңіз", "boilerplate.comments"),
    ("link to the source", f"{TITLE}\n{P1}\n{P2}\nЧитать полностью на сайте источника", "Читать полностью на сайте источника",
     "boilerplate.nav"),
    ("cookie banner of two sentences", f"{TITLE}\n{P1}\n{P2}\nМы используем файлы cookie для работы сайта. "
     "Оставаясь на сайте, вы соглашаетесь с условиями их использования и обработки данных.",
     "Мы используем файлы cookie", "boilerplate.notice"),
    ("hashtags", f"{TITLE}\n{P1}\n{P2}\n#маслихат #ЖКХ", "#маслихат #ЖКХ", "metadata.tags"),
    ("teaser sentences", f"{TITLE}\n{P1}\n{P2}\n\nЧитайте также\nВ соседнем районе отремонтировали водопровод в четырех селах за лето.\n"
     "Аким области поручил проверить готовность котельных к зиме до конца августа.",
     "Аким области поручил проверить готовность котельных к зиме до конца августа.", "boilerplate.related"),
    ("teasers at the end of a dump without blank lines", f"{TITLE}\n{P1}\n{P2}\nЧитайте также\n"
     "В соседнем районе отремонтировали водопровод в четырех селах за лето.\nАким области поручил проверить котельные до конца августа.",
     "Аким области поручил проверить котельные до конца августа.", "boilerplate.related"),
    ("editorial disclaimer", f"{TITLE}\n{P1}\n{P2}\nМнение автора может не совпадать с позицией редакции.",
     "Мнение автора может не совпадать", "boilerplate.notice"),
    ("advertiser mark", f"{TITLE}\n{P1}\n{P2}\nРеклама. ТОО «Пример», БИН 000000000000", "Реклама. ТОО", "boilerplate.ad"),
    ("sponsor note", f"{TITLE}\n{P1}\n{P2}\nМатериал подготовлен при поддержке партнера.", "Материал подготовлен", "boilerplate.notice"),
    ("byline fragment", f"Айгуль Сарсенова\nобозреватель\n{TITLE}\n12.06.2024\n{P1}\n{P2}", "обозреватель", "boilerplate.nav"),
]


@pytest.mark.parametrize("name,text,line,reason", REMOVED, ids=[c[0] for c in REMOVED])
def test_removed(name, text, line, reason):
    doc = run(text)
    assert line not in doc.text
    assert any(line in e.before and e.reason == reason for e in doc.edits), [(e.reason, e.before) for e in doc.edits]


KEPT = [
    ("refused to comment", f"{TITLE}\n{P1}\nВ акимате оставить комментарий отказались.\n{P2}\n{P3}",
     "В акимате оставить комментарий отказались."),
    ("refused to comment at the end", f"{TITLE}\n{P1}\n{P2}\nОставить комментарий в акимате отказались.",
     "Оставить комментарий в акимате отказались."),
    ("subheading with a nav phrase", f"{TITLE}\n{P1}\nОбратная связь с жителями\n{P2}\n{P3}", "Обратная связь с жителями"),
    ("sentence opening with a nav phrase", f"{TITLE}\n{P1}\n{P2}\nВсе новости района публикуются в Telegram-канале акимата.",
     "Все новости района публикуются в Telegram-канале акимата."),
    ("comments of experts", f"{TITLE}\n{P1}\nКомментарии экспертов\n{P2}\n{P3}", "Комментарии экспертов"),
    ("quote after the article", f"{TITLE}\n{P1}\n{P2}\n«Вода будет до холодов»\nРаботы начнутся в понедельник.",
     "«Вода будет до холодов»"),
    ("teasers not at the end", f"{TITLE}\n{P1}\n\nЧитайте также\nВ соседнем районе отремонтировали водопровод в четырех селах за лето.\n\n{P2}\n{P3}",
     "В соседнем районе отремонтировали водопровод в четырех селах за лето."),
    ("advertising as a topic", f"{TITLE}\n{P1}\nРеклама – двигатель торговли, напомнил депутат.\n{P2}\n{P3}",
     "Реклама – двигатель торговли, напомнил депутат."),
    ("support as content", f"{TITLE}\n{P1}\n{P2}\nФорум прошел при поддержке акимата области.",
     "Форум прошел при поддержке акимата области."),
    ("questions of an interview after the first paragraph", f"{TITLE}\n12.06.2024\n{P1}\n– Когда начнется ремонт?\n– Весной.\n"
     "– А кто за него заплатит?\n– Область.", "– А кто за него заплатит?"),
    ("subheading of an interview in short lines", f"{TITLE}\n12.06.2024\n{P1}\nО ремонте\n– Когда начнется?\n– Весной.\nПоделиться",
     "О ремонте"),
    ("sentences after a related block inside a dump", f"{TITLE}\n{P1}\nЧитайте также\nВ районе открыли новую школу\n"
     "Аким ответил на вопросы депутатов.\nСессия продолжится завтра.", "Сессия продолжится завтра."),
    ("hashtag inside a sentence", f"{TITLE}\n{P1}\n{P2}\nАкцию поддержали под хештегом #чистыйдвор.", "Акцию поддержали под хештегом #чистыйдвор."),
]


@pytest.mark.parametrize("name,text,line", KEPT, ids=[c[0] for c in KEPT])
def test_kept(name, text, line):
    doc = run(text)
    assert line in doc.text.split("\n\n")


TITLES = [
    ("subtitle under the title", f"{TITLE}\nДепутаты потребовали ускорить ремонт водопровода в трех селах района\n12.06.2024\n{P1}\n{P2}",
     TITLE, ["Депутаты потребовали ускорить ремонт водопровода в трех селах района"]),
    ("subtitle with a comma", f"{TITLE}\nАким пообещал составить график, но точные сроки пока не названы\n12.06.2024\n{P1}\n{P2}",
     TITLE, ["Аким пообещал составить график, но точные сроки пока не названы"]),
    ("subtitle kk", f"Мәслихат коммуналдық қызметтер туралы есеп тыңдады\nДепутаттар үш ауылдағы су құбырын жөндеуді жеделдетуді талап етті\n"
     f"2024 жылғы 12 маусым\n{K1}\n{K2}", "Мәслихат коммуналдық қызметтер туралы есеп тыңдады",
     ["Депутаттар үш ауылдағы су құбырын жөндеуді жеделдетуді талап етті"]),
    ("site name in title case above", f"Официальный Сайт Акимата Района Абай\n{TITLE}\n12.06.2024\n{P1}\n{P2}", TITLE, []),
    ("run of sidebar headlines above", f"В районе открыли новую школу\nАким встретился с фермерами района\n{TITLE}\n12.06.2024\n{P1}\n{P2}",
     TITLE, []),
    ("ticker with a label above the title", f"Срочно: в Астане открыли новую станцию метро\n{TITLE} по итогам полугодия\n12.06.2024\n{P1}\n{P2}",
     f"{TITLE} по итогам полугодия", []),
    ("title at the end of a related list, byline with the date", f"Главные новости\nВ районе открыли новую школу\n{TITLE}\n"
     f"Автор: Иван Петров, 12.06.2024 15:40\n{P1}\n{P2}", TITLE, []),
    ("a shorter line under the title", f"{TITLE}\nДепутаты недовольны сроками\n12.06.2024\n{P1}\n{P2}", TITLE, []),
]


@pytest.mark.parametrize("name,text,title,kept", TITLES, ids=[c[0] for c in TITLES])
def test_title_over_subtitle(name, text, title, kept):
    doc = run(text)
    assert doc.meta.get("title") == title
    for line in kept:
        assert line in doc.text.split("\n\n")


def test_date_under_the_article_after_a_closing_line_and_source():
    doc = run(f"{TITLE}\n{K1}\n{K2}\nКездесу аяқталды.\nДереккөз: Өңір ақпарат\nЖарияланды: 14:32, 3 наурыз 2024\n"
              "Ұқсас жаңалықтар\nАуылда жаңа мектеп ашылды 12.02.2024\nАуданда жол жөнделді 11.02.2024")
    assert doc.meta.get("published") == "2024-03-03T14:32"
    assert "Кездесу аяқталды." in doc.text.split("\n\n")


def test_a_related_label_above_the_title_does_not_take_the_date_line():
    doc = run(f"Лента\n{TITLE}\n30.05.2024, 09:05\nАким провел выездной прием граждан.\nЖители спрашивали о дорогах и свете.")
    assert doc.meta.get("title") == TITLE
    assert doc.meta.get("published") == "2024-05-30T09:05"
    assert doc.text == "Аким провел выездной прием граждан.\n\nЖители спрашивали о дорогах и свете."
