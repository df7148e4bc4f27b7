"""The Kazakh lexicon files: sorted, unique, well formed, licensed, and built by the tool."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from corpusclean.repair import kazakh
from corpusclean.repair.lexicon import is_word

DATA = resources.files("corpusclean").joinpath("data", "repair")
KAZAKH_LETTERS = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі")


def rows(name: str) -> list[tuple[str, str]]:
    out = []
    for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, classes = line.split("\t")
        out.append((word, classes))
    return out


@pytest.mark.parametrize("name", ["kk_stems.tsv", "kk_stems_extra.tsv"])
def test_stem_files_sorted_unique_and_clean(name):
    data = rows(name)
    words = [w for w, _ in data]
    assert words and words == sorted(words), f"{name} is not sorted"
    assert len(words) == len(set(words)), f"{name} has duplicates"
    assert all(set(w) <= KAZAKH_LETTERS for w in words), f"{name} has a non-Cyrillic entry"
    assert all(c and set(c) <= set("nvx") for _, c in data)


def test_extra_stems_are_not_in_the_hunspell_list():
    hunspell = {w for w, _ in rows("kk_stems.tsv")}
    assert not hunspell & {w for w, _ in rows("kk_stems_extra.tsv")}


def test_licence_is_shipped_and_named():
    licence = DATA.joinpath("kk_stems.LICENSE").read_text(encoding="utf-8")
    assert "hunspell-kk" in licence and "MPL" in licence
    assert "kk_stems.tsv" in resources.files("corpusclean").joinpath("data", "LICENSES.txt").read_text(
        encoding="utf-8")


def test_build_tool_reproduces_the_classes(tmp_path):
    import importlib.util

    tool = Path(__file__).resolve().parent.parent / "tools" / "build_kk_stems.py"
    spec = importlib.util.spec_from_file_location("build_kk_stems", tool)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    dic = tmp_path / "kk.dic"
    dic.write_text("3\nкітап/ABbCc\nжазу/MmNn\nжәне\n", encoding="utf-8")
    assert module.build(str(dic)) == [("жазу", "v"), ("және", "x"), ("кітап", "n")]


@pytest.mark.parametrize("word", ["партиясының", "кітабы", "жасалған", "келмеді", "стильдерін", "аудандық"])
def test_common_forms_are_known(word):
    assert is_word(word, "kk"), kazakh.analyse(word)


@pytest.mark.parametrize("word", ["партияның" + "ы", "кітаптарлар", "жасалғанған", "бағдарламасыныңнегізгі"])
def test_forms_out_of_order_are_not(word):
    assert not is_word(word, "kk")
