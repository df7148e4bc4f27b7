"""Readers: raw bytes from files, folders and stdin become Documents.

Every input document becomes a :class:`~corpusclean.document.Document`; one that cannot
be read becomes a rejected Document with a reason code, never an exception, so that
documents in = records out + rejections.

Reason codes: ``input.empty``, ``input.binary``, ``input.undecodable``,
``input.too_large``, ``jsonl.malformed``, ``jsonl.not_object``, ``jsonl.missing_text``,
``jsonl.text_not_string``, ``html.too_deep``, ``html.no_content``, ``html.parse_error``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import regex

from .config import Config
from .document import Document, Rejection, rejected_input
from .extract import extract_html as _extract_html

__all__ = ["InputError", "sniff_kind", "decode_bytes", "declared_charset", "documents_from_bytes", "iter_input_files",
           "documents_from_path", "INPUT_EXTENSIONS"]

INPUT_EXTENSIONS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
                    ".jsonl": "jsonl", ".ndjson": "jsonl"}

# Encodings tried, in order, for bytes that are not UTF-8.  cp1251 and kz1048 (the
# Kazakh variant of cp1251) cover nearly all legacy Russian and Kazakh pages.
# Below this plausibility a guessed legacy decoding is refused (input.undecodable).  Clean
# Russian and Kazakh decode to > 0.95; random bytes decoded as cp1251 score about 0.3.
_MIN_PLAUSIBLE = 0.8
_LEGACY_ENCODINGS = ("cp1251", "kz1048", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "utf_16")


class InputError(Exception):
    """A usage problem with an input path (not a document): missing path, empty folder."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


@dataclass
class _Unreadable(Exception):
    code: str
    detail: str


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(head) // 20)


# Letters that real Russian, Kazakh, Ukrainian, Kyrgyz or Latin-script text is made of.  A wrong
# legacy decoding (or random bytes) yields many rare letters such as Ђ Ѓ Љ Ћ and symbols instead.
_COMMON_LETTER = regex.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІїЇєЄґҐўЎa-zA-Zà-ÿÀ-ß]")
_LETTER = regex.compile(r"\p{L}")
_SYMBOL = regex.compile(r"[^\p{L}\p{N}\s.,;:!?()\[\]«»\"'„“”’\-–—/%№+=*&@#]")


# Markup is not text: for HTML the score is taken on what is left without scripts, styles,
# comments, tags and entities (the angle brackets of a short page would otherwise count as
# stray symbols and sink the score of a correct decoding).
_MARKUP = regex.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>|&#?\w+;", regex.I | regex.S)


def _plausible(text: str, markup: bool = False) -> float:
    """How much ``text`` looks like natural text (0..1): the share of common letters among
    letters, lowered by stray symbols.  Wrong decodings and random bytes score low."""
    sample = _MARKUP.sub(" ", text[:200000])[:20000] if markup else text[:20000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return 0.0
    common = len(_COMMON_LETTER.findall(sample)) / letters
    symbols = len(_SYMBOL.findall(sample)) / max(1, len(sample))
    return max(0.0, common - 2 * symbols)


# Single-byte Cyrillic encodings a page may declare (as codec names, see codecs.lookup).  A
# declared one is used when the bytes are not UTF-8 and decode plausibly with it; any other
# declaration (latin-1, windows-1252 on a Russian page is a common server default) is ignored
# and the legacy guess below decides.
# How much better (in _plausible) another code page must read the bytes to overrule the
# declared one: Russian text reads the same in cp1251, kz1048 and ptcp154 (equal scores), while
# Kazakh kz1048 text read as cp1251 loses 0.05 or more (0.94 against 1.0 on a one-line page).
_DECLARED_MARGIN = 0.02
_DECLARABLE = frozenset({"cp1251", "kz1048", "ptcp154", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso8859-5"})
_META_CHARSET = regex.compile(
    rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    regex.I)
# Only the head is searched: the HTML standard's pre-scan reads the first 1024 bytes; pages
# with long scripts in the head put the declaration later, so we read further.
_DECLARATION_SCAN_BYTES = 8192


# UTF-8 with a few broken sequences (a truncated download, a bad byte from a scraper) is still
# UTF-8: when at least this many characters beyond ASCII decode cleanly for each broken
# sequence, the broken ones become U+FFFD.  A legacy code page read as UTF-8 gives almost no
# clean multi-byte characters (Russian cp1251 text: 0 to 1 per 100 broken), so the two never mix.
_UTF8_CLEAN_PER_BROKEN = 50


def _damaged_utf8(raw: bytes) -> str | None:
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - raw.count("\ufffd".encode("utf-8"))
    clean = sum(1 for ch in text if ch > "\x7f") - text.count("\ufffd")
    if broken > 0 and clean >= _UTF8_CLEAN_PER_BROKEN * broken:
        return text
    return None


def declared_charset(raw: bytes) -> str | None:
    """The codec a page declares in ``<meta charset>``, ``<meta http-equiv="Content-Type"
    content="...; charset=...">`` or an XML declaration, or None (unknown names too).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')
    'cp1251'
    """
    m = _META_CHARSET.search(raw[:_DECLARATION_SCAN_BYTES])
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace").strip().lower()
    name = {"x-cp1251": "cp1251", "win-1251": "cp1251", "windows1251": "cp1251"}.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(raw: bytes, declared: str | None = None, markup: bool = False) -> tuple[str, str]:
    """Decode ``raw`` to text and name the encoding; raise on binary or undecodable data.

    Order: a byte-order mark; valid UTF-8, or UTF-8 with a few broken sequences (each
    replaced by U+FFFD), whatever a page declares (Cyrillic text in a
    legacy encoding is practically never valid UTF-8, while UTF-8 pages that still declare
    windows-1251 are common); the ``declared`` Cyrillic encoding if it decodes plausibly;
    then a guess among :data:`_LEGACY_ENCODINGS`.  ``markup``: the bytes are HTML (its
    tags are left out when judging a decoding).
    """
    if raw.startswith(codecs.BOM_UTF8):
        raw_body, enc = raw[3:], "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise _Unreadable("input.undecodable", f"UTF-16 byte-order mark but invalid UTF-16 ({e.reason})") from None
    else:
        raw_body, enc = raw, "utf-8"
    if _looks_binary(raw):
        raise _Unreadable("input.binary", "binary data (NUL or control bytes), not text")
    try:
        return raw_body.decode("utf-8"), enc
    except UnicodeDecodeError as e:
        utf8_problem = f"{e.reason} at byte {e.start}"
    damaged = _damaged_utf8(raw_body)
    if damaged is not None:
        return damaged, enc
    if declared in _DECLARABLE:
        # The declaration wins unless another Cyrillic code page reads the bytes clearly
        # better: Kazakh sites often declare windows-1251 and serve kz1048, whose Kazakh
        # letters come out of cp1251 as Ј ґ ќ Є.
        scored = []
        for enc_name in dict.fromkeys((declared, *(codecs.lookup(e).name for e in _LEGACY_ENCODINGS))):
            try:
                text = raw.decode(enc_name)
            except UnicodeDecodeError:
                continue
            scored.append((_plausible(text, markup) + (_DECLARED_MARGIN if enc_name == declared else 0.0), enc_name, text))
        if scored:
            score, enc_name, text = max(scored, key=lambda x: x[0])  # first (declared) wins ties
            if score - (_DECLARED_MARGIN if enc_name == declared else 0.0) >= _MIN_PLAUSIBLE:
                return text, enc_name
    # Not UTF-8: ask charset-normalizer among the likely encodings, then check the guess.
    best_text, best_enc, best_score = None, None, 0.0
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(raw, cp_isolation=list(_LEGACY_ENCODINGS)).best()
        if match is not None:
            best_text, best_enc = str(match), match.encoding
            best_score = _plausible(best_text, markup)
    except Exception:  # charset-normalizer is advisory; fall back to trying encodings
        best_text = None
    if best_text is None or best_score < 0.9:
        for enc_name in _LEGACY_ENCODINGS:
            try:
                text = raw.decode(enc_name)
            except UnicodeDecodeError:
                continue
            score = _plausible(text, markup)
            if score > best_score + 0.01:
                best_text, best_enc, best_score = text, enc_name, score
    if best_text is None or best_score < _MIN_PLAUSIBLE:
        raise _Unreadable("input.undecodable", f"not valid UTF-8 ({utf8_problem}) "
                          "and no legacy Cyrillic encoding fits")
    return best_text, codecs.lookup(best_enc).name


_HTML_START = regex.compile(rb"^\s*(?:<\?xml\b[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|article|section|meta|title|span|main|table|ul)\b",
                            regex.I | regex.S)


def sniff_kind(raw: bytes, name: str | None = None, forced: str = "auto") -> str:
    """txt, html or jsonl: ``forced`` wins, then the file extension, then the content."""
    if forced != "auto":
        return forced
    if name:
        kind = INPUT_EXTENSIONS.get(Path(name).suffix.lower())
        if kind:
            return kind
    head = raw[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].strip()
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, UnicodeDecodeError):
            pass
    return "txt"


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


_rejected = rejected_input


def _iter_jsonl(text: str, base: dict, config: Config) -> Iterator[Document]:
    key = config.text_key
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        raw_line = line.encode("utf-8", "surrogatepass")
        sha = _sha256(raw_line)
        source = {**base, "line": n, "sha256": sha, "bytes": len(raw_line), "input": f"jsonl-field:{key}", "text_key": key}
        if len(raw_line) > config.max_input_bytes:
            yield _rejected(source, sha, "input.too_large",
                            f"line is {len(raw_line)} bytes, over max_input_bytes={config.max_input_bytes}")
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            yield _rejected(source, sha, "jsonl.malformed", f"not JSON: {e.msg} at column {e.colno}")
            continue
        if not isinstance(obj, dict):
            yield _rejected(source, sha, "jsonl.not_object", f"a JSON {type(obj).__name__}, not an object")
            continue
        metadata = {k: v for k, v in obj.items() if k != key}
        if key not in obj:
            yield _rejected(source, sha, "jsonl.missing_text", f"no {key!r} field (use --text-key to name it)", metadata)
            continue
        value = obj[key]
        if not isinstance(value, str):
            yield _rejected(source, sha, "jsonl.text_not_string", f"field {key!r} is {type(value).__name__}, not a string", metadata)
            continue
        src = dict(source)
        if isinstance(obj.get("url"), str) and not src.get("url"):
            src["url"] = obj["url"]
        if not value.strip():
            yield _rejected(src, sha, "input.empty", f"field {key!r} is empty", metadata)
            continue
        yield Document(value, source=src, raw_sha256=sha, metadata=metadata)


def documents_from_bytes(raw: bytes, source: dict | None = None, config: Config | None = None) -> Iterator[Document]:
    """Documents in ``raw`` (one for txt and html, one per line for jsonl)."""
    config = config or Config()
    source = dict(source or {})
    sha = _sha256(raw)
    name = source.get("path") or source.get("url")
    kind = sniff_kind(raw, name, source.pop("kind", None) or config.input_kind)
    source.update({"kind": kind, "sha256": sha, "bytes": len(raw)})
    if kind != "jsonl" and len(raw) > config.max_input_bytes:
        source["encoding"] = None
        yield _rejected(source, sha, "input.too_large", f"{len(raw)} bytes, over max_input_bytes={config.max_input_bytes}")
        return
    if not raw.strip():
        source["encoding"] = None
        yield _rejected(source, sha, "input.empty", "no text (empty or only whitespace)")
        return
    try:
        if kind == "html":
            text, encoding = decode_bytes(raw, declared_charset(raw), markup=True)
        else:
            text, encoding = decode_bytes(raw)
    except _Unreadable as e:
        source["encoding"] = None
        yield _rejected(source, sha, e.code, e.detail)
        return
    source["encoding"] = encoding
    if not text.strip():
        yield _rejected(source, sha, "input.empty", "no text (only invisible characters)")
        return
    if kind == "jsonl":
        base = {k: v for k, v in source.items() if k not in ("sha256", "bytes")}
        base["file_sha256"] = sha
        yield from _iter_jsonl(text, base, config)
    elif kind == "html":
        yield _extract_html(text, source, sha, config)
    else:
        source["input"] = "file-text"
        yield Document(text, source=source, raw_sha256=sha)


def iter_input_files(path: Path) -> list[Path]:
    """Input files below a folder, recursively, in sorted order; hidden entries skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith(".") and Path(f).suffix.lower() in INPUT_EXTENSIONS:
                found.append(Path(root) / f)
    return sorted(found, key=lambda p: p.as_posix())


def documents_from_path(path: str | os.PathLike, config: Config | None = None,
                        exclude: Iterable[Path] = ()) -> Iterator[Document]:
    """Documents from a file or a folder (recursively).  Raises :class:`InputError` for
    a missing path or a folder with no inputs: those are usage problems, not documents.
    ``exclude`` names files never to read from a folder (the run's own output files)."""
    p = Path(path)
    if p.is_dir():
        skip = {x.resolve() for x in exclude}
        files = [f for f in iter_input_files(p) if f.resolve() not in skip]
        if not files:
            raise InputError("input.no_documents",
                             f"{p}: folder holds no input files ({', '.join(sorted(INPUT_EXTENSIONS))})")
        for f in files:
            yield from _documents_from_file(f, config)
    elif p.exists():
        yield from _documents_from_file(p, config)
    else:
        raise InputError("input.not_found", f"{p}: no such file or folder{_nearby(p)}")


def _nearby(p: Path) -> str:
    import difflib

    parent = p.parent if str(p.parent) else Path(".")
    try:
        names = sorted(x.name for x in parent.iterdir())
    except OSError:
        return ""
    close = difflib.get_close_matches(p.name, names, n=3)
    return f" (did you mean: {', '.join(close)}?)" if close else ""


def _documents_from_file(f: Path, config: Config | None) -> Iterator[Document]:
    config = config or Config()
    source = {"path": f.as_posix()}
    try:
        size = f.stat().st_size
        if size > config.max_input_bytes and sniff_kind(b"", f.name, config.input_kind) != "jsonl":
            # Too large to clean: hash it in chunks for the provenance, never hold it whole.
            digest = hashlib.sha256()
            with open(f, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    digest.update(chunk)
            sha = digest.hexdigest()
            kind = sniff_kind(b"", f.name, config.input_kind)
            yield _rejected({**source, "kind": kind, "sha256": sha, "bytes": size, "encoding": None}, sha,
                            "input.too_large", f"{size} bytes, over max_input_bytes={config.max_input_bytes}")
            return
        raw = f.read_bytes()
    except OSError as e:
        sha = _sha256(f.as_posix().encode())
        doc = Document("", source={**source, "sha256": None, "bytes": None, "encoding": None}, raw_sha256=sha)
        doc.rejection = Rejection("input.unreadable", f"cannot read: {e.strerror}", "read")
        yield doc
        return
    yield from documents_from_bytes(raw, source, config)


def documents_from_objects(items: Iterable, config: Config | None = None) -> Iterator[Document]:
    """What :meth:`Pipeline.run` accepts: str, bytes, paths and Documents."""
    for item in items:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, os.PathLike):
            yield from documents_from_path(item, config)
        elif isinstance(item, bytes):
            yield from documents_from_bytes(item, {}, config)
        elif isinstance(item, str):
            yield from documents_from_bytes(item.encode("utf-8", "surrogatepass"), {}, config)
        else:
            raise TypeError(f"cannot clean a {type(item).__name__}; give str, bytes, a path or a Document")
