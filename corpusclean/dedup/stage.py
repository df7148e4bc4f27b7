"""The deduplication stage: the corpus-level pass after per-document cleaning.

It runs in the main process, over the cleaned documents in input order, so the first
document seen is the original whatever the number of workers.  A duplicate gets
``doc.duplicate_of = {"id", "source", "similarity", "kind"}`` naming its original; in
``drop`` mode it also becomes a rejection (``dedup.exact`` or ``dedup.near``), in ``mark``
mode it stays a record.  Only originals enter the index, so every duplicate names the
first document of its kind.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator

from .index import DedupIndex
from .signature import PARAMS, signature_of
from .store import load_index, save_index

__all__ = ["Deduplicator", "MODES", "STAGE_ID", "REASONS", "source_ref", "describe_original"]

MODES = ("drop", "mark", "off")
STAGE_ID = "dedup"
REASONS = {"exact": "dedup.exact", "near": "dedup.near"}


def source_ref(source: dict) -> dict:
    """The part of a record's ``source`` that tells two documents apart: path or url, line."""
    ref = {k: source[k] for k in ("path", "url") if source.get(k)}
    if "path" in ref:
        ref.pop("url", None)
    if source.get("line"):
        ref["line"] = source["line"]
    return ref


def describe_original(duplicate_of: dict) -> str:
    """``PATH[:LINE] (id X)``: the original, for messages."""
    src = duplicate_of.get("source") or {}
    where = str(src.get("path") or src.get("url") or "an earlier document")
    if src.get("line"):
        where += f":{src['line']}"
    return f"{where} (id {duplicate_of.get('id')})"


def detail_for(duplicate_of: dict) -> str:
    if duplicate_of["kind"] == "exact":
        return f"the same text as {describe_original(duplicate_of)}"
    return f"a near duplicate (similarity {duplicate_of['similarity']:.2f}) of {describe_original(duplicate_of)}"


class Deduplicator:
    """Marks or drops the duplicates in a stream of cleaned documents.

    ``index_path``: an index file to start from and to write back, atomically, once the
    stream is exhausted (a run cut short leaves the old file as it was).
    """

    def __init__(self, mode: str = "drop", *, index: DedupIndex | None = None,
                 index_path: str | os.PathLike | None = None):
        if mode not in MODES:
            raise ValueError(f"dedup mode {mode!r} is not one of: {', '.join(MODES)}")
        self.mode = mode
        self.index_path = index_path
        if index is None:
            index = load_index(index_path, PARAMS) if index_path is not None and mode != "off" else DedupIndex(PARAMS)
        self.index = index

    @classmethod
    def from_config(cls, config) -> "Deduplicator":
        return cls(config.dedup, index_path=config.dedup_index)

    def check(self, text: str, ref: dict, *, add: bool = True) -> dict | None:
        """The ``duplicate_of`` of ``text`` against everything indexed so far, or None;
        an original is added to the index (under ``ref``: ``{"id", "source"}``) when ``add``."""
        sig = signature_of(text)
        if sig.shingles == 0:  # no words at all: nothing to compare
            return None
        match = self.index.find(sig)
        if match is None:
            if add:
                self.index.add(sig, ref)
            return None
        original = self.index.refs[match.number]
        return {"id": original.get("id"), "source": original.get("source", {}),
                "similarity": round(match.similarity, 4), "kind": match.kind}

    def __call__(self, doc):
        """Mark (and in drop mode reject) one cleaned document; returns it."""
        if self.mode == "off" or doc.rejection is not None:
            return doc
        dup = self.check(doc.text, {"id": doc.id, "source": source_ref(doc.source)})
        if dup is not None:
            doc.duplicate_of = dup
            if self.mode == "drop":
                doc.reject(REASONS[dup["kind"]], detail_for(dup), STAGE_ID)
        return doc

    def run(self, docs: Iterable) -> Iterator:
        """Every document of ``docs``, in order, marked; the index file is written at the end."""
        for doc in docs:
            yield self(doc)
        self.save()

    def save(self) -> None:
        if self.index_path is not None and self.mode != "off":
            save_index(self.index, self.index_path)
