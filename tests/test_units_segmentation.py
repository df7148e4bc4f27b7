"""Units before verdicts: glued boundaries (issue 12 item 1) and the units API.

Every class of glued boundary has "must split" rows beside "must stay" rows, in Russian
and Kazakh; the sentences are written for these tests.  A row marks the expected
boundaries with "|" (none: the text must come out unchanged).
"""

from __future__ import annotations

import pytest
from shared_checks import marked

from corpusclean import clean, replay
from corpusclean.boilerplate import glued_boundaries, units
from corpusclean.boilerplate.segmentation import SOFT_SPLIT_MIN_WORDS

SPLIT = [
    # a quote or bracket between
    ("quote after stop", 'Вопрос остается на особом контроле.|"Сейчас мы проверяем каждый адрес'),
    ("guillemet then stop", "он назвал это «первым шагом».|В итоге решение отложили"),
    ("bracket then stop", "бюджет вырос (на треть).|На заседании это отметили"),
    # a capitalised word or an abbreviation before the period
    ("surname before stop", "об этом сказал Марат Ержанов.|Заместитель акима добавил"),
    ("acronym before stop", "работы ведет ТЖК.|Переправа закрыта до утра"),
    ("place before stop", "такие же правила действуют в Турции.|В таких случаях штрафуют"),
    # a domain or a number before it
    ("domain before stop", "передает корреспондент Qazpress.kz.|Ситуация остается сложной"),
    ("score before stop", "Казахстан – Иордания – 2:1.|Добавьте к этому победу"),
    ("number before stop", "по приказу №412.|Айгерим Бекова возглавила отдел"),
    ("date after stop", "обсудили депутаты.|18.03.2024, 10:00"),
    # a caption, credit or name run into the next sentence
    ("caption into sentence", "Служба экономических расследований|В чем суть претензий"),
    ("name into opener", "Фото: Ернар Сапаров|К слову, работы начались"),
    ("credit acronym into word", "Фото: ДЧС ЗКО|Расстояние до берега сократилось"),
    ("handle into sentence", "Фото: Instagram/aqtobe_news|Помогая соседям, волонтеры"),
    ("domain into opener", "Источник: gov.kz|Как отметил министр"),
    ("word into opener", "в центре области|На набережной прошел праздник"),
    ("menu items glued", "Новости региона|Политика|Экономика|Спорт"),
    ("word into date", "итоги сессии маслихата|12.03.2024 09:15|В Астане"),
    ("date into counter", "5 Октября, 2023|412|В Таразе открыли"),
    ("section into headline", "Общество|Маслихат утвердил план"),
    ("label glued", "Сенат принял закон о выборах|Опубликовано: 12.03.2024"),
    ("numbered items glued", "Повестка дня:|1. Бюджет района|2. Выборы акима"),
    # Kazakh
    ("kk sentence glued", "Жиын аудандық мәслихатта өтті.|Бүгін депутаттар жиналды"),
    ("kk word into opener", "ауыл әкімдігі|Бұл жоба биыл басталды"),
    ("kk caption into sentence", "Сурет: Ақпарат агенттігі|Осы жылы мектеп ашылды"),
    ("kk word into kazakh word", "жаңа мектеп ашылды|Бүгін оқушылар келді"),
]

STAY = [
    ("initials", "Встречу провел А.Лукашенко, а М.Х.Дулати упомянули в докладе"),
    ("abbreviations", "по ул.Абая, в г.Алматы, т.д. и т.п."),
    ("decimals and scores", "рост на 2.5 процента, счет 1:0 и 3:2"),
    ("urls and e-mails", "пишите на info@akimat.kz или на https://egov.kz/Page"),
    ("domain", "по данным Zakon.kz и Tengrinews.kz"),
    ("camelcase names", "КазМунайГаз, ЦентрКредит, АрселорМиттал и iPhone подорожали"),
    ("kk camelcase", "ҚазМұнайГаз компаниясы жұмыс істейді"),
    ("name with a dot", "обвинение в адрес «Яндекс.Музыки»: певица"),
    ("lower-case run into Latin", "партииAMANAT провела съезд"),
    ("acronym with an ending", "советские войска атаковали в НОВУРе"),
    ("unit after number", "мощность 100МВт и 5G связь"),
    ("list of kilometres", "Занимает площадь 22,56 км2.\nПлощадь Революции"),
]


@pytest.mark.parametrize("name,row", SPLIT, ids=[r[0] for r in SPLIT])
def test_glued_boundary_is_split(name, row):
    text, cuts = marked(row)
    assert [b.offset for b in glued_boundaries(text)] == cuts


@pytest.mark.parametrize("name,text", STAY, ids=[r[0] for r in STAY])
def test_no_boundary_inside(name, text):
    assert glued_boundaries(text) == ()
    doc = clean(text, steps=["segment.units"])
    assert doc.text == text and not doc.edits


def test_a_token_that_recurs_whole_stays():
    # "ТрансЛогистика" is no word list's name: it stays because it recurs unbroken
    text = "Компания ТрансЛогистика открыла склад. Сотрудники ТрансЛогистика получили премии."
    assert glued_boundaries(text) == ()


@pytest.mark.parametrize("name,row", SPLIT, ids=[r[0] for r in SPLIT])
def test_segment_step_replays_and_is_idempotent(name, row):
    text, _ = marked(row)
    doc = clean(text, steps=["segment.units"])
    assert replay(doc.input_text, doc.edits) == doc.text
    assert {e.reason for e in doc.edits} <= {"segment.sentence", "segment.word"} and doc.edits
    again = clean(doc.text, steps=["segment.units"])
    assert again.text == doc.text and not again.edits


def test_joined_blocks_get_a_line_break_a_single_typo_a_space():
    typo = clean("Сессия прошла в пятницу.Депутаты приняли бюджет района на следующий год.", steps=["segment.units"])
    assert typo.text == "Сессия прошла в пятницу. Депутаты приняли бюджет района на следующий год."
    joined = clean("Сессия маслихата14.03.2024, 10:00Депутаты приняли бюджет.Фото: акиматВ районе рады.",
                   steps=["segment.units"])
    assert joined.text == "Сессия маслихата\n14.03.2024, 10:00\nДепутаты приняли бюджет.\nФото: акимат\nВ районе рады."


def test_units_have_offsets_lines_and_blocks():
    text = "Заголовок\nПервое предложение. Второе\n\nТретье. Четвёртое.Пятое"
    got = units(text)
    assert [u.text for u in got] == ["Заголовок", "Первое предложение. Второе", "Третье.", "Четвёртое.", "Пятое"]
    assert all(text[u.start:u.end] == u.text for u in got)
    assert [u.block for u in got] == [0, 0, 1, 1, 1]
    assert [u.whole for u in got] == [True, True, False, False, False]


def test_a_page_joined_with_spaces_is_split_at_soft_boundaries():
    body = " ".join(["Депутаты городского маслихата обсудили бюджет на следующий год."] * (SOFT_SPLIT_MIN_WORDS // 8))
    text = f"Главная Новости Общество Маслихат утвердил бюджет 14.03.2024 10:00 {body} Подписание соглашения состоится позже"
    got = [u.text for u in units(text)]
    assert "14.03.2024 10:00" in got
    assert got[-1] == "Подписание соглашения состоится позже"
    # not before a name: "в годы Великой Отечественной войны", "в состав Совета"
    prose = ", ".join(["Он вошел в состав Совета ветеранов в годы Великой Отечественной войны"] * 8) + "."
    assert len(units(prose)) == 1
