"""corpusclean as a datatrove step: the same cleaning on LocalPipelineExecutor,
SlurmPipelineExecutor or RayPipelineExecutor (extra ``corpusclean[datatrove]``; docs/datatrove.md).

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from corpusclean.datatrove import CorpuscleanStep

    LocalPipelineExecutor(pipeline=[
        JsonlReader("scraped/"),
        CorpuscleanStep(exclusion_writer=JsonlWriter("rejected/"), accept_langs=["kk", "ru"]),
        JsonlWriter("clean/"),
    ], tasks=8, workers=2, logging_dir="logs/").run()

Each datatrove document goes through corpusclean's own JSONL reader (its text and metadata
as one JSONL object), so the text is the one ``corpusclean --dedup off`` writes for the same
line.  The record's fields go into ``metadata`` (upstream values are never replaced by a
null; the record's id is ``corpusclean_id``); a rejected document goes to the exclusion
writer with ``metadata["filter_reason"]`` set to the reason code.  Stats per step: total,
forwarded, dropped and ``dropped_<reason code>``.

Deduplication is not done here: each datatrove task sees only its own shard.  Use
datatrove's own dedup pipelines (minhash) across shards, or ``corpusclean`` on one machine.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from datatrove.data import Document as DatatroveDocument
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

__all__ = ["CorpuscleanStep"]

# Record fields that are not copied into metadata: the text becomes the document's text, the
# upstream metadata is the document's metadata already.
_NOT_COPIED = ("text", "metadata", "id")


class CorpuscleanStep(PipelineStep):
    """Clean datatrove Documents with a corpusclean :class:`~corpusclean.Pipeline`.

    ``options`` are those of :func:`corpusclean.clean` (``steps=``, ``config=``,
    ``accept_langs=``, ``reference_date=``, ``furniture_model=``, ``options={step: {...}}``).
    The pipeline is built in each task (so the step pickles small and models load once per
    worker); bad options fail when the step is created, before any task starts.
    """

    name = "corpusclean"
    type = "✂️ - CLEAN"

    def __init__(self, exclusion_writer=None, text_key: str = "text", **options: Any):
        super().__init__()
        self.exclusion_writer = exclusion_writer
        self.text_key = text_key
        self.options = options
        self._pipeline = None
        self._build()  # fail early on bad options; rebuilt lazily after pickling

    def _build(self):
        from .pipeline import Pipeline

        options = dict(self.options)
        steps = options.pop("steps", None)
        config = options.pop("config", None)
        options.setdefault("dedup", "off")  # a task sees one shard only: no corpus stage here
        options["text_key"] = self.text_key
        self._pipeline = Pipeline(steps, config=config, **options)
        return self._pipeline

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_pipeline"] = None  # loaded models stay out of the pickle sent to workers
        return state

    @property
    def pipeline(self):
        return self._pipeline or self._build()

    def clean_document(self, document: DatatroveDocument):
        """The corpusclean Document for one datatrove Document, processed."""
        from .inputs import documents_from_bytes

        obj = {k: v for k, v in document.metadata.items() if k != self.text_key}
        obj[self.text_key] = document.text
        line = json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
        source = {"path": str(document.metadata.get("file_path") or document.id), "kind": "jsonl"}
        (doc,) = documents_from_bytes(line + b"\n", source, self.pipeline.config)
        return self.pipeline.process(doc)

    def _merge(self, document: DatatroveDocument, record: dict) -> None:
        metadata = document.metadata
        for key, value in record.items():
            if key in _NOT_COPIED:
                continue
            if value is None and metadata.get(key) is not None:
                continue  # never replace an upstream value with a null
            metadata[key] = value
        metadata["corpusclean_id"] = record["id"]

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        writer_context = self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext()
        with writer_context as writer:
            for document in data or ():
                self.stat_update("total")
                with self.track_time():
                    doc = self.clean_document(document)
                record = doc.to_record()
                if doc.rejected:
                    code = doc.rejection.code
                    self.stat_update("dropped", f"dropped_{code}")
                    document.metadata["filter_reason"] = code
                    document.metadata["filter_detail"] = doc.rejection.detail
                    if writer is not None:
                        writer.write(document, rank)
                    continue
                document.text = doc.text
                self._merge(document, record)
                self.stat_update("forwarded")
                self.update_doc_stats(document)
                yield document
