"""Pipelines: an ordered list of steps applied to a stream of documents."""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Iterator, Sequence

from ._version import __version__
from .config import Config, ConfigError
from .document import Document
from .interrupts import raise_if_interrupted
from .steps import FunctionStep, Step, StepConfigError, available_steps, get_step_class

__all__ = ["Pipeline", "clean"]

StepLike = str | Step | type[Step] | Callable[[str], str]


class Pipeline:
    """Steps built from ids, step objects or plain ``str -> str`` callables.

    >>> p = Pipeline(["space.normalize", str.upper, "space.paragraphs"])
    >>> p.process_text("a  b\\nc").text
    'A B\\n\\nC'
    """

    def __init__(self, steps: Sequence[StepLike] | None = None, *, config: Config | None = None, **options: Any):
        config = config or Config()
        if options:
            config = config.replace(**options)
        entries = list(config.steps if steps is None else steps)
        self.steps: list[Step] = [self._build(e, config) for e in entries]
        ids = [s.id for s in self.steps]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise ConfigError(f"step {dup!r} appears twice in the pipeline")
        known = available_steps()
        for step_id in config.options:
            if step_id not in known and step_id not in ids:
                raise ConfigError(f"options given for unknown step {step_id!r}; known: {', '.join(known)}")
        # The hash covers the steps actually run, so a record names exactly what made it.
        self.config = config.replace(steps=ids) if tuple(ids) != tuple(config.steps) else config
        self.info = {
            "version": __version__,
            "steps": [s.describe() for s in self.steps],
            "config_hash": self.config.hash(),
        }

    @staticmethod
    def _build(entry: StepLike, config: Config) -> Step:
        if isinstance(entry, Step):
            return entry
        if isinstance(entry, str):
            cls = get_step_class(entry)
            try:
                return cls(config=config, **config.step_options(entry))
            except StepConfigError as e:
                raise ConfigError(str(e)) from None
        if isinstance(entry, type) and issubclass(entry, Step):
            return entry(config=config, **config.step_options(entry.id))
        if callable(entry):
            return FunctionStep(entry)
        raise ConfigError(f"cannot use {entry!r} as a step: give a step id, a Step, or a str -> str callable")

    # --- running --------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        """Run every step on one document (in place) and return it."""
        doc.pipeline = self.info
        if doc.rejection is None:
            for step in self.steps:
                try:
                    step(doc)
                except Exception as e:  # a bug in a step must not lose the document
                    raise_if_interrupted()  # a signal a library turned into an exception: no rejection
                    doc.reject("internal.step_failed", f"step {step.id} raised {type(e).__name__}: {e}", step.id)
                raise_if_interrupted()  # also a signal a library swallowed
                if doc.rejection is not None:
                    break
        if doc.rejection is None and not doc.text.strip():
            doc.reject("content.empty", "nothing left after cleaning", None)
        return doc

    def process_text(self, text: str | bytes, source: dict | str | os.PathLike | None = None) -> Document:
        """Read one document from text or bytes and run it.  A JSONL payload must go
        through :meth:`run`, which yields one document per line."""
        from .inputs import documents_from_bytes

        raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        src = _source_dict(source)
        docs = list(documents_from_bytes(raw, src, self.config))
        if len(docs) != 1:
            raise ValueError(f"input holds {len(docs)} documents; use Pipeline.run() for JSONL")
        return self.process(docs[0])

    def run(self, items: Iterable[Any], *, jobs: int | None = 1) -> Iterator[Document]:
        """Lazily clean a stream of str, bytes, paths (files, folders, JSONL) or Documents.

        ``jobs``: worker processes for the per-document steps (0 = all cores); documents
        come back in input order, the same bytes as with one process (docs/performance.md).
        """
        from .inputs import documents_from_objects
        from .parallel import ordered_map

        documents = documents_from_objects(items, self.config)  # read
        processed = ordered_map(self.process, documents, jobs)  # process, in input order
        # Corpus stages (state across documents) go here, in the main process, in input order.
        yield from processed

    def __repr__(self) -> str:
        return f"Pipeline({[s.id for s in self.steps]!r})"


def _source_dict(source: dict | str | os.PathLike | None) -> dict:
    if source is None:
        return {}
    if isinstance(source, dict):
        return dict(source)
    s = os.fspath(source)
    if "://" in s:
        return {"url": s}
    return {"path": s}


def clean(text_or_bytes: str | bytes, *, source: dict | str | os.PathLike | None = None,
          config: Config | None = None, steps: Sequence[StepLike] | None = None, **options: Any) -> Document:
    """Clean one document and return it (see :meth:`Document.to_record`).

    ``options`` are Config settings (``accept_langs=["kk", "ru"]``,
    ``reference_date="2024-05-01"``, ``options={"space.normalize": {...}}``).
    A document that cannot be cleaned comes back with ``.rejection`` set.
    """
    return Pipeline(steps, config=config, **options).process_text(text_or_bytes, source)
