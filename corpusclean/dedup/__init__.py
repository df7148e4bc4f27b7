"""Corpus-level deduplication: exact and near-duplicate documents, each naming its original.

* :mod:`.signature`: words (``\\w+``), exact keys, MinHash signatures, LSH band keys;
* :mod:`.index`: the in-memory index (exact keys, signatures, LSH buckets) and thresholds;
* :mod:`.store`: the versioned index file of ``--dedup-index``;
* :mod:`.stage`: the stage :class:`Deduplicator` that ``Pipeline.run`` and the CLI run
  after per-document cleaning, and the pre-commit hook reuses.

See docs/dedup.md.
"""

from .index import MIN_NEAR_SHINGLES, NEAR_THRESHOLD, DedupIndex, Match
from .signature import PARAMS, MinHashParams, Signature, estimate_jaccard, signature_of, words
from .stage import MODES, REASONS, STAGE_ID, Deduplicator, describe_original, source_ref
from .store import IndexFileError, load_index, save_index

__all__ = ["Deduplicator", "DedupIndex", "Match", "MODES", "REASONS", "STAGE_ID", "NEAR_THRESHOLD",
           "MIN_NEAR_SHINGLES", "PARAMS", "MinHashParams", "Signature", "signature_of", "estimate_jaccard",
           "words", "IndexFileError", "load_index", "save_index", "describe_original", "source_ref"]
