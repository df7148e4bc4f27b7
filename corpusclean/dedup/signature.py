"""What a document is compared by: its words, an exact key and a MinHash signature.

Everything here is a pure function of the cleaned text and of :data:`PARAMS`: hashes come
from BLAKE2b and SHA-256 and the permutations from fixed constants derived by SHA-256, so a
signature is the same in every process, with every ``PYTHONHASHSEED``, on every machine
(never Python's ``hash()``, never a random generator whose stream may change between numpy
versions).

Words are ``regex`` ``\\w+`` runs of the NFKC-normalised, case-folded text: one rule for
Russian, Kazakh in Cyrillic and Kazakh in the 2021 Latin alphabet, with no tokenizer model.

>>> a = signature_of("Парламент принял закон о выборах в маслихаты")
>>> b = signature_of("Парламент  принял закон о выборах в маслихаты.")
>>> a.exact_key == b.exact_key
True
>>> estimate_jaccard(a.minhash, b.minhash)
1.0
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

import numpy as np
import regex

__all__ = ["MinHashParams", "PARAMS", "Signature", "words", "exact_key", "shingle_hashes", "minhash",
           "signature_of", "estimate_jaccard", "band_keys"]

_WORD = regex.compile(r"\w+")
_MASK64 = (1 << 64) - 1


@dataclass(frozen=True)
class MinHashParams:
    """The settings every signature and index is made with; an index file records them and
    refuses to mix with other ones.

    ``num_perm = bands * rows``.  The LSH banding makes a pair with Jaccard similarity ``s``
    a candidate with probability ``1 - (1 - s**rows)**bands``: with 40 bands of 3 rows that
    is 0.93 at s = 0.4, 0.995 at the near threshold 0.5 and above 0.9999 from s = 0.6
    (docs/dedup.md); candidates are then confirmed on the whole signature.
    """

    ngram: int = 3     # words per shingle: an edited word costs 3 shingles (5 measured worse: docs/dedup.md)
    bands: int = 40
    rows: int = 3
    seed: str = "corpusclean.dedup.v1"  # names the permutation constants (see _constants)

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows

    def to_dict(self) -> dict:
        return {"ngram": self.ngram, "bands": self.bands, "rows": self.rows, "seed": self.seed}


PARAMS = MinHashParams()


def _constants(seed: str, what: str, count: int, odd: bool = False) -> np.ndarray:
    """``count`` 64-bit constants, each the first 8 bytes of SHA-256 over ``seed/what/i``."""
    out = np.empty(count, dtype=np.uint64)
    for i in range(count):
        v = int.from_bytes(hashlib.sha256(f"{seed}/{what}/{i}".encode()).digest()[:8], "little")
        out[i] = v | 1 if odd else v
    return out


_CACHE: dict[MinHashParams, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}


def _tables(params: MinHashParams):
    """(shingle mixers, permutation multipliers, permutation offsets, band mixers)."""
    t = _CACHE.get(params)
    if t is None:
        t = (_constants(params.seed, "shingle", params.ngram, odd=True),
             _constants(params.seed, "perm-a", params.num_perm, odd=True),
             _constants(params.seed, "perm-b", params.num_perm),
             _constants(params.seed, "band", params.rows + 1, odd=True))
        _CACHE[params] = t
    return t


# Kazakh in the 2021 Latin alphabet writes і as dotless ı, whose capital is I; Python's
# case folding is not Turkic (I -> i), so an upper-cased reprint would differ in every ı.
# For comparison only, both letters and their capitals fold to i.
_TURKIC_I = str.maketrans({"ı": "i", "İ": "i"})


def words(text: str) -> list[str]:
    """The words of ``text``: ``\\w+`` runs of its NFKC case-folded form (dotless ı as i)."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).translate(_TURKIC_I).casefold())


def exact_key(tokens: list[str]) -> bytes:
    """16 bytes naming the word sequence: blind to case, spacing, punctuation and layout."""
    return hashlib.sha256(" ".join(tokens).encode("utf-8", "surrogatepass")).digest()[:16]


# Word hashes are kept across documents (a corpus repeats its vocabulary); the cache is
# emptied when it reaches this size, which bounds its memory and changes no result.
WORD_CACHE_MAX = 1 << 18
_WORD_CACHE: dict[str, int] = {}


def _word_hashes(tokens: list[str]) -> np.ndarray:
    """64-bit BLAKE2b hash of every token, in order."""
    cache = _WORD_CACHE
    missing = [w for w in dict.fromkeys(tokens) if w not in cache]
    if len(cache) + len(missing) > WORD_CACHE_MAX:
        cache.clear()
        missing = list(dict.fromkeys(tokens))
    blake = hashlib.blake2b
    for w in missing:
        cache[w] = int.from_bytes(blake(w.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")
    return np.fromiter(map(cache.__getitem__, tokens), dtype=np.uint64, count=len(tokens))


def _mix64(x: np.ndarray) -> np.ndarray:
    """The splitmix64 finaliser (wrapping uint64 arithmetic): spreads every input bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def shingle_hashes(tokens: list[str], params: MinHashParams = PARAMS) -> np.ndarray:
    """Distinct 64-bit hashes of the ``ngram``-word windows (one window for a shorter text),
    sorted.  A window's hash mixes its word hashes with position constants, so word order
    counts."""
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    hashes = _word_hashes(tokens)
    mixers = _tables(params)[0]
    n = min(params.ngram, len(tokens))
    windows = len(tokens) - n + 1
    acc = np.zeros(windows, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for i in range(n):
            acc += hashes[i:i + windows] * mixers[i]
        acc = _mix64(acc)
    return np.unique(acc)


def minhash(shingles: np.ndarray, params: MinHashParams = PARAMS) -> np.ndarray:
    """The MinHash signature (``num_perm`` uint32): per permutation ``h -> (a*h + b) mod 2**64``
    (odd ``a``; multiply-shift hashing), the minimum of the top 32 bits over the shingles."""
    _, a, b, _ = _tables(params)
    if shingles.size == 0:
        return np.full(params.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    values = np.multiply.outer(shingles, a)  # uint64 arithmetic wraps: mod 2**64, no warning
    values += b
    values >>= np.uint64(32)
    return values.min(axis=0).astype(np.uint32)


def estimate_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """The share of permutations whose minima agree: an unbiased Jaccard estimate."""
    return float(np.count_nonzero(sig_a == sig_b)) / sig_a.shape[-1]


def band_keys(signatures: np.ndarray, params: MinHashParams = PARAMS) -> np.ndarray:
    """LSH bucket keys: for signatures of shape (n, num_perm), an (n, bands) uint64 array;
    two documents land in the same bucket of band k when their k-th slices agree."""
    sigs = np.asarray(signatures, dtype=np.uint32).reshape(-1, params.bands, params.rows).astype(np.uint64)
    mixers = _tables(params)[3]
    with np.errstate(over="ignore"):
        acc = (sigs * mixers[None, None, :params.rows]).sum(axis=2, dtype=np.uint64)
        acc += np.arange(params.bands, dtype=np.uint64)[None, :] * mixers[params.rows]
        return _mix64(acc)


@dataclass(frozen=True)
class Signature:
    """A document's exact key, MinHash signature and shingle count."""

    exact_key: bytes
    minhash: np.ndarray
    shingles: int


def signature_of(text: str, params: MinHashParams = PARAMS) -> Signature:
    tokens = words(text)
    sh = shingle_hashes(tokens, params)
    return Signature(exact_key(tokens), minhash(sh, params), int(sh.size))
