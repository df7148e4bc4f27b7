"""Shared fixtures: the repo layout, the seeds, the schema, and ../shared when present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    return SEEDS


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def record_validator():
    import jsonschema

    schema = json.loads((ROOT / "corpusclean" / "data" / "record.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)
