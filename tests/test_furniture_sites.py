"""Site-learned furniture on three invented sites (tests/furniture_sites.py), 22 pages each,
in two shapes (one line per block, joined with nothing) and two containers (a folder of txt
dumps per site, a JSONL file per site with --text-key): learn, then clean."""

from __future__ import annotations

import io
import json
import pickle

import pytest

from corpusclean.cli import main
from corpusclean.edits import replay
from corpusclean.furniture import load_model, unit_key

import furniture_sites as fs

SHAPES = ["lines", "joined"]
CONTAINERS = ["folders", "jsonl"]


def cli(*argv, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        import sys

        saved = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        try:
            code = main(list(argv), stdout=out, stderr=err)
        finally:
            sys.stdin = saved
    else:
        code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def make_inputs(tmp_path, shape, container) -> tuple[list[str], list[str]]:
    """Input paths and the options that read them."""
    if container == "folders":
        return [str(p) for p in fs.write_folders(tmp_path / "in", shape)], []
    (tmp_path / "in").mkdir()
    return [str(p) for p in fs.write_jsonl(tmp_path / "in", shape)], ["--text-key", "body"]


def page_of(record) -> tuple[str, int]:
    """(site, page number) of a record, from its path (folder) or its line (JSONL)."""
    from pathlib import Path

    path = Path(record["source"]["path"])
    if record["source"].get("line"):
        return path.stem, record["source"]["line"] - 1
    return path.parent.name, int(path.stem.split("_")[1])


# dedup off: the pages of one invented site share templates, and deduplication is not tested here
RUN = ["--dedup", "off"]


@pytest.mark.parametrize("container", CONTAINERS)
@pytest.mark.parametrize("shape", SHAPES)
def test_learned_furniture_goes_and_every_body_sentence_stays(tmp_path, shape, container, record_validator):
    paths, opts = make_inputs(tmp_path, shape, container)
    code, out, err = cli(*paths, *opts, *RUN, "--keep-input")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(fs.SITES) * fs.PAGES_PER_SITE, err
    for rec in records:
        assert replay(rec["input_text"], rec["edits"]) == rec["text"]
        record_validator.validate({k: v for k, v in rec.items() if k != "input_text"})
        site, i = page_of(rec)
        for line in fs.furniture_lines(site):
            assert line not in rec["text"], (site, i, line)
        for sentence in fs.body_sentences(site, i):
            assert sentence in rec["text"], (site, i, sentence)
        # the record's pipeline names the model by its hash
        step = next(s for s in rec["pipeline"]["steps"] if s["id"] == "boilerplate.repeated")
        assert len(step["model"]["sha256"]) == 16 and step["model"]["groups"] == len(fs.SITES)
    # the learned step did the work (the lines are in no phrase list): every site has its removals
    for site in fs.SITES:
        removed = [e for r in records if page_of(r)[0] == site for e in r["edits"] if e["reason"] == "boilerplate.repeated"]
        assert len(removed) >= fs.PAGES_PER_SITE, site
    # a second run gives the same bytes (checked on two of the four runs, to keep the suite fast)
    if (shape, container) in (("lines", "folders"), ("joined", "jsonl")):
        assert cli(*paths, *opts, *RUN, "--keep-input")[1] == out


@pytest.mark.parametrize("shape", SHAPES)
def test_learn_writes_a_sorted_diffable_model_without_article_text(tmp_path, shape):
    paths, _ = make_inputs(tmp_path, shape, "folders")
    model_path = tmp_path / "furniture.json"
    code, _, err = cli("learn", *paths, "-o", str(model_path))
    assert code == 0, err
    raw = model_path.read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["format"] == "corpusclean-furniture" and data["version"] == 1
    assert list(data["groups"]) == sorted(data["groups"])
    for site in fs.SITES:
        group = data["groups"][f"folder:{tmp_path.as_posix()}/in/{site}"]
        assert group["documents"] == fs.PAGES_PER_SITE
        assert list(group["furniture"]) == sorted(group["furniture"])
        body = {unit_key(s) for i in range(fs.PAGES_PER_SITE) for s in fs.body_sentences(site, i)}
        assert not body & set(group["furniture"]), "article text in the model"
    assert not list(tmp_path.glob(".furniture.json.*")), "temporary file left behind"
    # deterministic: learning again writes the same bytes
    second = tmp_path / "again.json"
    cli("learn", *paths, "-o", str(second))
    assert second.read_text(encoding="utf-8") == raw


def test_a_saved_model_applies_to_stdin_and_by_url_host(tmp_path):
    site = "dala_kk"
    # a JSONL scrape with urls: groups are the url's host, whatever file a line comes from
    scrape = tmp_path / "scrape.jsonl"
    with scrape.open("w", encoding="utf-8") as fh:
        for i in range(fs.PAGES_PER_SITE):
            fh.write(json.dumps({"content": fs.page_text(site, i, "lines"),
                                 "link": f"https://www.{fs.SITES[site]['host']}/news/{i}"}, ensure_ascii=False) + "\n")
    model_path = tmp_path / "m.json"
    assert cli("learn", str(scrape), "--text-key", "content", "--url-key", "link", "-o", str(model_path))[0] == 0
    assert list(load_model(model_path).groups) == [f"host:{fs.SITES[site]['host']}"]
    new_page = {"content": fs.page_text(site, 40, "lines"), "link": f"https://{fs.SITES[site]['host']}/news/40"}
    code, out, err = cli("--furniture", str(model_path), "--text-key", "content", "--url-key", "link", "--kind", "jsonl",
                         stdin=json.dumps(new_page, ensure_ascii=False) + "\n")
    assert code == 0, err
    rec = json.loads(out)
    assert rec["url"] == new_page["link"]
    for line in fs.furniture_lines(site):
        assert line not in rec["text"]
    for sentence in fs.body_sentences(site, 40):
        assert sentence in rec["text"]
    # plain text on stdin has no group: a one-site model applies to it
    code, out, err = cli("--furniture", str(model_path), stdin=fs.page_text(site, 41, "lines"))
    rec = json.loads(out)
    assert not any(line in rec["text"] for line in fs.furniture_lines(site))


def test_no_learn_and_a_missing_model(tmp_path):
    paths, _ = make_inputs(tmp_path, "lines", "folders")
    code, out, _ = cli(*paths, *RUN, "--no-learn")
    records = [json.loads(x) for x in out.splitlines()]
    assert not any(e["reason"] == "boilerplate.repeated" for r in records for e in r["edits"])
    assert all("model" not in s for r in records for s in r["pipeline"]["steps"])
    code, out, err = cli(*paths, "--furniture", str(tmp_path / "nope.json"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "nope.json" in err and "learn" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    code, _, err = cli(*paths, "--furniture", str(bad))
    assert code == 2 and "not a corpusclean furniture model" in err


def test_a_pipeline_with_a_model_pickles(tmp_path):
    from corpusclean.config import Config
    from corpusclean.furniture import learn_model, pipeline_with_model
    from pathlib import Path

    folders = fs.write_folders(tmp_path / "in", "lines")
    model = learn_model([Path(f) for f in folders])
    pipeline = pipeline_with_model(model, Config())
    copy = pickle.loads(pickle.dumps(pipeline))
    page = folders[0] / "page_03.txt"
    a = pipeline.process_text(page.read_bytes(), page)
    b = copy.process_text(page.read_bytes(), page)
    assert a.text == b.text and a.to_record() == b.to_record()
    assert not any(line in a.text for line in fs.furniture_lines(folders[0].name))
