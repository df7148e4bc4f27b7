"""Readers: raw bytes from files, folders and stdin become Documents.

Every input document becomes a :class:`~corpusclean.document.Document`; one that cannot
be read becomes a rejected Document with a reason code, never an exception, so that
documents in = records out + rejections.

Reason codes: ``input.empty``, ``input.binary``, ``input.undecodable``,
``input.too_large``, ``input.unreadable``, ``input.not_regular_file``, ``jsonl.malformed``,
``jsonl.not_object``, ``jsonl.missing_text``, ``jsonl.text_not_string``,
``jsonl.unpaired_surrogate``, ``jsonl.too_deep``, ``jsonl.number_too_long``,
``jsonl.non_finite_number``, ``html.too_deep``, ``html.no_content``, ``html.parse_error``.

Bounded work (issue 10): JSONL is read one byte line at a time (at most ``max_input_bytes``
held, a longer line is hashed in chunks and rejected), each line decoded on its own; a txt or
html input is held only up to ``max_input_bytes``; in folders only regular files are opened.
File names go into records through :func:`display_path` (undecodable bytes as ``\\xNN``).
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import regex

from .compression import documents_decompressed, inner_name
from .config import Config
from .document import Document, Rejection, rejected_input
from .extract import extract_html as _extract_html
from .fields import apply_fields, field_keys

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
    controls = len(head.translate(None, _NOT_CONTROL_BYTES))  # the control bytes it holds
    return controls > max(8, len(head) // 20)


# Every byte but the control bytes (below 32, except tab, line feed, form feed, carriage return
# and escape): deleting them leaves the control bytes, counted in C (a loop over the bytes in
# Python took 35 µs a kilobyte).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))


# Letters that real Russian, Kazakh, Ukrainian, Kyrgyz or Latin-script text is made of.  A wrong
# legacy decoding (or random bytes) yields many rare letters such as Ђ Ѓ Љ Ћ and symbols instead.
# Each pattern finds runs of its characters, counted by _count (the same count as one match a
# character, and two to three times faster: the regex module pays for every match it starts).
_COMMON_LETTER = regex.compile(r"[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІїЇєЄґҐўЎa-zA-Zà-ÿÀ-ß]+")
_LETTER = regex.compile(r"\p{L}+")
_SYMBOL = regex.compile(r"[^\p{L}\p{N}\s.,;:!?()\[\]«»\"'„“”’\-–—/%№+=*&@#]+")


def _count(runs: regex.Pattern, text: str) -> int:
    """How many characters of ``text`` the one-character class ``runs`` (with "+") matches."""
    return sum(map(len, runs.findall(text)))


# Markup is not text: for HTML the score is taken on what is left without scripts, styles,
# comments, tags and entities (the angle brackets of a short page would otherwise count as
# stray symbols and sink the score of a correct decoding).
_MARKUP = regex.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^<>]*>|&#?\w+;", regex.I | regex.S)


def _plausible(text: str, markup: bool = False) -> float:
    """How much ``text`` looks like natural text (0..1): the share of common letters among
    letters, lowered by stray symbols.  Wrong decodings and random bytes score low."""
    sample = _MARKUP.sub(" ", text[:200000])[:20000] if markup else text[:20000]
    letters = _count(_LETTER, sample)
    if not letters:
        return 0.0
    common = _count(_COMMON_LETTER, sample) / letters
    symbols = _count(_SYMBOL, sample) / max(1, len(sample))
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
    clean = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")  # characters beyond ASCII
    if broken > 0 and clean >= _UTF8_CLEAN_PER_BROKEN * broken:
        return text
    return None


# The bytes where kz1048 has a Kazakh letter (ә ғ қ ң ө ұ ү һ) and cp1251 another, grouped
# by what cp1251 reads there: Ukrainian (Ґ Є Ї ґ є ї), Belarusian (Ў ў), Serbian and
# Macedonian (Ќ Ћ ќ ћ Ј ј Ѕ ѕ); and the bytes of ы Ы э Э, the same in both code pages.
_CP1251_READS_UK = frozenset(b"\xa5\xaa\xaf\xb4\xba\xbf")
_CP1251_READS_BE = frozenset(b"\xa1\xa2")
_CP1251_READS_SR_MK = frozenset(b"\x8d\x8e\x9d\x9e\xa3\xbc\xbd\xbe")
_YERY_E = frozenset(b"\xfb\xdb\xfd\xdd")
_I_LETTER = frozenset(b"\xe8\xc8")  # и И


def _kz1048_letters(raw: bytes) -> bool:
    """True when ``raw`` (not UTF-8) can only be Kazakh in kz1048: its cp1251 reading would
    mix the letters of two languages (Ukrainian є with Macedonian ќ, ...), put Ukrainian or
    Serbian/Macedonian letters beside ы or э, which those languages do not write, or
    Belarusian ў beside ы or э and и.  Short texts without such evidence are left to the guess."""
    present = set(raw)
    groups = sum(bool(present & g) for g in (_CP1251_READS_UK, _CP1251_READS_BE, _CP1251_READS_SR_MK))
    if groups >= 2:
        return True
    if present & _CP1251_READS_BE:  # Belarusian writes ў with ы and э, but never и
        return bool(present & _YERY_E) and bool(present & _I_LETTER)
    return bool(present & (_CP1251_READS_UK | _CP1251_READS_SR_MK)) and bool(present & _YERY_E)


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
    # Kazakh in kz1048 before any guess: its letters ә ғ қ ң ө ұ ү һ sit where cp1251 has
    # Ukrainian, Belarusian and Serbian/Macedonian letters, which no one text mixes with ы or э.
    if _kz1048_letters(raw):
        try:
            text = raw.decode("kz1048")
        except UnicodeDecodeError:
            text = None
        if text is not None and _plausible(text, markup) >= _MIN_PLAUSIBLE:
            return text, "kz1048"
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
# HTML is recognised by its first tags, which sit in the first few kilobytes.
_HTML_SNIFF_BYTES = 4096


def kind_from_name(name: str | None, forced: str = "auto") -> str | None:
    """txt, html or jsonl from ``forced`` or the file extension; None when the content must decide."""
    if forced != "auto":
        return forced
    if name:
        return INPUT_EXTENSIONS.get(Path(inner_name(name)).suffix.lower())  # pages.jsonl.gz: jsonl
    return None


def sniff_kind(raw: bytes, name: str | None = None, forced: str = "auto", *, allow_jsonl: bool = True) -> str:
    """txt, html or jsonl: ``forced`` wins, then the file extension, then the content.

    JSONL is recognised by a whole first (non-blank) line that is a JSON object, so give at
    least that line.  ``allow_jsonl=False`` (a ``str`` given to :func:`~corpusclean.clean`)
    never answers jsonl: such a text is one document, whatever its first line looks like.
    """
    kind = kind_from_name(name, forced)
    if kind is not None:
        return kind
    body = raw.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(body[:_HTML_SNIFF_BYTES]):
        return "html"
    stripped = body.lstrip()
    if allow_jsonl and stripped.startswith(b"{"):
        first = stripped.split(b"\n", 1)[0].strip()
        try:  # JSON's syntax is ASCII: latin-1 reads any line, whatever encoding its strings are in
            if isinstance(parse_json_line(first.decode("latin-1")), dict):
                return "jsonl"
        except _Unreadable as e:  # valid JSON syntax that a record cannot carry: still JSONL
            if e.code != "jsonl.malformed" and first.endswith(b"}"):
                return "jsonl"
    return "txt"


def _sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


_rejected = rejected_input


# --- file names -------------------------------------------------------------------------

def display_path(path: str | os.PathLike) -> str:
    r"""The path as it goes into ``source.path`` and messages: every byte of the file name
    that is not valid UTF-8 is written as ``\xNN`` (docs/schema.md).  A name is never a
    reason to reject a file; the real name is still used to open it.

    >>> display_path(os.fsdecode(b"caf\xe9.txt"))
    'caf\\xe9.txt'
    """
    raw = os.fsencode(path)
    shown = raw.decode("utf-8", "backslashreplace")
    return shown.replace(os.sep, "/") if os.sep != "/" else shown


# --- opening -------------------------------------------------------------------------------

def open_binary(path: str | os.PathLike) -> BinaryIO:
    """The one place input files are opened: a binary stream of the file's bytes.

    Every reader goes through here, so a decompressing layer (.gz, .bz2, .xz, .zst) has
    one place to live."""
    return open(path, "rb")


def _file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a whole file, read in chunks (a cheap first pass: memory stays flat)."""
    digest = hashlib.sha256()
    with open_binary(path) as fh:
        for chunk in iter(lambda: fh.read(_CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()


_CHUNK_BYTES = 1 << 20


# --- JSONL, one byte line at a time ------------------------------------------------------

# Python refuses to turn a longer digit string into an int (sys.int_info.default_max_str_digits),
# so such a number could be neither read nor written back.
MAX_JSON_INT_DIGITS = 4300
# Upstream fields nested deeper than this are not metadata but an attack or a bug; the limit
# also keeps every later walk over a record (validation, writing) far from the recursion limit.
MAX_JSON_DEPTH = 64
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _json_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise _Unreadable("jsonl.number_too_long", f"an integer of {len(literal.lstrip('-'))} digits "
                          f"(at most {MAX_JSON_INT_DIGITS})")
    try:
        return int(literal)
    except ValueError:  # the interpreter's own limit is lower (PYTHONINTMAXSTRDIGITS)
        raise _Unreadable("jsonl.number_too_long", f"an integer of {len(literal.lstrip('-'))} digits") from None


def _json_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Unreadable("jsonl.non_finite_number", f"the number {literal[:30]} overflows to infinity")
    return value


def _json_constant(name: str):
    raise _Unreadable("jsonl.non_finite_number", f"{name} is not a JSON number (strict JSON has no NaN or Infinity)")


def _check_json_value(obj) -> None:
    """Refuse what the record could not carry: nesting past MAX_JSON_DEPTH and strings (keys
    too) with an unpaired surrogate, which no UTF-8 output can hold.  Iterative: no recursion."""
    stack = [(obj, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        if isinstance(value, str):
            m = _SURROGATE.search(value)
            if m:
                raise _Unreadable("jsonl.unpaired_surrogate", f"{where or 'the value'} holds an unpaired surrogate "
                                  f"\\u{ord(m.group()):04x} at character {m.start()}")
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth > MAX_JSON_DEPTH:
            raise _Unreadable("jsonl.too_deep", f"nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(value, dict):
            for k, v in value.items():
                label = f"field {k!r}" if depth == 1 else where
                stack.append((k, depth, f"a key in {label}" if depth > 1 else f"the key {k[:40]!r}"))
                stack.append((v, depth + 1, label))
        else:
            stack.extend((v, depth + 1, where) for v in value)


def parse_json_line(text: str):
    """One JSONL line as a Python value; raises ``_Unreadable`` with a reason code
    (``jsonl.malformed``, ``jsonl.too_deep``, ``jsonl.number_too_long``,
    ``jsonl.non_finite_number``, ``jsonl.unpaired_surrogate``)."""
    try:
        obj = json.loads(text, parse_int=_json_int, parse_float=_json_float, parse_constant=_json_constant)
    except json.JSONDecodeError as e:
        raise _Unreadable("jsonl.malformed", f"not JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise _Unreadable("jsonl.too_deep", f"nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as e:  # a hook's own message would be an _Unreadable; anything else is malformed
        raise _Unreadable("jsonl.malformed", f"not JSON: {e}") from None
    _check_json_value(obj)
    return obj


@dataclass
class _Line:
    """One line of a stream: its number, bytes (without the line end; None when over the
    size limit) and, for an over-long line, its size and hash (read in chunks)."""

    number: int
    raw: bytes | None
    size: int
    sha256: str


def _byte_lines(stream: BinaryIO, limit: int, first: list[bytes] = ()) -> Iterator[_Line]:
    """The lines of ``stream`` (after the already-read ``first`` chunks), each at most ``limit``
    bytes held in memory: a longer line is hashed in chunks and given as ``raw=None``."""
    pending = list(first)
    number = 0
    while True:
        chunk = pending.pop(0) if pending else stream.readline(limit + 1)
        if not chunk:
            return
        number += 1
        if chunk.endswith(b"\n") or len(chunk) <= limit:  # a whole line (the last may lack its end)
            body = chunk[:-1] if chunk.endswith(b"\n") else chunk
            yield _Line(number, body, len(body), _sha256(body))
            continue
        digest, size = hashlib.sha256(), 0
        while chunk:
            end = chunk.endswith(b"\n")
            body = chunk[:-1] if end else chunk
            digest.update(body)
            size += len(body)
            if end:
                break
            chunk = pending.pop(0) if pending else stream.readline(_CHUNK_BYTES)
        yield _Line(number, None, size, digest.hexdigest())


def _decode_line(raw: bytes, hint: str | None) -> tuple[str, str]:
    """One JSONL line's text and encoding: UTF-8, else a guess for this line alone (the
    encoding of the previous legacy line is the hint, as a page's declaration would be)."""
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_bytes(raw, declared=hint)


def _jsonl_document(line: _Line, base: dict, config: Config, hint: str | None) -> Document:
    key = config.text_key
    source = {**base, "line": line.number, "sha256": line.sha256, "bytes": line.size, "encoding": None,
              "input": f"jsonl-field:{key}", "text_key": key}
    if line.raw is None:
        return _rejected(source, line.sha256, "input.too_large",
                         f"line is {line.size} bytes, over max_input_bytes={config.max_input_bytes}")
    raw = line.raw[3:] if line.number == 1 and line.raw.startswith(codecs.BOM_UTF8) else line.raw
    try:
        text, source["encoding"] = _decode_line(raw, hint)
        obj = parse_json_line(text)
    except _Unreadable as e:
        return _rejected(source, line.sha256, e.code, e.detail)
    if not isinstance(obj, dict):
        return _rejected(source, line.sha256, "jsonl.not_object", f"a JSON {type(obj).__name__}, not an object")
    metadata = {k: v for k, v in obj.items() if k != key}
    if key not in obj:
        return _rejected(source, line.sha256, "jsonl.missing_text", f"no {key!r} field (use --text-key to name it)", metadata)
    value = obj[key]
    if not isinstance(value, str):
        return _rejected(source, line.sha256, "jsonl.text_not_string",
                         f"field {key!r} is {type(value).__name__}, not a string", metadata)
    if isinstance(obj.get("url"), str) and not source.get("url"):
        source["url"] = obj["url"]
    if not value.strip():
        return _rejected(source, line.sha256, "input.empty", f"field {key!r} is empty", metadata)
    doc = Document(value, source=source, raw_sha256=line.sha256, metadata=metadata)
    apply_fields(doc, obj, field_keys(config))  # the scraper's title, date and url (corpusclean/fields.py)
    return doc


def _iter_jsonl(lines: Iterable[_Line], base: dict, config: Config) -> Iterator[Document]:
    hint = None
    blank_bytes, found = 0, False
    for line in lines:
        if line.raw is not None and not line.raw.strip():
            blank_bytes += line.size + 1
            continue  # a blank line is no document
        found = True
        doc = _jsonl_document(line, base, config, hint)
        if doc.source.get("encoding") not in (None, "utf-8"):
            hint = doc.source["encoding"]
        yield doc
    if not found:  # an empty JSONL input is still reported, as an empty txt file is
        sha = base.get("file_sha256") or _sha256(b"")
        yield _rejected({**base, "sha256": sha, "bytes": blank_bytes, "encoding": None}, sha,
                        "input.empty", "no JSON lines (empty or only blank lines)")


# --- one stream: a whole document, or JSONL lines ---------------------------------------

# While sniffing, leading blank lines are held until the first line with content; past this
# many bytes of them the content is taken as text.
_SNIFF_BLANK_BYTES = 65536


def documents_from_stream(stream: BinaryIO, source: dict | None = None, config: Config | None = None, *,
                          file_sha256: str | None = None, allow_jsonl: bool = True) -> Iterator[Document]:
    """Documents in a binary stream, decompressed first when it is .gz, .bz2, .xz or .zst
    (by magic bytes; a corrupt archive is an ``input.corrupt_archive`` rejection: compression.py)."""
    yield from documents_decompressed(stream, dict(source or {}), lambda s, src: _documents_from_plain_stream(
        s, src, config, file_sha256=file_sha256, allow_jsonl=allow_jsonl))


def _documents_from_plain_stream(stream: BinaryIO, source: dict | None = None, config: Config | None = None, *,
                                 file_sha256: str | None = None, allow_jsonl: bool = True) -> Iterator[Document]:
    """Documents in a binary stream: one for txt and html, one per line for JSONL.

    Nothing is read whole that could be larger than ``max_input_bytes``: JSONL is read one
    byte line at a time (each line decoded on its own), and a txt or html input past the
    limit is hashed in chunks and rejected.  ``file_sha256`` goes into JSONL records (None
    when unknown, e.g. on stdin).
    """
    config = config or Config()
    source = dict(source or {})
    limit = config.max_input_bytes
    name = source.get("path") or source.get("url")
    forced = source.pop("kind", None) or config.input_kind
    kind = kind_from_name(name, forced)
    if kind == "jsonl" and not allow_jsonl and forced == "auto":
        kind = None
    head: list[bytes] = []
    if kind is None:  # the content decides: read up to the first line with content
        held = 0
        while True:
            chunk = stream.readline(limit + 1)
            head.append(chunk)
            held += len(chunk)
            if not chunk or chunk.strip() or held > _SNIFF_BLANK_BYTES or not chunk.endswith(b"\n"):
                break
        if not b"".join(head).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and held < _HTML_SNIFF_BYTES:
            head.append(stream.read(_HTML_SNIFF_BYTES - held))  # not JSONL: HTML's first tags may span lines
        kind = sniff_kind(b"".join(head), None, "auto", allow_jsonl=allow_jsonl)
    if kind == "jsonl":
        base = {**source, "kind": "jsonl", "file_sha256": file_sha256}
        yield from _iter_jsonl(_byte_lines(stream, limit, head), base, config)
        return
    raw = b"".join(head)
    raw += stream.read(limit + 1 - len(raw)) if len(raw) <= limit else b""
    if len(raw) > limit:
        digest, size = hashlib.sha256(raw), len(raw)
        for chunk in iter(lambda: stream.read(_CHUNK_BYTES), b""):
            digest.update(chunk)
            size += len(chunk)
        sha = digest.hexdigest()
        yield _rejected({**source, "kind": kind, "sha256": sha, "bytes": size, "encoding": None}, sha,
                        "input.too_large", f"{size} bytes, over max_input_bytes={limit}")
        return
    yield _document_from_raw(raw, source, kind, config)


def _document_from_raw(raw: bytes, source: dict, kind: str, config: Config) -> Document:
    """The one document of a txt or html input held in memory (at most max_input_bytes)."""
    sha = _sha256(raw)
    source = {**source, "kind": kind, "sha256": sha, "bytes": len(raw)}
    if not raw.strip():
        source["encoding"] = None
        return _rejected(source, sha, "input.empty", "no text (empty or only whitespace)")
    try:
        if kind == "html":
            text, encoding = decode_bytes(raw, declared_charset(raw), markup=True)
        else:
            text, encoding = decode_bytes(raw)
    except _Unreadable as e:
        source["encoding"] = None
        return _rejected(source, sha, e.code, e.detail)
    source["encoding"] = encoding
    if not text.strip():
        return _rejected(source, sha, "input.empty", "no text (only invisible characters)")
    if kind == "html":
        return _extract_html(text, source, sha, config)
    source["input"] = "file-text"
    return Document(text, source=source, raw_sha256=sha)


def documents_from_bytes(raw: bytes, source: dict | None = None, config: Config | None = None, *,
                         allow_jsonl: bool = True) -> Iterator[Document]:
    """Documents in ``raw`` (one for txt and html, one per line for jsonl)."""
    yield from documents_from_stream(io.BytesIO(raw), source, config, file_sha256=_sha256(raw),
                                     allow_jsonl=allow_jsonl)


# --- files and folders -------------------------------------------------------------------

def iter_input_files(path: Path) -> list[Path]:
    """Input files below a folder, recursively, in sorted order; hidden entries skipped.

    Sorted by the names' bytes, so the order does not depend on the locale or on names
    that are not valid UTF-8."""
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted((d for d in dirs if not d.startswith(".")), key=os.fsencode)
        for f in sorted(files, key=os.fsencode):
            if not f.startswith(".") and Path(inner_name(f)).suffix.lower() in INPUT_EXTENSIONS:
                found.append(Path(root) / f)
    return sorted(found, key=lambda p: os.fsencode(p.as_posix()))


def _not_regular(f: Path, mode: int) -> Document | None:
    """A rejection for a folder entry that is no regular file (reading a FIFO would block
    the run, a device would never end); None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    what = ("a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
    shown = display_path(f)
    sha = _sha256(os.fsencode(f))
    return _rejected({"path": shown, "sha256": None, "bytes": None, "encoding": None}, sha,
                     "input.not_regular_file", f"{what}, not a regular file: skipped")


def documents_from_path(path: str | os.PathLike, config: Config | None = None,
                        exclude: Iterable[Path] = ()) -> Iterator[Document]:
    """Documents from a file or a folder (recursively).  Raises :class:`InputError` for
    a missing path or a folder with no inputs: those are usage problems, not documents.
    ``exclude`` names files never to read from a folder (the run's own output files).
    In a folder only regular files are read; a FIFO, socket or device there becomes an
    ``input.not_regular_file`` rejection (a path given by name is read whatever it is)."""
    p = Path(path)
    if p.is_dir():
        skip = {x.resolve() for x in exclude}
        files = [f for f in iter_input_files(p) if f.resolve() not in skip]
        if not files:
            raise InputError("input.no_documents",
                             f"{display_path(p)}: folder holds no input files ({', '.join(sorted(INPUT_EXTENSIONS))})")
        for f in files:
            try:
                skipped = _not_regular(f, os.stat(f).st_mode)
            except OSError:
                skipped = None  # _documents_from_file names the problem
            if skipped is not None:
                yield skipped
                continue
            yield from _documents_from_file(f, config)
    elif p.exists():
        yield from _documents_from_file(p, config)
    else:
        raise InputError("input.not_found", f"{display_path(p)}: no such file or folder{_nearby(p)}")


def _nearby(p: Path) -> str:
    import difflib

    parent = p.parent if str(p.parent) else Path(".")
    try:
        names = sorted(x.name for x in parent.iterdir())
    except OSError:
        return ""
    close = difflib.get_close_matches(p.name, names, n=3)
    return f" (did you mean: {', '.join(display_path(c) for c in close)}?)" if close else ""


def _documents_from_file(f: Path, config: Config | None) -> Iterator[Document]:
    """The documents of one file.  JSONL gets a cheap first pass for ``file_sha256`` when the
    file is a regular one (a pipe cannot be read twice: then it is None)."""
    config = config or Config()
    source = {"path": display_path(f)}
    done = 0
    try:
        file_sha = None
        if kind_from_name(f.name, config.input_kind) in ("jsonl", None) and f.is_file():
            file_sha = _file_sha256(f)
        with open_binary(f) as fh:
            for doc in documents_from_stream(fh, source, config, file_sha256=file_sha):
                done += 1
                yield doc
    except OSError as e:
        where = f" after {done} documents" if done else ""
        sha = _sha256(os.fsencode(f) + f"#{done}".encode())
        yield _rejected({**source, "sha256": None, "bytes": None, "encoding": None}, sha,
                        "input.unreadable", f"cannot read{where}: {e.strerror or e}")


def documents_from_objects(items: Iterable, config: Config | None = None) -> Iterator[Document]:
    """What :meth:`Pipeline.run` accepts: str (always one text document), bytes (sniffed:
    txt, html or JSONL), paths (files and folders) and Documents."""
    for item in items:
        if isinstance(item, Document):
            yield item
        elif isinstance(item, os.PathLike):
            yield from documents_from_path(item, config)
        elif isinstance(item, (bytes, bytearray, memoryview)):
            yield from documents_from_bytes(bytes(item), {}, config)
        elif isinstance(item, str):
            yield from documents_from_bytes(item.encode("utf-8", "surrogatepass"), {}, config, allow_jsonl=False)
        else:
            raise TypeError(f"cannot clean a {type(item).__name__}; give str, bytes, a path or a Document")
