"""The documentation's examples run, and the README's commands are the ones CI runs."""

from __future__ import annotations

import doctest
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUNNABLE_DOCS = ["docs/steps.md"]


@pytest.mark.parametrize("name", RUNNABLE_DOCS)
def test_doc_examples_run(name):
    result = doctest.testfile(str(ROOT / name), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)
    assert block, "README must start with a code block holding the two commands"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_starts_with_the_two_commands():
    cmds = readme_commands()
    assert len(cmds) == 2
    install_run, install_test = cmds
    assert "pip install" in install_run and "corpusclean seeds/" in install_run
    assert "pip install" in install_test and ".[test," in install_test and "pytest" in install_test


def test_ci_runs_exactly_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_cli_doc_holds_the_current_help_text():
    from corpusclean.cli import build_parser

    buf = io.StringIO()
    parser = build_parser()
    parser.print_help(buf)
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    normalise = lambda s: re.sub(r"\s+", " ", s).strip()
    assert normalise(buf.getvalue()) in normalise(doc), "regenerate docs/cli.md: python tools/docsite.py --update-cli-doc"
