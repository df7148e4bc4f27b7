"""The wheel as users get it: LICENSE and the data licences in (and named in its
metadata), maintainer scripts out."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Not part of a source tree a user would build: caches, outputs, this checkout's venv.
SKIP = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                              ".hypothesis", "site")
DATA_LICENCES = ["corpusclean/data/LICENSES.txt", "corpusclean/data/repair/ru_wordfreq.LICENSE"]


def _can_build_wheels() -> bool:
    if importlib.util.find_spec("wheel") is not None:
        return True
    import setuptools

    return int(setuptools.__version__.split(".")[0]) >= 70  # bdist_wheel moved into setuptools 70.1


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    if not _can_build_wheels():
        pytest.skip("no bdist_wheel: pip install wheel (the test extra has it)")
    src = tmp_path_factory.mktemp("src") / "corpusclean"
    shutil.copytree(ROOT, src, ignore=SKIP)  # a clean tree: no stale build/ can leak into the wheel
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), "."],
                          cwd=src, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    (path,) = out.glob("corpusclean-*.whl")
    return zipfile.ZipFile(path)


def metadata(wheel: zipfile.ZipFile) -> str:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return wheel.read(name).decode("utf-8")


def test_licence_files_are_shipped_and_named(wheel):
    names = wheel.namelist()
    dist_info = {Path(n).name for n in names if ".dist-info/" in n}
    assert {"LICENSE", "LICENSES.txt", "ru_wordfreq.LICENSE"} <= dist_info
    for path in DATA_LICENCES:
        assert path in names, f"{path} not in the package data"
    meta = metadata(wheel)
    assert "License-File: LICENSE" in meta
    for path in DATA_LICENCES:
        assert f"License-File: {path}" in meta
    (licence,) = [line for line in meta.splitlines() if line.startswith("License: ")]
    assert "MIT" in licence and "CC-BY-SA-4.0" in licence and "ru_wordfreq" in licence
    assert "Classifier: License :: OSI Approved :: MIT License" in meta


def test_licence_matches_pyproject():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["license"]["text"].startswith("MIT") and text.startswith("MIT License")
    assert "Attribution-ShareAlike 4.0" in (ROOT / "corpusclean/data/repair/ru_wordfreq.LICENSE").read_text(encoding="utf-8")


def test_maintainer_scripts_and_tests_stay_out(wheel):
    names = wheel.namelist()
    assert not [n for n in names if n.startswith(("tools/", "tests/", "benchmarks/", "docs/", "seeds/"))]
    assert not [n for n in names if Path(n).name.startswith("build_")], "maintainer scripts belong in tools/"
    assert (ROOT / "tools" / "build_wordfreq.py").is_file() and (ROOT / "tools" / "build_registry.py").is_file()


def test_the_package_data_the_steps_read_is_in(wheel):
    names = set(wheel.namelist())
    for path in sorted((ROOT / "corpusclean" / "data").rglob("*")):
        if path.is_file():
            rel = path.relative_to(ROOT).as_posix()
            assert rel in names, f"{rel} missing from the wheel"
