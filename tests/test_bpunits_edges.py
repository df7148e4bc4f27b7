"""Furniture glued to the edges of a unit: a span of its own, the body sentence stays.

A page joined with nothing (or with spaces) leaves a view counter, a photo credit, a date
stamp or a section label glued to the first words of the next sentence ("Просмотров: 3
907Центральная ...", "Фото: пресс-служба партииВ Астане ...", "Саясат«Нұр Отан» ...") and a
line of tags glued to the last sentence ("... партии «Ауыл».#тарифы #НПК").  The layout
judges such a prefix or suffix as a piece of its own (``layout._pieces``): the furniture
goes as a span, the sentence beside it is judged like any unit.  Rows here are written for
these tests (invented names and places), Russian and Kazakh, each "must change" row beside
"must stay" rows that look like it; the pages at the end come in three shapes.
"""

from __future__ import annotations

import pytest

from corpusclean import clean
from corpusclean.config import DEFAULT_STEPS
from corpusclean.edits import replay
from corpusclean.layout import BOILERPLATE_KINDS, analyse
from corpusclean.pipeline import Pipeline

PAGE_STEPS = [s for s in DEFAULT_STEPS if s.startswith(("unicode.", "space.normalize", "segment.", "boilerplate.", "metadata."))]
STEPS = [*PAGE_STEPS, "space.paragraphs"]

BODY_RU = "Депутаты городского маслихата на очередной сессии утвердили программу ремонта дворов на три года."
BODY_KK = "Қала әкімдігі биыл үш жүз орындық жаңа балабақшаны пайдалануға берді, деп хабарлады әкімдік."


def kinds(text: str) -> list[tuple[str, str]]:
    return [(ln.kind, ln.text) for ln in analyse(text).lines if not ln.blank]


# (name, unit text, the furniture piece, its kind, the rest that stays as a piece of its own)
SPLIT = [
    ("counter glued ru", "Просмотров: 3 907" + BODY_RU, "Просмотров: 3 907", "counter", BODY_RU),
    ("counter glued kk", "Қаралым: 1 015" + BODY_KK, "Қаралым: 1 015", "counter", BODY_KK),
    ("counter before a quote kk", "Оқылды: 412«Нұрлы жол» бағдарламасы бойынша жаңа жол салынады.",
     "Оқылды: 412", "counter", "«Нұрлы жол» бағдарламасы бойынша жаңа жол салынады."),
    ("icon counter", "👁 2 240" + BODY_RU, "👁 2 240", "counter", BODY_RU),
    ("reading time glued after its unit", "Время чтения: 4 мин." + BODY_RU, "Время чтения: 4 мин.", "counter", BODY_RU),
    ("credit glued to a one-letter opener", "Фото: пресс-служба маслихатаВ Кокшетау прошла сессия городского маслихата.",
     "Фото: пресс-служба маслихата", "credit", "В Кокшетау прошла сессия городского маслихата."),
    ("credit glued after Latin capitals", "Фото: пресс-служба NURLYВ Кокшетау прошла сессия городского маслихата.",
     "Фото: пресс-служба NURLY", "credit", "В Кокшетау прошла сессия городского маслихата."),
    ("credit glued to a name kk", "Суретті түсірген: Серік ЖанатовҚостанайда жаңа балабақша ашылды.",
     "Суретті түсірген: Серік Жанатов", "credit", "Қостанайда жаңа балабақша ашылды."),
    ("credit glued to a quote kk", "Сурет: «Жаңа жол» қозғалысының баспасөз қызметі«Жаңа жол» қозғалысы жиын өткізді.",
     "Сурет: «Жаңа жол» қозғалысының баспасөз қызметі", "credit", "«Жаңа жол» қозғалысы жиын өткізді."),
]


@pytest.mark.parametrize("name,text,piece,kind,rest", SPLIT, ids=[r[0] for r in SPLIT])
def test_furniture_prefix_is_a_piece_and_the_sentence_stays(name, text, piece, kind, rest):
    got = kinds(text)
    assert (kind, piece) in got
    assert any(t == rest and k not in BOILERPLATE_KINDS for k, t in got), got


# The same text in a page of one line per block: a line of its own already, nothing to cut.
@pytest.mark.parametrize("name,text,piece,kind,rest", SPLIT, ids=[r[0] for r in SPLIT])
def test_furniture_prefix_on_a_line_of_its_own_is_unchanged(name, text, piece, kind, rest):
    got = kinds(piece + "\n" + rest)
    assert got[0] == (kind, piece)
    assert got[1][1] == rest and got[1][0] not in BOILERPLATE_KINDS


SUFFIX = [
    ("hashtags glued after a closing quote", "Ранее похожее предложение вносили депутаты от партии «Нұрлы жол».#тарифы #маслихат",
     "Ранее похожее предложение вносили депутаты от партии «Нұрлы жол».", "#тарифы #маслихат"),
    ("hashtags after a space kk", "Жиын соңында депутаттар ортақ үндеу қабылдады. #сайлау #Қостанай",
     "Жиын соңында депутаттар ортақ үндеу қабылдады.", "#сайлау #Қостанай"),
]


@pytest.mark.parametrize("name,text,body,tags", SUFFIX, ids=[r[0] for r in SUFFIX])
def test_tag_suffix_goes_and_the_last_sentence_stays(name, text, body, tags):
    got = kinds(BODY_RU + "\n" + text)
    assert ("tags", tags) in got
    assert any(t == body and k not in BOILERPLATE_KINDS for k, t in got), got


# Content that looks like edge furniture: nothing is cut off and the unit stays content.
STAY = [
    ("a CamelCase name after a credit", "Фото: АО КазМунайГаз"),
    ("a sentence that counts views", "Число просмотров 3 907 выросло за неделю вдвое, сообщили в акимате города."),
    ("a hashtag inside a sentence", "Жители публикуют фотографии под хештегом #чистыйдвор и отмечают акимат города."),
    ("a section name opening a headline", "Экономика Казахстана выросла на пять процентов за год"),
    ("a rate in a sentence", "Курс доллара USD составил 447,20 тенге, евро подорожал до 485,10 тенге на торгах."),
    ("a row of figures", "Северный район — 79,6%"),
    ("a greeting", "Құрметті жерлестер!"),
    ("a figure with its unit before a sentence", "Итоги: 4 мин.Депутаты обсудили регламент сессии и утвердили план."),
]


@pytest.mark.parametrize("name,text", STAY, ids=[r[0] for r in STAY])
def test_look_alikes_are_not_cut(name, text):
    got = kinds(BODY_RU + "\n" + text + "\n" + BODY_RU)
    assert len(got) == 3 and got[1][1] == text
    if name != "a CamelCase name after a credit":
        assert got[1][0] not in BOILERPLATE_KINDS, got


def test_rates_widget_is_a_counter_and_a_sentence_with_rates_is_not():
    assert kinds("Курс валют: USD 447,20 EUR 485,10 RUB 4,86\n" + BODY_RU)[0][0] == "counter"
    assert kinds("$ 447.2 € 485.1\n" + BODY_RU)[0][0] == "counter"
    assert kinds(BODY_RU + "\nКурс валют: USD 447,20 и EUR 485,10 на торгах в пятницу вырос.")[1][0] == "content"


def test_kazakh_reprint_notice_in_the_footer_goes():
    text = BODY_KK + "\n" + BODY_KK.replace("биыл", "өткен жылы") + "\nСайт материалдарын пайдаланғанда сайтқа сілтеме беру міндетті."
    assert kinds(text)[-1][0] == "notice"


# --- whole pages in three shapes -------------------------------------------------------
RU_PAGE = [
    ("go", "Вечерний Кокшетау"),
    ("go", "Главная Новости Политика Экономика Общество Спорт"),
    ("go", "Курс валют: USD 447,20 EUR 485,10 RUB 4,86"),
    ("title", "Маслихат Кокшетау утвердил программу ремонта дворов"),
    ("go", "14.05.2024, 11:20"),
    ("go", "Просмотров: 1 204"),
    ("go", "Фото: пресс-служба маслихата"),
    ("keep", "В Кокшетау прошла сессия городского маслихата, на которой депутаты утвердили программу ремонта дворов."),
    ("keep", "Уважаемые жители!"),
    ("keep", "Программа охватывает сорок два двора в пяти микрорайонах города, сообщил секретарь маслихата."),
    ("go", "Фото: Ерлан Сагындыков"),
    ("keep", "Количество дворов по районам:"),
    ("keep", "Центральный - 14,"),
    ("keep", "Сарыарка - 11,"),
    ("keep", "Первые работы начнутся уже в июне, а завершить программу планируют к осени следующего года."),
    ("go", "#маслихат #Кокшетау #дворы"),
    ("go", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"),
]

KK_PAGE = [
    ("go", "Басты бет Жаңалықтар Саясат Қоғам Спорт"),
    ("title", "Қостанайда жаңа балабақша ашылды"),
    ("go", "02.09.2024, 10:15"),
    ("go", "Оқылды: 2 118"),
    ("go", "Суретті түсірген: Серік Жанатов"),
    ("keep", "Қала әкімдігі биыл үш жүз орындық жаңа балабақшаны пайдалануға берді, деп хабарлады әкімдіктің өкілі."),
    ("keep", "Құрметті ата-аналар!"),
    ("keep", "Балабақшада он екі топ жұмыс істейді, оның екеуі ерекше қажеттіліктері бар балаларға арналған."),
    ("go", "Сурет: әкімдіктің баспасөз қызметі"),
    ("keep", "Топтар бойынша орын саны:"),
    ("keep", "кіші топ - 120,"),
    ("keep", "ересек топ - 180,"),
    ("keep", "Келесі жылы қалада тағы екі балабақша салу жоспарланып отыр, деді әкімдік өкілі жиын соңында."),
    ("go", "#балабақша #Қостанай"),
    ("go", "Сайт материалдарын пайдаланғанда сайтқа сілтеме беру міндетті."),
]

GLUE = {"lines": "\n", "joined": "", "spaced": " "}


def _clean(blocks, shape):
    raw = GLUE[shape].join(t for _, t in blocks) + "\n"
    return raw, Pipeline(STEPS).process_text(raw)


@pytest.mark.parametrize("shape", list(GLUE))
@pytest.mark.parametrize("page", [RU_PAGE, KK_PAGE], ids=["ru", "kk"])
def test_page_keeps_every_body_line_and_replays(page, shape):
    raw, doc = _clean(page, shape)
    for kind, line in page:
        if kind == "keep":
            assert line in doc.text, (shape, line)
    assert replay(raw, doc.edits) == doc.text
    again = Pipeline(STEPS).process_text(doc.text)
    assert again.text == doc.text


@pytest.mark.parametrize("shape", list(GLUE))
@pytest.mark.parametrize("page", [RU_PAGE, KK_PAGE], ids=["ru", "kk"])
def test_page_furniture_goes(page, shape):
    raw, doc = _clean(page, shape)
    left = [line for kind, line in page if kind == "go" and line in doc.text]
    assert left == []
    title = next(line for kind, line in page if kind == "title")
    assert doc.meta.get("title") == title


# --- a menu, labels and fragments of a page joined with spaces -----------------------------
def test_menu_with_site_name_and_marks_is_cut_before_the_headline():
    text = ("Вечерний Кокшетау Главная Политика Экономика Общество RU | ҚАЗ Главная / Политика / Партии "
            "Маслихат утвердил программу ремонта дворов 14 мая 2024, 11:20 " + BODY_RU + " " + BODY_RU.replace("три", "пять"))
    got = kinds(text)
    assert got[0][0] == "nav" and got[0][1].startswith("Вечерний Кокшетау Главная") and got[0][1].endswith("Партии")
    assert ("title", "Маслихат утвердил программу ремонта дворов") in got


def test_section_name_before_a_quote_opens_the_headline_not_the_menu():
    text = ("Басты бет Жаңалықтар Саясат Қоғам Партия «Жаңа жол» қозғалысы жиын өткізді 2 қыркүйек 2024, 10:15 "
            + BODY_KK + " " + BODY_KK.replace("биыл", "өткен жылы"))
    got = kinds(text)
    assert got[0] == ("nav", "Басты бет Жаңалықтар Саясат Қоғам")
    assert got[1][1].startswith("Партия «Жаңа жол»")


def test_credit_label_is_no_menu_item():
    text = ("Главная Политика Экономика Общество Фото: Ерлан Сагындыков Маслихат утвердил программу ремонта дворов "
            + BODY_RU + " " + BODY_RU.replace("три", "пять"))
    got = kinds(text)
    assert got[0] == ("nav", "Главная Политика Экономика Общество")


def test_labels_run_together_after_the_tags_are_pieces():
    text = (BODY_RU + " " + BODY_RU.replace("три", "пять") + " Теги: маслихат, дворы Поделиться: Читайте также: "
            "В Кокшетау открыли новую библиотеку")
    got = kinds(text)
    assert ("share", "Поделиться:") in got
    assert got[-1][0] == "related" and got[-1][1].startswith("Читайте также:")
    assert any(k == "tags_label" and t == "Теги: маслихат, дворы" for k, t in got)


def test_fragment_of_a_sentence_cut_at_a_date_stays_content():
    text = ("Басты бет Жаңалықтар Саясат Қоғам Қостанайда депутаттар азаматтарды қабылдайды 5 сәуір 2024, 10:00 Құрметті жерлестер! "
            "12 сәуір күні сағат 11:00-ден 14:00-ге дейін партия филиалының ғимаратында депутаттар азаматтарды қабылдайды. "
            + BODY_KK)
    raw, doc = text + "\n", Pipeline(STEPS).process_text(text + "\n")
    assert "12 сәуір күні сағат 11:00-ден 14:00-ге дейін" in doc.text
    assert doc.meta.get("published", "").startswith("2024-04-05")
    assert replay(raw, doc.edits) == doc.text


def test_list_glued_to_its_introduction_is_content():
    text = (BODY_KK + "\nҚабылданған заңдар:«Жергілікті басқару туралы» заңға өзгерістер«Бюджет кодексіне» түзетулер"
            "«Көрсетілетін қызметтер туралы» заңға толықтырулар«Жол жүрісі туралы» заңға түзетулер\n"
            "Заңдар қол қоюға жіберілді.")
    got = kinds(text)
    assert got[1][0] == "content", got
    # a share prompt glued to its buttons is no list
    assert kinds(BODY_KK + "\n" + BODY_KK + "\nЖаңалықпен бөлісіңіз:Facebook Telegram WhatsApp")[-1][0] != "content"


def test_related_label_without_colon_before_its_items_is_a_piece():
    text = (BODY_RU + " " + BODY_RU.replace("три", "пять") + " Похожие материалы В Кокшетау открыли новую библиотеку "
            "Маслихат утвердил отчет об исполнении бюджета")
    got = kinds(text)
    assert ("related", "Похожие материалы") in got
    assert got[0][0] == "content" and got[1][0] == "content"


def test_promo_after_the_article_goes_and_a_closing_sentence_with_networks_stays():
    end = [
        ("Присоединяйтесь к «Вечернему Кокшетау» в Telegram и WhatsApp.", "share"),
        ("Наш Instagram — vecherniy_kokshetau.", "share"),
        ("Жаңалықтарды жіберіп алмаңыз: Telegram және WhatsApp арналарына қосылыңыз.", "share"),
        ("Видео с сессии выложили в Telegram и на YouTube.", "content"),
        ("Жители смогут следить за ходом работ в Telegram-канале акимата.", "content"),
    ]
    for line, kind in end:
        got = kinds(BODY_RU + "\n" + BODY_RU.replace("три", "пять") + "\n" + line)
        assert got[-1] == (kind, line), got


# --- view counters shown as a pictograph and a number, glued to the headline -----------------

_ICON_BODY_KK = " ".join(["Аудан әкімдігінде өткен кездесуге жүзден астам тұрғын қатысты, олар сұрақтарын қойды."] * 4)
_ICON_BODY_RU = " ".join(["Комиссия рассмотрела отчеты участковых комиссий и жалобы наблюдателей за неделю."] * 4)
ICON_PAGES = [
    ("kk", ["Жаңалықтар Саясат", "Мәслихат депутаттары тұрғындармен кездесу кестесін бекітті👁 845", _ICON_BODY_KK],
     "Мәслихат депутаттары тұрғындармен кездесу кестесін бекітті"),
    ("ru", ["Новости Политика", "Комиссия утвердила итоги голосования 👁 1 209 💬 3", _ICON_BODY_RU],
     "Комиссия утвердила итоги голосования"),
]


@pytest.mark.parametrize("glue", ["\n", "", " "], ids=["lines", "joined", "spaced"])
@pytest.mark.parametrize("lang,blocks,title", ICON_PAGES, ids=[p[0] for p in ICON_PAGES])
def test_icon_counter_is_cut_from_the_headline(lang, blocks, title, glue):
    text = glue.join(blocks)
    doc = clean(text)
    assert doc.meta.get("title") == title
    assert "👁" not in doc.text and "💬" not in doc.text
    assert replay(doc.input_text, doc.edits) == doc.text


@pytest.mark.parametrize("line", [
    "На улицах города 👁 появились новые знаки, сообщили в акимате в понедельник вечером.",  # a pictograph inside a sentence
    "Газета «Маяк» № 11 вышла тиражом в пять тысяч экземпляров, как и прошлый номер газеты.",  # an issue number
])
def test_pictograph_or_number_sign_inside_a_sentence_stays(line):
    doc = clean("Новости\n" + line + "\n" + _ICON_BODY_RU)
    assert line in doc.text


# --- rows of figures inside the body, and a date that ends a sentence -------------------------

_ROWS_RU = ["Новости Политика", "Облизбирком подвел итоги голосования по районам области",
            "Явка по области составила 61 процент, сообщили в избирательной комиссии в понедельник утром.",
            "Данные комиссии по районам:", "Бурабайский район – 71,2%", "Зерендинский район – 66,8%",
            "Аршалынский район – 58,4%", "Город Степногорск – 49,9%",
            "Эксперты объясняют разницу погодой и удаленностью участков от сел, где живут избиратели.",
            "Напомним, голосование прошло 19 марта.", "Это были первые выборы по смешанной системе в области."]
_ROWS_KK = ["Жаңалықтар Саясат", "Облыстық комиссия аудандар бойынша дауыс беру қорытындысын шығарды",
            "Облыс бойынша сайлауға қатысу 61 пайызды құрады, деп хабарлады сайлау комиссиясы дүйсенбі күні.",
            "Аудандар бойынша деректер:", "Бурабай ауданы – 71,2%", "Зеренді ауданы – 66,8%",
            "Аршалы ауданы – 58,4%", "Степногор қаласы – 49,9%",
            "Сарапшылар айырманы ауа райымен және учаскелердің ауылдардан алыстығымен түсіндіреді, деп атап өтті олар.",
            "Еске салайық, дауыс беру 19 наурызда өтті.", "Бұл облыстағы аралас жүйе бойынша алғашқы сайлау болды."]


@pytest.mark.parametrize("glue", ["\n", "", " "], ids=["lines", "joined", "spaced"])
@pytest.mark.parametrize("blocks", [_ROWS_RU, _ROWS_KK], ids=["ru", "kk"])
def test_rows_of_figures_and_a_closing_date_stay(blocks, glue):
    doc = clean(glue.join(blocks))
    flat = " ".join(doc.text.split())
    for row in blocks[3:]:
        assert row in flat, row
    assert "Новости Политика" not in flat and "Жаңалықтар Саясат" not in flat
    assert replay(doc.input_text, doc.edits) == doc.text
