"""Compressed input: .gz .bz2 .xz (.zst with the zstd extra), files and folders, by extension
and magic bytes; a corrupt archive is a rejection with a reason, never a traceback."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
from pathlib import Path

import pytest

from corpusclean import Pipeline
from corpusclean.cli import EXIT_OK, main
from corpusclean.compression import CorruptArchive, decompress, detect, inner_name, zstd_available

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

COMPRESSORS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
if zstd_available():
    import zstandard

    COMPRESSORS[".zst"] = zstandard.ZstdCompressor().compress


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-project-config", "--dedup", "off", *argv], stdout=out, stderr=err)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def _texts(records):
    return [(Path(r["source"]["path"]).name.split(".")[0], r["text"], r["id"]) for r in records]


def test_compressed_folder_gives_the_same_records_as_the_plain_one(tmp_path):
    plain, packed = tmp_path / "plain", tmp_path / "packed"
    plain.mkdir()
    packed.mkdir()
    suffixes = sorted(COMPRESSORS)
    for i, seed in enumerate(SEEDS):
        raw = seed.read_bytes()
        (plain / f"s{i}.txt").write_bytes(raw)
        suffix = suffixes[i % len(suffixes)]
        (packed / f"s{i}.txt{suffix}").write_bytes(COMPRESSORS[suffix](raw))
    lines = [json.dumps({"text": s.read_text(encoding="utf-8")}, ensure_ascii=False) for s in SEEDS[:2]]
    (plain / "z.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (packed / "z.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    (packed / "notes.pdf.gz").write_bytes(gzip.compress(b"not an input kind"))  # skipped in a folder

    code_a, plain_recs, _ = run([str(plain)])
    code_b, packed_recs, err = run([str(packed)])
    assert code_a == code_b == EXIT_OK, err
    assert len(packed_recs) == len(SEEDS) + 2
    assert _texts(packed_recs) == _texts(plain_recs)  # same text and same id: provenance is the content
    formats = {r["source"].get("compression") for r in packed_recs}
    assert formats == {"gzip", "bzip2", "xz"} | ({"zstd"} if ".zst" in COMPRESSORS else set())
    assert all(r["source"]["kind"] == ("jsonl" if r["source"]["path"].endswith(".jsonl.gz") else "txt")
               for r in packed_recs)


def test_magic_bytes_win_over_a_plain_name_and_stdin(tmp_path, monkeypatch):
    raw = SEEDS[3].read_bytes()
    disguised = tmp_path / "page.txt"
    disguised.write_bytes(gzip.compress(raw))
    code, recs, _ = run([str(disguised)])
    assert code == EXIT_OK and recs[0]["source"]["compression"] == "gzip"
    expected = run([str(SEEDS[3])])[1][0]["text"]
    assert recs[0]["text"] == expected
    docs = list(Pipeline().run([bz2.compress(raw)]))
    assert docs[0].text == expected and docs[0].source["compression"] == "bzip2"


@pytest.mark.parametrize("name,payload,needle", [
    ("cut.txt.gz", gzip.compress(SEEDS[0].read_bytes())[:200], "ended before"),
    ("flipped.txt.gz", gzip.compress(SEEDS[0].read_bytes())[:-6] + b"\x00\x00\x00\x00\x00\x00", "damaged"),
    ("cut.txt.xz", lzma.compress(SEEDS[0].read_bytes())[:100], "damaged"),
    ("cut.txt.bz2", bz2.compress(SEEDS[0].read_bytes())[:100], "damaged"),
    ("plain.txt.gz", "обычный текст, не архив".encode("utf-8"), "not gzip data"),
])
def test_corrupt_archive_is_rejected_with_a_reason(tmp_path, name, payload, needle):
    bad = tmp_path / name
    bad.write_bytes(payload)
    good = tmp_path / "good.txt"
    good.write_bytes(SEEDS[1].read_bytes())
    rejects = tmp_path / "rejects.jsonl"
    code, recs, err = run([str(tmp_path), "--rejects", str(rejects)])
    assert code == EXIT_OK and "Traceback" not in err
    assert [Path(r["source"]["path"]).name for r in recs] == ["good.txt"]  # the run went on
    (rejection,) = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert rejection["reason"]["code"] == "input.corrupt_archive"
    assert needle in rejection["reason"]["detail"]
    assert Path(rejection["source"]["path"]).name == name


def test_decompressed_size_counts_for_the_size_limit(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5_000_000))
    out, err = io.StringIO(), io.StringIO()
    main(["--no-project-config", "--max-bytes", "100000", str(bomb)], stdout=out, stderr=err)
    assert "input.too_large" in err.getvalue()


@pytest.mark.parametrize("head,name,expected", [
    (b"\x1f\x8b\x08", None, "gzip"), (b"BZh91AY", "x.txt", "bzip2"), (b"\xfd7zXZ\x00\x00", "x", "xz"),
    (b"\x28\xb5\x2f\xfd", "x.jsonl", "zstd"), (b"BZ plain", "x.txt", None), (b"\x1f plain", None, None),
    (b"", "empty.txt.gz", None),
])
def test_detect_reads_magic_bytes(head, name, expected):
    assert detect(head, name) == expected


def test_detect_refuses_a_suffix_without_its_magic_and_names_are_unwrapped():
    with pytest.raises(CorruptArchive):
        detect(b"<html>", "page.html.xz")
    assert inner_name("a/b.tar.txt.bz2") == "a/b.tar.txt" and inner_name("a.txt") == "a.txt"
    assert decompress(lzma.compress(b"x" * 10), "xz") == b"x" * 10


def test_jsonl_archive_cut_halfway_keeps_the_lines_before_and_says_where(tmp_path, record_validator):
    lines = [json.dumps({"id": i, "text": s.read_text(encoding="utf-8")}, ensure_ascii=False) for i, s in enumerate(SEEDS)]
    packed = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed[: len(packed) * 3 // 4])
    rejects = tmp_path / "rejects.jsonl"
    code, recs, err = run([str(cut), "--rejects", str(rejects)])
    assert code == EXIT_OK and "Traceback" not in err
    assert 1 <= len(recs) < len(SEEDS)
    assert [r["metadata"]["id"] for r in recs] == list(range(len(recs)))
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert rejected[-1]["reason"]["code"] == "input.corrupt_archive"
    assert f"after {len(recs) + len(rejected) - 1} documents" in rejected[-1]["reason"]["detail"]
    for rec in recs + rejected:
        record_validator.validate(rec)
