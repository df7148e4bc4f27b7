"""One page in every shape a scraper writes: furniture goes, content stays, replay holds.

Two pages written for these tests (Russian and Kazakh; invented names and places), each
with furniture at the top, in the middle (a photo credit, a "read also" link) and at the
end (a promo, tags, a comment section with reply buttons and vote counts), and content
that looks like furniture (a greeting, a row of figures under a heading, a sentence that
mentions Telegram).  Each page is fed as one line per block, blank-line paragraphs, with
\\r\\n, joined into one line with nothing between its blocks, joined with spaces, and as
the body field of a JSONL record.
"""

from __future__ import annotations

import json

import pytest

from corpusclean.config import DEFAULT_STEPS
from corpusclean.edits import replay
from corpusclean.pipeline import Pipeline

PAGE_STEPS = [s for s in DEFAULT_STEPS if s.startswith(("unicode.", "space.normalize", "segment.", "boilerplate.", "metadata."))]
STEPS = [*PAGE_STEPS, "space.paragraphs"]

RU = {
    "title": "Маслихат Кокшетау утвердил программу ремонта дворов",
    "published": "2024-05-14T11:20",
    "blocks": [
        ("go", "Главная Новости Политика Экономика Общество Спорт"),
        ("go", "Общество"),
        ("title", "Маслихат Кокшетау утвердил программу ремонта дворов"),
        ("go", "14.05.2024, 11:20"),
        ("keep", "Депутаты городского маслихата на очередной сессии утвердили программу ремонта дворов на ближайшие три года."),
        ("go", "Фото: пресс-служба маслихата"),
        ("keep", "Уважаемые жители!"),
        ("keep", "Программа охватывает сорок два двора в пяти микрорайонах города, сообщил секретарь маслихата Ерлан Сагындыков."),
        ("go", "Читайте также: В Кокшетау открыли новую библиотеку"),
        ("keep", "Количество дворов по районам:"),
        ("keep", "в микрорайоне Центральный - 14,"),
        ("keep", "в микрорайоне Сарыарка - 11,"),
        ("keep", "Жители смогут следить за ходом работ в Telegram-канале акимата, где будут публиковать фотографии объектов."),
        ("keep", "Первые работы начнутся уже в июне, а завершить программу планируют к осени следующего года."),
        ("go", "Подписывайтесь на наш Telegram-канал"),
        ("go", "Теги: маслихат, Кокшетау, благоустройство"),
        ("go", "Комментарии (2)"),
        ("go", "Асель » Ерлан 32 минуты назад"),
        ("go", "Наконец-то дошли руки до нашего двора"),
        ("go", "Ответить -1 (всего 1)"),
    ],
}

KK = {
    "title": "Қостанайда жаңа балабақша ашылды",
    "published": "2024-09-02T10:15",
    "blocks": [
        ("go", "Басты бет Жаңалықтар Саясат Қоғам Спорт"),
        ("title", "Қостанайда жаңа балабақша ашылды"),
        ("go", "02.09.2024, 10:15"),
        ("keep", "Қала әкімдігі биыл үш жүз орындық жаңа балабақшаны пайдалануға берді, деп хабарлады әкімдіктің өкілі."),
        ("go", "Сурет: әкімдіктің баспасөз қызметі"),
        ("keep", "Құрметті ата-аналар!"),
        ("keep", "Балабақшада он екі топ жұмыс істейді, олардың екеуі ерекше білім беру қажеттілігі бар балаларға арналған."),
        ("go", "Тағы оқыңыз: Қостанайда жаңа мектеп салынады"),
        ("keep", "Құрылысқа жергілікті бюджеттен қаражат бөлінді, жұмыс екі жылға созылды, деп атап өтті әкім."),
        ("keep", "Ата-аналар кезек туралы ақпаратты Telegram-арнадан және әкімдіктің сайтынан біле алады."),
        ("go", "Біздің Telegram-арнаға жазылыңыз"),
        ("go", "Тегтер: балабақша, Қостанай"),
        ("go", "Пікірлер (1)"),
        ("go", "Дана 2 сағат бұрын"),
        ("go", "Жақсы жаңалық екен"),
        ("go", "Жауап беру +2"),
    ],
}

GLUE = {"lines": "\n", "blank lines": "\n\n", "crlf": "\r\n", "joined": "", "spaced": " "}
PAGES = {"ru": RU, "kk": KK}


def clean_page(page: dict, shape: str):
    blocks = [text for _, text in page["blocks"]]
    if shape == "jsonl":
        raw = json.dumps({"body": "".join(blocks), "id": 1}, ensure_ascii=False) + "\n"
        docs = list(Pipeline(STEPS, text_key="body").run([raw.encode()]))
        assert len(docs) == 1
        return docs[0]
    return Pipeline(STEPS).process_text(GLUE[shape].join(blocks))


CASES = [(lang, shape) for lang in PAGES for shape in [*GLUE, "jsonl"]]


@pytest.mark.parametrize("lang,shape", CASES, ids=[f"{lang}-{shape}" for lang, shape in CASES])
def test_furniture_goes_content_stays(lang, shape):
    page = PAGES[lang]
    doc = clean_page(page, shape)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta.get("title") == page["title"]
    assert doc.meta.get("published") == page["published"]
    for verdict, block in page["blocks"]:
        if verdict == "keep":
            assert block in doc.text, block
        elif verdict == "go":
            assert block not in doc.text, block
    assert page["title"] not in doc.text  # lifted out, not left behind as a duplicate


@pytest.mark.parametrize("lang", PAGES)
def test_one_line_per_block_keeps_its_paragraphs(lang):
    page = PAGES[lang]
    doc = clean_page(page, "lines")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs == [block for verdict, block in page["blocks"] if verdict == "keep"]


@pytest.mark.parametrize("lang", PAGES)
def test_joined_page_is_cut_back_into_its_blocks(lang):
    """Joined with nothing, the glued boundaries give the blocks back as lines."""
    page = PAGES[lang]
    doc = Pipeline(["segment.units"]).process_text("".join(text for _, text in page["blocks"]))
    lines = doc.text.split("\n")
    # (rows of a list glued after a colon or comma to a lower-case word give no evidence)
    keep = [block for verdict, block in page["blocks"] if verdict == "keep" and not block.endswith((",", ":"))]
    for block in keep:
        assert block in lines, block
