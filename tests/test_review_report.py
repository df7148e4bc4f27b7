"""``corpusclean review``: the page is self-contained, counts what the records hold, marks
every edit on the input, and renders in a real browser (headless Chromium)."""

from __future__ import annotations

import io
import json
import os
import random
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from lxml import html as lxml_html

from corpusclean.cli import EXIT_OK, EXIT_USAGE, main
from corpusclean.edits import Edit, replay
from corpusclean.review.records import Reviewed, sample
from corpusclean.review.spans import input_spans, runs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BUILD = ROOT / "build"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--hide-scrollbars"]


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def run_files(tmp_path_factory):
    """The seeds cleaned with --keep-input, plus a rejected empty page and a record the
    dedup stage marked, so every part of the summary has something to count."""
    folder = tmp_path_factory.mktemp("review")
    records, rejects = folder / "records.jsonl", folder / "rejects.jsonl"
    pages = folder / "pages"
    shutil.copytree(SEEDS, pages)
    (pages / "empty.txt").write_text("   \n", encoding="utf-8")
    here = os.getcwd()
    os.chdir(folder)  # relative source paths, as a user's run has them
    try:
        code, _, err = run(["pages", "--keep-input", "-o", str(records), "--rejects", str(rejects), "--no-project-config"])
    finally:
        os.chdir(here)
    assert code == EXIT_OK, err
    lines = records.read_text(encoding="utf-8").splitlines()
    marked = json.loads(lines[-1])
    first = json.loads(lines[0])
    marked["duplicate_of"] = {"id": first["id"], "source": {"path": first["source"]["path"]}, "similarity": 0.93, "kind": "near"}
    lines[-1] = json.dumps(marked, ensure_ascii=False)
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return records, rejects


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def render(tmp_path, *files, extra=()) -> str:
    out = tmp_path / "report.html"
    code, _, err = run(["review", *map(str, files), "-o", str(out), *extra])
    assert code == EXIT_OK, err
    return out.read_text(encoding="utf-8")


# --- the edit log in input coordinates ---------------------------------------------------


def random_log(rng: random.Random, text: str, n: int) -> list[Edit]:
    """Edits in the pipeline's shapes: ascending batches per step, removals, insertions,
    rewrites, some of them over text an earlier edit inserted."""
    edits = []
    for step in range(n):
        pos = 0
        while pos < len(text) and rng.random() < 0.8:
            s = rng.randint(pos, len(text))
            e = min(len(text), s + rng.choice([0, 1, 2, 5]))
            after = rng.choice(["", "", " ", "\n\n", "X", "слово"])
            if s == e and not after:
                after = "+"
            edits.append(Edit(f"s{step}", f"r.{step}", s, e, text[s:e], after))
            text = text[:s] + after + text[e:]
            pos = s + len(after) + 1
    return edits


@pytest.mark.parametrize("seed", range(40))
def test_runs_rebuild_both_the_input_and_the_output(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("аб вг\nде") for _ in range(rng.randint(0, 60)))
    edits = random_log(rng, text, rng.randint(1, 4))
    parts = runs(text, edits)
    assert "".join(r.text for r in parts if r.kind in ("kept", "removed")) == text
    assert "".join(r.text for r in parts if r.kind in ("kept", "inserted")) == replay(text, edits)
    # every edit that changed something shows up in some run
    seen = {r.edit for r in parts} | {r.undone_by for r in parts}
    assert seen >= set(range(len(edits)))
    for r in parts:
        if r.kind in ("kept", "removed"):
            assert text[r.start:r.end] == r.text


def test_ten_removals_in_a_row_get_ten_input_offsets():
    text = "".join(f"Читайте также: новость {i}\n" for i in range(10)) + "Текст."
    line = len("Читайте также: новость 0\n")
    edits = [Edit("boilerplate.lines", "boilerplate.related", 0, line, text[i * line:(i + 1) * line], "")
             for i in range(10)]
    assert [s for s, _ in input_spans(edits)] == [i * line for i in range(10)]
    assert replay(text, edits) == "Текст."


# --- the page ----------------------------------------------------------------------------


def test_summary_counts_what_the_records_hold(run_files, tmp_path):
    records, rejects = run_files
    page = render(tmp_path, records, rejects)
    tree = lxml_html.fromstring(page)
    recs, rejs = load(records), load(rejects)
    count = lambda key: int(tree.xpath(f'//*[@data-count="{key}"]')[0].text)
    assert count("documents") == len(recs) + len(rejs) == 6
    assert count("records") == len(recs) and count("rejected") == len(rejs) == 1
    assert count("edits") == sum(len(r["edits"]) for r in recs)
    assert count("mentions") == sum(len(r["entities"]) for r in recs)
    assert count("duplicates") == 1
    assert _rows(tree, "duplicates") == [[recs[-1]["source"]["path"], f"{recs[0]['source']['path']} (near, similarity 0.93)"]]
    table = {row[0]: [int(c) for c in row[2:]] for row in _rows(tree, "reasons")}
    by_reason = Counter(e["reason"] for r in recs for e in r["edits"])
    assert {k: sum(v[:3]) for k, v in table.items()} == dict(by_reason)
    assert dict((k, int(v)) for k, v in _rows(tree, "rejections")) == {"input.empty": 1}
    assert dict((k, int(v)) for k, v in _rows(tree, "languages")) == dict(Counter(r["lang"] for r in recs))
    # one section per document, each mark on its input, every edit marked (as one span)
    articles = tree.xpath('//article[contains(@class, "doc")]')
    assert len(articles) == 6
    for art, rec in zip(articles, recs):
        numbers = {int(n) for ns in art.xpath('.//span[starts-with(@class, "e ")]/@data-n') for n in ns.split()}
        assert numbers == set(range(1, len(rec["edits"]) + 1))
    # the month plot has a column part per (month, party) with mentions; the party plot a bar per party
    parties = {e["id"] for r in recs for e in r["entities"]}
    assert len(tree.xpath('//figure[1]//svg//rect')) == len(parties)


def _rows(tree, table_id):
    return [[c.text_content() for c in tr.xpath("./td")] for tr in tree.xpath(f'//table[@id="{table_id}"]/tbody/tr')]


def test_page_is_self_contained_and_the_same_every_time(run_files, tmp_path):
    records, rejects = run_files
    page = render(tmp_path, records, rejects)
    assert page == render(tmp_path, records, rejects)
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//link | //img | //iframe | //script[@src] | //*[@href and not(starts-with(@href, '#'))]")
    assert "<style>" in page and "<script>" in page and "@import" not in page


def test_removed_text_is_struck_and_rewrites_show_both_sides(run_files, tmp_path):
    records, _ = run_files
    tree = lxml_html.fromstring(render(tmp_path, records))
    rec = load(records)[1]
    art = tree.xpath('//article[@id="doc-2"]')[0]
    removed = [e for e in rec["edits"] if not e["after"] and e["before"].strip()]
    rewritten = [e for e in rec["edits"] if e["after"].strip() and e["before"].strip()]
    assert removed and rewritten
    struck = [d.text_content() for d in art.xpath(".//span[contains(@class, 'rm')]/del")]
    for e in removed:
        assert e["before"].strip() in "".join(struck).replace("\xa0", " ") or any(
            e["before"].strip()[:20] in s.replace("\xa0", " ") for s in struck)
    for e in rewritten:
        (mark,) = art.xpath(f".//span[@data-n='{rec['edits'].index(e) + 1}']")
        assert mark.xpath("./ins")[0].text_content().strip() and e["reason"] in mark.get("title")


def test_inputs_read_back_from_source_when_not_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    plain = tmp_path / "plain.jsonl"
    code, _, err = run(["seeds/001_a69c1025ad9e9de1.txt", "-o", str(plain), "--no-project-config"])
    assert code == EXIT_OK, err
    page = render(tmp_path, plain)
    assert "no input:" not in page and "<del>" in page
    # a moved input: the cleaned text is shown and the page says why
    rec = load(plain)[0]
    rec["source"]["path"] = "seeds/gone.txt"
    plain.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    page = render(tmp_path, plain)
    assert "no input: seeds/gone.txt cannot be read" in page


def test_sample_is_deterministic_and_keeps_input_order():
    items = [Reviewed({"id": f"{i:016x}", "text": ""}, i) for i in range(50)]
    picked = sample(items, 7)
    assert len(picked) == 7 and picked == sample(list(reversed(items)), 7)  # the order given does not matter
    assert [it.position for it in picked] == sorted(it.position for it in picked)
    assert sample(items[:5], 7) == items[:5]


def test_sample_option_shows_fewer_documents_but_counts_all(run_files, tmp_path):
    records, rejects = run_files
    tree = lxml_html.fromstring(render(tmp_path, records, rejects, extra=["--sample", "2"]))
    assert len(tree.xpath("//article")) == 2
    assert int(tree.xpath('//*[@data-count="documents"]')[0].text) == 6
    assert "a sample of 2 of 6" in tree.text_content()


@pytest.mark.parametrize("content, message", [
    ("not json\n", "bad.jsonl:1: not JSON"),
    ('{"x": 1}\n', "bad.jsonl:1: not a corpusclean record"),
])
def test_bad_records_file_is_one_line_naming_it(tmp_path, content, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    code, _, err = run(["review", str(bad), "-o", str(tmp_path / "r.html")])
    assert code == EXIT_USAGE and message in err and err.count("\n") == 1
    code, _, err = run(["review", str(tmp_path / "missing.jsonl")])
    assert code == EXIT_USAGE and "missing.jsonl: no such file" in err


def test_review_help_is_its_own(capsys):
    code, _, _ = run(["review", "--help"])
    out = capsys.readouterr().out
    assert code == EXIT_OK and out.startswith("usage: corpusclean review") and "--sample" in out


# --- in a browser ---------------------------------------------------------------------------


def chromium(*args: str, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "HOME": os.environ.get("HOME", "/tmp")})


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (Debian package chromium)")
def test_report_renders_in_headless_chromium(run_files, tmp_path):
    records, rejects = run_files
    render(tmp_path, records, rejects, extra=["--page-size", "4"])
    url = (tmp_path / "report.html").as_uri()
    proc = chromium("--dump-dom", url)
    assert proc.returncode == 0, proc.stderr[-2000:]
    tree = lxml_html.fromstring(proc.stdout)
    body = tree.xpath("//body")[0]
    assert body.get("data-ready") == "1", "the report's script did not run"
    recs, rejs = load(records), load(rejects)
    assert int(tree.xpath('//*[@data-count="documents"]')[0].text) == len(recs) + len(rejs)
    assert int(tree.xpath('//*[@data-count="records"]')[0].text) == len(recs)
    assert int(tree.xpath('//*[@data-count="edits"]')[0].text) == sum(len(r["edits"]) for r in recs)
    # pagination ran: four documents on the first page, two pages
    visible = [a for a in tree.xpath("//article") if "hidden" not in a.get("class", "").split()]
    assert len(visible) == 4
    assert tree.xpath('//*[@id="page-info"]')[0].text_content() == "Documents 1–4 of 6"
    assert len(tree.xpath('//*[@id="pager"]/button')) == 2
    # the picture for people (and for the docs site)
    BUILD.mkdir(exist_ok=True)
    shot = BUILD / "review.png"
    render(tmp_path, records, rejects, extra=["--title", "corpusclean review: the seeds, one empty page"])
    proc = chromium(f"--screenshot={shot}", "--window-size=1280,1800", url)
    assert proc.returncode == 0 and shot.stat().st_size > 50_000, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
