"""The index file behind ``--dedup-index FILE``: what a corpus already holds.

Layout (format 1), written in one pass and read in blocks of :data:`BLOCK` documents, so
neither needs more memory than the index itself::

    corpusclean-dedup-index\\n                       magic line
    {"format": 1, "params": {...}, "count": N}\\n     header (JSON)
    N lines {"id": ..., "source": {...}}\\n           one reference per document, in order
    N x 16 bytes                                      exact keys
    N x 4 bytes                                       shingle counts (little-endian uint32)
    N x num_perm x 4 bytes                            MinHash signatures (little-endian uint32)

The references are plain JSON lines in the order the documents were accepted, so a day's
run only appends to them.  The file is replaced atomically (a temporary file in the same
folder, fsync, rename): a run that stops half-way leaves yesterday's index intact.  An
index made with other signature settings is refused rather than mixed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from ..atomic import atomic_writer
from ..config import ConfigError
from .index import DedupIndex
from .signature import PARAMS, MinHashParams

__all__ = ["FORMAT", "MAGIC", "IndexFileError", "load_index", "save_index"]

MAGIC = b"corpusclean-dedup-index\n"
FORMAT = 1
BLOCK = 8192  # documents read or written at a time
_KEY_BYTES = 16
NEW_FILE_MODE = 0o644  # mkstemp makes 0o600; an index is shared like the corpus beside it


class IndexFileError(ConfigError):
    """The index file cannot be used; the message names it and says why (the command line
    reports it in one line, exit code 2, before it cleans anything)."""


def _header(params: MinHashParams, count: int) -> bytes:
    return (json.dumps({"format": FORMAT, "params": params.to_dict(), "count": count},
                       sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def save_index(index: DedupIndex, path: str | os.PathLike) -> None:
    """Write ``index`` to ``path`` atomically, block by block (memory stays bounded)."""
    os.makedirs(os.path.dirname(os.path.realpath(path)), exist_ok=True)
    n = len(index)
    with atomic_writer(path, new_file_mode=NEW_FILE_MODE, tag="dedup") as fh:
        fh.write(MAGIC)
        fh.write(_header(index.params, n))
        for start in range(0, n, BLOCK):
            fh.write("".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
                             for r in index.refs[start:start + BLOCK]).encode("utf-8", "surrogatepass"))
        keys = index.exact_keys
        for start in range(0, n, BLOCK):
            fh.write(b"".join(keys[start:start + BLOCK]))
        fh.write(index.shingle_counts.astype("<u4").tobytes())
        sigs = index.signatures
        for start in range(0, n, BLOCK):
            fh.write(sigs[start:start + BLOCK].astype("<u4").tobytes())


def _read_exact(fh, size: int, path) -> bytes:
    data = fh.read(size)
    if len(data) != size:
        raise IndexFileError(f"{path}: dedup index is truncated (a run stopped while writing it?)")
    return data


def load_index(path: str | os.PathLike, params: MinHashParams = PARAMS) -> DedupIndex:
    """Read an index file; a missing file gives an empty index (the first run makes it)."""
    index = DedupIndex(params)
    p = Path(path)
    try:
        fh = open(p, "rb")
    except FileNotFoundError:
        return index
    except OSError as e:
        raise IndexFileError(f"{p}: cannot read dedup index: {e.strerror}") from None
    with fh:
        if fh.read(len(MAGIC)) != MAGIC:
            raise IndexFileError(f"{p}: not a corpusclean dedup index")
        try:
            header = json.loads(fh.readline().decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise IndexFileError(f"{p}: dedup index header is damaged") from None
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise IndexFileError(f"{p}: dedup index format {header.get('format') if isinstance(header, dict) else '?'}"
                                 f" is not {FORMAT}; rebuild it with this corpusclean version")
        if header.get("params") != params.to_dict():
            raise IndexFileError(f"{p}: dedup index was made with other signature settings "
                                 f"({header.get('params')}, this version uses {params.to_dict()}); rebuild it")
        n = header.get("count")
        if not isinstance(n, int) or n < 0:
            raise IndexFileError(f"{p}: dedup index header has no valid count")
        refs: list[dict] = []
        for _ in range(n):
            line = fh.readline()
            try:
                refs.append(json.loads(line.decode("utf-8", "surrogatepass")))
            except (ValueError, UnicodeDecodeError):
                raise IndexFileError(f"{p}: dedup index is truncated or damaged in its references") from None
        keys_blob = _read_exact(fh, n * _KEY_BYTES, p)
        counts = np.frombuffer(_read_exact(fh, n * 4, p), dtype="<u4").astype(np.uint32)
        for start in range(0, n, BLOCK):
            stop = min(n, start + BLOCK)
            sigs = np.frombuffer(_read_exact(fh, (stop - start) * params.num_perm * 4, p), dtype="<u4")
            sigs = sigs.reshape(stop - start, params.num_perm).astype(np.uint32)
            keys = [keys_blob[i * _KEY_BYTES:(i + 1) * _KEY_BYTES] for i in range(start, stop)]
            index.extend(refs[start:stop], keys, sigs, counts[start:stop])
        if fh.read(1):
            raise IndexFileError(f"{p}: dedup index has trailing bytes (damaged)")
    return index
