"""Learned furniture when one folder or one JSONL file mixes several sites (no url, no site
field): the sites are recovered from the pages (corpusclean/furniture/sites.py) and each site's
furniture is learned within its own pages.  Five invented sites of six pages each
(tests/mixedsites_pages.py: Russian, Kazakh Cyrillic and Kazakh Latin), in three shapes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from corpusclean.cli import main
from corpusclean.edits import replay
from corpusclean.furniture import FurnitureLearner, FurnitureModel, ModelError, MIN_DOCUMENTS, unit_key

import mixedsites_pages as mp

RUN = ["--dedup", "off"]  # the pages of one invented site share templates; dedup is not tested here


def cli(*argv) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def mixed_inputs(tmp_path, shape, container):
    """(paths, options, page of a record) for one folder or one JSONL file of all sites."""
    if container == "folder":
        folder, index = mp.write_folder(tmp_path / "in", shape)
        return [str(folder)], [], lambda rec: index[Path(rec["source"]["path"]).name]
    path, index = mp.write_jsonl(tmp_path / "in", shape)
    return [str(path)], ["--text-key", "body"], lambda rec: index[rec["source"]["line"]]


@pytest.mark.parametrize("container", ["folder", "jsonl"])
@pytest.mark.parametrize("shape", mp.SHAPES)
def test_each_sites_furniture_goes_from_a_mixed_folder_or_file(tmp_path, shape, container):
    paths, opts, page_of = mixed_inputs(tmp_path, shape, container)
    code, out, err = cli(*paths, *opts, *RUN, "--keep-input")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(mp.SITES) * mp.PAGES_PER_SITE
    for rec in records:
        assert replay(rec["input_text"], rec["edits"]) == rec["text"]
        site, i = page_of(rec)
        # must change: the site's own promo, menu and footer (each on a fifth of the group's pages)
        for line in mp.furniture_lines(site):
            assert line not in rec["text"], (site, i, line)
        # must stay: every body sentence, the reminder, the quotes repeated across sites
        for sentence in mp.body_sentences(site, i):
            assert sentence in rec["text"], (site, i, sentence)
    assert sum(e["reason"] == "boilerplate.repeated" for r in records for e in r["edits"]) >= len(records)


def test_without_the_sub_sites_a_mixed_folder_keeps_its_furniture(tmp_path):
    """The measurement that asked for this: with --no-learn (or a site-blind model) every
    site's promo and footer stay on every page of a mixed folder."""
    paths, opts, page_of = mixed_inputs(tmp_path, "lines", "folder")
    code, out, err = cli(*paths, *RUN, "--no-learn")
    assert code == 0, err
    left = sum(mp.SITES[page_of(rec)[0]]["footer"] in rec["text"] for rec in map(json.loads, out.splitlines()))
    assert left == len(mp.SITES) * mp.PAGES_PER_SITE


def test_model_names_the_sites_and_a_second_run_gives_the_same_bytes(tmp_path):
    paths, opts, _ = mixed_inputs(tmp_path, "joined", "folder")
    models = []
    for n in (1, 2):
        code, _, err = cli("learn", *paths, "-o", str(tmp_path / f"m{n}.json"))
        assert code == 0, err
        models.append((tmp_path / f"m{n}.json").read_bytes())
    assert models[0] == models[1]
    (group,) = json.loads(models[0])["groups"].values()
    assert group["sites"] == [mp.PAGES_PER_SITE] * len(mp.SITES)
    assert unit_key(mp.SITES["dala_kk"]["footer"]) in group["furniture"]
    assert not any(unit_key(q) in group["furniture"] for q in [*mp.QUOTE, mp.SHORT_QUOTE])
    runs = [cli(*paths, *RUN)[1] for _ in range(2)]
    assert runs[0] == runs[1] and runs[0]
    # with the saved model: the same texts and edits as the learning run (the config differs)
    saved = cli(*paths, *RUN, "--furniture", str(tmp_path / "m1.json"))[1]
    assert [(r["text"], r["edits"]) for r in map(json.loads, saved.splitlines())] == \
        [(r["text"], r["edits"]) for r in map(json.loads, runs[0].splitlines())]


# --- the rules on texts as the step sees them (no pipeline) ----------------------------------

def site_page(site: int, n: int, extra=()) -> str:
    body = [f"Сегодня в районе номер {site} прошло собрание, на котором выступили {n + 10} человек.",
            f"Бүгін {n + 3} ауылда жаңа мектеп ашылды, оған {site * 7 + n} оқушы барады."]
    return "\n".join([*body[:1], *extra, *body[1:], f"Промо сайта {site}: пишите в редакцию, мы ответим каждому.",
                      f"Сайт {site} жұмыс істейді {1990 + site} жылдан бері, редакция Ақтөбеде."]) + "\n"


def learn(pages: list[str], group="folder:mixed") -> dict:
    learner = FurnitureLearner()
    for text in pages:
        learner.add(group, text)
    return learner.model().groups[group]


def test_sites_are_recovered_and_their_furniture_learned():
    pages = [site_page(s, n) for n in range(6) for s in range(5)]
    group = learn(pages)
    assert group["sites"] == [6] * 5
    for s in range(5):
        assert unit_key(f"Промо сайта {s}: пишите в редакцию, мы ответим каждому.") in group["furniture"]
    assert not any("собрание" in k or "мектеп" in k for k in group["furniture"])


QUOTE = ["Министр сказал, что новые дамбы построят до осени.", "По его словам, деньги уже выделены."]


def test_a_quote_of_two_sentences_on_pages_of_five_sites_stays():
    # the two sentences stand together on six pages of five sites (as many pages as a site):
    # companions, but each of those pages holds its own site's promo and footer
    on = {(s, s) for s in range(5)} | {(0, 5)}
    pages = [site_page(s, n, QUOTE if (s, n) in on else ()) for n in range(6) for s in range(5)]
    group = learn(pages)
    assert group["sites"] == [6] * 5
    assert not any(unit_key(q) in group["furniture"] for q in QUOTE)


def test_a_quote_on_three_pages_of_different_sites_stays():
    pages = [site_page(s, n, QUOTE[:1] if n == 0 and s < 3 else ()) for n in range(6) for s in range(5)]
    assert unit_key(QUOTE[0]) not in learn(pages)["furniture"]


@pytest.mark.parametrize("repeated", [["Напомним,"], ["Еске салайық,"], ["«Партия — это прежде всего люди»"]])
def test_short_repeated_content_on_every_page_of_a_site_stays(repeated):
    pages = [site_page(s, n, repeated) for n in range(6) for s in range(5)]
    group = learn(pages)
    assert group["sites"] == [6] * 5 and unit_key(repeated[0]) not in group["furniture"]


def test_one_repeated_sentence_is_no_site():
    # pages of many sites without furniture of their own; one sentence on six of them
    line = "Жители района получили новые паспорта в центре обслуживания населения."
    pages = [f"Текст номер {n} про выборы в маслихат {n + 2} округа.\n" + (line + "\n" if n % 5 == 0 else "")
             for n in range(30)]
    group = learn(pages)
    assert group["furniture"] == {} and "sites" not in group


def test_a_quote_of_two_sentences_on_pages_without_furniture_stays():
    # thirty pages of as many sites, none with furniture of its own; a quote on five of them
    pages = [f"Текст номер {n} про выборы в маслихат {n + 2} округа.\n" + ("\n".join(QUOTE) + "\n" if n % 6 == 0 else "")
             for n in range(30)]
    group = learn(pages)
    assert group["furniture"] == {} and "sites" not in group


def test_a_series_inside_a_folder_of_one_site_stays():
    # one site of 40 pages (its promo and footer on all, learned for the group); five articles
    # of a series share two background sentences: a small "site" covering 5 of 40 pages
    background = ["Строительство нового моста началось в 2021 году.", "Подрядчик дважды сдвигал сроки сдачи."]
    pages = [site_page(1, n, background if n < MIN_DOCUMENTS else ()) for n in range(40)]
    group = learn(pages)
    assert "sites" not in group and len(group["furniture"]) == 2
    assert not any(unit_key(b) in group["furniture"] for b in background)


def test_a_host_group_is_one_site():
    # the url names the site: its pages are not split (the same pages in a folder are)
    pages = [site_page(s, n) for n in range(6) for s in range(5)]
    assert "sites" not in learn(pages, group="host:example.kz")
    assert "sites" in learn(pages, group="file:scrape.jsonl")


def test_sites_of_fewer_than_min_documents_pages_learn_nothing():
    # decided: a site of four pages is not learned (MIN_DOCUMENTS stays the floor inside a group)
    pages = [site_page(s, n) for n in range(MIN_DOCUMENTS - 1) for s in range(6)]
    group = learn(pages)
    assert group["furniture"] == {} and "sites" not in group


def test_model_file_with_and_without_sites():
    old = {"format": "corpusclean-furniture", "version": 1, "thresholds": {},
           "groups": {"folder:a": {"documents": 7, "furniture": {"промо": 7}, "openings": {}}}}
    model = FurnitureModel.from_dict(old)
    assert "sites" not in model.to_dict()["groups"]["folder:a"]
    new = json.loads(json.dumps(old))
    new["groups"]["folder:a"]["sites"] = [5, 6]
    assert FurnitureModel.from_dict(new).to_dict()["groups"]["folder:a"]["sites"] == [6, 5]
    new["groups"]["folder:a"]["sites"] = "6"
    with pytest.raises(ModelError):
        FurnitureModel.from_dict(new)
