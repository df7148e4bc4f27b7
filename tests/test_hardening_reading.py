"""Issue 10, reading: one bad document rejects that document alone, with its own reason code;
JSONL is read as a stream of byte lines, each decoded on its own.  One test per finding."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from corpusclean import Pipeline
from corpusclean.cli import EXIT_OK, main
from corpusclean.config import Config
from corpusclean.inputs import decode_bytes, documents_from_bytes, documents_from_stream

GOOD = {"text": "Партия провела съезд в Астане. Делегаты обсудили программу."}
GOOD_LINE = json.dumps(GOOD, ensure_ascii=False).encode("utf-8")


def run(argv, stdin_bytes: bytes | None = None):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, [json.loads(l) for l in out.getvalue().splitlines()], err.getvalue()


def good_line(n: int) -> bytes:
    """A distinct good line (identical ones would be deduplicated)."""
    return json.dumps({"text": f"{GOOD['text']} Заседание номер {n}."}, ensure_ascii=False).encode("utf-8")


def jsonl_with(bad: bytes, good_lines: int = 20) -> bytes:
    """``good_lines`` good lines with ``bad`` as the third line."""
    lines = [good_line(n) for n in range(good_lines)]
    lines.insert(2, bad)
    return b"\n".join(lines) + b"\n"


BAD_LINES = [
    ("escaped lone surrogate", b'{"text": "\\ud800 \xd0\xbf\xd0\xb0\xd1\x80\xd1\x82\xd0\xb8\xd1\x8f"}', "jsonl.unpaired_surrogate"),
    ("surrogate in an upstream field", b'{"text": "ok", "author": "\\udc80"}', "jsonl.unpaired_surrogate"),
    ("100,000 brackets", b"[" * 100_000, "jsonl.too_deep"),
    ("objects nested past the limit", b'{"text": "ok", "m": ' + b'{"a": ' * 100 + b"1" + b"}" * 101, "jsonl.too_deep"),
    ("integer over 4,300 digits", b'{"text": "ok", "n": ' + b"7" * 5000 + b"}", "jsonl.number_too_long"),
    ("NaN", b'{"text": "ok", "score": NaN}', "jsonl.non_finite_number"),
    ("-Infinity", b'{"text": "ok", "score": -Infinity}', "jsonl.non_finite_number"),
    ("float that overflows", b'{"text": "ok", "score": 1e999}', "jsonl.non_finite_number"),
    ("raw NUL byte", b'{"text": "a\x00b"}', "jsonl.malformed"),
    ("not JSON", b'{"text": ', "jsonl.malformed"),
]


@pytest.mark.parametrize("label,bad,code", BAD_LINES, ids=[b[0] for b in BAD_LINES])
def test_one_bad_jsonl_line_rejects_that_line_and_the_run_goes_on(tmp_path, label, bad, code, record_validator):
    src = tmp_path / "batch.jsonl"
    src.write_bytes(jsonl_with(bad))
    rejects = tmp_path / "rejects.jsonl"
    exit_code, recs, err = run([str(src), "--rejects", str(rejects), "--steps", "space.normalize"])
    assert exit_code == EXIT_OK and "Traceback" not in err
    rejected = [json.loads(l) for l in rejects.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 20 and len(rejected) == 1  # documents in = records + rejections
    assert rejected[0]["reason"]["code"] == code and rejected[0]["source"]["line"] == 3
    for rec in recs + rejected:
        record_validator.validate(rec)


def test_number_too_long_message_is_formatted_though_the_error_has_no_msg():
    docs = list(documents_from_bytes(b'{"text": "x", "n": -' + b"1" * 4301 + b"}", {"path": "a.jsonl"}))
    assert docs[0].rejection.code == "jsonl.number_too_long"
    assert "4301 digits" in docs[0].rejection.detail


def test_one_cp1251_line_in_a_utf8_file_is_decoded_on_its_own():
    kazakh = "Партия съезі Астанада өтті. Делегаттар бағдарламаны талқылады, бірақ шешім қабылданбады."
    russian = "Партия провела съезд в Астане, делегаты обсудили программу и приняли решение."
    raw = jsonl_with(json.dumps({"text": russian}, ensure_ascii=False).encode("cp1251")) + \
        json.dumps({"text": kazakh}, ensure_ascii=False).encode("kz1048") + b"\n"
    docs = list(documents_from_bytes(raw, {"path": "mixed.jsonl"}))
    assert len(docs) == 22 and not any(d.rejected for d in docs)
    assert docs[2].input_text == russian and docs[2].source["encoding"] == "cp1251"
    assert docs[21].input_text == kazakh and docs[21].source["encoding"] == "kz1048"
    assert {d.source["encoding"] for i, d in enumerate(docs) if i not in (2, 21)} == {"utf-8"}


class LinesOnly(io.RawIOBase):
    """A stream that serves lines but refuses to be read whole: JSONL must be streamed."""

    def __init__(self, data: bytes):
        self._buf = io.BytesIO(data)
        self.largest = 0

    def readable(self):
        return True

    def readline(self, size=-1):
        if size is None or size < 0:
            raise AssertionError("an unbounded readline would hold a whole line of any size")
        chunk = self._buf.readline(size)
        self.largest = max(self.largest, len(chunk))
        return chunk

    def peek(self, size=0):  # the compression sniffer looks at the first bytes
        pos = self._buf.tell()
        return self._buf.getvalue()[pos:pos + max(size, 1)]

    def read(self, size=-1):
        raise AssertionError("JSONL must be read one line at a time, never whole")


def test_jsonl_is_read_as_a_stream_of_byte_lines_never_whole():
    lines = [good_line(n) for n in range(500)]
    stream = LinesOnly(b"\n".join(lines) + b"\n")
    docs = list(documents_from_stream(stream, {"path": "big.jsonl"}, Config()))
    assert len(docs) == 500 and stream.largest == max(len(l) for l in lines) + 1


def test_a_line_over_the_size_limit_is_rejected_without_being_held_whole():
    stream = LinesOnly(good_line(1) + b"\n" + b'{"text": "' + b"a" * 50_000 + b'"}\n' + good_line(2) + b"\n")
    docs = list(documents_from_stream(stream, {"path": "big.jsonl"}, Config(max_input_bytes=10_000)))
    assert [d.rejection.code if d.rejected else None for d in docs] == [None, "input.too_large", None]
    assert docs[1].source["bytes"] == 50_012 and docs[2].source["line"] == 3
    assert stream.largest <= 1 << 20


def test_file_sha256_comes_from_a_first_pass_and_is_null_on_stdin(tmp_path):
    import hashlib

    raw = jsonl_with(good_line(9), 2)
    src = tmp_path / "a.jsonl"
    src.write_bytes(raw)
    code, recs, _ = run([str(src), "--steps", "space.normalize"])
    assert {r["source"]["file_sha256"] for r in recs} == {hashlib.sha256(raw).hexdigest()}
    proc = subprocess.run([sys.executable, "-m", "corpusclean", "--steps", "space.normalize"], input=raw,
                          capture_output=True, timeout=120)
    recs = [json.loads(l) for l in proc.stdout.splitlines()]
    assert len(recs) == 3 and {r["source"]["file_sha256"] for r in recs} == {None}


def test_jsonl_on_stdin_whose_first_line_is_longer_than_4096_bytes_is_jsonl():
    long_line = json.dumps({"text": "Партия провела съезд. " * 400}, ensure_ascii=False).encode("utf-8")
    assert len(long_line) > 4096
    proc = subprocess.run([sys.executable, "-m", "corpusclean", "--steps", "space.normalize"],
                          input=long_line + b"\n" + good_line(1) + b"\n", capture_output=True, timeout=120)
    recs = [json.loads(l) for l in proc.stdout.splitlines()]
    assert proc.returncode == 0 and [r["source"]["kind"] for r in recs] == ["jsonl", "jsonl"]
    assert recs[0]["text"].startswith("Партия провела съезд.")


def test_a_file_name_that_is_not_utf8_is_written_with_hex_escapes(tmp_path, record_validator):
    if sys.platform == "darwin":
        pytest.skip("macOS file systems refuse names that are not UTF-8")
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"st\xe9p\xff.txt")
    try:
        (folder / name).write_text(GOOD["text"], encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    (folder / "z.txt").write_text(GOOD["text"] + " Второй.", encoding="utf-8")
    code, recs, err = run([str(folder), "--steps", "space.normalize"])
    assert code == EXIT_OK and len(recs) == 2 and err == ""
    assert recs[0]["source"]["path"].endswith("/st\\xe9p\\xff.txt")
    for rec in recs:
        record_validator.validate(rec)
        json.dumps(rec).encode("utf-8")  # no surrogates left anywhere


def test_an_empty_jsonl_file_is_reported_not_silently_dropped(tmp_path):
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"\n\n")
    code, recs, err = run([str(src)])
    assert code == EXIT_OK and recs == [] and "input.empty" in err


def test_a_fifo_in_an_input_folder_is_reported_and_skipped_not_read(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "z.txt").write_text(GOOD["text"], encoding="utf-8")
    # A reader that opened the FIFO would block forever: a subprocess with a timeout says so.
    proc = subprocess.run([sys.executable, "-m", "corpusclean", str(folder), "--steps", "space.normalize"],
                          capture_output=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1
    assert "pipe.txt: input.not_regular_file: a FIFO" in proc.stderr.decode()


# --- kz1048 and cp1251 -------------------------------------------------------------------

KAZAKH = ["Қазақстан осы өңірдегі бейбітшілікті қолдайды.",  # ң ө і ғ й
          "Ауыл шаруашылығы министрлігі жаңа бағдарламаны ұсынды.",
          "Мәжіліс депутаттары заң жобасын бірінші оқылымда мақұлдады."]


@pytest.mark.parametrize("text", KAZAKH)
def test_kazakh_in_kz1048_is_not_decoded_as_cp1251(text):
    assert decode_bytes(text.encode("kz1048")) == (text, "kz1048")


@pytest.mark.parametrize("text,encoding", [
    ("Партия провела съезд в Астане, делегаты обсудили программу.", "cp1251"),  # must stay cp1251
    ("Україна та Білорусь підписали угоду про співпрацю в галузі енергетики.", "cp1251"),  # є ї і: Ukrainian
    ("Њихова влада је усвојила нови закон о изборима.", "cp1251"),  # ј њ: Serbian
])
def test_russian_ukrainian_and_serbian_in_cp1251_stay_cp1251(text, encoding):
    decoded, enc = decode_bytes(text.encode(encoding))
    assert decoded == text and enc == encoding


def test_process_text_gives_the_kz1048_reading():
    doc = Pipeline(["space.normalize"]).process_text(" ".join(KAZAKH).encode("kz1048"))
    assert doc.source["encoding"] == "kz1048" and doc.text == " ".join(KAZAKH)
