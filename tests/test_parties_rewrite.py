"""Rewrite policies and the ``parties.names`` step: canonical and current names with
grammar carried over, edits that replay, entities whose offsets follow the text."""

from __future__ import annotations

import json

import pytest

from corpusclean.config import DEFAULT_STEPS, ConfigError
from corpusclean.edits import replay
from corpusclean.parties import find_mentions, rewrite_surface
from corpusclean.pipeline import Pipeline, clean


def rewrites(text, mode, lang):
    return [(m.surface, rewrite_surface(m, mode, lang)) for m in find_mentions(text)]


@pytest.mark.parametrize("text, lang, mode, expected", [
    # Russian: Latin targets are indeclinable, the case ending goes
    ("на съезде «НурОтана»", "ru", "canonical", [("НурОтана", "Nur Otan")]),
    ("с Нур Отаном", "ru", "current", [("Нур Отаном", "AMANAT")]),
    ("партии «Аманат»", "ru", "canonical", [("Аманат", "AMANAT")]),
    ("партии Nur Otan", "ru", "current", [("Nur Otan", "AMANAT")]),
    # Russian: a declinable Cyrillic target keeps the case of the surface
    ("председатель «Ақ жола»", "ru", "canonical", [("Ақ жола", "Ак жола")]),
    ("у «Единой России»", "ru", "canonical", [("Единой России", None)]),
    ("с Коммунистической народной партией Казахстана", "ru", "current",
     [("Коммунистической народной партией Казахстана", "Народной партией Казахстана")]),
    ("КНПК", "ru", "current", [("КНПК", "НПК")]),
    ("движение «Жас Отан»", "ru", "current", [("Жас Отан", "Жастар Рухы")]),
    # Kazakh: the suffix is regenerated for the new final sound and harmony
    ("Nur Otan-ға кірді", "kk", "current", [("Nur Otan-ға", "AMANAT-қа")]),
    ("«Нұр Отанның» атауы", "kk", "current", [("Нұр Отанның", "AMANAT-тың")]),
    ("«Нұр Отанның» атауы", "kk", "canonical", [("Нұр Отанның", "Nur Otan-ның")]),
    ("Nur Otan – ның тізімі", "kk", "canonical", [("Nur Otan – ның", "Nur Otan-ның")]),
    ("Депутат «Аманатқа» кірді", "kk", "canonical", [("Аманатқа", "AMANAT-қа")]),
    ("«Жас Отанның» мүшесі", "kk", "current", [("Жас Отанның", "Жастар Рухының")]),
    ("«Жас Отанға» барды", "kk", "current", [("Жас Отанға", "Жастар Рухына")]),
    ("«Бірліктің» төрағасы", "kk", "current", [("Бірліктің", "Adal-дың")]),
    ("ОСДП-ға қатысты", "kk", "canonical", [("ОСДП-ға", "ЖСДП-ға")]),
    ("ҚКХП-ның өкілі", "kk", "current", [("ҚКХП-ның", "ҚХП-ның")]),
    ("Қазақстан коммунистік халық партиясының", "kk", "current",
     [("Қазақстан коммунистік халық партиясының", "Қазақстан Халық партиясының")]),
    # Kazakh: after партиясы the name stays nominative and only the name changes
    ("Nur Otan партиясының", "kk", "current", [("Nur Otan", "AMANAT")]),
    # a Latin-script suffix is regenerated in the same orthography
    ("Nur Otan-nyñ tızımı", "kk", "current", [("Nur Otan-nyñ", "AMANAT-tyñ")]),
    ("Nur Otan-ǵa kırdı", "kk", "current", [("Nur Otan-ǵa", "AMANAT-qa")]),
    # already canonical: nothing to do
    ("AMANAT-тың", "kk", "canonical", [("AMANAT-тың", None)]),
    ("партии AMANAT", "ru", "current", [("AMANAT", None)]),
])
def test_rewrite_policy(text, lang, mode, expected):
    assert rewrites(text, mode, lang) == expected


def test_harmony_of_front_stems():
    # Бірлік is front-harmonic (-тің); its successor Adal takes back -дың, -ға
    assert rewrites("Депутат «Бірлікке» өтті", "current", "kk") == [("Бірлікке", "Adal-ға")]


TEXT_RU = ("Съезд партии «Нур Отан» прошёл в Астане.\nДелегаты «НурОтана» поддержали решение.\n"
           "Позже партия AMANAT заключила договор с «Единой Россией».\n")
TEXT_KK = ("Бұрынғы Nur Otan-ға мүше болған депутаттар «Нұр Отанның» жаңа атауын қолдады.\n"
           "«Аманат» партиясының хатшысы ауыл тұрғындарымен кездесті.\n")


def _run(text, mode, **extra):
    steps = ["space.normalize", "parties.names", "space.paragraphs"]
    return clean(text, steps=steps, options={"parties.names": {"mode": mode, **extra}})


@pytest.mark.parametrize("text", [TEXT_RU, TEXT_KK])
@pytest.mark.parametrize("mode", ["annotate", "canonical", "current"])
def test_step_replays_and_keeps_entities_on_their_surfaces(text, mode):
    doc = _run(text, mode)
    assert doc.rejection is None
    assert replay(doc.input_text, doc.edits) == doc.text
    assert doc.entities, "mentions found"
    for e in doc.entities:
        assert doc.text[e["start"]:e["end"]] == e["surface"]
    rec = doc.to_record()
    for e in rec["entities"]:
        assert e["input_end"] > e["input_start"]
    party_edits = [e for e in doc.edits if e.step == "parties.names"]
    if mode == "annotate":
        assert party_edits == []
    else:
        assert party_edits and all(e.reason == f"parties.{mode}" for e in party_edits)


def test_current_mode_on_russian_text(record_validator):
    doc = _run(TEXT_RU, "current")
    record_validator.validate(doc.to_record())
    assert "партии «AMANAT» прошёл" in doc.text and "Делегаты «AMANAT» поддержали" in doc.text
    assert "«Единой Россией»" in doc.text
    assert [e["name"] for e in doc.entities] == ["AMANAT", "AMANAT", "AMANAT", "Единая Россия"]
    rec = doc.to_record()
    first = rec["entities"][0]
    assert doc.input_text[first["input_start"]:first["input_end"]] == "Нур Отан"


def test_current_mode_on_kazakh_text():
    doc = _run(TEXT_KK, "current")
    assert "AMANAT-қа мүше" in doc.text and "«AMANAT-тың» жаңа" in doc.text
    assert "«AMANAT» партиясының" in doc.text
    assert "ауыл тұрғындарымен" in doc.text  # the common noun is left alone
    assert {e["id"] for e in doc.entities} == {"kz.amanat"}
    # rewritten entities carry the name now in the text; the edit log keeps the old surface
    assert [e["name"] for e in doc.entities] == ["AMANAT", "AMANAT", "AMANAT"]
    assert [e.before for e in doc.edits if e.step == "parties.names"] == ["Nur Otan-ға", "Нұр Отанның", "Аманат"]


def test_annotate_names_differ_by_name_used():
    doc = _run(TEXT_RU, "annotate")
    assert doc.text == TEXT_RU.strip().replace("\n", "\n\n")
    assert [(e["id"], e["name"], e["surface"]) for e in doc.entities] == [
        ("kz.amanat", "Nur Otan", "Нур Отан"), ("kz.amanat", "Nur Otan", "НурОтана"),
        ("kz.amanat", "AMANAT", "AMANAT"), ("ru.united_russia", "Единая Россия", "Единой Россией")]


def test_step_is_in_default_order_before_paragraphs():
    assert DEFAULT_STEPS[-1] == "space.paragraphs"
    assert DEFAULT_STEPS[-2] == "parties.names"


def test_bad_settings_fail_when_the_pipeline_is_built(tmp_path):
    with pytest.raises(ConfigError, match="mode"):
        Pipeline(["parties.names"], options={"parties.names": {"mode": "rename"}})
    with pytest.raises(ConfigError, match="not found"):
        Pipeline(["parties.names"], options={"parties.names": {"registry": str(tmp_path / "none.jsonl")}})
    with pytest.raises(ConfigError, match="registry_mode"):
        Pipeline(["parties.names"], options={"parties.names": {"registry_mode": "merge"}})


def test_user_registry_extends_the_builtin(tmp_path):
    p = tmp_path / "mine.jsonl"
    p.write_text(json.dumps({"id": "kz.test_party", "current": "t", "names": [
        {"key": "t", "label": "Зеленый свет", "spell": {"ru": "Зеленый свет", "kk": "Зеленый свет"},
         "forms": [{"text": "Зеленый свет", "ru": "last", "flags": ["common"]}]}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    text = "Партия «Зеленый свет» и AMANAT. Зеленый свет светофора.\n"
    doc = _run(text, "annotate", registry=str(p))
    assert [e["id"] for e in doc.entities] == ["kz.test_party", "kz.amanat"]
    doc = _run(text, "annotate", registry=str(p), registry_mode="replace")
    assert [e["id"] for e in doc.entities] == ["kz.test_party"]


def test_deterministic_output():
    a = _run(TEXT_KK, "current").to_record()
    b = _run(TEXT_KK, "current").to_record()
    assert json.dumps(a, sort_keys=True, ensure_ascii=False) == json.dumps(b, sort_keys=True, ensure_ascii=False)


def test_cli_party_mode_and_registry_flags(tmp_path):
    import io

    from corpusclean.cli import main

    page = tmp_path / "page.txt"
    page.write_text("Депутаты партии «Нур Отан» и фракции «Ак жол» встретились.\n", encoding="utf-8")
    out = io.StringIO()
    assert main(["--party-mode", "current", str(page)], stdout=out, stderr=io.StringIO()) == 0
    rec = json.loads(out.getvalue().splitlines()[0])
    assert "партии «AMANAT»" in rec["text"]
    assert [(e["id"], e["surface"]) for e in rec["entities"]] == [("kz.amanat", "AMANAT"), ("kz.ak_zhol", "Ак жол")]
    assert replay(page.read_text(encoding="utf-8"), rec["edits"]) == rec["text"]
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"id": "kz.only", "names": []}\n', encoding="utf-8")
    out = io.StringIO()
    assert main(["--registry", str(mine), "--set", "parties.names:registry_mode=replace", str(page)],
                stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue().splitlines()[0])["entities"] == []


def test_docs_page_examples_run():
    import doctest
    from pathlib import Path

    page = Path(__file__).resolve().parent.parent / "docs" / "parties.md"
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 5 and result.failed == 0


@pytest.mark.parametrize("text, mode, expected", [
    ("Бұрынғы «Nur Otan»-ға мүше болды.", "current", "Бұрынғы «AMANAT»-қа мүше болды."),
    ("«Нұр Отан»-ның атауы өзгерді.", "canonical", "«Nur Otan»-ның атауы өзгерді."),
    ("«Нұр Отан»-ның атауы өзгерді.", "current", "«AMANAT»-тың атауы өзгерді."),
    ("«Жас Отан»-ға барды.", "current", "«Жастар Рухы»-на барды."),
])
def test_suffix_after_the_closing_quote_is_regenerated(text, mode, expected):
    doc = _run(text, mode)
    assert doc.text == expected
    assert replay(doc.input_text, doc.edits) == doc.text
    for e in doc.entities:
        assert doc.text[e["start"]:e["end"]] == e["surface"]


# --- properties: any mix of names, suffixes, quotes and dashes ---------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FRAGMENTS = ["Nur Otan", "Нұр Отан", "НурОтан", "AMANAT", "Аманат", "Аmanat", "Отан", "Жас Отан", "Ақ жол",
             "Ауыл", "ЖСДП", "КПК", "Китая", "Единой России", "партиясы", "партии", "фракции", "-ға", "-тың",
             "ның", "қа", "а", "ом", "«", "»", "\"", " – ", "-", " ", " ", "\n", ".", ",", "!", "ауыл", "отан"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25), st.sampled_from(["canonical", "current"]),
       st.sampled_from([None, "2004-01-01", "2023-05-05"]))
def test_any_mix_gives_aligned_mentions_and_replayable_rewrites(parts, mode, published):
    from corpusclean.document import Document
    from corpusclean.steps.parties import PartyNames

    text = "".join(parts)
    ms = find_mentions(text, published)
    last = 0
    for m in ms:
        assert last <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        last = m.end
    doc = Document(text)
    doc.meta["published"] = published
    PartyNames(mode=mode)(doc)
    assert replay(doc.input_text, doc.edits) == doc.text
    assert len(doc.entities) == len(ms)
    for e in doc.entities:
        assert doc.text[e["start"]:e["end"]] == e["surface"]
