"""Front matter as people write it (YAML), read by ``metadata.front_matter`` and kept by the
hook: one block, nothing lost, never taken for boilerplate; a clean seed without front
matter passes the check (``--require-front-matter`` makes adding one a failure)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from corpusclean import clean, replay
from corpusclean.frontmatter import MAX_FRONT_MATTER_LINES, read_front_matter, render_front_matter
from corpusclean.hook import EXIT_FAIL, EXIT_OK, main as hook_main

BODY_RU = ("Депутаты городского маслихата утвердили план благоустройства дворов на лето.\n\n"
           "В списке сорок адресов: новые детские площадки, освещение и скамейки. Жители могут "
           "предложить свои дворы до конца месяца через районный акимат.\n")
BODY_KK = ("Қалалық мәслихат депутаттары жазғы аула абаттандыру жоспарын бекітті.\n\n"
           "Тізімде қырық аула бар: жаңа балалар алаңдары, жарық және орындықтар. Тұрғындар "
           "өз ауласын ай соңына дейін аудан әкімдігі арқылы ұсына алады.\n")

# --- reading: rows that are front matter, rows that stay text ------------------------------

READ = [
    ("unquoted title with a colon", "---\ntitle: Съезд: итоги года\nlang: ru\n---\n",
     {"title": "Съезд: итоги года", "lang": "ru"}, {}),
    ("aliases and other keys", "---\ntitle: Партия провела съезд\ndate: 2022-04-15 18:10\nlanguage: ru\nlayout: post\n---\n",
     {"title": "Партия провела съезд", "published": "2022-04-15T18:10", "lang": "ru"}, {"layout": "post"}),
    ("tags as a YAML list", "---\ntitle: Т\ntags:\n  - AMANAT\n  - Алматы\n---\n", {"title": "Т", "tags": ["AMANAT", "Алматы"]}, {}),
    ("tags as a comma list", "---\ntags: AMANAT, Алматы\n---\n", {"tags": ["AMANAT", "Алматы"]}, {}),
    ("plain words stay words", "---\ntitle: 2024\nlang: no\n---\n", {"title": "2024", "lang": "no"}, {}),
    ("blank line and ... close", "---\ntitle: Т\n\nrubric: Саясат\n...\n", {"title": "Т", "rubric": "Саясат"}, {}),
    ("our own JSON form", render_front_matter({"title": "Съезд «Аманат»", "tags": ["a"], "lang": "kk"}),
     {"title": "Съезд «Аманат»", "tags": ["a"], "lang": "kk"}, {}),
    ("Kazakh Latin", "---\ntitle: Partiia sezi ótti\nlang: kk\n---\n", {"title": "Partiia sezi ótti", "lang": "kk"}, {}),
    ("a date that is none kept aside", "---\ntitle: Т\npublished: вчера\n---\n", {"title": "Т"}, {"published": "вчера"}),
    ("keys in Cyrillic beside ours", "---\ntitle: Т\nавтор: Айгүл Сейтова\n---\n", {"title": "Т"}, {"автор": "Айгүл Сейтова"}),
]

NOT_FRONT_MATTER = [
    ("no closing fence", "---\ntitle: Т\nТекст статьи."),
    ("not at the start", "Текст\n---\ntitle: Т\n---\n"),
    ("a rule then paragraphs", "---\nПартия провела съезд. Делегаты выбрали председателя.\n---\n"),
    ("a paragraph opening with a label", "---\nЗаявление: партия провела съезд\n---\n"),
    ("a phrase before the colon", "---\nКак сообщает пресс-служба: съезд прошёл\nlang: ru\n---\n"),
    ("none of our fields", "---\nNote: the party met\n---\n"),
    ("repeated key", "---\ntitle: А\ntitle: Б\n---\n"),
    ("fence too far down", "---\ntitle: Т\n" + "x: y\n" * MAX_FRONT_MATTER_LINES + "---\n"),
]


@pytest.mark.parametrize("name, block, fields, extra", READ, ids=[r[0] for r in READ])
def test_front_matter_as_people_write_it_is_read(name, block, fields, extra):
    got = read_front_matter(block + BODY_RU)
    assert got is not None and got.fields == fields and got.extra == extra and got.end == len(block)
    # written back in our form, it reads the same
    again = read_front_matter(render_front_matter({**got.fields, "front_matter_extra": got.extra}))
    assert (again.fields, again.extra) == (fields, extra)


@pytest.mark.parametrize("name, text", NOT_FRONT_MATTER, ids=[r[0] for r in NOT_FRONT_MATTER])
def test_text_that_is_not_front_matter_stays(name, text):
    assert read_front_matter(text) is None
    doc = clean(text + "\n" + BODY_RU, steps=["metadata.front_matter"])
    assert doc.text.startswith(text[:3]) and not doc.edits


@pytest.mark.parametrize("body, lang", [(BODY_RU, "ru"), (BODY_KK, "kk"), (BODY_RU.replace("\n\n", ""), "ru"),
                                        (BODY_RU.replace("\n\n", " "), "ru")], ids=["ru", "kk", "joined", "spaces"])
def test_front_matter_lines_are_never_removed_as_boilerplate(body, lang):
    block = f"---\ntitle: Партия провела съезд\nlang: {lang}\nsite: Степной курьер\nrubric: Политика\n---\n"
    doc = clean(block + body)
    assert replay(doc.input_text, doc.edits) == doc.text
    (lift,) = [e for e in doc.edits if e.start == 0 and e.before.startswith("---")]
    assert lift.reason == "metadata.front_matter" and lift.before == block
    assert not any(e.reason.startswith("boilerplate.") and ("lang:" in e.before or "title:" in e.before) for e in doc.edits)
    assert doc.meta["lang"] == lang and doc.meta["title"] == "Партия провела съезд" and doc.meta["rubric"] == "Политика"
    assert "---" not in doc.text


# --- the hook ---------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    return tmp_path


def hook(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = hook_main(["--no-project-config", *argv], stdout=out, stderr=out)
    return code, out.getvalue()


def put(name: str, text: str) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(text, encoding="utf-8")
    return name


@pytest.mark.parametrize("body", [BODY_RU, BODY_KK], ids=["ru", "kk"])
def test_a_clean_seed_without_front_matter_passes_unless_required(folder, body):
    seed = put("seeds/a.txt", body)
    assert hook("check", seed) == (EXIT_OK, "")
    assert hook("fix", seed) == (EXIT_OK, "") and Path(seed).read_text(encoding="utf-8") == body
    code, out = hook("check", "--require-front-matter", seed)
    assert code == EXIT_FAIL and "    front matter: adds lang" in out
    code, out = hook("fix", "--require-front-matter", seed)
    assert code == EXIT_FAIL and f"Fixing {seed}" in out
    fixed = Path(seed).read_text(encoding="utf-8")
    assert fixed == render_front_matter({"lang": "ru" if body is BODY_RU else "kk"}) + body
    assert hook("check", "--require-front-matter", seed) == (EXIT_OK, "")


def test_a_dirty_seed_without_front_matter_still_fails(folder):
    seed = put("seeds/a.txt", "Политика\n" + BODY_RU.replace("\n\n", "\n") + "Теги: AMANAT, Алматы\n")
    code, out = hook("check", seed)
    assert code == EXIT_FAIL and "boilerplate.tags" in out


def test_yaml_front_matter_of_a_clean_seed_passes_and_is_kept_as_written(folder):
    text = "---\ntitle: Партия провела съезд\ndate: 2022-04-15\nlang: ru\nauthor: Айгүл Сейтова\n---\n" + BODY_RU
    seed = put("seeds/a.txt", text)
    assert hook("check", seed) == (EXIT_OK, "")
    assert hook("fix", seed) == (EXIT_OK, "") and Path(seed).read_text(encoding="utf-8") == text


def test_fix_writes_one_block_with_the_yaml_fields_the_page_and_the_rubric(folder):
    seed = put("seeds/a.txt", "---\ntitle: Партия провела съезд\nlang: ru\nauthor: Айгүл Сейтова\n---\n"
                              "Политика\nПартия провела съезд\n15.04.2022, 18:10\n"
                              + BODY_RU.replace("\n\n", "\n") + "Теги: AMANAT, Алматы\n")
    code, out = hook("check", seed)
    assert code == EXIT_FAIL and "front matter: adds published, rubric, tags" in out
    code, out = hook("fix", seed)
    assert code == EXIT_FAIL and f"Fixing {seed}" in out
    fixed = Path(seed).read_text(encoding="utf-8")
    assert fixed == ('---\ntitle: "Партия провела съезд"\npublished: "2022-04-15T18:10"\nrubric: "Политика"\n'
                     'tags: ["AMANAT", "Алматы"]\nlang: "ru"\nauthor: "Айгүл Сейтова"\n---\n' + BODY_RU)
    assert fixed.count("---\n") == 2  # one block
    assert hook("check", seed) == (EXIT_OK, "")
    assert hook("fix", seed) == (EXIT_OK, "")


def test_the_corpus_record_keeps_the_rubric_and_the_other_keys(folder):
    seed = put("seeds/a.txt", "---\ntitle: Партия провела съезд\nauthor: Айгүл\n---\nПолитика\nПартия провела съезд\n" + BODY_RU)
    hook("fix", "--corpus", "corpus.jsonl", "--require-front-matter", seed)
    (rec,) = [json.loads(line) for line in Path("corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rec["extra"]["rubric"] == "Политика" and rec["extra"]["front_matter_extra"] == {"author": "Айгүл"}


# --- through the real pre-commit (the README's repo: local configuration) ----------------------

from test_hook_e2e import BIN, commit, env, init_repo, pre_commit, readme_local_config, sh, use_config, write  # noqa: E402,F401


@pytest.fixture
def repo(tmp_path, env):  # noqa: F811 - env is the fixture imported above
    if not (BIN / "corpusclean-hook").exists():
        pytest.fail(f"corpusclean-hook is not installed next to {BIN}: run pip install -e .")
    return init_repo(tmp_path / "repo", env)


def test_pre_commit_accepts_yaml_and_bare_clean_seeds_and_fixes_a_dirty_one(repo, env):  # noqa: F811
    use_config(repo, env, readme_local_config())
    write(repo, "seeds/bare/a.txt", BODY_RU)
    write(repo, "seeds/yaml/b.txt", "---\ntitle: Мәслихат жоспарды бекітті\nlang: kk\n---\n" + BODY_KK)
    sh(repo, env, "git", "add", "seeds")
    code, out = commit(repo, env, "two clean seeds")
    assert code == 0 and "Passed" in out, out

    dirty = "---\ntitle: Партия провела съезд\nlang: ru\n---\nПолитика\nПартия провела съезд\n" + BODY_RU.replace("\n\n", "\n")
    seed = write(repo, "seeds/dirty/c.txt", dirty)
    sh(repo, env, "git", "add", "seeds/dirty/c.txt")
    code, out = commit(repo, env, "a dirty seed")
    assert code != 0 and "seeds/dirty/c.txt: would change" in out, out
    code, out = pre_commit(repo, env, "run", "--hook-stage", "manual", "corpusclean-fix", "--files", "seeds/dirty/c.txt")
    assert code == 1 and "Fixing seeds/dirty/c.txt" in out, out
    fixed = seed.read_text(encoding="utf-8")
    assert fixed.count("---\n") == 2 and '\nrubric: "Политика"\n' in fixed and fixed.endswith(BODY_RU)
    sh(repo, env, "git", "add", "seeds/dirty/c.txt")
    code, out = commit(repo, env, "the dirty seed, fixed")
    assert code == 0 and "Passed" in out, out


def test_alias_file_is_sorted_and_names_our_fields():
    from corpusclean.frontmatter import FRONT_MATTER_KEYS, aliases

    table = aliases()
    assert list(table) == sorted(table) and len(table) == len(set(table))
    assert set(table.values()) <= set(FRONT_MATTER_KEYS) and not set(table) & set(FRONT_MATTER_KEYS)
