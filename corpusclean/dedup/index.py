"""The in-memory index of accepted documents: exact keys, signatures and LSH buckets.

Memory and time grow linearly with the number of documents: no document is compared with
all others, only with those that share an LSH bucket (a band of its signature).  Buckets
live in sorted numpy arrays (8-byte key + 4-byte document number per band; runs merged
log-structured, so keeping them sorted costs O(n log n) in all) with a small dict for recent
additions: about ``bands * 12`` bytes per document instead of a Python object per entry.

>>> from corpusclean.dedup.signature import signature_of
>>> idx = DedupIndex()
>>> text = " ".join(f"слово{i}" for i in range(60))
>>> idx.add(signature_of(text), {"id": "a", "source": {"path": "a.txt"}})
0
>>> idx.find(signature_of(text)).kind
'exact'
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .signature import PARAMS, MinHashParams, Signature, band_keys, estimate_jaccard

__all__ = ["DedupIndex", "Match", "NEAR_THRESHOLD", "MIN_NEAR_SHINGLES"]

# A pair is a near duplicate when the estimated Jaccard similarity of its 3-word shingle
# sets reaches this.  Set on our invented pairs (benchmarks/dedup_scale.py --pairs,
# docs/dedup.md): reprints with furniture left, three fixed words or a trimmed last
# paragraph scored 0.79-0.85; different articles sharing a quote, a standard paragraph or
# yesterday's lead 0.0-0.16.
NEAR_THRESHOLD = 0.5
# Texts with fewer distinct shingles (about 22 words) are too short for a similarity
# estimate to mean "the same article": they are matched exactly or not at all.
MIN_NEAR_SHINGLES = 20
# The pending bucket dict becomes a sorted run once it holds this many entries (about 1,600
# documents of 40 bands): it bounds the part of the index that costs a Python object per entry.
MIN_MERGE = 65536


@dataclass(frozen=True)
class Match:
    """The original a document duplicates: its number in the index and how alike they are."""

    number: int
    kind: str  # "exact" | "near"
    similarity: float


class _Buckets:
    """A multimap uint64 -> document number: a small pending dict, flushed into sorted runs.

    Runs are kept in decreasing size, each at least twice the next (a log-structured merge):
    every entry is re-sorted O(log n) times in all, a lookup searches O(log n) runs, and the
    pending dict, the only part with a Python object per entry, never holds more than
    :data:`MIN_MERGE` entries.
    """

    def __init__(self):
        self.runs: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, document numbers)
        self.pending: dict[int, list[int]] = {}
        self.pending_count = 0

    def add(self, keys: np.ndarray, number: int) -> None:
        for k in keys.tolist():
            self.pending.setdefault(k, []).append(number)
        self.pending_count += len(keys)
        if self.pending_count >= MIN_MERGE:
            self.flush()

    def add_many(self, keys: np.ndarray, numbers: np.ndarray) -> None:
        """Add (n, bands) keys of documents ``numbers`` at once (loading an index file)."""
        self.flush()
        self._push(keys.reshape(-1), np.repeat(numbers.astype(np.uint32), keys.shape[1]))

    def flush(self) -> None:
        if not self.pending:
            return
        items = sorted(self.pending.items())
        keys = np.fromiter((k for k, vs in items for _ in vs), dtype=np.uint64, count=self.pending_count)
        values = np.fromiter((v for _, vs in items for v in vs), dtype=np.uint32, count=self.pending_count)
        self.pending, self.pending_count = {}, 0
        self._push(keys, values)

    def _push(self, keys: np.ndarray, values: np.ndarray) -> None:
        self.runs.append(self._sorted(keys, values))
        while len(self.runs) >= 2 and len(self.runs[-2][0]) <= 2 * len(self.runs[-1][0]):
            (k1, v1), (k2, v2) = self.runs.pop(), self.runs.pop()
            self.runs.append(self._sorted(np.concatenate([k2, k1]), np.concatenate([v2, v1])))

    @staticmethod
    def _sorted(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # Sorted on (key, number): the order never depends on how the merges fell.
        order = np.lexsort((values, keys))
        return keys[order], values[order]

    def lookup(self, keys: np.ndarray) -> set[int]:
        found: set[int] = set()
        for k in keys.tolist():
            found.update(self.pending.get(k, ()))
        for run_keys, run_values in self.runs:
            lo = np.searchsorted(run_keys, keys, side="left")
            hi = np.searchsorted(run_keys, keys, side="right")
            for a, b in zip(lo.tolist(), hi.tolist()):
                if b > a:
                    found.update(run_values[a:b].tolist())
        return found

    @property
    def nbytes(self) -> int:
        return int(sum(k.nbytes + v.nbytes for k, v in self.runs))


class DedupIndex:
    """Accepted documents: a reference each (``{"id", "source"}``), exact keys, signatures.

    ``find`` answers which earlier document a signature duplicates (exact first, then the
    most similar near one, ties to the earliest); ``add`` records an accepted document.
    """

    def __init__(self, params: MinHashParams = PARAMS):
        self.params = params
        self.refs: list[dict] = []
        self._exact: dict[bytes, int] = {}
        self._sigs = np.empty((0, params.num_perm), dtype=np.uint32)
        self._counts = np.empty(0, dtype=np.uint32)
        self._buckets = _Buckets()

    def __len__(self) -> int:
        return len(self.refs)

    @property
    def signatures(self) -> np.ndarray:
        return self._sigs[:len(self.refs)]

    @property
    def shingle_counts(self) -> np.ndarray:
        return self._counts[:len(self.refs)]

    @property
    def exact_keys(self) -> list[bytes]:
        """The exact key of every document, in index order."""
        keys: list[bytes] = [b""] * len(self.refs)
        for k, n in self._exact.items():
            keys[n] = k
        return keys

    def _grow(self, need: int) -> None:
        if need > len(self._sigs):
            bigger = np.empty((max(need, 2 * len(self._sigs), 1024), self.params.num_perm), dtype=np.uint32)
            bigger[:len(self.refs)] = self._sigs[:len(self.refs)]
            counts = np.empty(len(bigger), dtype=np.uint32)
            counts[:len(self.refs)] = self._counts[:len(self.refs)]
            self._sigs, self._counts = bigger, counts

    def find(self, sig: Signature) -> Match | None:
        n = self._exact.get(sig.exact_key)
        if n is not None:
            return Match(n, "exact", 1.0)
        if sig.shingles < MIN_NEAR_SHINGLES:
            return None
        candidates = self._buckets.lookup(band_keys(sig.minhash, self.params)[0])
        best: Match | None = None
        for n in sorted(candidates):
            s = estimate_jaccard(self._sigs[n], sig.minhash)
            if s >= NEAR_THRESHOLD and (best is None or s > best.similarity):
                best = Match(n, "near", s)
        return best

    def add(self, sig: Signature, ref: dict) -> int:
        """Record an accepted document; returns its number."""
        n = len(self.refs)
        self._grow(n + 1)
        self.refs.append(ref)
        self._sigs[n] = sig.minhash
        self._counts[n] = sig.shingles
        self._exact.setdefault(sig.exact_key, n)
        if sig.shingles >= MIN_NEAR_SHINGLES:
            self._buckets.add(band_keys(sig.minhash, self.params)[0], n)
        return n

    def extend(self, refs: list[dict], exact_keys: list[bytes], signatures: np.ndarray, counts: np.ndarray) -> None:
        """Add a block of documents at once (loading an index file): references, exact
        keys, signatures and shingle counts."""
        start = len(self.refs)
        self._grow(start + len(refs))
        self.refs.extend(refs)
        self._sigs[start:start + len(refs)] = signatures
        self._counts[start:start + len(refs)] = counts
        for i, k in enumerate(exact_keys):
            self._exact.setdefault(k, start + i)
        near = np.asarray(counts) >= MIN_NEAR_SHINGLES
        numbers = np.arange(start, start + len(refs))[near]
        if len(numbers):
            self._buckets.add_many(band_keys(signatures[near], self.params), numbers)

    def nbytes(self) -> int:
        """Bytes held in numpy arrays (signatures and buckets), for the benchmark."""
        return int(self._sigs[:len(self.refs)].nbytes + self._buckets.nbytes)
