"""The docs site builds with warnings as errors, holds every docs/*.md page and the pages
generated from the code (steps, CLI, schema), and shows the review screenshot."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import docsite  # noqa: E402  (tools/ is not a package: the hook mkdocs loads)

pytestmark = pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None,
                                reason="the docs extra is not installed (pip install -e '.[docs]')")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return out


def page(site: Path, name: str) -> str:
    stem = name[:-3]
    path = site / ("index.html" if stem == "index" else f"{stem}/index.html")
    return path.read_text(encoding="utf-8")


def test_every_docs_page_is_built(site):
    for md in sorted((ROOT / "docs").glob("*.md")):
        assert (site / md.stem / "index.html").is_file(), f"{md.name} missing from the site"


def test_home_is_the_readme(site):
    home = page(site, "index.md")
    assert "Pre-commit hook" in home and "Library use" in home
    assert 'href="steps/"' in home  # the README's docs/ links point at the site's pages


def test_step_reference_lists_every_registered_step(site):
    from corpusclean.steps import available_steps

    ref = page(site, "reference/steps.md")
    builtin = {k: c for k, c in available_steps().items() if c.__module__.startswith("corpusclean.")}
    assert len(builtin) >= 20  # (steps other tests register in this process are not the package's)
    for step_id, cls in builtin.items():
        assert f"<code>{step_id}</code>" in ref
        for reason in cls.reasons:
            assert f"<code>{reason}</code>" in ref


def test_cli_reference_is_the_help_of_every_command(site):
    ref = page(site, "reference/cli.md")
    for name in ("usage: corpusclean [-h]", "usage: corpusclean explain", "usage: corpusclean review",
                 "usage: corpusclean steps", "usage: corpusclean-hook"):
        assert name in ref


def test_schema_reference_has_every_record_field(site):
    schema = json.loads((ROOT / "corpusclean" / "data" / "record.schema.json").read_text(encoding="utf-8"))
    ref = page(site, "reference/schema.md")
    for field in schema["$defs"]["record"]["properties"]:
        assert f"<code>{field}</code>" in ref


def test_review_page_shows_the_screenshot(site):
    assert 'src="../assets/review.png"' in page(site, "review.md")
    assert (site / "assets" / "review.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_new_page_joins_the_navigation_without_editing_mkdocs_yml():
    nav = docsite.navigation(["cli.md", "dedup.md", "steps.md", "zz_new.md"])
    flat = [entry if isinstance(entry, str) else next(iter(entry.values())) for entry in nav]
    assert flat[0] == "index.md" and "dedup.md" in flat and "zz_new.md" in flat
    assert flat.index("steps.md") < flat.index("cli.md") < flat.index("dedup.md")


def test_cli_doc_help_block_is_current():
    assert docsite.update_cli_doc(check=True), "run: python tools/docsite.py --update-cli-doc"


def test_help_pages_do_not_depend_on_the_terminal_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    narrow = docsite.cli_page()
    monkeypatch.setenv("COLUMNS", "200")
    assert docsite.cli_page() == narrow
