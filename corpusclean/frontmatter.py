"""Front matter: the metadata block at the top of a text seed, read as people write it
(YAML) and written in one form (one ``key: JSON`` line per field, valid YAML).

:func:`read_front_matter` finds the block and splits it into our fields and the rest
(kept as written, so writing the block back loses nothing); :func:`render_front_matter`
writes it.  The step ``metadata.front_matter`` (:mod:`corpusclean.steps.metadata`) and the
pre-commit hook use both.

>>> block = read_front_matter("---\\ntitle: Съезд: итоги\\nlanguage: kk\\nauthor: Айгүл\\n---\\nМәтін")
>>> block.fields, block.extra, block.end
({'title': 'Съезд: итоги', 'lang': 'kk'}, {'author': 'Айгүл'}, 55)
>>> render_front_matter({**block.fields, "front_matter_extra": block.extra})
'---\\ntitle: "Съезд: итоги"\\nlang: "kk"\\nauthor: "Айгүл"\\n---\\n'
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from .dates import normalize_iso

__all__ = ["FRONT_MATTER_KEYS", "EXTRA_KEY", "FrontMatterBlock", "read_front_matter", "parse_front_matter",
           "render_front_matter", "MAX_FRONT_MATTER_LINES"]

# Our fields, in the order they are written.
FRONT_MATTER_KEYS = ("title", "published", "site", "rubric", "url", "tags", "attribution", "lang")
# doc.meta key holding the block's other keys (and fields whose value did not fit), in order.
EXTRA_KEY = "front_matter_extra"
# A closing fence further down than this is not the end of a front matter block.
MAX_FRONT_MATTER_LINES = 60
_FENCE = regex.compile(r"---[ \t]*\r?(?:\n|$)")
_CLOSE = regex.compile(r"(?:---|\.\.\.)[ \t]*\r?(?:\n|$)")
# A key is one word (any script: people write "автор:" too); the block must also hold one
# of our fields, so a paragraph that opens with "Заявление:" is never taken for metadata.
_KEY = regex.compile(r"[\p{L}_][\p{L}\p{N}_-]*")
_LINE = regex.compile(r"(?P<key>[\p{L}_][\p{L}\p{N}_-]*)[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_LIST_FIELDS = ("tags",)


@dataclass
class FrontMatterBlock:
    fields: dict = field(default_factory=dict)  # our fields, canonical names, values checked
    extra: dict = field(default_factory=dict)   # everything else, as read
    end: int = 0                                 # just after the closing fence's line break


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Other names of our fields (``date`` -> ``published``), from the data file."""
    text = resources.files("corpusclean").joinpath("data", "metadata", "front_matter_aliases.tsv").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            alias, name = line.split("\t")
            table[alias] = name
    return table


@lru_cache(maxsize=1)
def _loader():
    """PyYAML's safe loader (its C parser when built with libyaml), but plain scalars
    stay text (only null is resolved: ``no``, ``1.0``, ``2022-04-15`` are the words as
    written) and a repeated key is an error.  Imported on the first block found, so a
    run over pages without front matter never loads PyYAML."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):
        def construct_mapping(self, node, deep=False):
            seen = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=deep)
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"repeated key {key!r}", key_node.start_mark)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader, yaml.YAMLError


def _plain_lines(block: str) -> dict | None:
    """``key: value`` lines read as text, for a block YAML refuses (an unquoted
    ``title: Съезд: итоги``); None when a line is not of that shape."""
    out: dict = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _LINE.fullmatch(line)
        if m is None or m.group("key") in out:
            return None
        value = m.group("value")
        if value and len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            try:
                value = json.loads(value) if value[0] == '"' else value[1:-1]
            except ValueError:
                value = value[1:-1]
        out[m.group("key")] = value if value else None
    return out


def _load(block: str) -> dict | None:
    make, error = _loader()
    loader = make(block)
    try:
        data = loader.get_single_data()  # a SafeLoader: no arbitrary objects
    except (error, RecursionError):
        return _plain_lines(block)
    finally:
        loader.dispose()
    if data is None:
        return {}
    return data if isinstance(data, dict) else None


def _holds_surrogate(data) -> bool:
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if any("\ud800" <= ch <= "\udfff" for ch in value):
                return True
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def _json_line_value(value) -> str:
    """A value as JSON on one line: U+2028 and U+2029 escaped, since space.normalize and
    YAML read them as line breaks (issue 10)."""
    return json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _field(name: str, value):
    """The checked value of one of our fields, or raise ValueError."""
    if value is None:
        return None
    if name in _LIST_FIELDS:
        if isinstance(value, str):
            value = [t for t in (x.strip() for x in value.split(",")) if t]
        if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
            raise ValueError(name)
        return value
    if not isinstance(value, str):
        raise ValueError(name)
    if name == "published":
        iso = normalize_iso(value)
        if iso is None:
            raise ValueError(name)
        return iso
    return value  # as written: a value read back must equal the one written


def read_front_matter(text: str) -> FrontMatterBlock | None:
    """The front matter block at the very start of ``text``, or None."""
    m = _FENCE.match(text)
    if m is None:
        return None
    pos, lines = m.end(), []
    while pos < len(text) and len(lines) <= MAX_FRONT_MATTER_LINES:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        if _CLOSE.fullmatch(text[pos:end]):
            break
        lines.append(text[pos:end])
        pos = end
    else:
        return None
    data = _load("".join(lines))
    if data is None or not all(isinstance(k, str) and _KEY.fullmatch(k) for k in data):
        return None
    if _holds_surrogate(data):  # "\ud800": no UTF-8 file can hold it, so no field can (issue 10)
        return None
    table = aliases()
    out = FrontMatterBlock(end=end)
    for key, value in data.items():
        name = key if key in FRONT_MATTER_KEYS else table.get(key)
        if name is None or name in out.fields or (name != key and name in data):
            out.extra[key] = value  # not ours, or an alias beside the field itself
            continue
        try:
            out.fields[name] = _field(name, value)
        except ValueError:
            out.extra[key] = value
    if data and not out.fields:
        return None  # a mapping with none of our fields: text that happens to hold "a: b"
    return out


def parse_front_matter(text: str) -> tuple[dict, int] | None:
    """``(fields, end_offset)`` of the front matter block at the start of ``text`` (our
    fields only; see :func:`read_front_matter` for the rest), or None."""
    block = read_front_matter(text)
    return None if block is None else (block.fields, block.end)


def render_front_matter(meta: dict) -> str:
    """The block for the fields of ``meta`` that are not None, in the order of
    :data:`FRONT_MATTER_KEYS`, then ``meta["front_matter_extra"]`` as read; every value in
    JSON (which YAML reads as it is).  :func:`read_front_matter` reads it back."""
    out = ["---\n"]
    for key in FRONT_MATTER_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        value = [str(t) for t in value] if key in _LIST_FIELDS else str(value)
        out.append(f"{key}: {_json_line_value(value)}\n")
    written = {key for key in FRONT_MATTER_KEYS if meta.get(key) is not None}
    for key, value in (meta.get(EXTRA_KEY) or {}).items():
        if key in written:  # a value that did not fit, since replaced by one found in the text
            continue
        out.append(f"{key}: {_json_line_value(value)}\n")
    out.append("---\n")
    return "".join(out)
