"""The command line: in-process through main(argv), and through the installed script."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpusclean import replay
from corpusclean.cli import EXIT_OK, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run(argv, stdin: bytes | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        assert monkeypatch is not None
        fake = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", fake)
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_seeds_folder_gives_one_valid_record_per_seed(record_validator):
    code, out, err = run([str(ROOT / "seeds")])
    assert code == EXIT_OK, err
    recs = records(out)
    assert len(recs) == len(SEEDS) == 5
    for rec in recs:
        record_validator.validate(rec)
    assert [Path(r["source"]["path"]).name for r in recs] == [p.name for p in SEEDS]  # sorted order


def test_replaying_each_records_edits_on_its_input_file_reproduces_its_text():
    code, out, _ = run([str(ROOT / "seeds")])
    assert code == EXIT_OK
    for rec in records(out):
        input_text = Path(rec["source"]["path"]).read_bytes().decode(rec["source"]["encoding"])
        assert rec["source"]["input"] == "file-text"
        assert replay(input_text, rec["edits"]) == rec["text"]


def test_entity_input_offsets_point_at_the_same_surface_in_the_input():
    code, out, _ = run([str(ROOT / "seeds")])
    for rec in records(out):
        input_text = Path(rec["source"]["path"]).read_text(encoding="utf-8")
        for ent in rec["entities"]:
            assert rec["text"][ent["start"]:ent["end"]] == ent["surface"]
            # the input span holds the surface as it was before any rewrite of it
            assert input_text[ent["input_start"]:ent["input_end"]].strip()


def test_same_input_and_settings_give_byte_identical_output():
    a = run([str(ROOT / "seeds")])[1]
    b = run([str(ROOT / "seeds")])[1]
    assert a == b


def test_stdin_dash_and_pipe(monkeypatch):
    raw = SEEDS[1].read_bytes()
    code, out, _ = run(["-"], stdin=raw, monkeypatch=monkeypatch)
    assert code == EXIT_OK and len(records(out)) == 1
    assert records(out)[0]["source"]["path"] == "<stdin>"


def test_output_file_and_rejects_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out_file, rej_file = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    code, out, err = run([str(SEEDS[0]), str(empty), "-o", str(out_file), "--rejects", str(rej_file)])
    assert code == EXIT_OK
    assert out == "" and err == ""
    assert len(records(out_file.read_text(encoding="utf-8"))) == 1
    rejected = records(rej_file.read_text(encoding="utf-8"))
    assert [r["reason"]["code"] for r in rejected] == ["input.empty"]


def test_steps_flag_chooses_steps_and_the_record_names_them():
    code, out, _ = run([str(SEEDS[1]), "--steps", "space.normalize"])
    rec = records(out)[0]
    assert [s["id"] for s in rec["pipeline"]["steps"]] == ["space.normalize"]
    assert "\n" in rec["text"]


def test_config_hash_changes_with_settings():
    h1 = records(run([str(SEEDS[1])])[1])[0]["pipeline"]["config_hash"]
    h2 = records(run([str(SEEDS[1]), "--reference-date", "2024-01-01"])[1])[0]["pipeline"]["config_hash"]
    assert h1 != h2


@pytest.mark.parametrize(
    "argv,needle",
    [
        (["--steps", "no.such.step", "seeds"], "unknown step 'no.such.step'; known: "),
        (["seedz"], "no such file or folder"),
        (["--set", "space.normalize:nope=1", "seeds"], "valid: "),
        (["--set", "garbage", "seeds"], "STEP:KEY=VALUE"),
        (["--reference-date", "yesterday", "seeds"], "not an ISO date"),
        (["--config", "missing.toml", "seeds"], "config file not found"),
    ],
)
def test_usage_errors_are_one_line_and_list_the_choices(argv, needle, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, err = run(argv)
    assert code == EXIT_USAGE
    assert needle in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_missing_path_suggests_a_near_name(monkeypatch):
    monkeypatch.chdir(ROOT)
    code, _, err = run(["seedz"])
    assert "did you mean: seeds" in err


def test_steps_lists_every_registered_step_with_defaults():
    code, out, _ = run(["steps"])
    assert code == EXIT_OK
    assert "unicode.ftfy" in out and "space.normalize" in out and "max_blank_lines = 1" in out
    code, out, _ = run(["steps", "--json"])
    data = json.loads(out)
    assert {d["id"] for d in data} >= {"unicode.ftfy", "space.normalize", "space.paragraphs"}


def test_explain_shows_every_edit_with_its_reason():
    code, out, _ = run(["explain", str(SEEDS[1]), "--all"])
    assert code == EXIT_OK
    rec = records(run([str(SEEDS[1])])[1])[0]
    assert out.count("\n   [") == len(rec["edits"])
    for e in rec["edits"]:
        assert e["reason"] in out


def test_project_config_in_pyproject_is_read(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.corpusclean]\nsteps = ["space.normalize"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("one  two\nthree", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rec = records(run(["a.txt"])[1])[0]
    assert [s["id"] for s in rec["pipeline"]["steps"]] == ["space.normalize"]
    # flags win over the file
    rec = records(run(["a.txt", "--steps", "space.paragraphs"])[1])[0]
    assert [s["id"] for s in rec["pipeline"]["steps"]] == ["space.paragraphs"]
    # and the file can be ignored
    rec = records(run(["a.txt", "--no-project-config"])[1])[0]
    assert len(rec["pipeline"]["steps"]) > 1


# --- through the installed script ------------------------------------------------------------
SCRIPT = shutil.which("corpusclean", path=os.path.dirname(sys.executable)) or shutil.which("corpusclean")


@pytest.mark.skipif(SCRIPT is None, reason="corpusclean script not installed")
def test_installed_script_in_a_pipe_with_a_non_utf8_locale(tmp_path):
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    raw = SEEDS[3].read_bytes()
    proc = subprocess.run([SCRIPT], input=raw, capture_output=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    rec = json.loads(proc.stdout.decode("utf-8"))
    assert rec["text"] and "Қ" in rec["text"]


@pytest.mark.skipif(SCRIPT is None, reason="corpusclean script not installed")
def test_installed_script_version_and_module_entry_point():
    proc = subprocess.run([SCRIPT, "--version"], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and proc.stdout.startswith("corpusclean ")
    proc = subprocess.run([sys.executable, "-m", "corpusclean", "--version"], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and proc.stdout.startswith("corpusclean ")


@pytest.mark.skipif(SCRIPT is None, reason="corpusclean script not installed")
def test_installed_script_usage_error_has_no_traceback():
    proc = subprocess.run([SCRIPT, "--steps", "nope", str(ROOT / "seeds")], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "unknown step 'nope'" in proc.stderr


@pytest.mark.skipif(SCRIPT is None, reason="corpusclean script not installed")
def test_output_is_byte_identical_across_processes_and_hash_seeds():
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([SCRIPT, str(ROOT / "seeds")], capture_output=True, env=env, timeout=120)
        assert proc.returncode == 0
        outputs.add(proc.stdout)
    assert len(outputs) == 1
