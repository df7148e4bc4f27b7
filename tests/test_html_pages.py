"""HTML pages from sites we have not seen: decoding, extraction, metadata, cleaning.

The pages under tests/data/html/ were written for these tests (own writing; see
tests/html_pages.py): eight site templates in Russian and Kazakh with header menus,
breadcrumbs, <time> and og:/article: meta, JSON-LD, bylines, share buttons, related lists
inside the article container, tags, figcaptions, YouTube iframes, comments, cookie banners
and footers; one page in windows-1251 declared with <meta charset>, one declared only in
http-equiv, one of about 2 MB, one with broken markup.  Each has a JSON gold: title,
published, site, snippets that must stay and snippets that must go.
"""

from __future__ import annotations

import codecs
import hashlib

import pytest

from corpusclean.edits import replay
from corpusclean.inputs import decode_bytes, declared_charset, documents_from_bytes
from corpusclean.pipeline import Pipeline, clean

from html_pages import LARGE_NAME, build_large_page, gold, page_bytes, page_names

# The steps of the boilerplate-and-metadata issue (as in test_layouts.py), so these
# expectations do not move when language, repair or party steps change.
TEXT_STEPS = ["unicode.ftfy", "space.normalize", "metadata.front_matter", "boilerplate.inline", "boilerplate.lines",
              "boilerplate.duplicates", "metadata.date", "metadata.rubric", "metadata.site", "metadata.title",
              "metadata.tags", "metadata.attribution", "space.paragraphs"]
NAMES = page_names()


@pytest.fixture(scope="module")
def cleaned() -> dict:
    pipeline = Pipeline(TEXT_STEPS)
    return {name: pipeline.process_text(page_bytes(name), source={"path": f"tests/data/html/{name}"}) for name in NAMES}


def test_the_page_set_covers_the_templates_asked_for():
    assert len(NAMES) >= 8
    assert any(n.endswith("_kk.html") or "_kk_" in n for n in NAMES) and any("_ru" in n for n in NAMES)
    assert b'<meta charset="windows-1251">' in page_bytes("party_ru_cp1251.html")
    raw = page_bytes("aggregator_ru_httpequiv.html")
    assert b"http-equiv" in raw and b"<meta charset" not in raw
    assert len(build_large_page()) > 1_900_000


@pytest.mark.parametrize("name", NAMES)
def test_page_provenance_and_replay(cleaned, name):
    import trafilatura

    doc = cleaned[name]
    raw = page_bytes(name)
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.source["input"] == "html-extracted"
    assert doc.source["extractor"] == {"name": "trafilatura", "version": trafilatura.__version__}
    assert doc.source["sha256"] == hashlib.sha256(raw).hexdigest() and doc.source["bytes"] == len(raw)
    assert doc.source["encoding"] == gold(name).get("encoding", "utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_page_metadata(cleaned, name):
    doc, exp = cleaned[name], gold(name)
    for key in ("title", "published", "site"):
        if key in exp:
            assert doc.meta.get(key) == exp[key], key
    # the headline is metadata, not the first paragraph
    assert doc.text.split("\n\n")[0] != exp["title"]
    assert exp["title"] not in doc.text.split("\n\n")


@pytest.mark.parametrize("name", NAMES)
def test_page_content_stays_and_furniture_goes(cleaned, name):
    doc, exp = cleaned[name], gold(name)
    paragraphs = doc.text.split("\n\n")
    for snippet in exp["keep"]:
        assert snippet in doc.text, f"lost: {snippet!r}"
    for paragraph in exp.get("paragraphs", ()):
        assert paragraph in paragraphs, f"not a paragraph of its own: {paragraph!r}"
    for snippet in exp["drop"]:
        assert snippet not in doc.text, f"left in: {snippet!r}"


def test_data_tables_reach_the_text_steps(cleaned):
    """A results table stays a table for trafilatura (one "| a | b |" line per row) ..."""
    doc = cleaned["portal_kk_jsonld.html"]
    for row in gold("portal_kk_jsonld.html")["table_rows"]:
        assert row in doc.input_text.split("\n") or row + " " in doc.input_text.split("\n")


def test_data_tables_survive_the_text_steps(cleaned):
    """... and survive the text steps: a table row is content, not a menu line."""
    doc = cleaned["portal_kk_jsonld.html"]
    for row in gold("portal_kk_jsonld.html")["table_rows"]:
        cells = [c.strip() for c in row.strip("| ").split("|")]
        assert all(c in doc.text for c in cells), row


@pytest.mark.parametrize("markup,unwrapped", [
    ("<table><tr><td><p>Абзац статьи.</p><p>Второй абзац.</p></td></tr></table>", 1),
    ("<table><tr><td>Меню</td></tr><tr><td><div>Статья</div></td></tr></table>", 1),
    ("<table><tr><td>Отчет запланирован на декабрь.</td></tr></table>", 1),  # one column
    ("<table><tr><th>Округ</th><th>Голоса</th></tr><tr><td>Северный</td><td>1 204</td></tr></table>", 0),
    ("<table><tr><td><b>Явка</b></td><td>61,2 %</td></tr></table>", 0),
    # a layout table around a data table: the outer one goes, the inner one stays
    ("<table><tr><td><p>Итоги:</p><table><tr><td>А</td><td>1</td></tr></table></td></tr></table>", 1),
])
def test_which_tables_are_layout(markup, unwrapped):
    from trafilatura.utils import load_html

    from corpusclean.extract import unwrap_layout_tables

    tree = load_html(f"<html><body><div>{markup}</div><div>подвал</div></body></html>")
    assert unwrap_layout_tables(tree) == unwrapped
    assert len(list(tree.iter("table"))) == markup.count("<table>") - unwrapped


def test_layout_tables_are_read_as_paragraphs():
    """An old site laid out with <table>: without unwrapping, trafilatura returns the whole
    cell (menu, breadcrumbs, title, article, signature) as one '| ... |' line."""
    doc = Pipeline(["space.normalize"]).process_text(page_bytes("party_ru_cp1251.html"))
    lines = doc.input_text.split("\n")
    assert "Участники обсудили три вопроса:" in lines
    assert not any(line.startswith("|") for line in lines)


@pytest.mark.parametrize("name", NAMES)
def test_default_pipeline_replays(name, record_validator):
    doc = clean(page_bytes(name), source={"path": name})
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    record = doc.to_record()
    record_validator.validate(record)
    assert record["title"] == gold(name)["title"]
    assert record["published"] == gold(name)["published"]


def test_large_page_is_cleaned_by_the_text_steps():
    # How long it takes is measured in benchmarks/scaling.py, never asserted here.
    doc = Pipeline(TEXT_STEPS).process_text(build_large_page(), source={"path": LARGE_NAME})
    assert doc.rejection is None
    assert "Пользователь 1500" not in doc.text and "№1500" not in doc.text


# --- nothing on stdout/stderr, whatever the markup ----------------------------------------

BAD_MARKUP = [
    ("broken page", None),
    ("unclosed everything", "<html><head><title>Сессия маслихата<body><div><p>Депутаты маслихата обсудили бюджет района на следующий год и утвердили поправки.<p>Второй абзац текста <b><i>без закрытия"),
    ("stray closing tags", "</div></span></p><html></body><p>Аким района встретился с жителями села и ответил на вопросы о ремонте дорог.</p></td></tr></table></html></html>"),
    ("bad entities and attributes", '<html><body><p class="a" class="b" =x>Выборы &nbspв &#xZZZ; маслихат &bogus; прошли &#99999999; спокойно, явка составила 61 процент.</p></body></html>'),
    ("xml declaration with other encoding", '<?xml version="1.0" encoding="windows-1251"?><html><body><article><p>Мажилис одобрил законопроект о местном самоуправлении в первом чтении.</p></article></body></html>'),
    ("only a fragment", "<p>Коротко</p>"),
    ("script and style only", "<html><head><style>p{}</style></head><body><script>if (a<b) {}</script></body></html>"),
    ("svg and math soup", '<html><body><svg><g><path d="M0 0"/></svg><math><mi>x</mi></math><p>Депутаты сената поддержали закон о выборах, поправки вступят в силу летом.</p></body></html>'),
]


@pytest.mark.parametrize("label,html", BAD_MARKUP, ids=[b[0] for b in BAD_MARKUP])
def test_bad_markup_prints_nothing(capfd, label, html):
    raw = page_bytes("broken_ru.html") if html is None else html.encode("utf-8")
    capfd.readouterr()
    docs = list(documents_from_bytes(raw, {"path": "x.html"}))
    for doc in docs:
        Pipeline().process(doc)
        if doc.rejection is None:
            assert replay(doc.input_text, doc.edits) == doc.text
        else:
            assert doc.rejection.code.startswith(("html.", "content.", "input.", "lang.")), doc.rejection
    out, err = capfd.readouterr()
    assert out == "" and err == "", (out, err)


# --- charsets -------------------------------------------------------------------------------

RU = "Маслихат утвердил бюджет района: «доходы выросли на 12%» — сообщили в акимате."
RU_PLAIN = "Маслихат утвердил бюджет района, доходы выросли на 12 процентов, сообщили в акимате."
KK = "Мәслихат аудан бюджетін бекітті, әкімдік қаржы бөлуге уәде берді. Ғимарат құрылысы жалғасуда."


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>Сессия</title></head><body><article><p>{body}</p><p>{body}</p></article></body></html>"


CHARSETS = [
    # (label, raw bytes, encoding recorded, text that must come out)
    ("meta charset windows-1251", page(RU, '<meta charset="windows-1251">').encode("cp1251"), "cp1251", RU),
    ("http-equiv windows-1251", page(RU, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">').encode("cp1251"), "cp1251", RU),
    ("no declaration, cp1251 bytes", page(RU).encode("cp1251"), None, RU),
    ("Kazakh in kz1048 declared rk1048", page(KK, '<meta charset="rk1048">').encode("kz1048"), "kz1048", KK),
    ("koi8-r declared", page(RU_PLAIN, '<meta charset="koi8-r">').encode("koi8_r"), "koi8-r", RU_PLAIN),
    ("cp1251 bytes declared iso-8859-1 (server default)", page(RU, '<meta charset="iso-8859-1">').encode("cp1251"), None, RU),
    ("Kazakh kz1048 bytes declared windows-1251", page(KK, '<meta charset="windows-1251">').encode("kz1048"), "kz1048", KK),
    ("Kazakh kz1048 bytes, no declaration", page(KK).encode("kz1048"), "kz1048", KK),
    ("cp1251 bytes declared koi8-r (wrong)", page(RU, '<meta charset="koi8-r">').encode("cp1251"), "cp1251", RU),
    # must stay UTF-8: a UTF-8 page that still declares windows-1251 (a CMS migrated to UTF-8)
    ("UTF-8 page declaring windows-1251", page(RU, '<meta charset="windows-1251">').encode("utf-8"), "utf-8", RU),
    ("UTF-8 Kazakh page declaring windows-1251", page(KK, '<meta http-equiv="content-type" content="text/html;charset=windows-1251">').encode("utf-8"), "utf-8", KK),
    ("UTF-8 with BOM declaring koi8-r", codecs.BOM_UTF8 + page(KK, '<meta charset="koi8-r">').encode("utf-8"), "utf-8-sig", KK),
    ("UTF-8 declared", page(KK, '<meta charset="utf-8">').encode("utf-8"), "utf-8", KK),
]


@pytest.mark.parametrize("label,raw,encoding,expected", CHARSETS, ids=[c[0] for c in CHARSETS])
def test_html_charset(label, raw, encoding, expected):
    (doc,) = documents_from_bytes(raw, {"path": "page.html"})
    assert doc.rejection is None, doc.rejection
    if encoding is not None:
        assert doc.source["encoding"] == encoding
    assert expected in doc.input_text


@pytest.mark.parametrize("head,expected", [
    ('<meta charset="windows-1251">', "cp1251"),
    ("<meta charset=WINDOWS-1251>", "cp1251"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
    ('<meta content="text/html; charset=koi8-r" http-equiv="Content-Type">', "koi8-r"),
    ('<?xml version="1.0" encoding="utf-8"?>', "utf-8"),
    ('<meta charset="x-cp1251">', "cp1251"),
    ('<meta charset="no-such-charset">', None),
    ('<meta name="description" content="charset windows-1251 в тексте">', None),
    ("", None),
])
def test_declared_charset(head, expected):
    assert declared_charset(f"<html><head>{head}</head><body></body></html>".encode()) == expected


def test_a_declaration_in_a_text_file_is_not_read():
    raw = ('Заметка о charset: <meta charset="koi8-r"> ' + RU).encode("utf-8")
    assert decode_bytes(raw) == (raw.decode("utf-8"), "utf-8")
    (doc,) = documents_from_bytes(raw, {"path": "note.txt"})
    assert doc.source["encoding"] == "utf-8"


# --- metadata merging --------------------------------------------------------------------------

BODY = ("<p>Депутаты областного маслихата на сессии утвердили программу развития сельских территорий на пять лет.</p>"
        "<p>Программа предусматривает строительство водопроводов, ремонт дорог и поддержку малого бизнеса в селах.</p>"
        "<p>Ее исполнение будут ежегодно заслушивать на сессиях маслихата с участием жителей.</p>")
HEADLINE = "Маслихат утвердил программу развития сел"
DASHED = "Аким — жителям: ремонт дорог начнется в мае"


COMMENTS = ('<div class="comments"><div class="c"><b>Айдос</b> 03.04.2021 12:10<p>Спасибо, ждем водопровод.</p></div>'
            '<div class="c"><b>Гость</b> 04.04.2021 09:00<p>Когда ремонт дороги?</p></div></div>')


def html_page(head: str, before_body: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body><main><article>"
            f"{before_body}{BODY}</article>{COMMENTS}</main></body></html>").encode("utf-8")


MERGE_CASES = [
    # (label, head, markup before the body, expected title, expected published)
    ("og:title and h1", f'<meta property="og:title" content="{HEADLINE}"><meta property="article:published_time" content="2023-03-01T10:30:00+05:00">',
     f"<h1>{HEADLINE}</h1>", HEADLINE, "2023-03-01T10:30"),
    ("<title> with site name only", f"<title>{HEADLINE} | Вести района</title><meta property=\"og:site_name\" content=\"Вести района\">",
     f"<h1>{HEADLINE}</h1>", HEADLINE, None),
    ("midnight means no time", f'<title>{HEADLINE}</title><meta property="article:published_time" content="2023-03-01T00:00:00">',
     f"<h1>{HEADLINE}</h1>", HEADLINE, "2023-03-01"),
    ("a date after today's run is kept", f'<title>{HEADLINE}</title><meta property="article:published_time" content="2031-05-20T09:05:00+06:00">',
     f"<h1>{HEADLINE}</h1>", HEADLINE, "2031-05-20T09:05"),
    ("JSON-LD date only", f'<title>{HEADLINE}</title><script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{HEADLINE}", "datePublished": "2022-11-07T15:20:00+06:00"}}</script>',
     f"<h1>{HEADLINE}</h1>", HEADLINE, "2022-11-07T15:20"),
    ("og:title a variant of the printed h1", '<meta property="og:title" content="Программа развития сел утверждена: что изменится">',
     f"<h1>{HEADLINE}</h1>", HEADLINE, None),
    ("og:title in capitals", f'<meta property="og:title" content="{HEADLINE.upper()}">', f"<h1>{HEADLINE}</h1>", HEADLINE, None),
    ("rubric and date above the h1", "<title>Саясат</title>", f"<div>Саясат</div><div>12.03.2023, 14:10</div><h1>{HEADLINE}</h1>",
     HEADLINE, "2023-03-12T14:10"),
    ("date line after the h1, no markup date", "<title>Саясат</title>", f"<h1>{HEADLINE}</h1><div>12.03.2023, 14:10</div>",
     HEADLINE, "2023-03-12T14:10"),
    ("date class without the time in meta", "<title>Саясат</title>",
     f"<div class='t'><h1>{HEADLINE}</h1></div><div class='info'>12 марта 2023, 14:10 | Автор: Дина Сарсенова | 512</div>",
     HEADLINE, "2023-03-12T14:10"),
    ("dated comment next to the h1 is not the date", "<title>Саясат</title>",
     f"<h1>{HEADLINE}</h1><div class='c'>Айдос 03.04.2021 12:10: спасибо депутатам за то, что услышали нас наконец</div>", HEADLINE, None),
    ("no date but a reader comment's", f"<title>{HEADLINE}</title>", f"<h1>{HEADLINE}</h1>", HEADLINE, None),
    # <title> only (no og:title, no <h1>): site and rubric parts go, dashes inside a headline stay
    ("<title> headline — site", f"<title>{HEADLINE} — Вести района</title>", "", HEADLINE, None),
    ("<title> site :: rubric :: headline", f"<title>Вести района :: Политика :: {HEADLINE}</title>", "", HEADLINE, None),
    ("<title> headline | rubric | site", f"<title>{HEADLINE} | Политика | Вести района</title><meta property='og:site_name' content='Вести района'>",
     "", HEADLINE, None),
    ("<title> headline with a dash", f"<title>{DASHED}</title>", "", DASHED, None),
    ("<title> headline with a dash - domain", f"<title>{DASHED} - vesti.kz</title>", "", DASHED, None),
    ("<title> site — headline with a dash", f"<title>Вести района — {DASHED}</title><meta property='og:site_name' content='Вести района'>",
     "", DASHED, None),
    ("unclosed h1 swallowing the body", f"<title>{HEADLINE} - Вести района</title>",
     f"<h1>{HEADLINE}<div class=date>01.03.2023</span>", HEADLINE, "2023-03-01"),
]


@pytest.mark.parametrize("label,head,before,title,published", MERGE_CASES, ids=[c[0] for c in MERGE_CASES])
def test_metadata_merging(label, head, before, title, published):
    doc = Pipeline(TEXT_STEPS).process_text(html_page(head, before), source={"path": "page.html"})
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.meta["title"] == title
    assert doc.meta.get("published") == published
    paragraphs = doc.text.split("\n\n")
    assert HEADLINE not in paragraphs and not paragraphs[0].startswith(HEADLINE)
    assert paragraphs[0].startswith("Депутаты областного маслихата")
    # what trafilatura itself said is kept beside the merged fields
    assert "extracted" in doc.meta


def test_extraction_is_deterministic():
    raw = page_bytes("agency_ru.html")
    a, b = clean(raw, source={"path": "a.html"}), clean(raw, source={"path": "a.html"})
    assert a.to_record() == b.to_record()


@pytest.mark.parametrize("name", NAMES)
def test_a_page_without_a_file_name_is_still_read_as_html(cleaned, name):
    """From stdin or clean(bytes) there is no extension: the content decides (an XHTML page
    opens with an XML declaration)."""
    doc = Pipeline(TEXT_STEPS).process_text(page_bytes(name))
    assert doc.source["kind"] == "html"
    assert doc.text == cleaned[name].text


# --- short news items ------------------------------------------------------------------------

SHORT_ITEMS = [
    ("ru, one sentence", "Сенат одобрил закон о выборах акимов", ["Сенат одобрил закон о выборах акимов районов."]),
    ("ru, two sentences", "Сенат одобрил закон о выборах акимов",
     ["Сенат одобрил закон о выборах акимов районов. Документ направлен на подпись Главе государства."]),
    ("ru, two paragraphs", "Сенат одобрил закон о выборах акимов",
     ["Сенат одобрил закон о выборах акимов районов. Документ направлен на подпись Главе государства.",
      "Закон вступит в силу через десять дней после официального опубликования."]),
    ("kk, two paragraphs", "Сенат аудан әкімдерін сайлау туралы заңды мақұлдады",
     ["Сенаторлар бүгінгі отырыста аудан әкімдерін тікелей сайлау тәртібін бекітті.",
      "Құжат Мемлекет басшысының қол қоюына жіберілді."]),
]


@pytest.mark.parametrize("label,headline,paragraphs", SHORT_ITEMS, ids=[c[0] for c in SHORT_ITEMS])
def test_short_news_items_keep_their_lines(label, headline, paragraphs):
    """Under trafilatura's default MIN_EXTRACTED_SIZE (250 characters) these came out of its
    fallback as one line: headline, date and body glued together."""
    body = "".join(f"<p>{x}</p>" for x in paragraphs)
    html = (f"<html><head><title>{headline}</title></head><body><nav><a href='/'>Главная</a> <a href='/p'>Политика</a></nav>"
            f"<article><h1>{headline}</h1><time datetime='2024-01-10T10:00'>10.01.2024, 10:00</time>{body}</article>"
            "<footer>© 2024 Агентство</footer></body></html>")
    doc = Pipeline(TEXT_STEPS).process_text(html.encode("utf-8"), source={"path": "short.html"})
    assert doc.rejection is None, doc.rejection
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.text.split("\n\n") == paragraphs
    assert doc.meta["title"] == headline and doc.meta["published"] == "2024-01-10T10:00"


# --- UTF-8 with a broken byte ------------------------------------------------------------------

def _cut_one_byte(raw: bytes, word: str) -> bytes:
    i = raw.index(word.encode("utf-8")) + 3  # inside the word's second letter
    return raw[:i] + raw[i + 1:]


@pytest.mark.parametrize("name,kind", [("regional_kk.html", "html"), ("agency_ru.html", "html"), ("note.txt", "txt")])
def test_utf8_with_one_broken_byte_stays_utf8(name, kind):
    """A cut multi-byte character must not turn the page into mac-cyrillic mojibake (txt) or a
    rejection (html): the broken sequence becomes U+FFFD and the rest reads as written."""
    if kind == "html":
        raw = page_bytes(name)
        word = "депутаттар" if "kk" in name else "пленарном"
    else:
        raw = ("Мәслихат сессиясы өтті, депутаттар бюджетті бекітті. " * 10).encode("utf-8")
        word = "бюджетті"
    (doc,) = documents_from_bytes(_cut_one_byte(raw, word), {"path": name})
    assert doc.rejection is None, doc.rejection
    assert doc.source["encoding"] == "utf-8"
    assert doc.input_text.count("\ufffd") == 1
    assert ("Мәслихат" if "kk" in name or kind == "txt" else "Сенат") in doc.input_text


@pytest.mark.parametrize("enc", ["cp1251", "kz1048", "koi8_r"])
def test_legacy_text_is_not_taken_for_broken_utf8(enc):
    text = ("Маслихат утвердил бюджет района на три года, депутаты задали вопросы акиму. " * 5
            if enc != "kz1048" else "Мәслихат аудан бюджетін бекітті, әкімдік қаржы бөлді. " * 5)
    (doc,) = documents_from_bytes(text.encode(enc), {"path": "legacy.txt"})
    assert doc.source["encoding"] != "utf-8" and doc.input_text == text


def test_extractor_logging_stays_quiet_even_with_a_root_handler(caplog):
    """A program that turns on logging.basicConfig(level=DEBUG) would otherwise get
    trafilatura's and htmldate's debug chatter for every page."""
    import logging

    with caplog.at_level(logging.DEBUG):
        Pipeline(TEXT_STEPS).process_text(page_bytes("broken_ru.html"), source={"path": "broken_ru.html"})
    noisy = [r for r in caplog.records if r.name.split(".")[0] in ("trafilatura", "htmldate", "courlan", "justext")]
    assert noisy == []
    assert not logging.getLogger("trafilatura").disabled  # restored after the extraction
