"""HTML costs no recall: on pages in the layouts of Russian and Kazakh news sites
(tests/html_recall_pages.py), the cleaned text keeps the article body at least as well as
trafilatura alone (word 4-gram shingle F1 and recall against the body), the headline beats
an <h1> used as a subheading, and trafilatura's options are reachable."""

from __future__ import annotations

import collections
import io
import json
import re

import pytest

from corpusclean import clean
from corpusclean.cli import main
from corpusclean.config import Config, ConfigError
from corpusclean.edits import replay
from corpusclean.html_options import TRAFILATURA_OPTIONS, trafilatura_options

import html_recall_pages as hp

PAGES = {p["name"]: p for p in hp.pages()}
WORD = re.compile(r"\w+")


def shingles(text: str) -> collections.Counter:
    toks = [t.lower() for t in WORD.findall(text)]
    return collections.Counter(tuple(toks[i:i + 4]) for i in range(max(0, len(toks) - 3)))


def prf(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    precision, recall = tp / max(1, sum(p.values())), tp / max(1, sum(g.values()))
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


@pytest.fixture(scope="module")
def cleaned():
    return {name: clean(p["html"].encode("utf-8"), source=f"{name}.html") for name, p in PAGES.items()}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_cleaned_f1_is_at_least_trafilaturas(cleaned, name):
    import trafilatura

    page, doc = PAGES[name], cleaned[name]
    assert doc.rejection is None and replay(doc.input_text, doc.edits) == doc.text
    gold = "\n".join(page["body"])
    ours = prf(gold, doc.text)
    extracted = prf(gold, doc.input_text)  # trafilatura with our settings, before any text step
    default = prf(gold, trafilatura.extract(page["html"]) or "")  # trafilatura's own defaults
    assert ours[2] >= extracted[2] and ours[2] >= default[2], (ours, extracted, default)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_text_steps_remove_no_article_text(cleaned, name):
    gold = "\n".join(PAGES[name]["body"])
    assert prf(gold, cleaned[name].text)[1] >= prf(gold, cleaned[name].input_text)[1]


def test_mean_f1_over_the_pages(cleaned):
    mean = sum(prf("\n".join(p["body"]), cleaned[n].text)[2] for n, p in PAGES.items()) / len(PAGES)
    assert mean >= 0.995, mean  # measured 1.000 (trafilatura alone: 0.934 with our settings, 0.880 default)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_headline_is_the_title(cleaned, name):
    assert cleaned[name].meta["title"] == PAGES[name]["title"]


def test_an_h1_subheading_at_the_top_of_the_text_is_not_the_title(cleaned):
    doc = cleaned["subheads_h1_ru"]
    assert doc.input_text.split("\n")[1] == "Что изменится в транспорте"  # an <h1> among the first lines
    assert doc.meta["title"] == PAGES["subheads_h1_ru"]["title"]
    assert "Что изменится в транспорте" in doc.text and "Новые школы и поликлиники" in doc.text


@pytest.mark.parametrize("html,expected", [
    ({}, TRAFILATURA_OPTIONS),
    ({"favor": "precision"}, {**TRAFILATURA_OPTIONS, "favor_precision": True}),
    ({"favor": "recall"}, {**TRAFILATURA_OPTIONS, "favor_recall": True}),
    ({"tables": False, "comments": True}, {**TRAFILATURA_OPTIONS, "include_tables": False, "include_comments": True}),
])
def test_html_settings_map_to_trafilatura_options(html, expected):
    assert trafilatura_options(Config(html=html)) == expected


def _cli(*argv) -> tuple[int, list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, [json.loads(x) for x in out.getvalue().splitlines()], err.getvalue()


def test_html_options_through_the_cli(tmp_path):
    page = tmp_path / "figures.html"
    page.write_text(PAGES["figures_ru"]["html"], encoding="utf-8")
    _, (with_tables,), _ = _cli(str(page))
    _, (without,), _ = _cli(str(page), "--no-html-tables")
    assert "412 500" in with_tables["text"] and "412 500" not in without["text"]
    assert with_tables["pipeline"]["config_hash"] != without["pipeline"]["config_hash"]
    comments = tmp_path / "announcement.html"
    comments.write_text(PAGES["announcement_ru"]["html"], encoding="utf-8")
    _, (rec,), _ = _cli(str(comments), "--html-comments", "--keep-input")
    assert "Спасибо за напоминание" in rec["input_text"]
    _, (rec,), _ = _cli(str(comments), "--keep-input")
    assert "Спасибо за напоминание" not in rec["input_text"]
    for favor in ("precision", "recall", "balanced"):
        code, (rec,), _ = _cli(str(page), "--html-favor", favor)
        assert code == 0 and "Окончательные списки кандидатов" in rec["text"]
    code, _, err = _cli(str(page), "--html-favor", "fast")
    assert code == 2


def test_html_settings_file_and_validation(tmp_path):
    settings = tmp_path / "cc.toml"
    settings.write_text('html = {tables = false, favor = "precision"}\n', encoding="utf-8")
    page = tmp_path / "figures.html"
    page.write_text(PAGES["figures_ru"]["html"], encoding="utf-8")
    _, (rec,), _ = _cli(str(page), "--config", str(settings))
    assert "412 500" not in rec["text"]
    _, (rec,), _ = _cli(str(page), "--config", str(settings), "--html-tables")  # the flag wins
    assert "412 500" in rec["text"]
    for bad, message in (({"favor": "fast"}, "html.favor"), ({"tables": "yes"}, "html.tables"),
                         ({"depth": 3}, "unknown key 'depth'")):
        with pytest.raises(ConfigError, match=message):
            Config(html=bad)
