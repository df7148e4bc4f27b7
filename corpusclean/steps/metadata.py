"""Metadata lifted out of the text: front matter, date, site and rubric, title, tags,
attribution.

Each step sets ``doc.meta`` fields and removes the lines it read, with a reason
(``metadata.title``, ``metadata.date``, ...).  A field that is already set (by front
matter, by the HTML extractor, by the caller) is never overwritten by a guess from the
text; the line that repeats it is still removed.  Front matter is the authority: fields
it sets are listed in ``doc.meta["front_matter"]`` and left exactly as given.

Front matter is a block at the very start of a document::

    ---
    title: "Заголовок"
    published: "2022-04-15T18:10"
    tags: ["AMANAT", "Алматы"]
    ---

one ``key: VALUE`` line per field, VALUE in JSON, keys among :data:`FRONT_MATTER_KEYS`.
A block that does not follow this exactly stays in the text.

>>> meta, end = parse_front_matter('---\\ntitle: "Съезд"\\ntags: ["AMANAT"]\\n---\\nТекст')
>>> meta, end
({'title': 'Съезд', 'tags': ['AMANAT']}, 40)
>>> render_front_matter(meta)
'---\\ntitle: "Съезд"\\ntags: ["AMANAT"]\\n---\\n'
"""

from __future__ import annotations

import json
from typing import Iterable

import regex

from ..dates import normalize_iso
from ..document import Document
from ..edits import Change
from ..layout import Layout, removal_spans
from . import Filter, register
from .boilerplate import layout_of

__all__ = ["FRONT_MATTER_KEYS", "parse_front_matter", "render_front_matter", "FrontMatter", "DateStep",
           "RubricStep", "SiteStep", "TitleStep", "TagsStep", "AttributionStep"]

FRONT_MATTER_KEYS = ("title", "published", "site", "url", "tags", "attribution", "lang")
_FM_LINE = regex.compile(r"([a-z_]+): (.*)")
_FM_FENCE = regex.compile(r"---[ \t]*\r?(?:\n|$)")


_SURROGATE = regex.compile("[\ud800-\udfff]")


def parse_front_matter(text: str) -> tuple[dict, int] | None:
    """``(fields, end_offset)`` of a front matter block at the start of ``text``, or None
    when there is none or it is malformed (unknown or repeated key, value that is not
    JSON of the right type, no closing ``---``).  ``end_offset`` is just after the
    closing line's line break."""
    m = _FM_FENCE.match(text)
    if m is None:
        return None
    pos = m.end()
    meta: dict = {}
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl + 1
        line = text[pos:end].rstrip("\r\n")
        if _FM_FENCE.fullmatch(line + "\n") or line.rstrip() == "---":
            return meta, end
        lm = _FM_LINE.fullmatch(line)
        if lm is None:
            return None
        key, raw = lm.group(1), lm.group(2)
        if key not in FRONT_MATTER_KEYS or key in meta:
            return None
        try:
            value = json.loads(raw)
        except (ValueError, RecursionError):
            return None
        strings = [value] if isinstance(value, str) else [t for t in value if isinstance(t, str)] if isinstance(value, list) else []
        if any(_SURROGATE.search(t) for t in strings):
            return None  # an unpaired surrogate (\ud800) no UTF-8 file can hold: not front matter (issue 10)
        if key == "tags":
            if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
                return None
        elif value is not None and not isinstance(value, str):
            return None
        elif key == "published" and value is not None and normalize_iso(value) is None:
            return None  # not an ISO 8601 date
        meta[key] = value
        pos = end
    return None


def render_front_matter(meta: dict) -> str:
    """The front matter block for the :data:`FRONT_MATTER_KEYS` fields of ``meta`` that
    are not None, in that order (``parse_front_matter`` reads it back)."""
    out = ["---\n"]
    for key in FRONT_MATTER_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if key == "tags":
            value = [str(t) for t in value]
        else:
            value = str(value)
        # U+2028 / U+2029 escaped: space.normalize would read them as line breaks (issue 10).
        line = json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        out.append(f"{key}: {line}\n")
    out.append("---\n")
    return "".join(out)


def _from_front_matter(doc: Document, key: str) -> bool:
    return key in (doc.meta.get("front_matter") or ())


class _LineStep(Filter):
    """A metadata step: read the layout, set fields, remove the lines it read."""

    kinds: tuple[str, ...] = ()

    def read(self, lay: Layout, doc: Document) -> None:
        raise NotImplementedError

    def reason(self, kind: str) -> str:
        return self.reasons[0]

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        lay = layout_of(self, doc)
        self.read(lay, doc)
        removed = [(ln, self.reason(ln.kind)) for ln in lay.lines if ln.kind in self.kinds]
        return [Change(s, e, "", reason) for s, e, reason in removal_spans(text, removed)]


@register
class FrontMatter(Filter):
    id = "metadata.front_matter"
    version = "1"
    description = "A '---' front matter block at the start (key: JSON value lines) becomes metadata."
    reasons = ("metadata.front_matter",)
    defaults = {}

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        parsed = parse_front_matter(text)
        if parsed is None:
            return []
        meta, end = parsed
        for key, value in meta.items():
            # published is ISO 8601 by contract; an offset or zero seconds are dropped
            doc.meta[key] = normalize_iso(value) if key == "published" and value is not None else value
        doc.meta["front_matter"] = sorted(meta)
        return [Change(0, end, "", "metadata.front_matter")]


@register
class DateStep(_LineStep):
    id = "metadata.date"
    version = "2"
    description = ("The publication date: the date line next to the title (not a crawl-date widget), in ISO 8601 "
                   "with the time as printed; relative dates only against reference_date.")
    reasons = ("metadata.date",)
    defaults = {}
    kinds = ("date",)

    def read(self, lay: Layout, doc: Document) -> None:
        current = doc.meta.get("published")
        if current and not _from_front_matter(doc, "published"):
            iso = normalize_iso(current)
            if iso:
                current = doc.meta["published"] = iso
        if lay.published:
            if not current:
                doc.meta["published"] = lay.published
            elif (not _from_front_matter(doc, "published") and "T" not in str(current)
                  and "T" in lay.published and lay.published.startswith(str(current))):
                doc.meta["published"] = lay.published  # same day, and the page prints the time


@register
class RubricStep(_LineStep):
    id = "metadata.rubric"
    version = "2"
    description = "A short label line above the title (section or site name) becomes meta rubric."
    reasons = ("metadata.rubric",)
    defaults = {}
    kinds = ("rubric",)

    def read(self, lay: Layout, doc: Document) -> None:
        if lay.rubric and not doc.meta.get("rubric"):
            doc.meta["rubric"] = lay.rubric


@register
class SiteStep(_LineStep):
    id = "metadata.site"
    version = "2"
    description = "A copyright line in the header or footer ('© 2023 Степной курьер. ...') names the site (meta site)."
    reasons = ("metadata.site",)
    defaults = {}
    kinds = ("site",)

    def read(self, lay: Layout, doc: Document) -> None:
        if lay.site and not doc.meta.get("site"):
            doc.meta["site"] = lay.site


@register
class TitleStep(_LineStep):
    id = "metadata.title"
    version = "2"
    description = "The headline: lifted out of the text into meta title (a known title's line is removed)."
    reasons = ("metadata.title",)
    defaults = {}
    kinds = ("title",)

    def read(self, lay: Layout, doc: Document) -> None:
        if lay.title is not None and not doc.meta.get("title"):
            doc.meta["title"] = regex.sub(r"\s+", " ", lay.lines[lay.title].text).strip()


@register
class TagsStep(_LineStep):
    id = "metadata.tags"
    version = "2"
    description = "A 'Теги:' / 'Тегтер:' block: the label goes (boilerplate.tags), the tags go to meta tags."
    reasons = ("metadata.tags", "boilerplate.tags")
    defaults = {}
    kinds = ("tags", "tags_label")

    def reason(self, kind: str) -> str:
        return "boilerplate.tags" if kind == "tags_label" else "metadata.tags"

    def read(self, lay: Layout, doc: Document) -> None:
        if lay.tags and not doc.meta.get("tags"):
            doc.meta["tags"] = list(lay.tags)


@register
class AttributionStep(_LineStep):
    id = "metadata.attribution"
    version = "2"
    description = "A standalone source line ('Об этом сообщает ...', 'Источник: ...', '... хабарлайды')."
    reasons = ("metadata.attribution",)
    defaults = {}
    kinds = ("attribution",)

    def read(self, lay: Layout, doc: Document) -> None:
        values = [ln.value for ln in lay.lines if ln.kind == "attribution" and ln.value]
        if values and not doc.meta.get("attribution"):
            doc.meta["attribution"] = values[0]
