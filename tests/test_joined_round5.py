"""Pages joined with nothing, round 5 (issue 11 item 1, issue 12 item 1): the junction
classes that the held-out sets 12-12d showed still glued, each with "must split" rows beside
"must stay" rows, in Russian, Kazakh Cyrillic and Kazakh Latin, and in the shapes a scraper
writes (one line per block, joined with nothing, joined with spaces, a JSONL field).
The sentences are written for these tests.  "¦" marks the expected boundaries (a literal
"|" belongs to the page: menus and date stamps print it).
"""

from __future__ import annotations

import json

import pytest

from corpusclean import clean, replay
from corpusclean.boilerplate import glued_boundaries, units
from corpusclean.boilerplate.evidence import latin_kazakh_cyrillic, latin_kazakh_word

from shared_checks import marked as _marked


def marked(row: str) -> tuple[str, list[int]]:
    return _marked(row, "¦")


SPLIT = [
    # a wire dateline in capitals after a photo credit's name
    ("dateline after a credit", "Фото © ИА «Степь» / Айгуль Серикова¦КОСТАНАЙ, 12 мая. /ИА «Степь»/ – В области выбрали акимов."),
    ("kk dateline after a credit", "Сурет: Ерлан Омаров¦АҚТӨБЕ, 3 маусым. – Облыста жаңа мектеп ашылды."),
    # rows of figures glued together, and their heading
    ("rows with units", "Итоги по районам:¦Карасуский район — 3 акима¦Денисовский район — 2 акима¦Житикаринский район — 4 акима"),
    ("rows starting with a number", "Средства по микрорайонам:¦Центр — 210 млн тенге¦5-й микрорайон — 140 млн тенге¦Береке — 95 млн тенге"),
    ("rows of quoted names", "Кандидатов в списках:¦AMANAT — 40¦«Ак жол» — 21¦«Ауыл» — 17"),
    ("kk rows with percents", "Сайлаушылардың қатысуы:¦Жаңақала – 66,1%¦Бөрлі – 58,3%¦Тасқала – 61,0%"),
    ("latin kk rows", "Mandattar bylai bölındı:¦AMANAT – 12 mandat¦«Auyl» – 4 mandat¦Respublica – 2 mandat"),
    ("kk chronology rows", "Негізгі кезеңдер:¦1999 – «Отан» партиясының құрылуы;¦2006 – «Асар» партиясымен бірігуі;¦2022 – AMANAT атауын алуы."),
    ("year rows after a percent", "По годам:¦2021 – 510 акимов, явка 58,1%¦2022 – 190 акимов, явка 44,3%"),
    # a date stamp after a bracket, its time before a quote or a counter
    ("date after a bracket", "Прислать новость: +7 701 555 00 11 (Telegram)¦3 апреля 2024, 10:15¦Маслихат принял бюджет"),
    ("time before a quote", "12 апреля 2024, 09:05¦«Ак жол» провела приём граждан"),
    ("time before a counter", "2024.06.03 | 10:20¦1 215 ret qaraldy"),
    ("time before a time", "Эфир от 03.05.2024, 20:10¦00:00 / 02:31"),
    # an icon glued to a word, a phone number before a sentence
    ("icon after a word", "жаңа саябақ ашылды¦👁 1 302"),
    ("camera icon after a counter", "Көрсетілім саны – 415¦📷 Сессия барысы"),
    ("phone before a preposition", "по телефону: 8 (7162) 40-12-33¦В прошлом месяце обратились 40 человек."),
    # bullets of a related list
    ("unmatched guillemet bullets", "Читайте также¦» Аким района принял фермеров¦» Маслихат утвердил план"),
    ("triangle bullets", "Ещё по теме¦▸ Фракция внесла поправки¦▸ Партия открыла приёмную"),
    ("dash bullets and a footer", "Материалы по теме¦— Маслихаты после реформы¦— Явка на выборах: регионы-лидеры¦PolitMetrics Kazakhstan, 2017–2026"),
    # a credit or caption run into the sentence after it
    ("credit name into an acronym", "Фото: Асхат Мұхамеджан¦AMANAT партиясының кезекті съезі өтті"),
    ("caption into a quote", "Суретте: кездесуге қатысушылар¦«Ауыл» партиясы жиналыс өткізді"),
    ("credit domain into a quote", "Сурет: dalauni.kz¦«Ақ жол» партиясы ұсыныс жасады"),
    ("credit domain into a word", "Сурет: ertismedia.kz¦Павлодар облыстық мәслихаты жиналды"),
    ("share label into Latin names", "Бөлісу:¦Facebook · Telegram"),
    # comment headers: a name and a clock time
    ("comment header after a count", "Обсуждение (2)¦Ержан К. — 14:02¦Хорошо, что открыли."),
    ("kk comment header", "Пікірлер (3)¦Айгүл_Н • 12:05¦Біздің ауылға да келсе екен."),
    ("comment header after a word", "Комментарии читателей¦Гость_21, 18:02¦А где списки?"),
    # Kazakh sentence ends before a name, an acronym, a label with its count
    ("kk verb before an acronym", "шағын бизнеске жеңілдік сұрады¦AMANAT партиясының съезі өтті"),
    ("kk verb before a name", "кездесу өткізді¦Студенттер Мәжіліс депутатына хат жазды"),
    ("kk verb before a label with its count", "бағдарлама қабылданды¦Пікірлер (3)"),
    ("kk word before a name and a verb", "Фото: мұрағаттан¦Нұр Отан партиясы 1999 жылы құрылды"),
    ("latin kk verb before a name", "958 ret qaraldy¦Respublica partiiasy jastar parlamentın ūsyndy"),
    ("latin kk verb before Cyrillic", "812 ret qaraldy¦Қалалық жастар орталығы ашылды"),
    ("latin token before a kk label", "Facebook · Telegram · WhatsApp¦Ұқсас жаңалықтар"),
    # rubrics in capitals, a language switch, a quote closing before a preposition
    ("latin rubric in capitals", "Basty | Jañalyqtar¦SAIASAT¦Respublica partiiasy jastar parlamentın qūrudy ūsyndy"),
    ("language switch", "RU | ҚАЗ¦Партийная трибуна — обозрение"),
    ("a run of capitals between two blocks", "jastardyñ ünı Izdeu¦SAİLAU¦Mäslihat sailauyna alğaş ret dauys berdı"),
    ("quote before a one-letter opener", "Фото пресс-службы партии «Ак жол»¦В Астане прошло заседание"),
    ("percent before a one-letter opener", "Мангистауская область – 41,2%¦В крупных городах явка ниже."),
    ("numbered item after a percent", "снизится с 9 до 23%.¦3. Кандидаты подают документы"),
    ("table rows", "Фракция | Мест | На одного депутата¦AMANAT | 40 | 52,1¦«Ауыл» | 8 | 12,5¦Respublica | 6 | 9,4¦Самой активной оказалась фракция «Ауыл»."),
    ("menu items no list holds", "Басты бет¦Saiasat¦Qoğam¦Sūhbat¦Video¦Kirilşe¦AMANAT partiiasynyñ forumy öttı"),
]

STAY = [
    ("a sentence with dashes and figures", "Он сказал — 5 человек пришли, а потом — 7 ушли."),
    ("a dash between names", "В 2019–2022 годах Нур-Султан – столица, а Алматы – 2 место."),
    ("year ranges in a sentence", "В 2019 – 2022 годах партия росла, а в 2023 – 2024 годах число членов упало."),
    ("one row alone", "В итоге AMANAT — 52 мандата, это больше, чем в прошлый раз."),
    ("a quote closed before a name", "партия «Ак жол» Ерлан Барлыбаев провёл встречу"),
    ("a guillemet inside a sentence", "депутаты «Ауыл» В. Ким и А. Сапаров выступили"),
    ("a school class after a number", "ученики 11А классе и 9Б классе сдали экзамен"),
    ("a score and a time", "счёт 2:1, встреча в 18:30 в Алматы"),
    ("an emoji closing a comment", "спасибо😊 всё понятно"),
    ("a name and a time in a sentence", "встреча в Алматы, 10:00 по местному времени"),
    ("a decimal before a capital", "курс EUR 490,1 и индекс 2,5"),
    ("lower-case run into Latin", "партииAMANAT провела съезд"),
    ("camelcase names", "КазМунайГаз и ҚазМұнайГаз, ЦентрКредит, iPhone"),
    ("a Russian verb before a capital after a space", "Он сказал Марату, что всё готово."),
    ("units in table cells", "Станция | 100МВт | 12,5Мбит/с | 7 |"),
    ("a CamelCase name in a table cell", "Банк | Доля | АО ЦентрКредит | 12,5 |"),
    ("direct speech after its verb", "он сказал— Мы придём"),
    ("a Latin name in a sentence", "депутаты партииNur Otan провели встречу в 2022 году"),
    ("a credit naming a CamelCase agency", "Фото: ҚазАқпаратАстанада жаңа мектеп ашылды"),
    ("a dash between places", "трасса Нур-Султан—Алматы открыта"),
    ("a rates widget", "USD 447,20 | EUR 485,10 | RUB 4,86"),
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
    blocks = row.split("¦")
    lines = "\n".join(blocks)
    joined = "".join(blocks)
    # one line per block: the lines are the units
    assert [u.text for u in units(lines)] == blocks
    # joined with nothing: the step gives the lines back as edits, and is idempotent
    doc = clean(joined, steps=["segment.units"])
    assert doc.text.split("\n") == blocks or (len(blocks) == 2 and doc.text == " ".join(blocks))
    assert replay(doc.input_text, doc.edits) == doc.text
    assert {e.reason for e in doc.edits} <= {"segment.sentence", "segment.word"}
    assert not clean(doc.text, steps=["segment.units"]).edits
    # joined with spaces: no glued junction
    assert [b for b in glued_boundaries(" ".join(blocks)) if b.offset] == []


def test_the_readings_of_latin_kazakh():
    assert latin_kazakh_cyrillic("aitty") == ("айтты",)
    assert "саясат" in latin_kazakh_cyrillic("saiasat")
    assert latin_kazakh_cyrillic("partiiasy") == ("партиясы",)
    assert latin_kazakh_cyrillic("Izdeu")[0] == "іздеу"
    assert latin_kazakh_cyrillic("Respublica") == ()  # "c" is not a letter of the 2021 alphabet
    assert latin_kazakh_word("ūsyndy") and latin_kazakh_word("Bız") and latin_kazakh_word("jastary")
    assert not latin_kazakh_word("Telegram") and not latin_kazakh_word("Instagram") and not latin_kazakh_word("TikTok")


RU_PAGE = ["Погода: −9 °C, облачно", "Новости | Город | Область | Выборы",
           "Прислать новость: +7 701 555 00 11 (Telegram)", "3 апреля 2024, 10:15",
           "Маслихат Костаная утвердил программу ремонта дорог", "Просмотров: 1 204 · Комментариев: 2",
           "Депутаты городского маслихата утвердили программу ремонта дорог на 2024 год.",
           "Распределение средств по районам:", "Центр — 210 млн тенге", "5-й микрорайон — 140 млн тенге",
           "Береке — 95 млн тенге",
           "Работы начнутся в мае, подрядчиков выберут на открытом конкурсе.",
           "Читайте также", "» Аким области встретился с фермерами", "» Депутаты отчитались о работе",
           "Комментарии читателей", "Гость_21, 18:02", "А где списки по сёлам?", "Ответить",
           "© ТОО «Степной вестник», 2010–2024"]
RU_BODY = RU_PAGE[6:12]

KK_PAGE = ["Газетке жазылу | Мұрағат", "Басты | Саясат | Қоғам", "САЯСАТ",
           "Мәжіліс депутаттары ауыл тұрғындарымен кездесті", "05 наурыз, 2024 • 09:40", "👁 2 318",
           "Мәжіліс депутаттары өңірлік апта аясында тұрғындармен кездесіп, заң жобаларын түсіндірді.",
           "Сайлаушылардың қатысуы:", "Жаңақала – 66,1%", "Бөрлі – 58,3%", "Тасқала – 61,0%",
           "Кездесуде айтылған ұсыныстар жалпы отырыста талқыланады.",
           "Бөлісу: Facebook · Telegram · WhatsApp", "Ұқсас жаңалықтар",
           "«Ақ жол» партиясы шағын бизнеске жеңілдік сұрады",
           "AMANAT партиясының съезінде жаңа бағдарлама қабылданды",
           "Пікірлер (2)", "Айгүл_Н • 12:05", "Біздің ауылға да келсе екен.",
           "© «Дала жаршысы», 1995–2024"]
KK_BODY = KK_PAGE[6:12]


@pytest.mark.parametrize("page,body,title", [(RU_PAGE, RU_BODY, RU_PAGE[4]), (KK_PAGE, KK_BODY, KK_PAGE[3])],
                         ids=["ru", "kk"])
@pytest.mark.parametrize("shape", ["lines", "joined", "jsonl"])
def test_a_page_keeps_its_body_title_and_date_in_every_shape(page, body, title, shape, tmp_path):
    text = "\n".join(page) if shape == "lines" else "".join(page)
    if shape == "jsonl":  # a scraper's JSONL record whose text field holds the page joined with nothing
        path = tmp_path / "page.jsonl"
        path.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
        doc = clean(path)
    else:
        doc = clean(text)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["title"] == title
    assert doc.meta["published"] and doc.meta["published"].startswith("2024-0")
    paragraphs = doc.text.split("\n\n")
    for sentence in body:
        assert sentence in paragraphs  # each body block is a paragraph of its own
    for furniture in ("Прислать новость", "Аким области встретился", "Гость_21", "Ұқсас жаңалықтар",
                      "Айгүл_Н", "съезінде жаңа бағдарлама"):
        assert furniture not in doc.text
