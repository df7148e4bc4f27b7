"""Glued junctions of real scrapes (issue 12 item 1, issue 11 item 1): every class of
sentence, caption, counter, row and menu junction that a scraper joining a page with ""
leaves, with "must split" rows beside "must stay" rows, in Russian and Kazakh, and the
same page in the three shapes (one line per block, joined with nothing, joined with
spaces).  The sentences are written for these tests.  "|" marks the expected boundaries.
"""

from __future__ import annotations

import pytest
from shared_checks import marked

from corpusclean import clean, replay
from corpusclean.boilerplate import glued_boundaries, units

SPLIT = [
    # a number (a counter, a row figure) run into the next unit
    ("counter into common word", "Просмотры: 2 614|Областной маслихат утвердил бюджет"),
    ("counter into name", "👁 4 107|Ержан Сапаров провел прием граждан"),
    ("kk counter into word", "Оқылды: 3 208|Құрметті тұрғындар, жиынға келіңіздер"),
    ("percent row into row", "Павлодарская область — 71,2%|Жамбылская область — 68,4%|Шымкент — 41,9%"),
    ("kk percent row into quote", "«Байтақ» — 2,30%|«Ақ жол» — 8,10%"),
    ("date glued after a word", "отчитался заместитель|14.05.2024|Партия обновила состав"),
    ("date with month after a word", "жаңа заң қабылданды|2024 жылғы 3 сәуір|Қаралым: 871"),
    ("date after sentence end", "в местном самоуправлении.|3 июня 2024|С 1 июля меняются правила"),
    ("date into an icon", "открыли мост|09.08.2024 12:05|👁 2.4K"),
    ("count in brackets", "Отзывы (5)|Для отправки отзыва войдите"),
    ("kk count in brackets", "Пікірлер (2)|Пікір жазу үшін тіркеліңіз"),
    # a list row or a dialogue line after a sentence end or a colon
    ("numbered item after a stop", "поддержать «Новый курс».|2. Утвердить список кандидатов"),
    ("dialogue after question", "Как прошла сессия?|– Спокойно, без споров.|– А бюджет?"),
    ("kk dialogue", "Жоспарыңыз қандай?|– Екі мектеп салу."),
    ("rows after colon", "в селах открылись:|- аптеки;|- фельдшерские пункты;"),
    ("kk rows after colon", "қажетті құжаттар:|– жеке куәлік;|– анықтама."),
    # a caption, credit, name or headline run into the next unit
    ("url into sentence", "Подписывайтесь на t.me/akimat_news|Больше новостей в канале"),
    ("footer sign", "Политика конфиденциальности|© 2015–2024 ТОО «Медиа»"),
    ("left word, right common word", "Источник: пресс-служба маслихата|Жители района получат субсидии"),
    ("left word, common word known in the text",
     "аким района встретился с ними. Жители жаловались на плохие дороги|Аким района ответил на вопросы"),
    ("kk finite verb into sentence", "ауылда жаңа мектептің құрылысы басталды|Облыс әкімі тұрғындармен кездесті"),
    ("kk finite verb into number", "жаңа емхана ашылды|Емханаға 200 адам келеді"),
    ("menu run", "Главная|Новости|Политика|Экономика|Мир|Спорт"),
    ("kk menu run", "Басты бет|Жаңалықтар|Саясат|Өңірлер|Қоғам"),
    ("latin kazakh sentence", "Parlament otyrysy ótti.|Búgin depýtattar zań qabyldady"),
    ("domain into Cyrillic opener", "Передает Kazpravda.kz|На месте работают спасатели"),
    ("Latin acronym into a one-letter opener", "Фото: пресс-служба партии RESPUBLICA|В Атырау прошла встреча"),
    ("labelled counter into a short name", "Просмотров: 904|Асан Жумабаев рассказал о планах"),
    ("kk labelled counter into a quote", "Оқылды: 2 377|«Нұр Отан» партиясы жиналды"),
    ("share label into a label", "Поделиться:|Читайте также:|Акимат объявил конкурс"),
    ("label into an acronym", "Читайте также:|ЦИК зарегистрировал кандидатов"),
    ("kk caps name into a word", "ЕЛ ДАУЫСЫ|Басты бет"),
    ("kk verb into a quoted name", "жиналыста депутат сөйледі|«Ақ жол» партиясы ұсыныс жасады"),
    ("kk section name into a quoted name", "Саясат|«Ауыл» партиясы жиналды"),
    ("kk name into a word and a quote", "Суретті түсірген: Нұрлан Сейітов|Елордада «Ауыл» партиясы жиналды"),
    ("quoted rows", "Қабылданған құжаттар:|«Жер туралы» заңға өзгерістер|«Су кодексіне» түзетулер"),
    ("kk closing quote into a label", "Инфографика: «Дала үні»|Тегтер: #сайлау"),
    ("left word, right word inflected in the text",
     "депутаты маслихата собрались. Жители пожаловались на дороги|Маслихат утвердил план"),
]

STAY = [
    ("units and models", "мощность 100МВт и 5G связь, ученики 11А класса, скорость 100Мбит/с"),
    ("camelcase names", "КазМунайГаз, ЦентрКредит, АрселорМиттал, ТрансТелеКом и iPhone подорожали"),
    ("kk camelcase names", "ҚазАқпарат пен ҚазМұнайГаз компаниясы жұмыс істейді"),
    ("a Russian word ending like a Kazakh verb", "уровень водыКаспия снизился"),
    ("year ranges and hyphens", "в 2019–2022 годах Нур-Султан – столица, Алматы-1"),
    ("abbreviation before a dash", "и т.д.– всё это обсуждали"),
    ("bracket number in a law", "согласно пункту (2)Закона о выборах"),
    ("a quotation after a verb and a colon", "Он сказал:Мы пойдем на выборы"),
    ("url with a Cyrillic path", "см. https://ru.wikipedia.org/wiki/Алматы_Арена и t.me/news_kz/Главная"),
    ("initials", "Встречу провел А.Лукашенко, Қ.Тоқаев қатысты"),
    ("abbreviations", "по ул.Абая, в г.Алматы, т.д., ж. және т.б. жұмыстар"),
    ("decimals and scores", "рост на 2.5 процента, счет 1:0, доля 54,19%."),
    ("lower-case run into Latin", "партииAMANAT провела съезд"),
    ("one quoted name glued inside a sentence", "депутаты партии«Ак жол» провели встречу"),
    ("Cyrillic acronym before a word", "ЦИК зарегистрировал, свидетельство СМИ № 14522, ТОО «Медиа»"),
    ("a name after a city", "депутаты прибыли в городАлматы вчера"),
    ("a token that recurs whole", "Компания СтройСервис открыла склад. Сотрудники СтройСервис довольны."),
]


@pytest.mark.parametrize("name,row", SPLIT, ids=[r[0] for r in SPLIT])
def test_glued_junction_is_split(name, row):
    text, cuts = marked(row)
    assert [b.offset for b in glued_boundaries(text)] == cuts


@pytest.mark.parametrize("name,text", STAY, ids=[r[0] for r in STAY])
def test_nothing_splits_inside(name, text):
    assert glued_boundaries(text) == ()
    doc = clean(text, steps=["segment.units"])
    assert doc.text == text and not doc.edits


@pytest.mark.parametrize("name,row", SPLIT, ids=[r[0] for r in SPLIT])
def test_every_shape_gives_the_blocks(name, row):
    blocks = row.split("|")
    lines = "\n".join(blocks)
    joined = "".join(blocks)
    spaced = " ".join(blocks)
    # one line per block: nothing is glued, every line is a unit
    assert glued_boundaries(lines) == ()
    assert [u.text for u in units(lines)] == blocks
    # joined with nothing: the step gives the lines back, as edits, and is idempotent
    doc = clean(joined, steps=["segment.units"])
    # a line break at every junction; a single sentence end inside a paragraph gets a space
    assert doc.text == lines or (len(blocks) == 2 and doc.text == spaced)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert {e.reason for e in doc.edits} <= {"segment.sentence", "segment.word"}
    assert not clean(doc.text, steps=["segment.units"]).edits
    # joined with spaces: nothing is glued, nothing changes
    assert glued_boundaries(spaced) == ()
    assert clean(spaced, steps=["segment.units"]).text == spaced


def test_a_domain_glued_to_cyrillic_is_split_before_look_alikes_are_judged():
    doc = clean("Об этом сообщает Kazpravda.kzНа месте работают спасатели и полиция района.")
    assert "segment.word" in {e.reason for e in doc.edits}
    assert "На месте работают" in doc.text and "Ha" not in doc.text  # "На" stays Cyrillic, not Latin "Ha"
    assert replay(doc.input_text, doc.edits) == doc.text


def test_a_page_joined_with_nothing_is_split_at_every_block():
    blocks = ["Главная", "Новости", "Политика", "Экономика",
              "Маслихат утвердил бюджет района", "12.03.2024 10:15", "Просмотров: 1 402",
              "Депутаты районного маслихата утвердили бюджет на следующий год.",
              "Расходы на образование вырастут на 12,5%.",
              "Фото: пресс-служба маслихата",
              "Жители района смогут обсудить план на встречах.",
              "Читайте также:", "Аким района провел прием граждан", "© 2024 Районная газета"]
    text = "".join(blocks)
    got = [text[a:b] for a, b in zip([0, *[x.offset for x in glued_boundaries(text)]],
                                     [*[x.offset for x in glued_boundaries(text)], len(text)])]
    assert got == blocks


def test_a_kazakh_page_joined_with_nothing_is_split_at_every_block():
    blocks = ["Басты бет", "Жаңалықтар", "Саясат", "Қоғам",
              "Мәслихат сессиясы өтті", "2024 жылғы 12 наурыз", "Оқылды: 1 204",
              "Аудандық мәслихаттың кезекті сессиясы өтті.",
              "Депутаттар жаңа бюджетті бекітті.",
              "Сурет: мәслихаттың баспасөз қызметі",
              "Бүгін ауылда жаңа мектеп ашылды.",
              "Пікірлер (0)", "Пікір жазу үшін тіркеліңіз"]
    text = "".join(blocks)
    cuts = [x.offset for x in glued_boundaries(text)]
    assert [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])] == blocks
