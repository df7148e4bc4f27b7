"""A run's records read back for the review: each with the input its edits replay on.

The input comes from the record itself (``input_text``, written by ``--keep-input``) or
is read again from ``source["path"]`` with the reader the record names; either way it is
accepted only when ``replay(input, edits) == text``, so the report never shows marks on
the wrong text.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..edits import ReplayError, replay

__all__ = ["Reviewed", "ReviewInputError", "load_records", "attach_inputs", "sample"]


class ReviewInputError(ValueError):
    """A records file that cannot be read (the message names the file and line)."""


@dataclass
class Reviewed:
    """One record (or rejection) of the run, in input order."""

    record: dict
    position: int
    input_text: str | None = None
    input_note: str = ""  # why the input is not shown, when it is not

    @property
    def rejected(self) -> bool:
        return bool(self.record.get("rejected"))

    @property
    def where(self) -> str:
        src = self.record.get("source") or {}
        name = src.get("path") or src.get("url") or self.record.get("id") or "<record>"
        return f"{name}:{src['line']}" if src.get("line") else str(name)


def _lines(path: str) -> Iterable[tuple[int, str]]:
    if path == "-":
        yield from enumerate(sys.stdin.buffer.read().decode("utf-8").splitlines(), 1)
        return
    try:
        with open(path, encoding="utf-8") as fh:
            yield from enumerate(fh, 1)
    except FileNotFoundError:
        raise ReviewInputError(f"{path}: no such file") from None
    except UnicodeDecodeError as e:
        raise ReviewInputError(f"{path}: not UTF-8 ({e.reason} at byte {e.start})") from None
    except IsADirectoryError:
        raise ReviewInputError(f"{path}: is a folder; give the JSONL records file") from None


def load_records(paths: Sequence[str]) -> list[Reviewed]:
    """Every record of ``paths``, in order; a line that is not a record is an error."""
    out: list[Reviewed] = []
    for path in paths:
        for number, line in _lines(path):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                raise ReviewInputError(f"{path}:{number}: not JSON ({e.msg})") from None
            if not isinstance(rec, dict) or "id" not in rec or not ("text" in rec or rec.get("rejected")):
                raise ReviewInputError(f"{path}:{number}: not a corpusclean record (no id and text, or rejected)")
            out.append(Reviewed(rec, len(out)))
    return out


def _fits(rec: dict, text: str) -> bool:
    try:
        return replay(text, rec.get("edits") or []) == rec.get("text")
    except ReplayError:
        return False


def _read_back(path: str, kind: str | None, cache: dict) -> dict[tuple, str]:
    """Inputs of the documents in ``path``, keyed by (id, line), read as the run read them."""
    key = (path, kind)
    if key not in cache:
        from ..config import Config
        from ..inputs import InputError, documents_from_path

        found: dict[tuple, str] = {}
        config = Config().replace(input_kind=kind) if kind in ("txt", "html", "jsonl") else Config()
        try:
            for doc in documents_from_path(path, config):
                found[(doc.id, doc.source.get("line"))] = doc.input_text
        except (InputError, OSError):
            pass
        cache[key] = found
    return cache[key]


def attach_inputs(items: Iterable[Reviewed], base: Path | None = None) -> None:
    """Give every accepted record its input, or a note saying why there is none."""
    cache: dict = {}
    for item in items:
        rec = item.record
        if item.rejected:
            continue
        if isinstance(rec.get("input_text"), str):
            if _fits(rec, rec["input_text"]):
                item.input_text = rec["input_text"]
            else:
                item.input_note = "input_text does not replay to text"
            continue
        src = rec.get("source") or {}
        path = src.get("path")
        if not path or path == "<stdin>":
            item.input_note = "no input: clean with --keep-input to see the changes"
            continue
        full = Path(path) if base is None or Path(path).is_absolute() else base / path
        if not full.is_file():
            item.input_note = f"no input: {path} cannot be read (clean with --keep-input)"
            continue
        text = _read_back(str(full), src.get("kind"), cache).get((rec["id"], src.get("line")))
        if text is not None and _fits(rec, text):
            item.input_text = text
        else:
            item.input_note = f"no input: {path} no longer gives the text these edits were made on"


def sample(items: Sequence[Reviewed], n: int) -> list[Reviewed]:
    """``n`` items chosen by a hash of their id (the same choice on every run and machine,
    independent of the order of the other records), returned in input order."""
    if n >= len(items):
        return list(items)
    ranked = sorted(items, key=lambda it: (hashlib.sha256(str(it.record.get("id")).encode()).hexdigest(), it.position))
    return sorted(ranked[:max(n, 0)], key=lambda it: it.position)
