"""The in-memory index of accepted documents: exact keys, signatures and LSH buckets.

Memory and time grow linearly with the number of documents: no document is compared with
all others, only with those that share an LSH bucket (a band of its signature).  Buckets
live in sorted numpy arrays (8-byte key + 4-byte document number per band) with a small
dict for recent additions, merged in when it grows past a share of the sorted part, so the
total cost of keeping them sorted is O(n log n) and the memory about
``bands * 12`` bytes per document instead of a Python object per bucket entry.

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

# A pair is a near duplicate when the estimated Jaccard similarity of its 5-word shingle
# sets reaches this.  Set on our invented pairs (tests/test_dedup_pairs.py, docs/dedup.md):
# reprints with furniture left, a fixed word or a trimmed last paragraph scored 0.66-1.0;
# different articles sharing a quote, a standard paragraph or yesterday's lead 0.0-0.33.
NEAR_THRESHOLD = 0.5
# Texts with fewer distinct shingles (about 25 words) are too short for a similarity
# estimate to mean "the same article": they are matched exactly or not at all.
MIN_NEAR_SHINGLES = 20
# The pending bucket dict is merged into the sorted arrays once it holds this many entries,
# or a quarter of the sorted part, whichever is more (amortised O(n log n) in all).
MIN_MERGE = 65536


@dataclass(frozen=True)
class Match:
    """The original a document duplicates: its number in the index and how alike they are."""

    number: int
    kind: str  # "exact" | "near"
    similarity: float


class _Buckets:
    """A multimap uint64 -> document number, sorted arrays plus a pending dict."""

    def __init__(self):
        self.keys = np.empty(0, dtype=np.uint64)
        self.values = np.empty(0, dtype=np.uint32)
        self.pending: dict[int, list[int]] = {}
        self.pending_count = 0

    def add(self, keys: np.ndarray, number: int) -> None:
        for k in keys.tolist():
            self.pending.setdefault(k, []).append(number)
        self.pending_count += len(keys)
        if self.pending_count >= max(MIN_MERGE, len(self.keys) // 4):
            self.merge()

    def add_many(self, keys: np.ndarray, numbers: np.ndarray) -> None:
        """Add (n, bands) keys of documents ``numbers`` at once (loading an index file)."""
        self.merge()
        flat_keys = keys.reshape(-1)
        flat_values = np.repeat(numbers.astype(np.uint32), keys.shape[1])
        self._merge_arrays(flat_keys, flat_values)

    def merge(self) -> None:
        if not self.pending:
            return
        items = sorted(self.pending.items())
        keys = np.fromiter((k for k, vs in items for _ in vs), dtype=np.uint64, count=self.pending_count)
        values = np.fromiter((v for _, vs in items for v in vs), dtype=np.uint32, count=self.pending_count)
        self.pending, self.pending_count = {}, 0
        self._merge_arrays(keys, values)

    def _merge_arrays(self, keys: np.ndarray, values: np.ndarray) -> None:
        all_keys = np.concatenate([self.keys, keys])
        all_values = np.concatenate([self.values, values])
        # Stable on (key, number): the order never depends on how the merges fell.
        order = np.lexsort((all_values, all_keys))
        self.keys, self.values = all_keys[order], all_values[order]

    def lookup(self, keys: np.ndarray) -> set[int]:
        found: set[int] = set()
        for k in keys.tolist():
            found.update(self.pending.get(k, ()))
        if len(self.keys):
            lo = np.searchsorted(self.keys, keys, side="left")
            hi = np.searchsorted(self.keys, keys, side="right")
            for a, b in zip(lo.tolist(), hi.tolist()):
                if b > a:
                    found.update(self.values[a:b].tolist())
        return found

    @property
    def nbytes(self) -> int:
        return int(self.keys.nbytes + self.values.nbytes)


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
