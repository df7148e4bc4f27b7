"""Deduplication on invented articles, Russian and Kazakh, through the default pipeline.

Positives (each must name ``budget`` as its original): exact copies in other scraper shapes
(blank lines, one line joined with spaces, a JSONL field), a copy inside another site's
furniture, a lightly edited copy and a copy without its last paragraph.  Hard negatives
(must stay): a follow-up opening with the original's lead, two articles sharing a quoted
statement, two sharing a standard paragraph.
"""

from __future__ import annotations

import pytest

from corpusclean import Pipeline, clean
from corpusclean.dedup import NEAR_THRESHOLD, Deduplicator, signature_of, estimate_jaccard

from dedup_articles import ARTICLES, jsonl_line, page, reprints

LANGS = ("ru", "kk")
NEGATIVES = ("followup", "congress", "forum", "commission")


def corpus(folder, lang: str) -> tuple[list, dict]:
    """Write the stream for ``lang``: the original, the negatives, then the positives.
    Returns the paths in order and name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, object] = {}
    arts = ARTICLES[lang]

    def put(name: str, text: str, suffix: str = ".txt"):
        p = folder / f"{len(names):02d}_{name}{suffix}"
        p.write_text(text, encoding="utf-8")
        names[name] = p

    put("budget", page(arts["budget"], "lines"))
    for name in NEGATIVES:
        put(name, page(arts[name], "lines"))
    put("copy_blank", page(arts["budget"], "blank"))
    put("copy_spaces", page(arts["budget"], "spaces"))
    put("copy_jsonl", jsonl_line(arts["budget"], f"https://example.kz/{lang}/1"), ".jsonl")
    for name, paras in reprints(lang).items():
        put(name, page(paras, "lines"))
    return list(names.values()), names


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    """lang -> (name -> document) after one ``mark`` run per language."""
    out = {}
    for lang in LANGS:
        paths, names = corpus(tmp_path_factory.mktemp(lang), lang)
        docs = list(Pipeline(dedup="mark").run(paths))
        by_path = {d.source["path"]: d for d in docs}
        out[lang] = ({name: by_path[str(p)] for name, p in names.items()}, names)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_hard_negatives_stay(marked, lang):
    docs, _ = marked[lang]
    assert docs["budget"].duplicate_of is None
    for name in NEGATIVES:
        assert not docs[name].rejected, (name, docs[name].rejection)
        assert docs[name].duplicate_of is None, (name, docs[name].duplicate_of)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name,kinds", [
    ("copy_blank", {"exact"}), ("copy_spaces", {"exact"}), ("copy_jsonl", {"exact"}),
    ("furniture", {"exact", "near"}),  # exact once every furniture line is removed
    ("edited", {"near"}), ("truncated", {"near"}),
])
def test_reprints_name_their_original(marked, lang, name, kinds):
    docs, names = marked[lang]
    dup = docs[name].duplicate_of
    assert dup is not None, f"{lang} {name} not marked (text: {docs[name].text[:200]!r})"
    assert dup["id"] == docs["budget"].id
    assert dup["source"] == {"path": str(names["budget"])}
    assert dup["kind"] in kinds
    assert (dup["similarity"] == 1.0) == (dup["kind"] == "exact")
    assert NEAR_THRESHOLD <= dup["similarity"] <= 1.0
    assert not docs[name].rejected  # mark keeps the record


def test_drop_mode_turns_duplicates_into_rejections(tmp_path, record_validator):
    paths, names = corpus(tmp_path / "ru", "ru")
    docs = list(Pipeline().run(paths))  # dedup="drop" is the default of Pipeline.run
    assert len(docs) == len(paths)  # documents in = records + rejections
    rejected = [d for d in docs if d.rejected]
    assert {d.source["path"] for d in rejected} == {str(names[n]) for n in
                                                     ("copy_blank", "copy_spaces", "copy_jsonl", "furniture",
                                                      "edited", "truncated")}
    for d in rejected:
        assert d.rejection.code in ("dedup.exact", "dedup.near") and d.rejection.step == "dedup"
        assert d.rejection.code == "dedup." + d.duplicate_of["kind"]
        assert str(names["budget"]) in d.rejection.detail
        rec = d.to_record()
        assert rec["duplicate_of"] == d.duplicate_of
        record_validator.validate(rec)
    for d in docs:
        if not d.rejected:
            rec = d.to_record()
            assert "duplicate_of" not in rec
            record_validator.validate(rec)


def test_mark_mode_records_validate(marked, record_validator):
    docs, _ = marked["kk"]
    rec = docs["edited"].to_record()
    assert rec["duplicate_of"]["kind"] == "near"
    record_validator.validate(rec)
    bad = dict(rec, duplicate_of={**rec["duplicate_of"], "kind": "fuzzy"})
    assert not record_validator.is_valid(bad)


def test_the_jsonl_original_is_named_by_path_and_line(tmp_path):
    arts = ARTICLES["kk"]["budget"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text(jsonl_line(ARTICLES["kk"]["forum"], "https://a.kz/1") + jsonl_line(arts, "https://a.kz/2"),
                    encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(page(arts, "spaces"), encoding="utf-8")
    docs = list(Pipeline(dedup="mark").run([feed, copy]))
    assert docs[2].duplicate_of["source"] == {"path": str(feed), "line": 2}
    assert docs[2].duplicate_of["kind"] == "exact"


def test_off_and_single_documents_never_deduplicate(tmp_path):
    text = page(ARTICLES["ru"]["budget"])
    docs = list(Pipeline(dedup="off").run([text, text]))
    assert [d.duplicate_of for d in docs] == [None, None] and not any(d.rejected for d in docs)
    assert clean(text).duplicate_of is None and clean(text).duplicate_of is None
    p = Pipeline()
    assert p.process_text(text).duplicate_of is None and p.process_text(text).duplicate_of is None
    # the default run drops the second copy
    assert [d.rejected for d in Pipeline().run([text, text])] == [False, True]


def test_an_empty_stage_has_no_candidates_and_rejections_pass_through():
    from corpusclean.document import rejected_input

    stage = Deduplicator("drop")
    bad = rejected_input({"path": "x"}, "0" * 64, "input.empty", "nothing")
    assert stage(bad) is bad and bad.rejection.code == "input.empty" and bad.duplicate_of is None
    assert len(stage.index) == 0


def test_thresholds_separate_the_invented_pairs():
    """The figures docs/dedup.md gives: every positive above, every negative below."""
    for lang in LANGS:
        arts = ARTICLES[lang]
        base = signature_of(page(arts["budget"])).minhash
        for name, paras in reprints(lang).items():
            assert estimate_jaccard(base, signature_of(page(paras)).minhash) >= NEAR_THRESHOLD + 0.1, (lang, name)
        pairs = [("budget", "followup"), ("congress", "forum"), ("congress", "commission")]
        for a, b in pairs:
            s = estimate_jaccard(signature_of(page(arts[a])).minhash, signature_of(page(arts[b])).minhash)
            assert s < NEAR_THRESHOLD - 0.2, (lang, a, b, s)


def test_unknown_mode_is_a_config_error():
    from corpusclean.config import ConfigError

    with pytest.raises(ConfigError, match="drop, mark, off"):
        Pipeline(dedup="fuzzy")
    with pytest.raises(ValueError, match="drop, mark, off"):
        Deduplicator("fuzzy")


KK_LATIN = ("Oblystyq mäslihat depu­tattary kezekten tys sessiada öñırdıñ biylğy naqtylanğan büdjetın bekıttı. "
            "Şyğystar on ekı milliard teñgege köbeidı, qarajattyñ basym bölıgı auyldyq joldardy jöndeuge jäne "
            "mektep saluğa jūmsalady. Qarjy basqarmasynyñ basşysy qosymşa tüsımder şağyn jäne orta biznesten "
            "tüsetın salyqtyñ ösuıne bailanysty ekenın aitty. Bırınşı jartyjyldyqta kırıs josparı jüz tört "
            "paiyzğa oryndalğan.")


def test_kazakh_in_the_latin_alphabet_is_compared_by_its_words():
    a = signature_of(KK_LATIN.replace("\u00ad", ""))
    upper = signature_of(KK_LATIN.replace("\u00ad", "").upper().replace(". ", ".\n"))
    edited = signature_of(KK_LATIN.replace("on ekı milliard", "12 milliard").replace("jüz tört", "jüz bes"))
    other = signature_of("Qarağandyda jastar ūiymdarynyñ öñırlık forumy aiaqtaldy. Qatysuşylar kolledj "
                         "tülekterınıñ jūmyspen qamtyluyn jäne kömır käsıporyndarynda jaña jūmys oryndaryn "
                         "aşudy talqylady. Forum qorytyndysy boiynşa memorandumğa qol qoiyldy.")
    assert a.exact_key == upper.exact_key  # case and layout do not count
    assert estimate_jaccard(a.minhash, edited.minhash) >= NEAR_THRESHOLD
    assert estimate_jaccard(a.minhash, other.minhash) < NEAR_THRESHOLD - 0.3
