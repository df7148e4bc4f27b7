"""The pre-commit hooks in-process, through corpusclean.hook.main(argv).

What must change beside what must stay: a dirty seed fails the check and is rewritten by
fix; a fixed seed passes and fixing it again changes nothing; empty, binary, duplicate and
unreadable files are refused with their reason and never written.

Other steps of the default pipeline change as the project grows, so exact edit lists are
only asserted for the foundation steps (``--steps``); with the default pipeline the tests
assert properties (002 is refused, a fixed file passes, nothing of the metadata is lost).
The Russian and Kazakh test texts here are our own writing.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest

from corpusclean import replay
from corpusclean.config import DEFAULT_STEPS, Config
from corpusclean.hook import (EXIT_FAIL, EXIT_OK, EXIT_USAGE, FRONT_MATTER_STEP, MAX_FIX_PASSES, _settle,
                              _with_front_matter, examine, fixed_form, main, write_atomic)
from corpusclean.pipeline import Pipeline
from corpusclean.steps.metadata import FRONT_MATTER_KEYS, parse_front_matter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DIRTY = ROOT / "seeds" / "002_10c7d448ac22702c.txt"
FOUNDATION = "--steps=unicode.ftfy,space.normalize,space.paragraphs"

# Our own writing: a short Russian article and a Kazakh one.
OWN_RU = ("Депутаты областного маслихата обсудили проект бюджета на следующий год.\n\n"
          "На сессии выступили руководители управлений образования и здравоохранения. Они рассказали, "
          "сколько средств потребуется на ремонт школ и поликлиник в районных центрах.\n\n"
          "Окончательное решение депутаты примут в декабре, после общественных слушаний в каждом районе.\n")
OWN_KK = ("Облыстық мәслихат депутаттары келесі жылғы бюджет жобасын талқылады.\n\n"
          "Сессияда білім және денсаулық сақтау басқармаларының басшылары сөз сөйлеп, аудан орталықтарындағы "
          "мектептер мен емханаларды жөндеуге қанша қаражат керек екенін айтты.\n\n"
          "Түпкілікті шешімді депутаттар желтоқсанда, әр аудандағы қоғамдық тыңдаулардан кейін қабылдайды.\n")


@pytest.fixture
def work(tmp_path, monkeypatch):
    """An empty project folder (a .git marker stops the pyproject search) as the cwd."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "seeds").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def hook(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def put(name: str, data: bytes | str) -> str:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return name


def assert_replays(docs):
    for doc in docs:
        assert replay(doc.input_text, doc.edits) == doc.text


# --- the fixed form -------------------------------------------------------------------


BODY = "Первый абзац.\n\nВторой абзац."


@pytest.mark.parametrize("meta, block", [
    ({}, ""),
    ({"title": None, "tags": None, "published": None}, ""),
    # fields outside the front matter never appear in it
    ({"lang_confidence": 0.93, "paragraph_langs": [{"start": 0, "end": 3, "lang": "ru"}], "extracted": {"title": "x"}}, ""),
    ({"title": "Съезд партии"}, '---\ntitle: "Съезд партии"\n---\n'),
    ({"lang": "kk", "tags": ["AMANAT", "Алматы"], "attribution": "Kazinform", "url": "https://example.kz/a",
      "site": "Пример", "published": "2022-04-15T18:10", "title": "T"},
     '---\ntitle: "T"\npublished: "2022-04-15T18:10"\nsite: "Пример"\nurl: "https://example.kz/a"\n'
     'tags: ["AMANAT", "Алматы"]\nattribution: "Kazinform"\nlang: "kk"\n---\n'),
    ({"title": 'Он сказал: "да"\nи ушёл', "published": None}, '---\ntitle: "Он сказал: \\"да\\"\\nи ушёл"\n---\n'),
])
def test_fixed_form_is_front_matter_then_body_with_one_final_newline(meta, block):
    doc = Pipeline(["space.normalize", "space.paragraphs"]).process_text("Первый абзац.\nВторой абзац.\n\n\n")
    doc.meta.update(meta)
    fixed = fixed_form(doc)
    assert fixed == block + BODY + "\n"
    # the metadata step reads the block back: every front-matter field that is set
    fields, end = parse_front_matter(fixed) or ({}, 0)
    assert fields == {k: v for k, v in meta.items() if k in FRONT_MATTER_KEYS and v is not None}
    assert fixed[end:] == BODY + "\n"


# --- check and fix on the dirty seed --------------------------------------------------


def test_check_refuses_the_dirty_seed_lists_reasons_and_never_writes(work):
    path = put("seeds/002.txt", DIRTY.read_bytes())
    before = os.stat(path).st_mtime_ns
    code, out, _ = hook("check", path)
    assert code == EXIT_FAIL
    assert out.startswith(f"{path}: would change; corpusclean-fix writes the cleaned form\n")
    assert re.search(r"^    \d+ edits?: [a-z_]+\.[a-z_.]+=\d+", out, re.M), out
    assert re.search(r"^    [a-z_]+\.[a-z_.]+ +(removed|inserted|'.*' -> ')", out, re.M), out
    assert "corpusclean-check: 1 of 1 checked failed" in out
    assert Path(path).read_bytes() == DIRTY.read_bytes() and os.stat(path).st_mtime_ns == before


def test_check_with_foundation_steps_names_the_exact_edits(work):
    path = put("seeds/002.txt", DIRTY.read_bytes())
    code, out, _ = hook("check", FOUNDATION, "--max-edits", "2", path)
    assert code == EXIT_FAIL
    lines = out.splitlines()
    assert lines[1].startswith("    17 edits: space.nbsp=4, space.blank_lines=1, space.paragraphs=12")
    assert lines[2] == "    space.nbsp               '\\xa0' -> ' '"
    assert lines[3] == "    space.blank_lines        '⏎⏎⏎' -> '⏎⏎'"
    assert lines[4].startswith("corpusclean-check:")  # --max-edits 2: two examples only


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_fix_writes_a_form_that_passes_and_fixing_again_changes_nothing(work, seed):
    path = put(f"seeds/{seed.name}", seed.read_bytes())
    first_pass = examine(path, Pipeline(config=_with_front_matter(Config())))
    assert_replays(first_pass.docs)
    code, out, _ = hook("fix", path)
    fixed = Path(path).read_bytes()
    if fixed != seed.read_bytes():
        assert (code, out) == (EXIT_FAIL, f"Fixing {path}\n")
    else:
        assert (code, out) == (EXIT_OK, "")
    assert hook("check", path) == (EXIT_OK, "", "")
    assert hook("fix", path) == (EXIT_OK, "", "")
    assert Path(path).read_bytes() == fixed  # fix(fix(x)) == fix(x)
    # One cleaning pass already reaches the fixed point (fix needed no extra passes).
    assert fixed.decode("utf-8") == first_pass.fixed
    # Nothing the cleaner lifted out of the page is lost: the front matter gives it back.
    again = examine(path, Pipeline(config=_with_front_matter(Config())))
    assert_replays(again.docs)
    for key in FRONT_MATTER_KEYS:
        assert again.docs[0].meta.get(key) == first_pass.docs[0].meta.get(key), key
    assert again.docs[0].text == first_pass.docs[0].text


def test_the_dirty_seed_is_rewritten(work):
    path = put("seeds/002.txt", DIRTY.read_bytes())
    assert hook("fix", path)[:2] == (EXIT_FAIL, f"Fixing {path}\n")
    text = Path(path).read_text(encoding="utf-8")
    assert "\xa0" not in text and "\n\n\n" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_a_clean_seed_passes_untouched(work):
    path = put("seeds/own.txt", OWN_RU)
    hook("fix", path)  # bring it into the fixed form of the current pipeline
    clean = Path(path).read_bytes()
    mtime = os.stat(path).st_mtime_ns
    for mode in ("check", "fix"):
        assert hook(mode, path) == (EXIT_OK, "", "")
    assert Path(path).read_bytes() == clean and os.stat(path).st_mtime_ns == mtime


def test_non_utf8_seed_is_reencoded(work):
    path = put("seeds/cp1251.txt", OWN_RU.encode("cp1251"))
    code, out, _ = hook("check", FOUNDATION, path)
    assert code == EXIT_FAIL and "    encoding: windows-1251 -> utf-8" in out.replace("cp1251", "windows-1251")
    assert hook("fix", FOUNDATION, path)[0] == EXIT_FAIL
    assert Path(path).read_text(encoding="utf-8").endswith("каждом районе.\n")
    assert hook("check", FOUNDATION, path) == (EXIT_OK, "", "")


def test_layout_only_differences_are_named(work):
    path = put("seeds/own.txt", OWN_RU)
    hook("fix", FOUNDATION, path)
    fixed = Path(path).read_text(encoding="utf-8")
    Path(path).write_text(fixed.rstrip("\n"), encoding="utf-8")
    code, out, _ = hook("check", FOUNDATION, path)
    assert code == EXIT_FAIL and "    layout: no final newline (the fixed form ends with exactly one)" in out
    # the same fields in another order read back the same, but the file is not in its fixed form
    Path(path).write_text('---\nlang: "ru"\ntitle: "Бюджет"\n---\n' + fixed, encoding="utf-8")
    hook("fix", FOUNDATION, path)
    assert Path(path).read_text(encoding="utf-8") == '---\ntitle: "Бюджет"\nlang: "ru"\n---\n' + fixed
    Path(path).write_text('---\nlang: "ru"\ntitle: "Бюджет"\n---\n' + fixed, encoding="utf-8")
    code, out, _ = hook("check", FOUNDATION, path)
    assert code == EXIT_FAIL and out.splitlines()[1] == "    layout: front matter key order or spacing"


# --- rejections -----------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.mark.parametrize("name, data, message", [
    ("seeds/scan.txt", PNG, "rejected: input.binary: binary data"),
    ("seeds/photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300), "rejected: input.binary: binary data"),
    ("seeds/empty.txt", b"", "rejected: input.empty: no text"),
    ("seeds/blank.txt", b" \n\t\n\n", "rejected: input.empty: no text"),
    ("seeds/invisible.txt", "\u200b\ufeff\n".encode("utf-8"), "rejected: "),
    ("seeds/empty.html", b"<html><body><script>var x = 1;</script></body></html>", "rejected: html.no_content"),
])
def test_refused_files_are_named_with_their_reason_and_never_written(work, name, data, message):
    path = put(name, data)
    for mode in ("check", "fix"):
        code, out, _ = hook(mode, path)
        assert code == EXIT_FAIL
        assert out.startswith(f"{path}: {message}"), out
        assert "Fixing" not in out
        assert Path(path).read_bytes() == data


def test_a_missing_file_is_reported(work):
    code, out, _ = hook("check", "seeds/gone.txt")
    assert code == EXIT_FAIL and out.startswith("seeds/gone.txt: rejected: input.unreadable")


def test_wrong_language_is_refused(work):
    if "lang.detect" not in DEFAULT_STEPS:
        pytest.skip("no language step in the default pipeline yet")
    ru, kk = put("seeds/ru.txt", OWN_RU), put("seeds/kk.txt", OWN_KK)
    code, out, _ = hook("check", "--accept-lang", "kk", ru, kk)
    assert code == EXIT_FAIL
    assert re.search(rf"^{ru}: rejected: lang\.", out, re.M), out
    assert not re.search(rf"^{kk}: rejected", out, re.M), out


# --- duplicates -----------------------------------------------------------------------


def test_duplicates_among_the_files_given(work):
    a, b, c = put("seeds/a.txt", DIRTY.read_bytes()), put("seeds/b.txt", DIRTY.read_bytes()), put("seeds/c.txt", OWN_RU)
    # same article, different spacing: still a duplicate
    d = put("seeds/d.txt", DIRTY.read_bytes().replace(b"\n", b"\n\n").replace("\xa0".encode(), b" "))
    code, out, _ = hook("check", "--no-compare-folder", a, b, c, d)
    assert code == EXIT_FAIL
    assert f"{a}: would change" in out
    assert f"{b}: rejected: dedup.exact: the same text as {a}" in out
    assert f"{d}: rejected: dedup.exact: the same text as {a}" in out
    assert f"{c}: rejected" not in out
    code, out, _ = hook("fix", "--no-compare-folder", a, b)
    assert f"Fixing {a}" in out and f"Fixing {b}" not in out
    assert Path(b).read_bytes() == DIRTY.read_bytes()


def test_duplicates_of_other_seeds_in_the_folder(work):
    kept = put("seeds/kept.txt", DIRTY.read_bytes())
    hook("fix", kept)  # the folder holds seeds in fixed form, as the hook keeps them
    new = put("seeds/new.txt", DIRTY.read_bytes())  # the same page collected again, raw
    code, out, _ = hook("check", new)
    assert code == EXIT_FAIL and f"{new}: rejected: dedup.exact: the same text as {kept}" in out
    code, out, _ = hook("check", "--no-compare-folder", new)
    assert "rejected: dedup." not in out and f"{new}: would change" in out
    # an exact copy of a raw seed is found too
    raw = put("seeds/raw.txt", OWN_RU.replace("\n\n", "\n\n\n"))
    copy = put("seeds/copy.txt", Path(raw).read_bytes())
    code, out, _ = hook("check", copy)
    assert f"{copy}: rejected: dedup.exact: the same text as {raw}" in out
    # a different article in the same folder is not a duplicate
    other = put("seeds/other.txt", OWN_KK)
    code, out, _ = hook("check", other)
    assert f"{other}: rejected" not in out


# --- settings -------------------------------------------------------------------------

PYPROJECT = """\
[project]
name = "my-seeds"

[tool.corpusclean]
steps = ["unicode.ftfy", "space.normalize", "space.paragraphs"]

[tool.corpusclean.hook]
corpus = "out/corpus.jsonl"
max_edits = 1
"""


def test_settings_from_pyproject_and_args(work, record_validator):
    put("pyproject.toml", PYPROJECT)
    a, b = put("seeds/a.txt", DIRTY.read_bytes()), put("seeds/b.txt", OWN_KK.replace("\n\n", "\n\n\n"))
    code, out, _ = hook("check", a)
    assert code == EXIT_FAIL and out.splitlines()[2].startswith("    space.nbsp")
    assert out.splitlines()[3].startswith("corpusclean-check:")  # max_edits = 1
    code, out, _ = hook("check", "--max-edits", "0", a)  # args win
    assert out.splitlines()[2].startswith("corpusclean-check:")
    assert not Path("out").exists()  # check never writes

    code, out, _ = hook("fix", a, b)
    assert code == EXIT_FAIL and out == f"Fixing {a}\nFixing {b}\nUpdated {Path('out/corpus.jsonl').resolve()}\n"
    corpus = Path("out/corpus.jsonl")
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in records] == [a, b]
    for rec in records:
        record_validator.validate(rec)
        assert [s["id"] for s in rec["pipeline"]["steps"]] == ["unicode.ftfy", "space.normalize", FRONT_MATTER_STEP,
                                                              "space.paragraphs"]
        # the record's input is the committed (fixed) file
        committed = Path(rec["source"]["path"]).read_text(encoding="utf-8")
        assert replay(committed, rec["edits"]) == rec["text"]
    # nothing changed: nothing written, the corpus stays byte for byte
    before = corpus.read_bytes()
    assert hook("fix", a, b) == (EXIT_OK, "", "")
    assert corpus.read_bytes() == before
    # clean seeds but a missing corpus: writing the corpus is a change, so the hook fails once
    corpus.unlink()
    assert hook("fix", a, b)[:2] == (EXIT_FAIL, f"Updated {corpus.resolve()}\n")
    assert corpus.read_bytes() == before
    # an edited seed replaces its record in place; a seed that became empty loses it
    Path(b).write_text(OWN_KK + "\nҚосымша  абзац.\n", encoding="utf-8")
    hook("fix", a, b)
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [r["source"]["path"] for r in records] == [a, b] and records[1]["text"].endswith("Қосымша абзац.")
    Path(a).write_bytes(b"")
    code, out, _ = hook("fix", a)
    assert code == EXIT_FAIL and "input.empty" in out
    assert [json.loads(line)["source"]["path"] for line in corpus.read_text(encoding="utf-8").splitlines()] == [b]
    # --corpus in args wins over the table
    hook("fix", "--corpus", "elsewhere.jsonl", b)
    assert json.loads(Path("elsewhere.jsonl").read_text(encoding="utf-8"))["source"]["path"] == b


def test_the_hook_table_does_not_disturb_the_command_line_config(work):
    put("pyproject.toml", PYPROJECT)
    config = Config.from_toml("pyproject.toml")
    assert config.steps == ("unicode.ftfy", "space.normalize", "space.paragraphs")
    assert "hook" not in config.to_dict()


@pytest.mark.parametrize("table, message", [
    ("[tool.corpusclean.hook]\ncorpuss = 'x.jsonl'\n", "has no key 'corpuss'; valid: corpus, max_edits, compare_folder"),
    ("[tool.corpusclean.hook]\nmax_edits = 'many'\n", "max_edits must be a whole number"),
    ("[tool.corpusclean.hook]\ncompare_folder = 'yes'\n", "compare_folder must be true or false"),
    ("[tool.corpusclean]\nsteps = ['no.such_step']\n", "unknown step 'no.such_step'"),
])
def test_bad_settings_are_usage_errors(work, table, message):
    put("pyproject.toml", "[tool.corpusclean]\n" + table if "tool.corpusclean]" not in table else table)
    path = put("seeds/a.txt", OWN_RU)
    code, out, err = hook("check", path)
    assert code == EXIT_USAGE and message in err and out == ""


@pytest.mark.parametrize("argv, code", [
    (["--version"], EXIT_OK),
    (["--help"], EXIT_OK),
    (["tidy", "x.txt"], EXIT_USAGE),
    (["check", "--steps", "no.such_step", "x.txt"], EXIT_USAGE),
    (["check", "--max-edits", "-1", "x.txt"], EXIT_USAGE),
    (["check"], EXIT_OK),  # no files: nothing to check
])
def test_usage(work, argv, code, capsys):
    assert hook(*argv)[0] == code


def test_front_matter_step_joins_any_step_list():
    steps = _with_front_matter(Config(steps=("unicode.ftfy", "space.normalize", "space.paragraphs"))).steps
    assert steps == ("unicode.ftfy", "space.normalize", FRONT_MATTER_STEP, "space.paragraphs")
    assert _with_front_matter(Config(steps=("space.paragraphs",))).steps == (FRONT_MATTER_STEP, "space.paragraphs")
    assert _with_front_matter(Config()).steps.count(FRONT_MATTER_STEP) == 1


# --- html and jsonl seeds are checked, never rewritten ---------------------------------

OWN_HTML = ("<!doctype html><html><head><title>Маслихат обсудил бюджет</title></head><body>"
            "<nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav><article><h1>Маслихат обсудил бюджет</h1>"
            + "".join(f"<p>{p}</p>" for p in OWN_RU.split("\n\n")) + "</article></body></html>")


def test_html_and_jsonl_seeds_are_checked_but_never_rewritten(work):
    page = put("seeds/page.html", OWN_HTML)
    lines = put("seeds/batch.jsonl", json.dumps({"text": OWN_RU}, ensure_ascii=False) + "\n")
    for mode in ("check", "fix"):
        assert hook(mode, FOUNDATION, page, lines) == (EXIT_OK, "", "")
    assert Path(page).read_text(encoding="utf-8") == OWN_HTML
    bad = put("seeds/bad.jsonl", '{"text": "ok"}\n{"body": 1}\n')
    code, out, _ = hook("check", FOUNDATION, bad)
    assert code == EXIT_FAIL and out.startswith(f"{bad}: rejected: jsonl.missing_text: line 2:")


# --- fix settles, or says it cannot ---------------------------------------------------


def test_fix_settles_a_step_that_needs_two_passes_and_gives_up_on_one_that_never_settles(work):
    def halve_bangs(text):  # not idempotent: "!!!!" -> "!!" -> "!"
        return text.replace("!!", "!")

    path = put("seeds/a.txt", "Ура" + "!" * 16 + "\n")
    pipeline = Pipeline(["space.normalize", halve_bangs, "space.paragraphs"])
    out = examine(path, pipeline)
    # The pipeline itself runs its steps again until the text stops changing, at most
    # MAX_PASSES times (issue 10): 16 -> 8 -> 4 -> 2, and fix gives the pass to 1.
    assert out.fixed == "Ура!!\n"
    assert _settle(out, pipeline) is None and out.fixed == "Ура!\n"
    assert_replays(out.docs)

    def grow(text):
        return text + "!"

    pipeline = Pipeline(["space.normalize", grow])
    out = examine(path, pipeline)
    problem = _settle(out, pipeline)
    assert problem.startswith(f"the cleaner does not settle on a fixed form after {MAX_FIX_PASSES} passes (")
    assert "user.grow" in problem


# --- atomic writes --------------------------------------------------------------------


def test_write_atomic_keeps_the_mode_and_leaves_nothing_behind_on_failure(work, monkeypatch):
    path = put("seeds/a.txt", "old\n")
    os.chmod(path, 0o640)
    write_atomic(path, b"new\n")
    assert Path(path).read_bytes() == b"new\n" and os.stat(path).st_mode & 0o777 == 0o640

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(path, b"newer\n")
    assert Path(path).read_bytes() == b"new\n"
    assert sorted(p.name for p in Path("seeds").iterdir()) == ["a.txt"]


def test_fixing_a_symlinked_seed_rewrites_its_target_and_keeps_the_link(work):
    target = put("articles/002.txt", DIRTY.read_bytes())
    os.symlink(os.path.join("..", target), "seeds/002.txt")
    assert hook("fix", "seeds/002.txt")[:2] == (EXIT_FAIL, "Fixing seeds/002.txt\n")
    assert os.path.islink("seeds/002.txt") and Path(target).read_bytes() != DIRTY.read_bytes()
    assert hook("check", "seeds/002.txt")[0] == EXIT_OK
