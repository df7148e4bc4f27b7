"""The party registry file: order, duplicates, conflicts, unknown ids, required coverage,
and user files that extend or replace it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpusclean.parties import RegistryError, default_registry, load_registry, protected_tokens
from corpusclean.parties.registry import read_records

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "corpusclean" / "data" / "parties.jsonl"
LINES = [line for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
RECORDS = [json.loads(line) for line in LINES]

# Every id the evaluation scores, plus the notable former parties and foreign parties
# the brief names.
REQUIRED = ["kz.amanat", "kz.jastar_ruhy", "kz.ak_zhol", "kz.auyl", "kz.peoples_party", "kz.osdp",
            "kz.respublica", "kz.baytaq", "kz.adal", "ru.united_russia", "cn.cpc", "tr.akp", "by.belaya_rus",
            "uz.uzlidep", "kz.communist_party", "kz.azat", "kz.asar", "kz.rukhaniyat", "kz.adilet_dp"]


def test_file_is_sorted_by_id_with_sorted_keys():
    ids = [r["id"] for r in RECORDS]
    assert ids == sorted(ids)
    for line, rec in zip(LINES, RECORDS):
        assert line == json.dumps(rec, ensure_ascii=False, sort_keys=True)


def test_no_duplicate_ids_keys_or_forms():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    for r in RECORDS:
        keys = [n["key"] for n in r["names"]]
        assert len(keys) == len(set(keys)), r["id"]
        for n in r["names"]:
            texts = [f["text"] for f in n["forms"]]
            assert len(texts) == len(set(texts)), (r["id"], n["key"])


@pytest.mark.parametrize("org_id", REQUIRED)
def test_required_organisations_have_names_and_sources(org_id):
    reg = default_registry()
    assert org_id in reg
    org = reg[org_id]
    assert org.names and org.current in [n.key for n in org.names]
    assert org.extra.get("sources"), f"{org_id} keeps the reference's sources"
    for n in org.names:
        assert n.spell["ru"] and n.spell["kk"]
        assert all(f.lang in ("ru", "kk", "*") for f in n.forms)


def test_every_reference_to_another_id_is_known():
    ids = {r["id"] for r in RECORDS}
    for r in RECORDS:
        for k in ("merged_into", "parent", "youth_wing", "successor"):
            if r.get(k):
                assert r[k] in ids, (r["id"], k, r[k])


def test_renames_carry_periods():
    amanat = default_registry()["kz.amanat"]
    assert [n.key for n in amanat.names] == ["otan", "nur_otan", "amanat"]
    assert amanat.name("otan").valid_to == amanat.name("nur_otan").valid_from == "2006-12-22"
    assert amanat.name("nur_otan").valid_to == amanat.name("amanat").valid_from == "2022-03-01"
    assert amanat.current_name().label == "AMANAT"


def _write(tmp_path, records):
    p = tmp_path / "user.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return p


NEW_PARTY = {"id": "kz.test_party", "current": "t", "names": [
    {"key": "t", "label": "Тестовая", "spell": {"ru": "Тестовая", "kk": "Тестовая"},
     "forms": [{"text": "Тестовая партия Казахстана", "lang": "ru", "ru": "phrase", "kk": "none"}]}]}


@pytest.mark.parametrize("records, message", [
    ([{"id": "kz.x", "current": "a", "names": [{"key": "a", "label": "A", "forms": [{"text": "Xyzparty"}]},
                                                {"key": "a", "label": "B", "forms": [{"text": "Qwparty"}]}]}],
     "appears twice"),
    ([{"id": "kz.x", "merged_into": "kz.nowhere", "names": []}], "unknown id"),
    ([{"id": "kz.x", "current": "missing", "names": []}], "current name"),
    ([{"id": "kz.x", "names": [{"key": "a", "label": "A", "forms": [{"text": "Q", "flags": ["bogus"]}]}]}],
     "unknown flag"),
    # the same form for a second organisation in an overlapping period is a conflict
    ([{"id": "kz.clone", "names": [{"key": "a", "label": "AMANAT", "forms": [{"text": "AMANAT"}]}]}],
     "overlapping periods"),
    ([NEW_PARTY, NEW_PARTY], "appears twice"),
])
def test_bad_user_files_are_rejected(tmp_path, records, message):
    with pytest.raises(RegistryError, match=message):
        load_registry(_write(tmp_path, records))


def test_bad_json_names_the_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "kz.a", "names": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad.jsonl:2"):
        load_registry(p)


def test_extend_adds_and_replace_replaces(tmp_path):
    p = _write(tmp_path, [NEW_PARTY])
    extended = load_registry(p, "extend")
    assert "kz.test_party" in extended and "kz.amanat" in extended
    replaced = load_registry(p, "replace")
    assert list(replaced.orgs) == ["kz.test_party"]


def test_extend_adds_a_name_to_a_known_organisation(tmp_path):
    p = _write(tmp_path, [{"id": "kz.amanat", "names": [
        {"key": "amanat_nick", "label": "Аманатик", "spell": {"ru": "Аманатик", "kk": "Аманатик"},
         "forms": [{"text": "Аманатик", "flags": ["common"]}]}]}])
    reg = load_registry(p)
    assert [n.key for n in reg["kz.amanat"].names] == ["otan", "nur_otan", "amanat", "amanat_nick"]
    assert reg["kz.amanat"].current == "amanat"


def test_user_records_are_plain_json_lines():
    assert read_records('# comment\n\n{"id": "kz.a"}\n', "x") == [{"id": "kz.a"}]


def test_protected_tokens_hold_names_and_fused_forms():
    toks = protected_tokens()
    assert {"нуротан", "nurotan", "нуротана", "amanat", "аманат", "ақжол", "жсдп"} <= toks
    assert "партия" not in toks and "of" not in toks  # descriptive names are not protected
    assert protected_tokens() is toks  # cached


def test_built_file_matches_the_generator(shared):
    yaml = pytest.importorskip("yaml")  # noqa: F841 - the generator needs PyYAML
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_registry", ROOT / "tools" / "build_registry.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build(shared / "reference" / "parties.yaml")
    assert [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in built] == LINES


def test_label_is_the_kazakh_canonical_spelling():
    # one language-independent label per name: the Kazakh (state-language) spelling, which
    # for parties with a Latin styling is the styling (AMANAT, Nur Otan, Respublica)
    for org in default_registry().orgs.values():
        for n in org.names:
            assert n.label == n.spell["kk"], (org.id, n.key)
