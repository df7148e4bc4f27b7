"""Learned furniture: units, groups, thresholds and the content that must stay."""

from __future__ import annotations

import pytest

from corpusclean.config import Config
from corpusclean.document import Document
from corpusclean.edits import replay
from corpusclean.furniture import (MIN_DOCUMENTS, MIN_SHARE, FurnitureLearner, group_key, is_candidate, learn_model,
                                   pipeline_with_model, text_units)

B = ["Депутаты городского маслихата утвердили план развития общественного транспорта на {n} лет вперед.",
     "Особое внимание уделили строительству {n} новых остановок в спальных районах города.",
     "Жителям пообещали, что первые автобусы на новых маршрутах выйдут к {n} сентября."]
KK = ["Облыс әкімі жаңа аурухананың құрылысы {n} айда аяқталатынын айтты.",
      "Ауданда {n} мектеп күрделі жөндеуден өтіп, оқушыларды қабылдауға дайын."]
PROMO = "Наш ночной дайджест приходит в мессенджер до полуночи, включите уведомления."
PROMO_KK = "Түнгі шолуымызды алу үшін хабарландыруларды қосыңыз."
STEPS = ["unicode.ftfy", "space.normalize", "metadata.front_matter", "boilerplate.repeated", "space.paragraphs"]


def page(n: int, extra: list[str] = (), shape: str = "lines") -> str:
    blocks = [s.format(n=n + 2) for s in B] + [s.format(n=n + 3) for s in KK] + list(extra)
    return {"lines": "\n".join(blocks), "joined": "".join(blocks), "spaced": " ".join(blocks),
            "paragraphs": "\n\n".join(blocks)}[shape]


def docs(texts, folder="site"):
    return [Document(t, source={"path": f"{folder}/p{i:02d}.txt", "kind": "txt"}) for i, t in enumerate(texts)]


def clean_all(texts, model, steps=STEPS):
    pipeline = pipeline_with_model(model, Config(steps=steps))
    out = []
    for d in docs(texts):
        pipeline.process(d)
        assert d.rejection is None, d.rejection
        assert replay(d.input_text, d.edits) == d.text
        out.append(d)
    return out


@pytest.mark.parametrize("shape", ["lines", "joined", "spaced", "paragraphs"])
def test_furniture_in_the_middle_and_at_the_end_goes_as_a_span(shape):
    # Russian and Kazakh promo, one in the middle of the page and one at its end
    texts = [page(n, [PROMO], shape).replace(KK[0].format(n=n + 3), PROMO_KK + ("" if shape == "joined" else " ")
                                             + KK[0].format(n=n + 3)) for n in range(12)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    (group,) = model.groups.values()
    assert group["documents"] == 12
    cleaned = clean_all(texts, model)
    for n, d in enumerate(cleaned):
        assert "дайджест" not in d.text and "Түнгі шолуымызды" not in d.text, d.text
        for s in B:
            assert s.format(n=n + 2) in d.text
        for s in KK:
            assert s.format(n=n + 3) in d.text
        assert all(e.reason == "boilerplate.repeated" for e in d.edits if e.step == "boilerplate.repeated")
        # idempotent: the cleaned page does not change again
        again = pipeline_with_model(model, Config(steps=STEPS)).process(Document(d.text, source=d.source))
        assert again.text == d.text


@pytest.mark.parametrize("shape", ["lines", "paragraphs"])
def test_short_repeated_lines_and_a_repeated_quote_stay(shape):
    quote = "«Партия — это прежде всего люди»"
    texts = [page(n, ["Напомним,", quote, "В городе Нур-Султан - 62,", PROMO], shape) for n in range(15)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    learned = set(next(iter(model.groups.values()))["furniture"])
    assert learned == {"наш ночной дайджест приходит в мессенджер до полуночи, включите уведомления"}
    for d in clean_all(texts, model):
        assert quote in d.text and "Напомним," in d.text and "Нур-Султан - 62," in d.text


@pytest.mark.parametrize("shape", ["joined", "spaced"])
def test_a_repeated_quote_inside_a_one_line_dump_stays(shape):
    quote = "«Партия — это прежде всего люди»."
    texts = [page(n, [quote, PROMO], shape) for n in range(15)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    assert len(next(iter(model.groups.values()))["furniture"]) == 1
    for d in clean_all(texts, model):
        assert quote in d.text and "дайджест" not in d.text


def test_share_and_count_thresholds():
    background = "Напомним, реконструкция набережной началась прошлой весной и идет с опозданием."
    # in fewer than MIN_SHARE of the group's pages: content shared by a few articles, stays
    few = int(MIN_SHARE * 22) - 1
    texts = [page(n, [background] if n < few else []) for n in range(22)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    assert next(iter(model.groups.values()))["furniture"] == {}
    # on every page of a group smaller than MIN_DOCUMENTS: too little evidence, stays
    texts = [page(n, [PROMO]) for n in range(MIN_DOCUMENTS - 1)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    assert next(iter(model.groups.values()))["furniture"] == {}
    # at the share and the count: furniture
    texts = [page(n, [PROMO] if n < MIN_DOCUMENTS else []) for n in range(MIN_DOCUMENTS)]
    assert next(iter(learn_model(docs(texts), Config(steps=STEPS)).groups.values()))["furniture"]


def test_groups_are_learned_apart():
    a = [page(n, [PROMO]) for n in range(8)]
    b = [page(n + 50) for n in range(8)]
    learner = FurnitureLearner()
    for t in a:
        learner.add("folder:a", t)
    for t in b:
        learner.add("folder:b", t)
    model = learner.model()
    assert model.groups["folder:b"]["furniture"] == {}
    assert len(model.groups["folder:a"]["furniture"]) == 1
    # the promo learned on site a stays on site b; a page of an unknown group gets every group's
    assert model.furniture_hashes("folder:b") == frozenset()
    assert model.furniture_hashes(None) == model.furniture_hashes("folder:unknown") == model.furniture_hashes("folder:a")


@pytest.mark.parametrize("meta,metadata,source,expected", [
    ({"url": "https://www.Site.kz/a/1"}, {"site": "X"}, {"path": "f.jsonl", "line": 3}, "host:site.kz"),
    ({}, {}, {"url": "http://news.example.org:8080/x", "path": "f.jsonl", "line": 1}, "host:news.example.org"),
    ({"site": "Дала  Үні"}, {}, {"path": "d/a.txt", "kind": "txt"}, "site:дала үні"),
    ({}, {"site": "Upstream"}, {"path": "scrape.jsonl", "line": 2, "kind": "jsonl"}, "site:upstream"),
    ({}, {}, {"path": "scrape.jsonl", "line": 2, "kind": "jsonl"}, "file:scrape.jsonl"),
    ({}, {}, {"path": "dumps/site_b/page.html", "kind": "html"}, "folder:dumps/site_b"),
    ({}, {}, {"path": "<stdin>", "kind": "txt"}, None),
    ({"url": "not a url"}, {}, {}, None),
])
def test_group_order(meta, metadata, source, expected):
    assert group_key(meta, metadata, source) == expected


@pytest.mark.parametrize("text,units", [
    ("Одно. Два!\nТри", ["Одно.", "Два!", "Три"]),
    ("контроле.\"Сейчас все\" сказал он.«Да» Бозумбаев.Заместитель", ["контроле.", "\"Сейчас все\" сказал он.", "«Да» Бозумбаев.", "Заместитель"]),
    ("А.Лукашенко и Н. Назарбаев встретились.", ["А.Лукашенко и Н. Назарбаев встретились."]),
    ("Счет 2.5 процента и 1:0.Добавьте", ["Счет 2.5 процента и 1:0.", "Добавьте"]),
    ("  \n\n  Строка с пробелами  \n", ["Строка с пробелами"]),
])
def test_units(text, units):
    found = text_units(text)
    assert [u.text for u in found] == units
    assert all(text[u.start:u.end] == u.text for u in found)


@pytest.mark.parametrize("text,ok", [
    ("Напомним,", False), ("«Партия — это прежде всего люди»", False), ("в городе Нур-Султан - 62,", False),
    ("12:30", False), ("Подписывайтесь на «Хабар 24» в мессенджере", True), ("Жарнама", True),
    (" ".join(["сөз"] * 41), False),
])
def test_content_guards(text, ok):
    assert is_candidate(text) is ok


def test_metadata_lines_stay_for_the_metadata_steps():
    # a tags label and a source line on every page: repeated, but the metadata steps read them
    from corpusclean.config import DEFAULT_STEPS

    steps = [s for s in DEFAULT_STEPS if not s.startswith(("repair.", "parties."))]
    texts = [f"Маслихат обсудил транспорт номер {n}\n{page(n)}\nТеги: транспорт, маслихат\n{PROMO}" for n in range(10)]
    model = learn_model(docs(texts), Config(steps=steps, dedup="off"))
    for d in clean_all(texts, model, steps):
        assert d.meta["tags"] == ["транспорт", "маслихат"]
        assert "дайджест" not in d.text


MENU = "Бастысы Өңірлер Тұлғалар Сұхбаттар Мұрағат"
TITLES = ["Маслихат утвердил бюджет района на {n} год", "Жители села просят отремонтировать дорогу {n}",
          "Аким встретился с ветеранами района в {n} раз", "Новая школа откроется к сентябрю {n} года"]


def spaced_page(n: int, opening: str = "") -> str:
    body = " ".join([s.format(n=n + 2) for s in B] + [s.format(n=n + 3) for s in KK] * 4)
    return " ".join(x for x in (MENU, TITLES[n % 4].format(n=n + 2000), opening, body) if x) + "\n"


def test_a_menu_joined_with_spaces_to_the_headline_goes():
    texts = [spaced_page(n) for n in range(12)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    (group,) = model.groups.values()
    learned = list(group["openings"]) + list(group["furniture"])
    assert any(k.startswith("бастысы өңірлер тұлғалар") for k in learned), group
    for n, d in enumerate(clean_all(texts, model)):
        assert d.text.startswith(TITLES[n % 4].format(n=n + 2000) + " "), d.text[:80]


def test_a_repeated_opening_followed_by_varied_words_stays():
    # paragraphs that open with the head of state's name on most of a site's pages are content
    lead = "Мемлекет басшысы Қасым-Жомарт Тоқаев"
    verbs = ["жарлыққа қол қойды.", "Ақорда да кеңес өткізді.", "халыққа үндеу жолдады.", "шетелдік қонақты қабылдады."]
    texts = [f"{lead} {verbs[n % 4]} " + page(n, shape="spaced") * 3 for n in range(12)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    assert next(iter(model.groups.values()))["openings"] == {}
    for d in clean_all(texts, model):
        assert d.text.startswith(lead)


def test_random_pages_never_fail_and_always_replay():
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = [PROMO, PROMO_KK, MENU, "Фото: редакция", "Напомним,", "«Цитата дня»", *B, *KK, "12", "Теги: a, b"]
    glue = st.sampled_from(["\n", "", " ", "\n\n", ". "])
    page_st = st.lists(st.tuples(st.sampled_from(pieces), glue), min_size=1, max_size=12)
    texts = ["".join(p + g for p, g in rows).format(n=i) for i, rows in enumerate(
        [[(PROMO, "\n"), (B[0], " "), (MENU, " "), (PROMO_KK, "")]] * 6)]
    model = learn_model(docs(texts), Config(steps=STEPS))
    pipeline = pipeline_with_model(model, Config(steps=STEPS))

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(page_st)
    def check(rows):
        text = "".join(p.replace("{n}", "7") + g for p, g in rows)
        d = pipeline.process(Document(text, source={"path": "site/x.txt", "kind": "txt"}))
        if d.rejection is not None:
            assert d.rejection.code == "content.empty", d.rejection
            return
        assert replay(d.input_text, d.edits) == d.text
        again = pipeline.process(Document(d.text, source={"path": "site/x.txt", "kind": "txt"}))
        assert again.text == d.text

    check()
