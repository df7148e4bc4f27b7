"""The hooks end to end, with the real pre-commit and git in temporary repositories.

* the README's ``repo: local`` configuration (``language: system``, the installed
  ``corpusclean-hook``): a dirty seed is refused at commit time with the reasons, the fix
  hook rewrites it, then the commit goes through; a clean seed passes untouched; a binary
  and an empty file are refused with their reason;
* ``pre-commit try-repo`` on a snapshot of this checkout (``language: python``: pre-commit
  builds a virtualenv and pip-installs the package, so it needs the package index; set
  ``CORPUSCLEAN_SKIP_TRY_REPO=1`` to leave it out where there is no network);
* the manifest is valid, and the README names the same hook ids and a valid configuration.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DIRTY = ROOT / "seeds" / "002_10c7d448ac22702c.txt"
SEED = "seeds/002_10c7d448ac22702c.txt"
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent  # where pip put corpusclean-hook next to this python
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
# Our own writing (Russian): a short article for the "clean seed" case.
OWN_RU = ("Депутаты городского маслихата утвердили план благоустройства дворов на лето.\n\n"
          "В списке сорок адресов: новые детские площадки, освещение и скамейки. Жители могут "
          "предложить свои дворы до конца месяца через районный акимат.\n")


def readme_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("\n## Pre-commit hook\n")
    end = text.find("\n## ", start + 1)
    return text[start:] if end < 0 else text[start:end]


def readme_blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", readme_section(), re.S)


def readme_local_config() -> dict:
    (block,) = [b for b in readme_blocks("yaml") if "repo: local" in b]
    return yaml.safe_load(block)


# --- running git and pre-commit ---------------------------------------------------------


@pytest.fixture
def env(tmp_path):
    e = {k: v for k, v in os.environ.items()
         if not k.startswith(("GIT_", "PRE_COMMIT")) and k not in ("SKIP", "VIRTUAL_ENV")}
    e.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
             PRE_COMMIT_COLOR="never", PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    return e


def sh(cwd: Path, env: dict, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def pre_commit(cwd: Path, env: dict, *argv: str, timeout: float = 120) -> tuple[int, str]:
    p = sh(cwd, env, sys.executable, "-m", "pre_commit", *argv, timeout=timeout)
    return p.returncode, p.stdout + p.stderr


def commit(cwd: Path, env: dict, message: str) -> tuple[int, str]:
    p = sh(cwd, env, "git", "commit", "-m", message)
    return p.returncode, p.stdout + p.stderr


def init_repo(path: Path, env: dict) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for argv in (["init", "-q"], ["config", "user.email", "tests@example.invalid"], ["config", "user.name", "Tests"],
                 ["config", "commit.gpgsign", "false"]):
        assert sh(path, env, "git", *argv).returncode == 0
    return path


def write(repo: Path, name: str, data: bytes | str) -> Path:
    p = repo / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def has_commits(repo: Path, env: dict) -> bool:
    return sh(repo, env, "git", "rev-parse", "--verify", "-q", "HEAD").returncode == 0


@pytest.fixture
def repo(tmp_path, env):
    if shutil.which("corpusclean-hook", path=str(BIN)) is None:
        pytest.fail(f"corpusclean-hook is not installed next to {sys.executable}: run pip install -e .")
    return init_repo(tmp_path / "repo", env)


def use_config(repo: Path, env: dict, config: dict) -> None:
    write(repo, ".pre-commit-config.yaml", yaml.safe_dump(config, sort_keys=False))
    code, out = pre_commit(repo, env, "install")
    assert code == 0, out
    assert sh(repo, env, "git", "add", ".pre-commit-config.yaml").returncode == 0


# --- the README's repo: local configuration -----------------------------------------------


def test_commit_is_refused_then_fixed_and_accepted(repo, env):
    use_config(repo, env, readme_local_config())
    seed = write(repo, SEED, DIRTY.read_bytes())
    sh(repo, env, "git", "add", SEED)
    code, out = commit(repo, env, "add a seed")
    assert code != 0 and not has_commits(repo, env)
    assert re.search(r"^corpusclean check\.+Failed$", out, re.M), out
    assert f"{SEED}: would change; corpusclean-fix writes the cleaned form" in out
    assert re.search(r"^    \d+ edits?: [a-z_]+\.", out, re.M), out
    assert seed.read_bytes() == DIRTY.read_bytes()  # the check never writes

    code, out = pre_commit(repo, env, "run", "--hook-stage", "manual", "corpusclean-fix", "--files", SEED)
    assert code == 1 and f"Fixing {SEED}" in out, out
    fixed = seed.read_bytes()
    assert fixed != DIRTY.read_bytes()

    write(repo, "seeds/.gitkeep", b"")  # hidden files are not seeds (an empty one would be refused)
    sh(repo, env, "git", "add", SEED, "seeds/.gitkeep")
    code, out = commit(repo, env, "add a seed")
    assert code == 0 and re.search(r"^corpusclean check\.+Passed$", out, re.M), out
    assert seed.read_bytes() == fixed

    # A seed already in the cleaned form passes untouched.
    own = write(repo, "seeds/own.txt", OWN_RU)
    sh(repo, env, str(BIN / "corpusclean-hook"), "fix", "seeds/own.txt")
    clean = own.read_bytes()
    sh(repo, env, "git", "add", "seeds/own.txt")
    code, out = commit(repo, env, "add a clean seed")
    assert code == 0 and re.search(r"^corpusclean check\.+Passed$", out, re.M), out
    assert own.read_bytes() == clean

    # A binary file and an empty file are refused, each with its reason.
    write(repo, "seeds/scan.png", PNG)
    write(repo, "seeds/empty.txt", b"")
    sh(repo, env, "git", "add", "seeds/scan.png", "seeds/empty.txt")
    code, out = commit(repo, env, "add two bad files")
    assert code != 0, out
    assert "seeds/scan.png: rejected: input.binary: binary data (NUL or control bytes), not text" in out
    assert "seeds/empty.txt: rejected: input.empty: no text (empty or only whitespace)" in out
    assert sh(repo, env, "git", "rev-list", "--count", "HEAD").stdout.strip() == "2"


def test_fix_on_commit_with_args_stops_the_commit_once_then_lets_it_through(repo, env):
    config = readme_local_config()
    for h in config["repos"][0]["hooks"]:
        h.pop("stages", None)  # both hooks run at commit time
        h["args"] = ["--steps", "unicode.ftfy,space.normalize,space.paragraphs"]  # settings through hook args
    use_config(repo, env, config)
    seed = write(repo, SEED, DIRTY.read_bytes())
    sh(repo, env, "git", "add", SEED)
    code, out = commit(repo, env, "add a seed")
    assert code != 0 and not has_commits(repo, env)
    assert "    17 edits: space.nbsp=4, space.blank_lines=1, space.paragraphs=12" in out, out  # only the steps asked for
    assert re.search(r"^corpusclean fix\.+Failed$", out, re.M) and f"Fixing {SEED}" in out, out
    assert "files were modified by this hook" in out
    sh(repo, env, "git", "add", SEED)
    code, out = commit(repo, env, "add a seed")
    assert code == 0, out
    assert re.search(r"^corpusclean check\.+Passed$", out, re.M) and re.search(r"^corpusclean fix\.+Passed$", out, re.M)
    assert seed.read_bytes() != DIRTY.read_bytes()


# --- pre-commit try-repo (language: python: a virtualenv with the package pip-installed) ---


def snapshot(dest: Path, env: dict) -> Path:
    """This checkout as it is on disk (tracked and new files, .gitignore respected), committed in ``dest``."""
    listed = sh(ROOT, env, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    init_repo(dest, env)
    for name in filter(None, listed.stdout.split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    assert sh(dest, env, "git", "add", "-A").returncode == 0
    assert sh(dest, env, "git", "commit", "-q", "-m", "snapshot").returncode == 0
    return dest


@pytest.mark.skipif(bool(os.environ.get("CORPUSCLEAN_SKIP_TRY_REPO")), reason="CORPUSCLEAN_SKIP_TRY_REPO is set")
def test_try_repo_refuses_the_dirty_seed_and_accepts_it_after_the_fix_hook(tmp_path, env):
    snap = snapshot(tmp_path / "corpusclean", env)
    work = init_repo(tmp_path / "work", env)
    seed = write(work, SEED, DIRTY.read_bytes())
    # Without a hook id try-repo runs every hook of the manifest: check (refuses), then fix.
    code, out = pre_commit(work, env, "try-repo", str(snap), "--files", SEED, timeout=900)
    assert code == 1, out
    assert re.search(r"^corpusclean check\.+Failed$", out, re.M), out
    assert f"{SEED}: would change" in out
    assert re.search(r"^corpusclean fix\.+Failed$", out, re.M) and f"Fixing {SEED}" in out, out
    assert seed.read_bytes() != DIRTY.read_bytes()
    # Each try-repo builds a fresh virtualenv (about 15 s with a warm pip cache), so the
    # fixed file is checked with the same code installed here rather than a second try-repo.
    p = sh(work, env, str(BIN / "corpusclean-hook"), "check", SEED)
    assert (p.returncode, p.stdout) == (0, ""), p.stdout + p.stderr


# --- the manifest and the README --------------------------------------------------------


def manifest() -> list[dict]:
    return yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))


def test_manifest_is_valid_and_does_not_skip_binary_files(env):
    code, out = pre_commit(ROOT, env, "validate-manifest", str(MANIFEST))
    assert code == 0, out
    hooks = {h["id"]: h for h in manifest()}
    assert set(hooks) == {"corpusclean-check", "corpusclean-fix"}
    for h in hooks.values():
        assert h["language"] == "python" and h["files"] and "types" not in h and "types_or" not in h
        assert h["minimum_pre_commit_version"]
        assert h["entry"] == f"corpusclean-hook {h['id'].split('-')[1]}"


def test_readme_names_the_manifest_hooks_with_a_valid_local_config(tmp_path, env):
    ids = {h["id"] for h in manifest()}
    section = readme_section()
    assert set(re.findall(r"`(corpusclean-(?:check|fix)|corpusclean-[a-z]+)`", section)) - {"corpusclean-hook"} == ids
    config = readme_local_config()
    local = {h["id"]: h for h in config["repos"][0]["hooks"]}
    assert set(local) == ids
    for h in manifest():  # the local hooks run what the manifest runs, on the same files
        for key in ("entry", "files", "exclude", "require_serial"):
            assert local[h["id"]][key] == h[key], (h["id"], key)
    (block,) = [b for b in readme_blocks("yaml") if "repo: local" in b]
    cfg = tmp_path / "config.yaml"
    cfg.write_text(block, encoding="utf-8")
    code, out = pre_commit(tmp_path, env, "validate-config", str(cfg))
    assert code == 0, out
    try_repo_ids = {line.split()[3] for b in readme_blocks("sh") for line in b.splitlines() if "try-repo" in line}
    assert try_repo_ids == ids


def test_this_repository_keeps_its_own_raw_seeds_out_of_its_hook(env):
    code, out = pre_commit(ROOT, env, "validate-config", str(ROOT / ".pre-commit-config.yaml"))
    assert code == 0, out
    own = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (h,) = own["repos"][0]["hooks"]
    files, exclude = re.compile(h["files"]), re.compile(h["exclude"])
    seeds = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "seeds").iterdir())
    assert seeds and all(files.search(s) and exclude.search(s) for s in seeds)
    assert files.search("data/seeds/new.txt") and not exclude.search("data/seeds/new.txt")
