"""Steps, pipelines, the config and clean(): contracts that every later step relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Annotator, Change, Config, Filter, Fixer, Pipeline, Reject, clean, register, replay
from corpusclean.config import ConfigError, DEFAULT_STEPS
from corpusclean.steps import StepConfigError, UnknownStepError, available_steps, get_step_class

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


# --- whitespace steps: cases that must change beside cases that must stay ----------------------
WHITESPACE = [
    # (input, expected output, reason codes expected in the log)
    ("Китай и\u00a0 5 стран", "Китай и 5 стран", {"space.nbsp"}),
    ("имеющих  важнейшее", "имеющих важнейшее", {"space.runs"}),
    ("поли\u00adтика", "политика", {"space.invisible"}),
    ("Нұр\u200bОтан", "НұрОтан", {"space.invisible"}),
    ("строка   \nещё", "строка\n\nещё", {"space.line_edge", "space.paragraphs"}),
    ("a\r\nb", "a\n\nb", {"space.line_break", "space.paragraphs"}),
    ("one\n\n\n\n\ntwo", "one\n\ntwo", {"space.blank_lines"}),
    ("\n\n  lead and trail  \n\n", "lead and trail", {"space.blank_lines", "space.line_edge"}),
    ("ctrl\x07char", "ctrlchar", {"space.control"}),
    # must stay
    ("Партия «AMANAT» провела съезд.", "Партия «AMANAT» провела съезд.", set()),
    ("20 000 тенге, 10:45, т.е. г. Астана", "20 000 тенге, 10:45, т.е. г. Астана", set()),
    ("👨\u200d👩\u200d👧 семья", "👨\u200d👩\u200d👧 семья", set()),
]


@pytest.mark.parametrize("text,expected,reasons", WHITESPACE)
def test_whitespace_steps(text, expected, reasons):
    doc = clean(text, steps=["space.normalize", "space.paragraphs"])
    assert doc.text == expected
    assert {e.reason for e in doc.edits} == reasons
    assert replay(doc.input_text, doc.edits) == doc.text


UNICODE = [
    ("Партия провела съезд".encode("utf-8").decode("cp1251"), "Партия провела съезд", "unicode.mojibake"),
    ("ﬁnal", "final", "unicode.fix_latin_ligatures"),
    ("ＡＭＡＮＡＴ", "AMANAT", "unicode.fix_character_width"),
]


@pytest.mark.parametrize("text,expected,reason", UNICODE)
def test_unicode_repair_explains_each_fix(text, expected, reason):
    doc = clean(text, steps=["unicode.ftfy"])
    assert doc.text == expected
    assert {e.reason for e in doc.edits} == {reason}
    assert replay(doc.input_text, doc.edits) == doc.text


def test_unicode_repair_fixes_a_mojibake_paragraph_inside_a_good_document():
    good = "Партия провела съезд.\n"
    bad = "Делегаты обсудили программу партии.".encode("utf-8").decode("cp1251") + "\n"
    doc = clean(good + bad + good, steps=["unicode.ftfy"])
    assert doc.text == good + "Делегаты обсудили программу партии.\n" + good
    assert all(e.start >= len(good) for e in doc.edits)


def test_unicode_repair_keeps_quotes_and_kazakh_letters():
    text = "«Нұр Отан» “партиясы” ақ жол"
    assert clean(text, steps=["unicode.ftfy"]).edits == []


# --- step contracts ---------------------------------------------------------------------------
@register
class ShoutTitles(Fixer):
    """A user's fixer, as shown in docs/steps.md."""

    id = "example.shout"
    version = "1"
    defaults = {"word": "партия"}

    def changes(self, text, doc):
        word = self.settings["word"]
        start = text.find(word)
        while start != -1:
            yield Change(start, start + len(word), word.upper(), "example.shout")
            start = text.find(word, start + 1)


class DropShort(Filter):
    id = "example.drop_short"

    def reject(self, doc):
        if len(doc.text) < 10:
            return Reject("example.too_short", f"{len(doc.text)} characters")

    def removals(self, text, doc):
        i = text.find("Реклама")
        if i >= 0:
            yield Change(i, i + len("Реклама"), "", "boilerplate.ads")


class CountWords(Annotator):
    id = "example.count"

    def annotate(self, doc):
        doc.meta["words"] = len(doc.text.split())


class BadAnnotator(Annotator):
    id = "example.bad"

    def annotate(self, doc):
        doc.text = doc.text.upper()


def test_a_pipeline_is_built_from_ids_step_objects_and_plain_callables():
    p = Pipeline(["space.normalize", ShoutTitles(word="съезд"), str.strip, DropShort(), CountWords()])
    doc = p.process_text("  партия провела съезд. Реклама  ")
    # DropShort leaves "СЪЕЗД. "; the steps run again on the result until it stops changing
    # (issue 10), so str.strip has the last word.
    assert doc.text == "партия провела СЪЕЗД."
    assert [s["id"] for s in doc.pipeline["steps"]] == ["space.normalize", "example.shout", "user.strip",
                                                         "example.drop_short", "example.count"]
    assert {e.step for e in doc.edits} == {"space.normalize", "example.shout", "example.drop_short"}
    assert doc.to_record()["extra"] == {"words": 3}
    assert replay(doc.input_text, doc.edits) == doc.text


def test_a_plain_callable_logs_a_minimal_diff_not_a_whole_text_edit():
    doc = Pipeline([lambda t: t.replace("принятиепакета", "принятие пакета")]).process_text(
        "Парламент обеспечил принятиепакета законов о выборах.")
    assert [(e.before, e.after) for e in doc.edits] == [("", " ")]
    assert doc.edits[0].step == "user.<lambda>"


def test_a_filter_can_drop_the_document_with_a_namespaced_reason():
    doc = Pipeline([DropShort()]).process_text("коротко")
    assert doc.rejected and doc.rejection.code == "example.too_short" and doc.rejection.step == "example.drop_short"
    rec = doc.to_record()
    assert rec["rejected"] and rec["reason"]["code"] == "example.too_short"


def test_a_filter_may_only_remove_text():
    class Sneaky(Filter):
        id = "example.sneaky"

        def removals(self, text, doc):
            yield Change(0, 1, "X")

    doc = Pipeline([Sneaky()]).process_text("abc def ghi")
    assert doc.rejected and doc.rejection.code == "internal.step_failed"


def test_an_annotator_must_not_change_the_text():
    doc = Pipeline([BadAnnotator()]).process_text("abc def ghi")
    assert doc.rejected and "changed the text" in doc.rejection.detail


def test_a_registered_step_is_found_by_id_with_its_settings():
    assert get_step_class("example.shout") is ShoutTitles
    doc = clean("наша партия", steps=["example.shout"], options={"example.shout": {"word": "наша"}})
    assert doc.text == "НАША партия"


def test_unknown_step_ids_and_settings_list_the_valid_choices():
    with pytest.raises(UnknownStepError) as e:
        Pipeline(["space.normalise"])
    assert "space.normalize" in str(e.value)
    with pytest.raises(ConfigError) as e:
        Pipeline(["space.normalize"], options={"space.normalize": {"max_blanks": 2}})
    assert "max_blank_lines" in str(e.value)
    with pytest.raises(StepConfigError):
        ShoutTitles(colour="red")


def test_every_registered_step_declares_id_version_kind_and_json_defaults():
    for step_id, cls in available_steps().items():
        assert cls.id == step_id and "." in step_id
        assert cls.version and cls.kind in ("fixer", "filter", "annotator")
        json.dumps(cls.defaults)
    for step_id in DEFAULT_STEPS:
        assert step_id in available_steps()
    assert DEFAULT_STEPS[-1] == "space.paragraphs"


# --- config -----------------------------------------------------------------------------------
def test_config_is_frozen_and_serialisable():
    c = Config(options={"space.normalize": {"max_blank_lines": 1}})
    with pytest.raises(Exception):
        c.accept_langs = ("kk",)  # type: ignore[misc]
    with pytest.raises(TypeError):
        c.options["space.normalize"]["max_blank_lines"] = 5  # type: ignore[index]
    assert json.loads(c.to_json())["options"] == {"space.normalize": {"max_blank_lines": 1}}


def test_config_layers_and_never_mutates_the_defaults(tmp_path):
    default_hash = Config().hash()
    f = tmp_path / "cc.toml"
    f.write_text('accept_langs = ["kk"]\n[options."space.normalize"]\nmax_blank_lines = 2\n', encoding="utf-8")
    from_file = Config.from_toml(f)
    assert from_file.accept_langs == ("kk",) and from_file.options["space.normalize"]["max_blank_lines"] == 2
    layered = from_file.replace(accept_langs=["ru"], options={"space.normalize": {"remove_invisible": False}})
    assert layered.accept_langs == ("ru",)
    assert dict(layered.options["space.normalize"]) == {"max_blank_lines": 2, "remove_invisible": False}
    assert Config().hash() == default_hash
    clean("текст", accept_langs=["kk"])
    assert Config().accept_langs == ()


def test_pyproject_table_is_read(tmp_path):
    f = tmp_path / "pyproject.toml"
    f.write_text('[project]\nname = "x"\n[tool.corpusclean]\nreference_date = "2024-05-01"\n', encoding="utf-8")
    assert Config.from_toml(f).reference_date == "2024-05-01"


@pytest.mark.parametrize("bad", [{"input_kind": "pdf"}, {"reference_date": "tomorrow"}, {"max_input_bytes": 0},
                                 {"colour": "red"}])
def test_bad_settings_are_refused_with_the_choices(bad):
    with pytest.raises(ConfigError):
        Config().replace(**bad)


def test_bad_toml_is_a_config_error(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text("accept_langs = [", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        Config.from_toml(f)
    assert "not valid TOML" in str(e.value)


# --- streaming and determinism ----------------------------------------------------------------
def test_run_streams_lazily():
    seen = []

    def source():
        for text in ("один", "два", "три"):
            seen.append(text)
            yield text

    it = Pipeline().run(source())
    first = next(it)
    assert first.text == "один" and seen == ["один"]
    assert [d.text for d in it] == ["два", "три"]


def test_run_accepts_paths_bytes_and_documents():
    docs = list(Pipeline().run([SEEDS[0], SEEDS[1].read_bytes(), "текст"]))
    assert len(docs) == 3 and not any(d.rejected for d in docs)


def test_ids_are_stable_from_the_source_bytes():
    a = clean(SEEDS[0].read_bytes()).id
    b = clean(SEEDS[0].read_bytes(), accept_langs=["ru", "kk"]).id
    assert a == b and len(a) == 16


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_default_pipeline_on_seeds_replays_and_is_deterministic(seed):
    raw = seed.read_bytes()
    a, b = clean(raw, source=str(seed)).to_record(), clean(raw, source=str(seed)).to_record()
    assert json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)
    assert replay(raw.decode("utf-8"), a["edits"]) == a["text"]


PAGE_ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі АБВҚӘ abcXYZ012.,:«»\"-—\n\n\t\u00a0\u200b\u00ad\r"))


@settings(max_examples=150, deadline=None)
@given(st.text(PAGE_ALPHABET, min_size=1, max_size=300))
def test_replay_holds_for_the_default_pipeline_on_generated_input(text):
    doc = clean(text)
    if not doc.rejected:
        assert replay(doc.input_text, doc.edits) == doc.text
        for ent in doc.entities:
            assert doc.text[ent["start"]:ent["end"]] == ent["surface"]
