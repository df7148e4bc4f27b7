"""Compressed input: ``.gz``, ``.bz2``, ``.xz`` and (with the ``zstd`` extra) ``.zst``.

A file is compressed when its first bytes say so (magic bytes), whatever its name; a name
ending in one of :data:`SUFFIXES` whose bytes are not that format is a corrupt archive.
The name without the compression suffix (``pages.jsonl.gz`` -> ``pages.jsonl``) decides the
input kind, as for a plain file.  A stream that ends early or fails its check sum is a
corrupt archive too: the reader turns :class:`CorruptArchive` into the rejection
``input.corrupt_archive`` with the decompressor's own message.

Provenance (``source.sha256``, ``source.bytes``, the record id) is taken on the
decompressed bytes, so a page has the same id compressed or not; ``source.compression``
names the format.

>>> detect(b"\\x1f\\x8b\\x08\\x00", "a.txt")
'gzip'
>>> detect(b"plain text", "a.txt") is None
True
>>> inner_name("pages/2024.jsonl.gz")
'pages/2024.jsonl'
>>> decompress(gzip.compress(b"hello"), "gzip")
b'hello'
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import zlib
from typing import BinaryIO, Callable, Iterator

__all__ = ["SUFFIXES", "CorruptArchive", "detect", "inner_name", "decompress", "open_decompressed",
           "documents_decompressed", "zstd_available"]

# Compression format by file-name suffix.
SUFFIXES = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz", ".zst": "zstd"}
# Magic bytes at the start of each format (RFC 1952, bzip2, the xz and zstd frame formats).
MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
MAGIC_BYTES = max(len(m) for m, _ in MAGIC)
_CHUNK = 1 << 20


class CorruptArchive(Exception):
    """A compressed file that cannot be decompressed (``input.corrupt_archive``)."""

    code = "input.corrupt_archive"

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def zstd_available() -> bool:
    try:
        import zstandard  # noqa: F401
    except ImportError:
        return False
    return True


def _suffix(name: str | None) -> str:
    if not name:
        return ""
    dot = name.rfind(".")
    return name[dot:].lower() if dot > name.rfind("/") else ""


def inner_name(name: str) -> str:
    """The name without its compression suffix (the name of what is inside)."""
    return name[: -len(_suffix(name))] if _suffix(name) in SUFFIXES else name


def detect(head: bytes, name: str | None = None) -> str | None:
    """The compression format of data starting with ``head`` (magic bytes first); None for
    plain data.  Raises :class:`CorruptArchive` when the name promises a format the bytes
    do not have."""
    for magic, fmt in MAGIC:
        if head.startswith(magic):
            return fmt
    promised = SUFFIXES.get(_suffix(name))
    if promised is not None and head:
        raise CorruptArchive(f"named {_suffix(name)} but not {promised} data (first bytes {head[:4].hex()})")
    return None


def _zstd_reader(raw: BinaryIO) -> BinaryIO:
    try:
        import zstandard
    except ImportError:
        raise CorruptArchive("zstd data, but the zstandard package is not installed "
                             "(pip install 'corpusclean[zstd]')") from None
    return zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)


def _reader(raw: BinaryIO, fmt: str) -> BinaryIO:
    if fmt == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if fmt == "bzip2":
        return bz2.BZ2File(raw, mode="rb")
    if fmt == "xz":
        return lzma.LZMAFile(raw, mode="rb")
    if fmt == "zstd":
        return _zstd_reader(raw)
    raise ValueError(f"unknown compression {fmt!r}")


_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)


def _errors() -> tuple[type[BaseException], ...]:
    try:
        import zstandard
    except ImportError:
        return _ERRORS
    return _ERRORS + (zstandard.ZstdError,)


class _CheckedReader(io.RawIOBase):
    """A decompressing reader whose every failure is a :class:`CorruptArchive`."""

    def __init__(self, inner: BinaryIO, fmt: str, name: str):
        self._inner = inner
        self._fmt = fmt
        self._name = name
        self._errors = _errors()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        try:
            data = self._inner.read(len(buffer))
        except self._errors as e:
            raise CorruptArchive(f"{self._fmt} data is damaged: {e}") from None
        n = len(data)
        buffer[:n] = data
        return n

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            super().close()


def open_decompressed(raw: BinaryIO, name: str | None = None) -> tuple[BinaryIO, str | None]:
    """Wrap the binary stream ``raw`` (positioned at its start, seekable or a peekable
    buffer): the decompressed stream and its format, or ``raw`` itself and None."""
    peek = getattr(raw, "peek", None)
    if peek is not None:
        head = peek(MAGIC_BYTES)[:MAGIC_BYTES]
    else:
        head = raw.read(MAGIC_BYTES)
        raw.seek(0)
    fmt = detect(head, name)
    if fmt is None:
        return raw, None
    return io.BufferedReader(_CheckedReader(_reader(raw, fmt), fmt, name or "")), fmt


def decompress(data: bytes, fmt: str, limit: int | None = None) -> bytes:
    """All of ``data`` decompressed; :class:`CorruptArchive` if damaged or truncated.  With
    ``limit``, stops after ``limit + 1`` bytes (enough to tell the input is too large,
    without inflating a decompression bomb)."""
    stream = _CheckedReader(_reader(io.BytesIO(data), fmt), fmt, "")
    parts = []
    total = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if limit is not None and total > limit:
            break
    return b"".join(parts)


def documents_decompressed(stream: BinaryIO, source: dict, read: Callable[[BinaryIO, dict], Iterator]) -> Iterator:
    """``read(stream, source)`` on the decompressed stream (or the stream itself when it is
    not compressed), with ``source["compression"]`` set; a corrupt archive, found at the
    start or halfway through, becomes one ``input.corrupt_archive`` rejection after the
    documents read before it."""
    from .document import rejected_input

    name = source.get("path") or source.get("url")
    done = 0
    try:
        stream, fmt = open_decompressed(stream, name)
        if fmt is not None:
            source = {**source, "compression": fmt}
        for doc in read(stream, source):
            done += 1
            yield doc
    except CorruptArchive as e:
        where = f" (after {done} documents)" if done else ""
        sha = hashlib.sha256(f"{name}#corrupt#{done}".encode("utf-8", "surrogateescape")).hexdigest()
        yield rejected_input({**source, "sha256": None, "bytes": None, "encoding": None}, sha,
                             e.code, e.detail + where)
