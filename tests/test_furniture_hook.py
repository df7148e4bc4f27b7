"""The pre-commit hook and pyproject settings use a saved furniture model (they never learn)."""

from __future__ import annotations

import io
import json

from corpusclean.cli import main as cli_main
from corpusclean.config import Config
from corpusclean.hook import main as hook_main

import furniture_sites as fs

SITE = "prirechye_ru"


def _learn(tmp_path):
    folder = fs.write_folders(tmp_path / "pages", "lines")[0]
    model = tmp_path / "furniture.json"
    assert cli_main(["learn", str(folder), "-o", str(model)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    seed = tmp_path / "seeds" / "new.txt"
    seed.parent.mkdir()
    seed.write_text(fs.page_text(SITE, 30, "lines"), encoding="utf-8")
    return model, seed


def test_hook_check_reports_learned_furniture_with_a_saved_model(tmp_path, monkeypatch):
    model, seed = _learn(tmp_path)
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    code = hook_main(["check", "--no-project-config", "--furniture", str(model), str(seed)], stdout=out, stderr=err)
    assert code == 1
    assert "boilerplate.repeated" in out.getvalue() + err.getvalue()
    # fix writes the cleaned form without the site's lines; fixing again changes nothing
    out = io.StringIO()
    assert hook_main(["fix", "--no-project-config", "--furniture", str(model), str(seed)], stdout=out, stderr=io.StringIO()) == 1
    fixed = seed.read_text(encoding="utf-8")
    assert not any(line in fixed for line in fs.furniture_lines(SITE))
    assert all(s in fixed for s in fs.body_sentences(SITE, 30))
    assert hook_main(["fix", "--no-project-config", "--furniture", str(model), str(seed)],
                     stdout=io.StringIO(), stderr=io.StringIO()) == 0


def test_pyproject_furniture_model(tmp_path, monkeypatch):
    model, seed = _learn(tmp_path)
    (tmp_path / "pyproject.toml").write_text(f'[tool.corpusclean]\nfurniture_model = "{model.as_posix()}"\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    # stdin: no file to learn from, the saved model applies (a one-site model to an ungrouped page)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(seed.read_bytes()), encoding="utf-8"))
    assert cli_main([], stdout=out, stderr=io.StringIO()) == 0
    rec = json.loads(out.getvalue())
    assert not any(line in rec["text"] for line in fs.furniture_lines(SITE))
    assert Config.from_toml(tmp_path / "pyproject.toml").furniture_model == model.as_posix()
    # clean() takes the same setting
    from corpusclean import clean

    doc = clean(seed.read_text(encoding="utf-8"), source=seed, furniture_model=str(model))
    assert not any(line in doc.text for line in fs.furniture_lines(SITE))
    step = next(s for s in doc.pipeline["steps"] if s["id"] == "boilerplate.repeated")
    assert step["model"]["sha256"] == rec["pipeline"]["steps"][[s["id"] for s in rec["pipeline"]["steps"]].index(
        "boilerplate.repeated")]["model"]["sha256"]
