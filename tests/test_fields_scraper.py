"""Scraper fields (--title-key, --date-key, --url-key; Config ``fields``): the record's title,
published and url come from the scraper's fields, through the CLI and clean()."""

from __future__ import annotations

import io
import json

import pytest

from corpusclean import clean
from corpusclean.cli import main
from corpusclean.config import Config, ConfigError
from corpusclean.dates import parse_scraper_date
from corpusclean.edits import replay

BODY = ("Депутаты областного маслихата обсудили проект бюджета на следующий год и внесли несколько поправок.\n"
        "Особое внимание участники заседания уделили ремонту сельских дорог и строительству новых школ.")
KK_BODY = ("Облыстық мәслихат депутаттары келесі жылғы бюджет жобасын талқылап, бірнеше түзету енгізді.\n"
           "Отырыс қатысушылары ауыл жолдарын жөндеуге және жаңа мектептер салуға ерекше назар аударды.")
TITLE = "Маслихат обсудил бюджет области на следующий год"


def jsonl(*objs) -> bytes:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs).encode("utf-8")


def run_cli(tmp_path, data: bytes, *args) -> list[dict]:
    path = tmp_path / "scrape.jsonl"
    path.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    assert main([str(path), *args], stdout=out, stderr=err) == 0, err.getvalue()
    return [json.loads(x) for x in out.getvalue().splitlines()]


@pytest.mark.parametrize("value,iso", [
    ("13:32 31.01.2022", "2022-01-31T13:32"),
    ("2024-04-07T10:15:00+05:00", "2024-04-07T10:15"),
    ("2024-04-07 10:15:00", "2024-04-07T10:15"),
    ("7 апреля 2024", "2024-04-07"),
    ("16 апреля 2024 23:50", "2024-04-16T23:50"),
    ("10:15, 7 апреля 2024 года", "2024-04-07T10:15"),
    ("07.04.2024, 10:15", "2024-04-07T10:15"),
    ("2024 жылғы 7 сәуір 10:15", "2024-04-07T10:15"),
    ("7 сәуір 2024 ж. 10:15", "2024-04-07T10:15"),
    ("2024 ж. 12 наурыздағы", "2024-03-12"),
    ("7 sáýir 2024", "2024-04-07"),
    ("2024 jylǵy 12 naýryz", "2024-03-12"),
    ("вчера, 18:10", None),  # relative: needs a reference date, not taken from a field
    ("скоро", None),
    ("", None),
])
def test_scraper_date_forms(value, iso):
    assert parse_scraper_date(value) == iso


def test_cli_maps_title_date_and_url(tmp_path):
    rec_in = {"content": f"{TITLE}\n{BODY}", "headline": TITLE, "pub": "13:32 31.01.2022",
              "link": "https://www.example.kz/news/1", "title": "upstream title field stays in metadata"}
    (rec,) = run_cli(tmp_path, jsonl(rec_in), "--text-key", "content", "--title-key", "headline",
                     "--date-key", "pub", "--url-key", "link")
    assert rec["title"] == TITLE
    assert rec["published"] == "2022-01-31T13:32"
    assert rec["url"] == "https://www.example.kz/news/1" == rec["source"]["url"]
    # the title at the top of the body is removed from the body, as for a title found in the text
    assert rec["text"].split("\n")[0] != TITLE and "Депутаты областного маслихата" in rec["text"]
    assert any(e["reason"] == "metadata.title" and e["before"].strip() == TITLE for e in rec["edits"])
    # upstream fields untouched
    assert rec["metadata"] == {k: v for k, v in rec_in.items() if k != "content"}


def test_default_field_names_are_read_and_missing_fields_leave_the_steps_to_decide(tmp_path):
    recs = run_cli(tmp_path, jsonl(
        {"text": BODY, "title": TITLE, "published": "2024-04-07T10:15:00+05:00", "url": "example.kz/a"},
        {"text": f"{TITLE}\n12.03.2023, 10:45\n{BODY}"},                       # no fields: found in the text
        {"text": KK_BODY, "title": 12, "published": "not a date", "url": "nope"},  # unusable values: null
    ), "--dedup", "off")
    assert (recs[0]["title"], recs[0]["published"], recs[0]["url"]) == (TITLE, "2024-04-07T10:15", "example.kz/a")
    assert (recs[1]["title"], recs[1]["published"]) == (TITLE, "2023-03-12T10:45")
    assert (recs[2]["title"], recs[2]["published"]) == (None, None)
    assert recs[2]["metadata"] == {"title": 12, "published": "not a date", "url": "nope"}


def test_settings_file_sets_fields(tmp_path):
    settings = tmp_path / "cc.toml"
    settings.write_text('fields = {title = "h", published = "d"}\n', encoding="utf-8")
    (rec,) = run_cli(tmp_path, jsonl({"text": KK_BODY, "h": "Мәслихат бюджетті талқылады", "d": "2024 жылғы 7 сәуір"}),
                     "--config", str(settings))
    assert rec["title"] == "Мәслихат бюджетті талқылады" and rec["published"] == "2024-04-07"
    # a flag wins over the file, role by role
    (rec,) = run_cli(tmp_path, jsonl({"text": KK_BODY, "h": "A b c d", "x": "Жаңа тақырып осында тұр", "d": "7 sáýir 2024"}),
                     "--config", str(settings), "--title-key", "x")
    assert rec["title"] == "Жаңа тақырып осында тұр" and rec["published"] == "2024-04-07"


def test_clean_maps_fields_and_the_date_decides_party_periods():
    line = {"body": "Депутаты партии «Аманат» провели встречу с избирателями в районе.", "when": None}
    found = {}
    for when in ("13:32 31.01.2019", "7 апреля 2024"):
        line["when"] = when
        doc = clean(jsonl(line), input_kind="jsonl", text_key="body", fields={"published": "when"})
        assert doc.rejection is None
        rec = doc.to_record()
        assert replay(doc.input_text, rec["edits"]) == rec["text"]
        found[when] = (rec["published"], [e["id"] for e in rec["entities"]])
    # "Аманат" is the party's name only since 2022: the scraper's date decides
    assert found == {"13:32 31.01.2019": ("2019-01-31T13:32", []), "7 апреля 2024": ("2024-04-07", ["kz.amanat"])}


@pytest.mark.parametrize("fields,message", [
    ({"headline": "h"}, "unknown role 'headline'"),
    ({"title": ""}, "fields.title must name a JSONL field"),
    ("title", "fields must be a table"),
])
def test_bad_fields_settings(fields, message):
    with pytest.raises(ConfigError, match=message):
        Config(fields=fields)
