"""Pages joined with spaces, round 5 (issue 11): Kazakh phrases in the 2021 Latin alphabet,
furniture labels and hashtags that open a unit, counters that end in their word, the run of
furniture above the title, a caption marked by its icon.  Pages written for these tests
(Russian, Kazakh Cyrillic, Kazakh Latin) in the shapes a scraper writes; every rule has
"must stay" rows beside its "must change" rows."""
from __future__ import annotations

import json

import pytest

from corpusclean.boilerplate.kazakh_latin import latin_forms, to_latin
from corpusclean.boilerplate.lines import Line, _WORD, phrases
from corpusclean.boilerplate.segmentation import soft_boundaries, units
from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline
from page_steps import STEPS
from test_titles_shapes import BODY_KK, BODY_RU, clean, shaped


# --- the phrase lists in both Kazakh alphabets ----------------------------------------------
@pytest.mark.parametrize("cyrillic, latin", [
    ("басты бет", "basty bet"), ("осы тақырыпта", "osy taqyrypta"), ("бөлісу", "bölısu"),
    ("оқылды", "oqyldy"), ("көп оқылғандар", "köp oqylğandar"), ("сұхбат", "sūhbat"),
])
def test_kazakh_phrases_are_known_in_latin_letters(cyrillic, latin):
    assert to_latin(cyrillic) == latin
    cats = [cat for cat, items in phrases().items() if cyrillic in items]
    assert cats, cyrillic
    assert all(latin in phrases()[cat] for cat in cats)


def test_capital_i_of_the_latin_alphabet_folds_to_i():
    # "Izdeu" case-folds to "izdeu": the phrase "іздеу" is known with "i" for "ı" too
    assert {"ızdeu", "izdeu"} <= latin_forms("іздеу")
    assert "izdeu" in phrases()["nav"]


def test_russian_phrases_are_not_transliterated():
    # must stay: only the Kazakh lists get Latin forms ("главная" has no "glavnaia")
    assert "главная" in phrases()["nav"]
    assert not any(p.startswith("glavn") for p in phrases()["nav"])
    assert latin_forms("amanat") == set()


# --- a Kazakh Latin page in every shape -----------------------------------------------------
LATIN_BODY = [
    "Mäjılıs deputattary jalpy otyrysta jergılıktı ökıldı organdardyñ ökılettıgın keñeitetın zañ jobasyn maqūldady.",
    "Qūjatqa säikes, mäslihattar audan jäne oblys äkımderınıñ esebın tyñdap qana qoimai, olardyñ jūmysyna bağa bere alady.",
    "Eske salaiyq, mäslihat deputattarynyñ jartysy 2023 jyldan bastap bır mandatty okrugter boiynşa sailanady.",
]
# must stay: body sentences that hold the label words in lower case, inside the text
LATIN_BODY_WITH_WORDS = LATIN_BODY + [
    "Deputattar osy taqyrypta halyqpen aşyq bölısu kerek ekenın aitty.",
]


def latin_page(title: str, body: list[str]) -> list[tuple[str, str]]:
    return [
        ("go", "Basty bet Saiasat Qoğam Ekonomika Aimaqtar Sūhbat Video Kirilşe"),
        ("title", title),
        ("go", "14:05 · 12 säuır 2024"),
        ("go", "Oqyldy: 538"),
        *[("keep", s) for s in body],
        ("go", "#mäslihat #Mäjılıs #zañ"),
        ("go", "Bölısu: FB | TG | WA"),
        ("go", "Osy taqyrypta"),
        ("go", "Oblystyq mäslihat sailauynyñ qorytyndysy şyqty"),
        ("go", "Respublica fraktsiiasy bılım granttary boiynşa deputattyq saual joldady"),
    ]


LATIN_TITLES = ["Mäjılıs mäslihattardyñ ökılettıgın keñeitetın zañ jobasyn maqūldady",
                "«Aq jol» partiiasy biznestı tekseruge moratoriidı ūzartudy ūsyndy"]


def _clean_blocks(blocks: list[tuple[str, str]], shape: str):
    texts = [t for _, t in blocks]
    if shape == "jsonl":
        raw = json.dumps({"content": " ".join(texts), "id": 1}, ensure_ascii=False) + "\n"
        docs = list(Pipeline(STEPS, text_key="content").run([raw.encode()]))
        assert len(docs) == 1 and docs[0].rejection is None
        assert replay(docs[0].input_text, docs[0].edits) == docs[0].text
        return docs[0]
    return clean({"lines": "\n", "spaced": " "}[shape].join(texts) + "\n")


@pytest.mark.parametrize("body", [LATIN_BODY, LATIN_BODY_WITH_WORDS], ids=["body", "body_with_label_words"])
@pytest.mark.parametrize("title", LATIN_TITLES, ids=["plain", "quoted"])
@pytest.mark.parametrize("shape", ["lines", "spaced", "jsonl"])
def test_latin_page_furniture_goes_body_stays(title, body, shape):
    blocks = latin_page(title, body)
    doc = _clean_blocks(blocks, shape)
    assert doc.meta["title"] == title
    assert doc.meta["published"].startswith("2024-04-12")
    for verdict, block in blocks:
        if verdict == "keep":
            assert block in doc.text, block
        elif verdict == "go":
            assert block not in doc.text, block


# --- labels and hashtags open a unit in a page joined with spaces ---------------------------
def _starts(text: str) -> list[str]:
    return [text[j:j + 12] for j in soft_boundaries(text, 0, len(text))]


@pytest.mark.parametrize("text, cut", [
    # must change: a share, tags or related label after a word without punctuation
    ("#mäslihat #Mäjılıs #zañ Bölısu: FB | TG | WA", "Bölısu:"),
    ("Arnamyzğa qosylyñyz Osy taqyrypta Oblystyq mäslihat sailauynyñ qorytyndysy şyqty", "Osy taqyrypta"),
    ("Аким встретился с жителями района Читайте также: Маслихат утвердил бюджет", "Читайте также"),
    ("Жиынға жастар қатысты #жастар #мәслихат Бөлісу: Telegram · WhatsApp", "Бөлісу:"),
])
def test_furniture_label_opens_a_unit(text, cut):
    assert any(s.startswith(cut[:12]) for s in _starts(text)), _starts(text)


@pytest.mark.parametrize("text, word", [
    # must stay: the words of a label inside a sentence (lower case, or no colon and no headline)
    ("Депутаты призвали жителей поделиться мнением о проекте бюджета", "поделиться"),
    ("Деректерді осы тақырыпта жұмыс істейтін сарапшылар талдады", "осы"),
])
def test_label_words_inside_a_sentence_do_not_open_a_unit(text, word):
    assert not any(s.startswith(word[:12]) for s in _starts(text)), _starts(text)


@pytest.mark.parametrize("text, label", [
    ("Bölısu: FB | TG | WA", True),
    ("Osy taqyrypta Oblystyq mäslihat", True),
    ("Поделиться: ВКонтакте / Telegram", True),
    # must stay: a label word that opens a sentence, without its colon
    ("Поделиться мнением пришли жители", False),
    ("Осы тақырыпта жұмыс істейтін сарапшылар", False),
    # a single related word without its colon may open a headline ("Танымал әнші ...")
    ("Танымал әнші концерт берді", False),
])
def test_furniture_label_at(text, label):
    from corpusclean.boilerplate.segmentation import _furniture_label

    assert _furniture_label(text, 0) is label


def _units_of(text: str) -> list[str]:
    return [u.text for u in units(text)]


def test_hashtags_after_the_last_sentence_are_a_unit():
    page = "Аудан әкімі жиынға қатысты. " * 10 + "Бюджет бекітілді. #мәслихат #заң Бөлісу: FB | TG"
    got = _units_of(page)
    assert "Бюджет бекітілді." in got
    assert any(u.startswith("#мәслихат") for u in got), got


def test_a_hashtag_inside_a_sentence_stays():
    # must stay: no sentence end before the hashtag
    page = "Аудан әкімі жиынға қатысты. " * 10 + "Кездесу #мәслихат тегімен жарияланды."
    assert "Кездесу #мәслихат тегімен жарияланды." in _units_of(page)


# --- counters that end in their word ------------------------------------------------------
def page_counter(counter: str, first: str, body: str) -> str:
    return f"""Новости | Политика | Экономика
Депутаты маслихата утвердили план ремонта дворов
12.03.2024 · 10:15
{counter}
{first}
""" + body


@pytest.mark.parametrize("counter, first, body", [
    ("Время чтения: 3 мин · 1 247 просмотров",
     "Фракция «Ак жол» в Мажилисе внесла предложение снизить ставку налога для малого бизнеса.", BODY_RU),
    ("812 рет қаралды", "Қалалық жастар орталығында мәслихат депутаттары мен студенттер кездесті.", BODY_KK),
    ("812 ret qaraldy", "Qalalyq jastar ortalyğynda mäslihat deputattary men studentter kezdestı.", BODY_KK),
])
@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_counter_ending_in_its_word_goes_sentence_stays(counter, first, body, shape):
    doc = clean(shaped(page_counter(counter, first, body), shape))
    assert counter not in doc.text
    assert first in doc.text
    assert doc.meta["title"] == "Депутаты маслихата утвердили план ремонта дворов"


@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_a_count_of_views_inside_a_sentence_stays(shape):
    # must stay: the counter's words in a sentence of the body
    first = "За неделю видео с сессии набрало 1 247 просмотров, сообщили в маслихате."
    doc = clean(shaped(page_counter("Просмотров: 320", first, BODY_RU), shape))
    assert first in doc.text


# --- the run of furniture above the title, a caption with its icon ---------------------------
def page_akimat(headline: str, above: str) -> str:
    return f"""{above}
Негізгі Аудан туралы Әкімдік Мәслихат Мемлекеттік қызметтер Байланыс
Негізгі / Баспасөз орталығы / Жаңалықтар
{headline}
Жарияланды 2024 ж. 7 сәуір, сағат 10:15
Көрсетілім саны – 312
📷 XVI сессия барысы.
Фото авторы: Дәурен Сейітқали
""" + BODY_KK


HEADLINE_KK = "Аудандық мәслихаттың кезектен тыс сессиясында бюджет нақтыланды"


@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_site_name_menu_and_crumb_above_the_title_go(shape):
    doc = clean(shaped(page_akimat(HEADLINE_KK, "Көктал ауданы әкімдігінің ресми интернет-ресурсы"), shape))
    assert doc.meta["title"] == HEADLINE_KK
    assert doc.meta["published"].startswith("2024-04-07")
    for gone in ("ресми интернет-ресурсы", "Мемлекеттік қызметтер", "Баспасөз орталығы", "Көрсетілім саны",
                 "XVI сессия барысы", "Фото авторы"):
        assert gone not in doc.text, gone
    assert BODY_KK.splitlines()[0] in doc.text


def _line(text: str, kind: str) -> Line:
    ln = Line(index=0, start=0, end=len(text), text=text, block=0, words=_WORD.findall(text), whole=False)
    ln.kind = kind
    return ln


@pytest.mark.parametrize("text, furniture", [
    # must change: a run of names and links without any mark, cut out of a longer line
    ("Көктал ауданы әкімдігінің ресми интернет-ресурсы Негізгі Аудан туралы Әкімдік", True),
    # must stay: a sentence, a greeting, a quote above the title
    ("Құрметті көкталдықтар!", False),
    ("Аудан әкімі бүгін тұрғындарды қабылдайды.", False),
    ("«Бюджет – халық үшін»", False),
])
def test_run_on_above_the_title(text, furniture):
    from corpusclean.boilerplate.header import _run_on_above_title

    above, title = _line(text, "unknown"), _line(HEADLINE_KK, "title")
    title.index = 1
    _run_on_above_title([above, title], title)
    assert (above.kind == "nav") is furniture


def test_a_whole_line_above_the_title_is_judged_alone():
    # must stay: in a dump of one line per block the rule does not apply
    from corpusclean.boilerplate.header import _run_on_above_title

    above, title = _line("Көктал ауданы әкімдігінің ресми интернет-ресурсы", "unknown"), _line(HEADLINE_KK, "title")
    above.whole, title.index = True, 1
    _run_on_above_title([above, title], title)
    assert above.kind == "unknown"


@pytest.mark.parametrize("text, caption", [
    ("📷 XVI сессия барысы.", True),                      # must change: an icon opens a short caption
    ("XVI сессия барысы.", False),                        # must stay: no icon
    ("📷 " + " ".join(["сөз"] * 14) + ".", False),        # must stay: too long for a caption
])
def test_icon_caption(text, caption):
    from corpusclean.boilerplate.header import _icon_caption

    assert _icon_caption(_line(text, "lead")) is caption


# --- the headline's span inside a header unit (header._headline_span) -----------------------
def _unit(text: str) -> Line:
    return Line(index=0, start=0, end=len(text), text=text, block=0, words=_WORD.findall(text))


def _span(text: str) -> str | None:
    from corpusclean.boilerplate.header import _headline_span

    span = _headline_span(text, _unit(text))
    return None if span is None else text[span[0]:span[1]]


@pytest.mark.parametrize("unit, headline", [
    # must change: a menu that a language switch closes, links of two words among its items
    ("▶ Тікелей эфир Телебағдарлама Жаңалықтар Бағдарламалар Бейне Арна туралы РУС Көкшетау қалалық мәслихаты "
     "жол жөндеу жоспарын бекітті", "Көкшетау қалалық мәслихаты жол жөндеу жоспарын бекітті"),
    # must stay: an acronym inside a headline, after a lower-case word or before one
    ("Главная | Новости Депутаты и члены ЦИК Казахстана обсудили новые правила выборов",
     "Депутаты и члены ЦИК Казахстана обсудили новые правила выборов"),
    # must change: a date's label with its colon after the headline, the stamp next
    ("Облыс әкімі халық алдында есеп берді: негізгі көрсеткіштер Эфирге шықты: 20.08.2024, 21:00",
     "Облыс әкімі халық алдында есеп берді: негізгі көрсеткіштер"),
    ("Главная / Новости Маслихаты после реформы: кто выигрывает Дата публикации: 26.03.2024, 13:30",
     "Маслихаты после реформы: кто выигрывает"),
    # must stay: a headline's own colon with words after it
    ("Главная / Новости Бюджет области: 125 млрд тенге на ремонт дорог 26.03.2024, 13:30",
     "Бюджет области: 125 млрд тенге на ремонт дорог"),
])
def test_headline_span_round5(unit, headline):
    assert _span(unit) == headline


def test_menu_tail_before_a_name_in_capitals():
    from corpusclean.boilerplate.edges import _menu_tail

    # must change: "Video Kirilşe" close the menu before "AMANAT partiiasy ..."
    assert _menu_tail("Video Kirilşe AMANAT partiiasynyñ jastar qanaty forum ötkızdı".split()) == 2
    # must stay: one capitalised word before the capitals may be the headline's own ("Ерлан Карин ...")
    assert _menu_tail("Ерлан AMANAT partiiasynyñ jastar qanaty".split()) == 0
    # must stay: capitals that a capitalised word follows are no headline start here
    assert _menu_tail("Уральск Аксай ЦИК Казахстана".split()) == 0


def page_rubric_path(headline: str) -> str:
    return f"""PolitMetrics — независимая аналитика
Исследования Обзоры Мониторинг Данные
Аналитическая записка · Местное самоуправление
{headline}
Автор: Гульмира Сапарова, старший аналитик
Опубликовано 2024-04-25, 10:30 (Астана)
""" + BODY_RU


def page_rubric_path_kept(headline: str) -> str:
    return f"""PolitMetrics — независимая аналитика
Исследования Обзоры Мониторинг Данные
Обзор ·
{headline}
Автор: Гульмира Сапарова, старший аналитик
Опубликовано 2024-04-25, 10:30 (Астана)
""" + BODY_RU


@pytest.mark.parametrize("page, headline", [
    # must change: the rubric path's last part before the headline
    (page_rubric_path, "Маслихаты после реформы: кто выигрывает от одномандатных округов"),
    # must stay: a headline right after the path's separator, with a preposition in its first words
    (page_rubric_path_kept, "Выборы в Мажилис 2023: как изменилась расстановка сил"),
])
@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_rubric_path_before_the_headline(page, headline, shape):
    doc = clean(shaped(page(headline), shape))
    assert doc.meta["title"] == headline
    assert doc.meta["published"].startswith("2024-04-25")


# --- a date that opens a sentence is no publication date -------------------------------------
def page_reception(headline: str) -> str:
    return f"""Көзі нашар көретіндерге арналған нұсқа
Қаз | Рус | Eng
Көктал ауданы әкімдігінің ресми интернет-ресурсы
Негізгі Аудан туралы Әкімдік Мәслихат Мемлекеттік қызметтер Байланыс
Негізгі / Баспасөз орталығы / Жаңалықтар
{headline}
Жарияланды 2024 ж. 15 сәуір, сағат 09:00
Құрметті көкталдықтар!
Көктал ауданының әкімі Бауыржан Омарұлы 19 сәуір күні сағат 10:00-де азаматтарды жеке мәселелер бойынша қабылдайды.
""" + BODY_KK


@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_a_date_inside_a_sentence_does_not_draw_the_title(shape):
    headline = "Аудан әкімі азаматтарды жеке мәселелер бойынша қабылдайды"
    doc = clean(shaped(page_reception(headline), shape))
    assert doc.meta["title"] == headline
    assert doc.meta["published"].startswith("2024-04-15")
    # must stay: the greeting and the sentence with its date
    assert "Құрметті көкталдықтар!" in doc.text
    assert "19 сәуір күні сағат 10:00-де азаматтарды" in doc.text


# --- a wire dateline after a photo credit ---------------------------------------------------
@pytest.mark.parametrize("text, cut", [
    ("Фото © ИА «Дала-Ньюс» / Дина Ахметова АСТАНА, 10 апреля. /ИА «Дала-Ньюс»/ – В партии подвели итоги", "АСТАНА, 10 а"),
])
def test_wire_dateline_opens_a_unit(text, cut):
    assert any(s.startswith(cut) for s in _starts(text)), _starts(text)


def test_a_rubric_in_capitals_before_a_quote_is_not_a_dateline():
    # must stay: "ПОЛИТИКА «Ак жол» ..." is cut by the title rules, not as a dateline
    from corpusclean.boilerplate.segmentation import _WIRE_DATELINE

    assert _WIRE_DATELINE.match("АСТАНА, 10 апреля. /ИА/")
    assert not _WIRE_DATELINE.match("ПОЛИТИКА «Ак жол» предложил")
    assert not _WIRE_DATELINE.match("ЦИК, партии и депутаты")


# --- footer labels, a counter before a name, a stamp before a quote ------------------------
def test_navigation_label_with_its_colon_opens_a_unit():
    from corpusclean.boilerplate.segmentation import _furniture_label

    # must change: the previous-news link of the footer
    assert _furniture_label("Алдыңғы жаңалық: Ауылдық округ әкімдерін сайлау", 0)
    # must stay: the same words inside a sentence, no colon
    assert not _furniture_label("Алдыңғы жаңалық туралы депутаттар айтты", 0)


@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_counter_before_a_capitalised_name_goes(shape):
    first = "Аким Карагандинской области Ерболат Сейтказин провёл встречу с предпринимателями региона."
    doc = clean(shaped(page_counter("Время чтения: 2 мин · 987 просмотров", first, BODY_RU), shape))
    assert "просмотров" not in doc.text
    assert first in doc.text


@pytest.mark.parametrize("text, cut", [
    # must change: a stamp with its clock time before a quoted name opens the unit after it
    ("Oqyldy jaña «Aq jol» 09:15 · 11 mausym 2024 «Aq jol» demokratiialyq partiiasy ūsyndy", "«Aq jol» dem"),
])
def test_stamp_before_a_quote(text, cut):
    assert any(s.startswith(cut) for s in _starts(text)), _starts(text)


def test_a_date_without_time_before_a_quote_stays():
    # must stay: a date inside a sentence before a quoted name
    text = "Мәслихат сессиясы 11 маусым 2024 «Ақ жол» партиясының ұсынысымен өтті"
    assert not any(s.startswith("«Ақ жол»") for s in _starts(text)), _starts(text)


# --- the rows of a bar table joined with spaces are content ----------------------------------
@pytest.mark.parametrize("text, crumb", [
    # must stay: table rows run together, figures in most cells
    ("AMANAT | 62 | 1 418 | 22,9 «Ауыл» | 8 | 311 | 38,9 Respublica | 6 | 287 | 47,8", False),
    # must change: crumbs are words, a year inside a crumb does not make a table
    ("Главная / Политика / Выборы-2023 / Маслихаты", True),
    ("Басты бет | Жаңалықтар | Саясат", True),
])
def test_bar_table_rows_are_no_breadcrumb(text, crumb):
    from corpusclean.boilerplate.lines import _breadcrumb

    assert _breadcrumb(_unit(text)) is crumb


# --- a credit or byline before a sentence that opens with a name in capitals ----------------
@pytest.mark.parametrize("unit, pieces", [
    # must change: the credit's value is a name in sentence case; capitals before a lower-case word open the sentence
    ("Фото: Асхат Мұхамеджан AMANAT партиясының кезекті съезі Астанада өтті.",
     ["Фото: Асхат Мұхамеджан", "AMANAT партиясының кезекті съезі Астанада өтті."]),
    # must change: an author's byline with its colon, cut off the first sentence
    ("Авторы: Айгерім Нұрланқызы AMANAT партиясының кезекті съезі Астанада өтті.",
     ["Авторы: Айгерім Нұрланқызы", "AMANAT партиясының кезекті съезі Астанада өтті."]),
    # must stay: capitals inside the credit's value (an agency), then a capitalised word
    ("Фото: ТАСС Иван Петров", ["Фото: ТАСС Иван Петров"]),
    # must stay: a sentence that names the author, no colon
    ("Автор книги AMANAT партиясы туралы айтты.", ["Автор книги AMANAT партиясы туралы айтты."]),
])
def test_credit_and_byline_before_capitals(unit, pieces):
    from corpusclean.boilerplate.edges import _pieces

    assert [unit[s:e] for s, e in _pieces(unit, 0, len(unit), False)] == pieces


def page_byline_then_clock(headline: str) -> str:
    return f"""ERTIS MEDIA ҚАЗ РУС
Жаңалықтар Саясат Экономика Қоғам
{headline}
19 наурыз 2023 ж., 21:40
Автор: Айбек Тұрсынов
Облыстық сайлау комиссиясының мәліметінше, сағат 20:00-дегі жағдай бойынша облыста сайлаушылардың 61,2 пайызы дауыс берді.
""" + BODY_KK


@pytest.mark.parametrize("shape", ["lines", "spaced"])
def test_a_sentence_cut_at_its_clock_time_is_no_headline(shape):
    # must change: the byline goes; must stay: the first sentence, cut at "сағат | 20:00-дегі", is text
    headline = "Павлодар облысында дауыс беруге қатысу 60 пайыздан асты"
    doc = clean(shaped(page_byline_then_clock(headline), shape))
    assert doc.meta["title"] == headline
    assert doc.meta["published"].startswith("2023-03-19")
    assert "Автор: Айбек Тұрсынов" not in doc.text
    assert "Облыстық сайлау комиссиясының мәліметінше, сағат 20:00-дегі" in doc.text
