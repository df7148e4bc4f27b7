"""Russian repair, round 6 (issue 12): damage on clean software text (notation separators,
Latin I in Russian words, placeholders, table headers, a word cut short) and two slips
(a doubled letter that may be a lost one, a rare dictionary form a lost letter from a
common word).

Every sentence here is written for these tests (no seed, test-data, catalogue or
held-out text).  Each group has rows that must change beside rows of the same shape that
must stay, in each shape a scraper writes (one line per block, joined with nothing,
joined with spaces, a JSONL field).
"""

from __future__ import annotations

import json

import pytest

from corpusclean import Pipeline, replay
from corpusclean.document import Document
from corpusclean.edits import sequential_edits
from corpusclean.repair.context import Context
from corpusclean.repair.glued import glued_changes
from corpusclean.repair.homoglyphs import homoglyph_changes
from corpusclean.repair.spacing import spacing_changes
from corpusclean.repair.typos import correct, correct_rare_form, typo_changes

REPAIR_STEPS = ["repair.homoglyphs", "repair.spacing", "repair.glued", "repair.typos"]


def run(func, text: str) -> str:
    doc = Document(text)
    doc.meta["lang"] = "ru"
    return sequential_edits(text, func(text, Context(text, doc)), "test", "test")[0]


def shapes(block_a: str, block_b: str) -> list[str]:
    """The two blocks as a scraper writes them: one line each, joined with nothing,
    joined with a space."""
    return [block_a + "\n" + block_b, block_a + block_b, block_a + " " + block_b]


# --- repair.spacing: notation separators ---------------------------------------------

SPACING_STAYS = [
    "музыка;видео;плеер;",                                   # a keyword list, closed by ;
    "Ключи: окно;панель;меню",                                # two semicolons in one token
    "  --skip-items пункт,пункт,…   пропустить пункты",       # a syntax pattern
    "  --only-tags тег,тег,...   только теги",
    "состояние места занят:незанят",                        # words that repeat each other
    "Задайте ширину как мин,минимум",
    "Формат строки «#: путь:номер» в выводе",                 # a colon in a short quotation
    'Список "ключ:значение", разделённый запятыми',
]

SPACING_CHANGES = [
    ("Мы обсудили рост,развитие и планы.", "рост, развитие"),  # one comma, prose
    ("Он сказал:завтра начнём работу.", "сказал: завтра"),
    ("Темы встречи:экономика,культура,спорт", "экономика, культура, спорт"),  # commas glued in prose
    ("Лозунг «Мир,труд» висел на стене.", "«Мир, труд»"),    # a comma in a quotation is a slip
    ("«Мы решили:завтра начнём работу всей командой»", "решили: завтра"),  # a long quotation
    ("Прошёл дождь;потом выглянуло солнце.", "дождь; потом"),  # one semicolon
    ("Они пришли,а мы ушли.", "пришли, а мы"),
    ("Купили станков,прессов, и кранов.", "станков, прессов, и"),  # a final comma is the sentence's
    ("Сначала дождь;потом; и снег.", "дождь; потом;"),
]


@pytest.mark.parametrize("text", SPACING_STAYS)
def test_notation_separators_stay(text):
    assert run(spacing_changes, text) == text


@pytest.mark.parametrize("text,fragment", SPACING_CHANGES)
def test_prose_separators_get_their_space(text, fragment):
    assert fragment in run(spacing_changes, text)


# --- repair.homoglyphs: Latin I in Russian lines, placeholders -------------------------

HOMOGLYPH_STAYS = [
    "ГОТОВ\nIЗанято\nIСвободно",          # a Latin marker glued to Russian words
    "Выбрано: IВсего IОсталось",
    "сохранить в файлы ИМЯaa, ИМЯab и далее",  # a placeholder with a Latin suffix
    "ШАБЛОНxy задаёт имя",
]

HOMOGLYPH_CHANGES = [
    ("Бүгін Iшкі істер министрі келді.", "Ішкі"),   # a Kazakh line: Latin I is і
    ("Ардагерлердi құттықтады.", "Ардагерлерді"),
    ("Члены пaртии собрались.", "партии"),            # a Latin a in a Russian word
    ("Cписок кандидатов готов.", "Список"),          # a capital look-alike opening a word
    ("Столица МОСКВA приняла гостей.", "МОСКВА"),     # capitals, one Latin
]


@pytest.mark.parametrize("text", HOMOGLYPH_STAYS)
def test_latin_i_and_placeholders_stay(text):
    assert run(homoglyph_changes, text) == text


@pytest.mark.parametrize("text,fragment", HOMOGLYPH_CHANGES)
def test_look_alikes_still_fold(text, fragment):
    assert fragment in run(homoglyph_changes, text)


# --- repair.glued: table headers, a word cut short -------------------------------------

GLUED_STAYS = [
    "Поля: Код Адрес ТипПоля ДлинЗап Код Адрес Тип",   # a header of labels, no prose
    "Колонки\nНомер ИмяФайла Размер Дата",
    "Включе ли звук при запуске?",                      # "Включен" cut short, not "В ключе"
    "Отключе ли экран ночью?",
]

GLUED_CHANGES = [
    ("Вчера ЧжанМин посетил столицу.", "Чжан Мин посетил"),   # CamelCase in prose
    ("Глава встретился с ЧжанМин вчера.", "с Чжан Мин вчера"),
    ("Вгороде открыли новую школу.", "В городе открыли"),      # a capital preposition still splits
    ("Вшколе начались занятия.", "В школе начались"),
]


@pytest.mark.parametrize("text", GLUED_STAYS)
def test_headers_and_cut_words_stay(text):
    assert run(glued_changes, text) == text


@pytest.mark.parametrize("text,fragment", GLUED_CHANGES)
def test_camelcase_in_prose_and_prepositions_split(text, fragment):
    assert fragment in run(glued_changes, text)


# --- repair.typos: a doubled letter or a lost one; rare forms --------------------------

def test_doubled_or_lost_letter_between_equal_letters_is_left():
    assert correct("частоо") is None      # часто or частого: the page does not tell
    assert correct("колличество") == "количество"   # a doubled letter with no rival
    assert correct("помагают") == "помогают"


def test_rare_form_a_lost_letter_from_a_listed_word():
    assert correct_rare_form("возращены") == "возвращены"
    assert correct_rare_form("возращена") == "возвращена"
    assert "возвращены владельцам" in run(typo_changes, "Документы были возращены владельцам.")


@pytest.mark.parametrize("word", ["возрастить", "прорастить", "сообщение", "возвращены",
                                  "балийский", "однородно", "попускаю"])  # rare words, no participles
def test_known_and_listed_words_stay(word):
    assert correct_rare_form(word) is None
    assert run(typo_changes, f"Слово {word} стоит здесь.") == f"Слово {word} стоит здесь."


# --- whole pipeline, every shape ------------------------------------------------------

PAGE_A = "Ключи: окно;панель;меню."
PAGE_B = "Документы были возращены владельцам,а дело закрыто."


@pytest.mark.parametrize("text", shapes(PAGE_A, PAGE_B))
def test_pipeline_shapes_replay_and_settle(text):
    doc = Pipeline(REPAIR_STEPS).process_text(text)
    out = doc.text
    assert "окно;панель;меню" in out
    assert "возвращены" in out and "владельцам, а" in out
    assert replay(text, doc.to_record()["edits"]) == out
    assert Pipeline(REPAIR_STEPS).process_text(out).text == out


def test_jsonl_field():
    line = json.dumps({"text": PAGE_A + "\n" + PAGE_B}, ensure_ascii=False)
    text = json.loads(line)["text"]
    out = Pipeline(REPAIR_STEPS).process_text(text).text
    assert "окно;панель;меню" in out and "возвращены" in out


# --- repair.typos: rarer forms of one lemma, settled by the word before -----------------

RARE_TIES = [
    ("Договор упрощат обмен сведениями.", "Договор упрощает обмен"),   # a subject noun: 3rd person
    ("Они решили упрощат порядок.", "решили упрощать порядок"),        # after a verb: the infinitive
]

RARE_TIES_STAY = [
    "Новые правила упрощат обмен.",   # правила: a noun or a verb, so nothing decides
    "Чтобы упрощат обмен, нужно время.",
    "упрощат",
]


@pytest.mark.parametrize("text,fragment", RARE_TIES)
def test_rare_forms_of_one_lemma_settled_by_the_word_before(text, fragment):
    assert fragment in run(typo_changes, text)


@pytest.mark.parametrize("text", RARE_TIES_STAY)
def test_rare_forms_left_when_the_word_before_is_ambiguous(text):
    assert run(typo_changes, text) == text
