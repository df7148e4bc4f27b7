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
from .document import Document, Rejection

__all__ = ["InputError", "sniff_kind", "decode_bytes", "documents_from_bytes", "iter_input_files",
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


def _plausible(text: str) -> float:
    """How much ``text`` looks like natural text (0..1): the share of common letters among
    letters, lowered by stray symbols.  Wrong decodings and random bytes score low."""
    sample = text[:20000]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return 0.0
    common = len(_COMMON_LETTER.findall(sample)) / letters
    symbols = len(_SYMBOL.findall(sample)) / max(1, len(sample))
    return max(0.0, common - 2 * symbols)


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode ``raw`` to text and name the encoding; raise on binary or undecodable data."""
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
    # Not UTF-8: ask charset-normalizer among the likely encodings, then check the guess.
    best_text, best_enc, best_score = None, None, 0.0
    try:
        from charset_normalizer import from_bytes

        match = from_bytes(raw, cp_isolation=list(_LEGACY_ENCODINGS)).best()
        if match is not None:
            best_text, best_enc = str(match), match.encoding
            best_score = _plausible(best_text)
    except Exception:  # charset-normalizer is advisory; fall back to trying encodings
        best_text = None
    if best_text is None or best_score < 0.9:
        for enc_name in _LEGACY_ENCODINGS:
            try:
                text = raw.decode(enc_name)
            except UnicodeDecodeError:
                continue
            score = _plausible(text)
            if score > best_score + 0.01:
                best_text, best_enc, best_score = text, enc_name, score
    if best_text is None or best_score < _MIN_PLAUSIBLE:
        raise _Unreadable("input.undecodable", f"not valid UTF-8 ({utf8_problem}) "
                          "and no legacy Cyrillic encoding fits")
    return best_text, codecs.lookup(best_enc).name


_HTML_START = regex.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|div|p|article|section|meta|title|span|main|table|ul)\b",
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


_TAG = regex.compile(r"<(/?)([A-Za-z][\w:-]*)[^>]*?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def html_depth(html: str, limit: int) -> int:
    """Maximum element nesting (stops counting once past ``limit``)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _rejected(source: dict, sha: str, code: str, detail: str, metadata: dict | None = None) -> Document:
    doc = Document("", source=source, raw_sha256=sha, metadata=metadata or {})
    doc.rejection = Rejection(code, detail, "read")
    return doc


def _extract_html(html: str, source: dict, sha: str, config: Config) -> Document:
    depth = html_depth(html, config.max_html_depth)
    if depth > config.max_html_depth:
        return _rejected(source, sha, "html.too_deep",
                         f"elements nested deeper than {config.max_html_depth} (max_html_depth)")
    try:
        import trafilatura

        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True, deduplicate=False, favor_recall=True)
    except Exception as e:  # lxml and trafilatura raise many types on broken markup
        return _rejected(source, sha, "html.parse_error", f"trafilatura could not parse the page ({type(e).__name__})")
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        return _rejected(source, sha, "html.no_content", "trafilatura found no main text in the page")
    source = {**source, "input": "html-extracted",
              "extractor": {"name": "trafilatura", "version": trafilatura.__version__}}
    doc = Document(text, source=source, raw_sha256=sha)
    for field_name, attr in (("title", "title"), ("published", "date"), ("site", "sitename"), ("url", "url")):
        value = getattr(result, attr, None)
        if value:
            doc.meta[field_name] = value
    doc.meta["extracted"] = {k: doc.meta[k] for k in ("title", "published", "site", "url") if doc.meta.get(k)}
    if doc.meta.get("url") and not source.get("url"):
        doc.source["url"] = doc.meta["url"]
    return doc


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
