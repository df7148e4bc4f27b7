"""Our signatures in datatrove's minhash stages, for corpora beyond one machine.

    from corpusclean.dedup.datatrove_stages import CorpuscleanMinhashSignature, minhash_config
    from datatrove.pipeline.dedup.minhash import MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter

    stage 1: [reader, CorpuscleanStep(...), CorpuscleanMinhashSignature("sigs/")]
    stage 2: MinhashDedupBuckets("sigs/", "buckets/", config=minhash_config())
    stage 3: MinhashDedupCluster("buckets/", "remove_ids/", config=minhash_config())
    stage 4: [reader, CorpuscleanStep(...), MinhashDedupFilter("remove_ids/"), writer]

The signature step is datatrove's ``MinhashDedupSignature`` with our words (``\\w+``, no
tokenizer model: datatrove's Kazakh tokenizer downloads one at run time), our shingle hashes
and our permutations, so each document's signature is the one ``corpusclean`` computes and
stores in its index file.  datatrove's later stages decide on band matches alone (without
confirming on the whole signature) and keep one document per cluster without naming the
original; see docs/dedup.md.  Needs the ``datatrove`` extra.
"""

from __future__ import annotations

import numpy as np
from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature
from datatrove.utils.hashing import HashConfig
from datatrove.utils.word_tokenizers import WordTokenizer

from .signature import PARAMS, minhash, shingle_hashes, words

__all__ = ["CorpuscleanMinhashSignature", "minhash_config", "WordRule"]

# datatrove's bucket reader treats the largest 32-bit value as "past the end".
_LARGEST = np.uint32(np.iinfo(np.uint32).max - 1)


def minhash_config() -> MinhashConfig:
    """The MinhashConfig matching :data:`~corpusclean.dedup.signature.PARAMS`: 32-bit
    values, ``bands`` buckets of ``rows`` hashes.  (Its ``hash_fc`` names the shingle hash
    datatrove would use; our step hashes shingles itself, so it is never called.)"""
    return MinhashConfig(n_grams=PARAMS.ngram, num_buckets=PARAMS.bands, hashes_per_bucket=PARAMS.rows,
                         hash_config=HashConfig(precision=32, hash_fc="sha1"))


class WordRule(WordTokenizer):
    """Our word rule as a datatrove tokenizer, so nothing loads a model."""

    def __init__(self):
        super().__init__("corpusclean")

    def word_tokenize(self, text: str) -> list[str]:
        return words(text)

    def sent_tokenize(self, text: str) -> list[str]:
        return [line for line in text.split("\n") if line.strip()]

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        from .signature import _WORD

        return [m.span() for m in _WORD.finditer(text)]


class CorpuscleanMinhashSignature(MinhashDedupSignature):
    """datatrove's signature stage computing corpusclean's signatures."""

    name = "corpusclean minhash signature"

    def __init__(self, output_folder, skip_existing_sigs: bool = False):
        super().__init__(output_folder, config=minhash_config(), language=WordRule(),
                         skip_existing_sigs=skip_existing_sigs)

    def get_shingles(self, text: str) -> np.ndarray:
        return shingle_hashes(words(text), PARAMS).reshape(-1, 1)

    def get_signature(self, shingles: np.ndarray) -> list[list[int]]:
        sig = np.minimum(minhash(shingles.reshape(-1), PARAMS), _LARGEST)
        return sig.reshape(PARAMS.bands, PARAMS.rows).tolist()
