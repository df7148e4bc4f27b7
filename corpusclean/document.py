"""The document that flows through a pipeline, and its JSONL record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Iterable

from .edits import Change, Edit, OffsetMap, map_forward, sequential_edits

__all__ = ["Document", "Rejection", "Reject", "METADATA_FIELDS", "rejected_input"]

# Fields later steps fill; reserved in every record so the schema never breaks.
METADATA_FIELDS = ("title", "published", "site", "url", "tags", "attribution", "lang", "lang_confidence", "paragraph_langs")


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a whole document was dropped: a namespaced ``code`` and a human ``detail``."""

    code: str
    detail: str = ""
    step: str | None = None

    def to_dict(self) -> dict:
        return {"code": self.code, "detail": self.detail, "step": self.step}

    def line(self, where: str) -> str:
        """The one-line message for stderr: ``where: code: detail``."""
        return f"{where}: {self.code}: {self.detail}" if self.detail else f"{where}: {self.code}"


class Reject(Exception):
    """Raised (or returned, by filters) to drop the whole document."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class Document:
    """A document: its decoded input, current text, metadata, mentions and edit log.

    ``input_text`` is the replay input: the decoded text of a txt file, the text field of
    a JSONL line, or the text trafilatura extracted from HTML (``source["input"]`` says
    which).  ``replay(doc.input_text, doc.edits) == doc.text`` always holds.
    """

    input_text: str
    source: dict = field(default_factory=dict)
    text: str = ""
    meta: dict = field(default_factory=dict)
    entities: list[dict] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)  # upstream JSONL fields, carried through untouched
    rejection: Rejection | None = None
    pipeline: dict | None = None
    raw_sha256: str = ""
    duplicate_of: dict | None = None  # set by the dedup stage: the original this repeats (docs/dedup.md)
    # The state the steps before boilerplate.repeated left in the CLI's furniture-learning
    # pass, for Pipeline.process to resume from (corpusclean.furniture.learn.PreparedStore);
    # never part of the record.
    prepared: tuple | None = field(default=None, repr=False, compare=False)

    # ``meta`` keys with this prefix are steps' scratch notes that must travel with the text
    # (the furniture-learning pass hands on text, edits and meta): never part of the record,
    # dropped by drop_caches.
    SCRATCH_PREFIX = "_corpusclean_"

    def __post_init__(self):
        if not self.text:
            self.text = self.input_text
        for k in METADATA_FIELDS:
            self.meta.setdefault(k, None)
        if not self.raw_sha256:
            self.raw_sha256 = hashlib.sha256(self.input_text.encode("utf-8", "surrogatepass")).hexdigest()

    def __getstate__(self) -> dict:
        """What goes to and from a worker process (``-j N``): the fields, not the caches
        that steps keep on the document (``_repair_context``, keyed by the identity of a
        text object, which a copy never matches)."""
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def drop_caches(self) -> None:
        """Forget what steps cached on the document (attributes named ``_...``): done when
        the pipeline is through with it, so a record waiting to be written holds no more."""
        for key in [k for k in self.__dict__ if k.startswith("_")]:
            del self.__dict__[key]
        for key in [k for k in self.meta if isinstance(k, str) and k.startswith(self.SCRATCH_PREFIX)]:
            del self.meta[key]

    # --- identity -----------------------------------------------------------------
    @property
    def id(self) -> str:
        """Stable id from the source bytes (the raw file, or the JSONL line)."""
        return self.raw_sha256[:16]

    @property
    def rejected(self) -> bool:
        return self.rejection is not None

    def where(self) -> str:
        """Human name of the input: path (and line) or url, for messages."""
        src = self.source
        name = src.get("path") or src.get("url") or "<input>"
        if src.get("line"):
            name = f"{name}:{src['line']}"
        return str(name)

    # --- changing the text ------------------------------------------------------
    def apply(self, step: str, changes: Iterable[Change], default_reason: str | None = None) -> list[Edit]:
        """Apply a step's non-overlapping changes, log them, and keep spans valid."""
        new_text, edits = sequential_edits(self.text, changes, step, default_reason or step)
        if not edits:
            return []
        self.text = new_text
        self.edits.extend(edits)
        self._remap_spans(edits)
        return edits

    def _remap_spans(self, edits: list[Edit]) -> None:
        """Move every span through one step's edits in a single sweep (linear in spans +
        edits; mapping each span through every edit was quadratic on long documents)."""
        spans = list(self._spans())
        if not spans:
            return
        offsets = sorted({o for span in spans for o in (span["start"], span["end"])})
        moved = dict(zip(offsets, map_forward_sorted(offsets, edits)))
        for span in spans:
            span["start"] = moved[span["start"]]
            span["end"] = max(span["start"], moved[span["end"]])

    def _spans(self) -> Iterable[dict]:
        yield from self.entities
        for span in self.meta.get("paragraph_langs") or ():
            yield span

    def reject(self, code: str, detail: str = "", step: str | None = None) -> None:
        if self.rejection is None:
            self.rejection = Rejection(code, detail, step)

    # --- output --------------------------------------------------------------------
    def offset_map(self) -> OffsetMap:
        return OffsetMap(self.edits)

    def to_record(self) -> dict:
        """The JSONL record (see docs/schema.md); a rejection record when rejected."""
        base: dict[str, Any] = {"id": self.id}
        if self.rejection is not None:
            base["rejected"] = True
            base["reason"] = self.rejection.to_dict()
            base["source"] = dict(self.source)
            base["pipeline"] = self.pipeline
            base["metadata"] = self.metadata
            if self.duplicate_of is not None:
                base["duplicate_of"] = self.duplicate_of
            return base
        omap = self.offset_map()
        entities = []
        for ent in self.entities:
            s, e = omap.span_to_input(ent["start"], ent["end"])
            entities.append({**ent, "input_start": s, "input_end": e})
        rec: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "title": self.meta.get("title"),
            "published": self.meta.get("published"),
            "lang": self.meta.get("lang"),
            "lang_confidence": self.meta.get("lang_confidence"),
            "paragraph_langs": self.meta.get("paragraph_langs"),
            "site": self.meta.get("site"),
            "url": self.meta.get("url") or self.source.get("url"),
            "tags": self.meta.get("tags"),
            "attribution": self.meta.get("attribution"),
            "source": dict(self.source),
            "entities": entities,
            "edits": [e.to_dict() for e in self.edits],
            "pipeline": self.pipeline,
            "metadata": self.metadata,
        }
        if self.duplicate_of is not None:
            rec["duplicate_of"] = self.duplicate_of
        for k, v in self.meta.items():  # extra fields a user's annotator set
            if k not in rec and k not in METADATA_FIELDS and not (isinstance(k, str) and k.startswith(self.SCRATCH_PREFIX)):
                rec.setdefault("extra", {})[k] = v
        return rec


def map_forward_sorted(offsets: list[int], edits: list[Edit]) -> list[int]:
    """:func:`~corpusclean.edits.map_forward` for ascending ``offsets`` through the edits of
    one step (ascending and non-overlapping, as ``sequential_edits`` makes them), in one
    sweep.  Edits in another order fall back to mapping each offset on its own."""
    starts = []  # each edit's span in the text before the step's first edit
    shift = 0
    for e in edits:
        start = e.start - shift
        if starts and start < starts[-1][1]:
            return [map_forward(o, edits) for o in offsets]
        starts.append((start, e.end - shift, shift, e))
        shift += len(e.after) - (e.end - e.start)
    out: list[int] = []
    k, shift = 0, 0
    for o in offsets:
        while k < len(starts) and o >= starts[k][1] and o > starts[k][0]:
            e = starts[k][3]
            shift = starts[k][2] + len(e.after) - (e.end - e.start)
            k += 1
        if k < len(starts) and starts[k][0] < o < starts[k][1]:
            start, _, before_shift, e = starts[k]
            out.append(start + before_shift + min(o - start, len(e.after)))
        else:
            out.append(o + shift)
    return out


def rejected_input(source: dict, sha: str, code: str, detail: str, metadata: dict | None = None) -> Document:
    """A document that could not be read: empty text, the reader's rejection."""
    doc = Document("", source=source, raw_sha256=sha, metadata=metadata or {})
    doc.rejection = Rejection(code, detail, "read")
    return doc
