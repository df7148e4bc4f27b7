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

# Passes over the steps at most (see Pipeline.process).  The first pass settles nearly every
# document; the second confirms; a third is the bound for a step that feeds another.
MAX_PASSES = 3
_MANY_DOCUMENTS = "the input holds more than one document (JSONL lines, or the files of a folder); use Pipeline.run() for one record per line"


def _message(e: BaseException) -> str:
    """An exception's message, which formatting must never break (some have none)."""
    try:
        return str(e) or type(e).__name__
    except Exception:
        return type(e).__name__


def _fallback_sha(item: Any) -> str:
    import hashlib

    if isinstance(item, str):
        data = item.encode("utf-8", "surrogatepass")
    elif isinstance(item, (bytes, bytearray, memoryview)):
        data = bytes(item)
    else:
        data = os.fsencode(item)
    return hashlib.sha256(data).hexdigest()


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
            if step_id in known and step_id not in ids:  # checked too, though this run skips the step
                try:
                    known[step_id](config=config, **config.step_options(step_id))
                except StepConfigError as e:
                    raise ConfigError(str(e)) from None
        # The hash covers the steps actually run, so a record names exactly what made it.
        self.config = config.replace(steps=ids) if tuple(ids) != tuple(config.steps) else config
        # The furniture-learning pass's documents, to resume from in the next run()
        # (corpusclean.furniture.learn.PreparedStore; set by the command line).
        self.prepared_store = None
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
            try:
                return entry(config=config, **config.step_options(entry.id))
            except StepConfigError as e:
                raise ConfigError(str(e)) from None
        if callable(entry):
            return FunctionStep(entry)
        raise ConfigError(f"cannot use {entry!r} as a step: give a step id, a Step, or a str -> str callable")

    # --- running --------------------------------------------------------------------
    def process(self, doc: Document) -> Document:
        """Run every step on one document (in place) and return it.

        Readers again (as ftfy does): when a pass changed the text, a later step may have
        changed what an earlier one read (a look-alike letter repaired after boilerplate
        looked for a label), so the steps run again on the result, until a pass changes
        nothing or :data:`MAX_PASSES` passes ran.  Cleaning the output again then changes
        nothing.  Annotations (entities) are rebuilt on each pass; lifted metadata stays.
        A pass with nothing left to do costs about a tenth of the first (docs/steps.md).
        """
        doc.pipeline = self.info
        prepared, doc.prepared = doc.prepared, None
        for n in range(MAX_PASSES):
            edits_before = len(doc.edits)
            start = 0
            if n:
                doc.entities = []  # the annotators find them again in the settled text
            elif prepared is not None and doc.rejection is None:
                start = self._resume(doc, prepared)
            self._one_pass(doc, start)
            if doc.rejection is not None or len(doc.edits) == edits_before:
                break
        if doc.rejection is None and not doc.text.strip():
            doc.reject("content.empty", "nothing left after cleaning", None)
        doc.drop_caches()
        return doc

    def _resume(self, doc: Document, prepared: tuple) -> int:
        """Put ``doc`` in the state the first ``k`` steps of this pipeline left it in when
        they ran on it in the furniture-learning pass (furniture.learn.PreparedStore, which
        checked that the document is the same and the steps are the same objects), and
        return ``k``: the first pass goes on from step ``k``.  The steps are deterministic,
        so running them again would give this very state."""
        step_ids, text, edits, meta, entities = prepared
        k = len(step_ids)
        if tuple(s.id for s in self.steps[:k]) != tuple(step_ids):
            return 0
        doc.text = text
        doc.edits.extend(edits)
        doc.meta = meta
        doc.entities = entities
        return k

    def _one_pass(self, doc: Document, start: int = 0) -> None:
        for step in self.steps[start:] if start else self.steps:
            if doc.rejection is not None:
                return
            try:
                step(doc)
            except Exception as e:  # a bug in a step must not lose the document
                raise_if_interrupted()  # a signal a library turned into an exception: no rejection
                doc.reject("internal.step_failed", f"step {step.id} raised {type(e).__name__}: {_message(e)}", step.id)
            raise_if_interrupted()  # also a signal a library swallowed

    def process_text(self, text: str | bytes | os.PathLike, source: dict | str | os.PathLike | None = None) -> Document:
        """Read one document and run it; never raises for any content (a document that
        cannot be read or cleaned comes back with ``.rejection`` set).

        A ``str`` is always the text of one document (never sniffed as JSONL, even when
        it looks like JSON or names a file); ``bytes`` are sniffed (txt, html or JSONL);
        an ``os.PathLike`` is a file to read.  An input that holds more than one document
        (a JSONL file of several lines, a folder) is rejected as ``input.many_documents``:
        :meth:`run` yields one document per line.
        """
        if not isinstance(text, (str, bytes, bytearray, memoryview, os.PathLike)):
            raise TypeError(f"cannot clean a {type(text).__name__}; give str, bytes or a path (os.PathLike)")
        try:
            doc = self._read_one(text, _source_dict(source))
        except Exception as e:  # reading is isolated too: a rejection, never an exception
            raise_if_interrupted()
            from .document import rejected_input

            doc = rejected_input(_source_dict(source), _fallback_sha(text), "internal.read_failed",
                                 f"reading raised {type(e).__name__}: {_message(e)}")
        return self.process(doc)

    def _read_one(self, item: Any, src: dict) -> Document:
        import hashlib
        import itertools

        from .document import rejected_input
        from .inputs import InputError, display_path, documents_from_bytes, documents_from_path

        if isinstance(item, os.PathLike):
            src = src or {"path": display_path(item)}
            try:
                docs = list(itertools.islice(documents_from_path(item, self.config), 2))
            except InputError as e:
                return rejected_input({**src, "sha256": None, "bytes": None, "encoding": None},
                                      hashlib.sha256(os.fsencode(item)).hexdigest(), e.code, e.detail)
            if len(docs) == 1 and not os.path.isdir(item):
                if src != {"path": display_path(item)}:
                    docs[0].source.update(src)
                return docs[0]
            sha = docs[0].source.get("file_sha256") or hashlib.sha256(os.fsencode(item)).hexdigest()
            return rejected_input({**src, "sha256": docs[0].source.get("file_sha256"), "bytes": None, "encoding": None},
                                  sha, "input.many_documents", _MANY_DOCUMENTS)
        if isinstance(item, str):
            raw, allow_jsonl = item.encode("utf-8", "surrogatepass"), False
        else:
            raw, allow_jsonl = bytes(item), True
        docs = list(itertools.islice(documents_from_bytes(raw, src, self.config, allow_jsonl=allow_jsonl), 2))
        if len(docs) == 1:
            return docs[0]
        sha = hashlib.sha256(raw).hexdigest()
        return rejected_input({**src, "kind": "jsonl", "sha256": sha, "bytes": len(raw), "encoding": None}, sha,
                              "input.many_documents", _MANY_DOCUMENTS)

    def run(self, items: Iterable[Any], *, jobs: int | None = 1) -> Iterator[Document]:
        """Lazily clean a stream of str, bytes, paths (files, folders, JSONL) or Documents.

        ``jobs``: worker processes for the per-document steps (0 = all cores); documents
        come back in input order, the same bytes as with one process (docs/performance.md).
        """
        from .inputs import documents_from_objects
        from .parallel import ordered_map

        documents = documents_from_objects(items, self.config)  # read
        store, self.prepared_store = self.prepared_store, None
        if store is not None:  # the steps before boilerplate.repeated already ran on them
            documents = store.attach(documents, self)
        processed = ordered_map(self.process, documents, jobs, warm_up=self.load)  # process, in input order
        # Corpus stages (state across documents) go here, in the main process, in input order.
        yield from self.corpus_stages(processed)

    def corpus_stages(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The stages that look across documents, over processed documents in input order:
        deduplication (``config.dedup``, drop by default; docs/dedup.md).  Its index file,
        if any, is written once the stream is exhausted."""
        from .dedup import Deduplicator

        yield from Deduplicator.from_config(self.config).run(docs)

    def load(self) -> "Pipeline":
        """Load every step's resources (models, word lists) now instead of on first use:
        done before worker processes fork, so that they share one copy."""
        for step in self.steps:
            step.ensure_setup()
            step.preload()
        # Some resources load on first use inside a step (language models): one short
        # Russian and Kazakh text brings them in too.  Its result is thrown away.
        self.process(Document(_WARM_UP_TEXT, source={"path": "<warm-up>"}))
        return self

    def __repr__(self) -> str:
        return f"Pipeline({[s.id for s in self.steps]!r})"


# Russian, Kazakh and one English line: the English brings in the model for Latin-script
# languages (langdetect), which every forked worker would otherwise load on its own.  The
# dateline, the tags line, the Kazakh verbs and the blocks joined with nothing (a Kazakh
# sentence glued on) bring in the date patterns, the layout's word lists and the Kazakh
# stems, which the steps load on first use: else once in each worker process (the Kazakh
# stems alone took 0.26 s of CPU in each worker of the furniture-learning pass).
_WARM_UP_TEXT = ("Политика\n\n12 марта 2024 года, 10:15\n\nВчера партия провела съезд в столице.\n\n"
                 "Қазақстан Парламенті жаңа заң қабылдады. Депутаттар кеше жиналып, құжатты талқылады.\n\n"
                 "The party held its congress in the capital on Monday.\n\nТеги: выборы, парламент\n\n"
                 "Главная Новости ПолитикаВчера депутаты Мажилиса одобрили закон.5 марта сенаторы "
                 "его рассмотрят.Жаңалықтар Мәжіліс депутаттары заңды мақұлдады.Облыс әкімі жобаны "
                 "таныстырды.\n")


def _source_dict(source: dict | str | os.PathLike | None) -> dict:
    if source is None:
        return {}
    if isinstance(source, dict):
        return dict(source)
    s = os.fspath(source)
    if isinstance(s, str) and "://" in s:
        return {"url": s}
    from .inputs import display_path

    return {"path": display_path(s)}


def clean(text_or_bytes: str | bytes | os.PathLike, *, source: dict | str | os.PathLike | None = None,
          config: Config | None = None, steps: Sequence[StepLike] | None = None, **options: Any) -> Document:
    """Clean one document and return it (see :meth:`Document.to_record`).

    A ``str`` is always the document's text (even when it looks like JSON or names a
    file); ``bytes`` are read as a file's content would be; ``pathlib.Path`` (any
    ``os.PathLike``) is a file to read.  ``options`` are Config settings
    (``accept_langs=["kk", "ru"]``, ``reference_date="2024-05-01"``,
    ``options={"space.normalize": {...}}``); bad settings raise ConfigError.
    A document that cannot be read or cleaned comes back with ``.rejection`` set: no
    content makes ``clean`` raise.
    """
    return Pipeline(steps, config=config, **options).process_text(text_or_bytes, source)
