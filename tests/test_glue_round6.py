"""Issue 11, round 6: glued text in the joined and spaced shapes.

A credit run into the sentence after it is a block of its own in every shape ("Фото: пресс-служба
акимата.Аким ...", "Суретті түсірген Асан ТөлеубаевАудан ..."), and a numeric date's year run into
a count ("14.02.20253 комментария") ends where the year does.  Every text here is invented."""

from __future__ import annotations

import pytest

from corpusclean import clean, replay
from corpusclean.boilerplate import glued_boundaries
from corpusclean.boilerplate.glue import credit_before
from corpusclean.boilerplate.segmentation import page_line_count

BODY_RU = ("Депутаты районного маслихата на внеочередной сессии обсудили ремонт сельских школ и дорог. "
           "Решение о выделении средств примут до конца месяца, сообщили в аппарате маслихата.")
BODY_KK = ("Аудандық мәслихат депутаттары кезектен тыс сессияда ауыл мектептерін жөндеу мәселесін талқылады. "
           "Қаржы бөлу туралы шешім ай соңына дейін қабылданады.")


def shapes(blocks):
    """The page in the shapes a scraper writes: one line per block, joined with nothing, with spaces."""
    return {"lines": "\n".join(blocks), "joined": "".join(blocks), "spaced": " ".join(blocks)}


def segment(text):
    doc = clean(text, steps=["space.normalize", "segment.units"])
    assert replay(doc.input_text, doc.edits) == doc.text
    return doc.text


# --- a credit glued to the next sentence ends its own line --------------------------------

CREDIT_GLUED = [
    ("Фото: пресс-служба акимата района.", "Аким района провёл встречу с жителями села."),
    ("Фото: Telegram-канал маслихата", "Депутаты маслихата провели выездное заседание."),
    ("Суретті түсірген Асан Төлеубаев", "Аудан әкімі тұрғындармен кездесу өткізді."),
]


@pytest.mark.parametrize("credit,sentence", CREDIT_GLUED)
def test_a_credit_glued_to_a_sentence_is_cut_off_with_a_line_break(credit, sentence):
    text = credit + sentence + " " + BODY_RU
    assert credit_before(text, len(credit))
    assert segment(text).split("\n")[0] == credit


@pytest.mark.parametrize("credit,sentence", CREDIT_GLUED)
def test_a_credit_glued_to_a_sentence_in_a_page_joined_with_spaces_keeps_the_page_line(credit, sentence):
    # a line break there would cut the page's head off its page line: a space, as for any glued junction
    page = " ".join(["Главная Новости Политика", "12 февраля 2025, 11:20", credit + sentence, BODY_RU, BODY_RU])
    assert "\n" not in segment(page)


@pytest.mark.parametrize("credit,sentence", CREDIT_GLUED)
def test_a_page_line_broken_after_its_credit_is_still_one_page_line(credit, sentence):
    joined = "Главная Новости Политика" + "12 февраля 2025, 11:20" + credit + "\n" + sentence + " " + BODY_RU
    assert page_line_count(joined) == 1


@pytest.mark.parametrize("shape", ["lines", "joined", "spaced"])
def test_a_credit_glued_to_the_first_sentence_leaves_the_page(shape):
    blocks = ["Маслихат обсудил ремонт школ", "Фото: пресс-служба маслихата.Депутаты районного маслихата собрались "
              "в понедельник.", BODY_RU, BODY_RU.replace("школ", "больниц")]
    doc = clean(shapes(blocks)[shape])
    assert "Фото" not in doc.text and "пресс-служба маслихата" not in doc.text
    assert "Депутаты районного маслихата собрались в понедельник." in doc.text


MUST_STAY = [
    # a sentence that opens with a credit word, no colon: no credit
    ("Фото", "Фото выставки показали в музее.Посетители остались довольны."),
    # a credit's value that runs on into sentences is no credit: the boundary is far from the label
    ("Фото:", "Фото: на снимке депутаты обсуждают программу развития сельских территорий района.Затем они уехали."),
    # a word inside a sentence, not at its start
    ("фото", "Журналисты сделали фото участников.Затем начался брифинг."),
]


@pytest.mark.parametrize("label,text", MUST_STAY)
def test_a_sentence_about_photos_is_no_credit(label, text):
    at = text.index(".", text.index(label) + len(label)) + 1
    assert not credit_before(text, at)
    assert "\n" not in segment(text)


def test_a_credit_on_its_own_line_does_not_make_the_page_one_line():
    text = "Фото: пресс-служба маслихата\n" + BODY_RU + "\n" + BODY_KK
    assert page_line_count(text) == 3


# --- a numeric date's year run into a count ------------------------------------------------

def test_a_numeric_dates_year_run_into_a_count_is_cut():
    text = "Маслихат принял бюджет района — 14.02.20253 комментария"
    offsets = [b.offset for b in glued_boundaries(text)]
    assert text.index("3 комментария") in offsets


@pytest.mark.parametrize("text", ["Телефон приёмной 14.02.2025 не отвечал.", "Код 2025301 введён.", "Приказ № 14.02.2025 подписан."])
def test_a_date_or_number_alone_stays_whole(text):
    assert glued_boundaries(text) == ()


@pytest.mark.parametrize("shape", ["lines", "joined", "spaced"])
def test_cleaning_the_cleaned_text_again_changes_nothing(shape):
    blocks = ["Маслихат обсудил ремонт школ", "12 февраля 2025, 11:20", "Фото: пресс-служба маслихата.Депутаты "
              "районного маслихата собрались в понедельник.", BODY_RU, BODY_KK, "Похожие новости",
              "Аким встретился с фермерами — 10.02.2025", "2 комментария"]
    doc = clean(shapes(blocks)[shape])
    assert clean(doc.text).text == doc.text


# --- a comment section in a page joined with nothing or with spaces ------------------------

COMMENTS = {
    "ru": ["Похожие новости", "В районе открыли новую амбулаторию", "2 комментария",
           "Болат: Наконец-то дорогу к школе отремонтируют.", "Ответить", "Жанна: А когда начнут?", "Ответить",
           "Добавить комментарий"],
    "kk": ["Осы айдардан:", "— Ауылда жаңа мектеп ашылды (11.02.2025)", "Пікірлер: 2",
           "Ерлан, Қарасу ауданы: Жол мәселесі шешілсе екен.", "Гүлнар: Мектеп керек-ақ."],
    "kk_latin": ["Taqyryptas materialdar", "10.02.2025 · Audandyq mäslihat sessiiasy ötti", "Pıkırler (2)",
                 "Nūrlan: Jol jöndeu – dūrys şeşım.", "Aigül: Mektep te kerek.",
                 "Pıkır qaldyru üşın atyñyz ben email jazyñyz"],
}
ARTICLE = {"ru": ["Маслихат обсудил ремонт школ", BODY_RU, BODY_RU.replace("школ", "больниц")],
           "kk": ["Мәслихат мектеп жөндеуін талқылады", BODY_KK, BODY_KK.replace("мектептерін", "емханаларын")],
           "kk_latin": ["Mäslihat mektep jöndeuın talqylady",
                        "Audandyq mäslihat deputattary kezekten tys sessiiada auyl mektepterın jöndeu mäselesın talqylady.",
                        "Qarjy bölu turaly şeşım ai soñyna deiın qabyldanady, dep habarlady mäslihat apparaty."]}
COMMENT_NAMES = {"ru": ("Болат", "Жанна"), "kk": ("Ерлан", "Гүлнар"), "kk_latin": ("Nūrlan", "Aigül")}


@pytest.mark.parametrize("shape", ["lines", "joined", "spaced"])
@pytest.mark.parametrize("lang", sorted(COMMENTS))
def test_a_comment_section_after_the_article_leaves_in_every_shape(lang, shape):
    doc = clean(shapes(ARTICLE[lang] + COMMENTS[lang])[shape])
    for name in COMMENT_NAMES[lang]:
        assert name + ":" not in doc.text and name + "," not in doc.text
    assert ARTICLE[lang][1].split()[1] in doc.text  # the article stays


@pytest.mark.parametrize("shape", ["lines", "joined", "spaced"])
def test_an_interview_in_name_colon_lines_stays(shape):
    blocks = ["Аким ответил на вопросы жителей", BODY_RU,
              "Болат: Когда отремонтируют дорогу к школе в нашем селе?",
              "Аким: Работы начнутся весной, подрядчик уже выбран, смета утверждена.",
              "Болат: А освещение улиц тоже сделают в этом году?",
              "Аким: Да, на это выделены средства из районного бюджета.", BODY_RU.replace("школ", "больниц")]
    doc = clean(shapes(blocks)[shape])
    assert "Работы начнутся весной" in doc.text and "выделены средства" in doc.text


def test_a_count_in_brackets_before_a_field_label_is_cut_only_after_a_capitalised_label():
    text = "Пікірлер (2)Асқар: Жол жөнделсін."
    assert [b.offset for b in glued_boundaries(text)] == [text.index("Асқар")]
    assert glued_boundaries("согласно пункту (2)Закона: о выборах") == ()


# --- a byline row and an icon counter glued to what follows ---------------------------------

@pytest.mark.parametrize("shape", ["lines", "joined", "spaced"])
def test_a_byline_row_glued_to_the_headline_and_the_lead_leaves(shape):
    blocks = ["Маслихат обсудил ремонт школ", "Арман Жумабеков | 12 февраля 2025 | 11:20 | 👁 1 408",
              "Депутаты районного маслихата собрались в понедельник.", BODY_RU, BODY_RU.replace("школ", "больниц")]
    doc = clean(shapes(blocks)[shape])
    assert "Арман Жумабеков" not in doc.text and "1 408" not in doc.text
    assert doc.text.startswith("Депутаты районного маслихата собрались в понедельник.")


@pytest.mark.parametrize("text", ["Встречу провела Айгерим Сапарова | 12 февраля", "Решение принял Арман Жумабеков 12 февраля 2025 года.",
                                  "Просмотров 👁 1 408 за сутки."])
def test_a_name_before_a_date_or_a_counter_in_a_sentence_stays(text):
    assert glued_boundaries(text) == ()


def test_a_name_row_and_an_icon_counter_glued_are_cut():
    text = "обсудил ремонт школАрман Жумабеков | 12 февраля 2025 | 👁 1 408Депутаты собрались"
    assert [text[b.offset:b.offset + 5] for b in glued_boundaries(text)] == ["Арман", "Депут"]


# --- a date inside a sentence of a page joined with spaces is no stamp (re-clean) -----------

FILLER = " ".join(["Депутаты обсудили программу развития района."] * 6)


@pytest.mark.parametrize("text,first", [
    ("Досрочные выборы в Сенат 14 января 2024 года впервые прошли без бумажных бюллетеней. " + FILLER,
     "Досрочные выборы в Сенат 14 января 2024 года впервые прошли без бумажных бюллетеней."),
])
def test_a_date_running_on_into_its_sentence_is_no_soft_boundary(text, first):
    from corpusclean.boilerplate.segmentation import units

    assert units(text)[0].text == first
    doc = clean(text)
    assert clean(doc.text).text == doc.text


@pytest.mark.parametrize("stamp", ["12 февраля 2025 в 11:20", "12 февраля 2025", "12 февраля 2025 года 11:20"])
def test_a_date_stamp_before_the_first_sentence_still_opens_a_unit(stamp):
    from corpusclean.boilerplate.segmentation import units

    text = "Главная Новости Политика Маслихат обсудил ремонт школ " + stamp + " Депутаты собрались в понедельник. " + FILLER
    assert stamp in [u.text for u in units(text)]
