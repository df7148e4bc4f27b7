"""docs/dependencies.md says what a fresh install really holds: every run-time dependency
of pyproject.toml is described, and the claims about what comes in through whom (and what
does not come at all) hold for the installed distributions."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "dependencies.md").read_text(encoding="utf-8")


def runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]]


def requires(dist: str) -> set[str]:
    out = set()
    for raw in metadata.requires(dist) or []:
        req = Requirement(raw)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            out.add(canonicalize_name(req.name))
    return out


def closure() -> dict[str, set[str]]:
    """Every distribution a plain install pulls in -> the ones that require it."""
    parents: dict[str, set[str]] = {}
    todo = [(canonicalize_name(r.name), "corpusclean") for r in runtime_requirements()]
    while todo:
        name, parent = todo.pop()
        first = name not in parents
        parents.setdefault(name, set()).add(parent)
        if first:
            todo.extend((child, name) for child in sorted(requires(name)))
    return parents


@pytest.fixture(scope="module")
def installed() -> dict[str, set[str]]:
    return closure()


def test_every_runtime_dependency_is_described():
    for req in runtime_requirements():
        assert re.search(re.escape(req.name), DOC, re.I), f"docs/dependencies.md says nothing about {req.name}"
        metadata.version(req.name)  # and it is installed


def test_dateparser_comes_through_htmldate_and_the_doc_says_so(installed):
    assert "htmldate" in installed["dateparser"]
    assert re.search(r"dateparser.{0,60}\(htmldate[^)]*requires it\)", DOC.replace("\n", " "))
    assert "not a project dependency" not in DOC


def test_requests_is_not_installed_and_the_doc_does_not_claim_it(installed):
    assert "requests" not in installed
    assert "through requests" not in DOC and "requests is not installed" in DOC.replace("\n", " ")


def test_charset_normalizer_comes_with_trafilatura(installed):
    assert {"trafilatura", "htmldate"} <= installed["charset-normalizer"]


def test_pyyaml_is_a_runtime_dependency_now(installed):
    assert "pyyaml" in installed and "corpusclean" in installed["pyyaml"]
    assert "a development tool only" not in DOC
