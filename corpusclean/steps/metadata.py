"""Metadata lifted out of the text: front matter, date, site and rubric, title, tags,
attribution.

Each step sets ``doc.meta`` fields and removes the lines it read, with a reason
(``metadata.title``, ``metadata.date``, ...).  A field that is already set (by front
matter, by the HTML extractor, by the caller) is never overwritten by a guess from the
text; the line that repeats it is still removed.  Front matter is the authority: fields
it sets are listed in ``doc.meta["front_matter"]`` and left exactly as given.

Front matter is a block at the very start of a document, as people write it for static
site generators and notebooks: YAML between ``---`` lines (closed by ``---`` or ``...``),
read with PyYAML's safe loader.  Our own blocks (one ``key: JSON`` line per field, which
is valid YAML) read the same way::

    ---
    title: Партия провела съезд
    date: 2022-04-15 18:10
    tags: [AMANAT, Алматы]
    ---

Fields are :data:`FRONT_MATTER_KEYS` (``date``, ``language``, ``keywords``... are read as
ours: ``data/metadata/front_matter_aliases.tsv``); plain values stay text (``lang: no`` is
Norwegian, not false).  Other keys, and a field whose value does not fit (a date that is
not one), are kept as they were in ``meta["front_matter_extra"]`` and written back, so
nothing is lost.  A block is front matter when it is a mapping of plain keys holding at
least one field; anything else stays in the text.

>>> meta, end = parse_front_matter('---\\ntitle: "Съезд"\\ntags: ["AMANAT"]\\n---\\nТекст')
>>> meta, end
({'title': 'Съезд', 'tags': ['AMANAT']}, 40)
>>> render_front_matter(meta)
'---\\ntitle: "Съезд"\\ntags: ["AMANAT"]\\n---\\n'
>>> parse_front_matter('---\\ntitle: Партия провела съезд\\ndate: 2022-04-15\\nlayout: post\\n---\\nТекст')[0]
{'title': 'Партия провела съезд', 'published': '2022-04-15'}
"""

from __future__ import annotations

import json
from typing import Iterable

from ..dates import normalize_iso
from ..document import Document
from ..frontmatter import EXTRA_KEY, FRONT_MATTER_KEYS, parse_front_matter, read_front_matter, render_front_matter
from ..edits import Change
from ..layout import Layout, analyse, removal_spans
from . import Filter, register
from .boilerplate import FIRST_READING, layout_of, title_text

__all__ = ["FRONT_MATTER_KEYS", "parse_front_matter", "render_front_matter", "FrontMatter", "DateStep",
           "RubricStep", "SiteStep", "TitleStep", "TagsStep", "AttributionStep"]

def _from_front_matter(doc: Document, key: str) -> bool:
    return key in (doc.meta.get("front_matter") or ())


# The headline is chosen once per pass, by the first metadata step (metadata.date), on the
# header as it stands with its date stamp: the date is the strongest anchor of the title
# (the headline stands right above or below it).  Once the date step has removed the
# stamp, a caption or a lead next to the body could look as much like a title; the later
# steps of the pass read the choice as a known title.  Kept on the document object, not
# in ``meta`` (it is no field of the record), and dropped by metadata.title.
_TITLE_HINT = "_corpusclean_title_hint"


# The steps whose removals the headline is chosen before: the header as it stood before
# them still holds the breadcrumb, the credit under a caption and the counters that cut a
# joined or spaced header into pieces.
_FURNITURE_STEPS = ("boilerplate.lines", "boilerplate.duplicates", "boilerplate.repeated")


def _text_before_furniture(doc: Document) -> str:
    """``doc.text`` with this pass's trailing furniture removals undone (edits apply in order,
    each in the coordinates of the text it met)."""
    text = doc.text
    for e in reversed(doc.edits):
        if e.step not in _FURNITURE_STEPS:
            break
        text = text[: e.start] + e.before + text[e.start + len(e.after):]
    return text


def _layout(step, doc: Document) -> Layout:
    """:func:`layout_of`, with the headline the date step chose as the known title."""
    hint = getattr(doc, _TITLE_HINT, None)
    if hint and not doc.meta.get("title"):
        ref = getattr(step.config, "reference_date", None) if step.config is not None else None
        lay = analyse(doc.text, hint, ref)
        if lay.title is not None:
            return lay
    return layout_of(step, doc)


class _LineStep(Filter):
    """A metadata step: read the layout, set fields, remove the lines it read."""

    kinds: tuple[str, ...] = ()

    def read(self, lay: Layout, doc: Document) -> None:
        raise NotImplementedError

    def reason(self, kind: str) -> str:
        return self.reasons[0]

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        lay = _layout(self, doc)
        self.read(lay, doc)
        removed = [(ln, self.reason(ln.kind)) for ln in lay.lines if ln.kind in self.kinds]
        return [Change(s, e, "", reason) for s, e, reason in removal_spans(text, removed)]


@register
class FrontMatter(Filter):
    id = "metadata.front_matter"
    version = "2"
    description = ("A front matter block at the start ('---', YAML as people write it, or ours: key: JSON lines) "
                   "becomes metadata; keys that are not ours are kept in meta front_matter_extra.")
    reasons = ("metadata.front_matter",)
    defaults = {}

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        block = read_front_matter(text)
        if block is None:
            return []
        for key, value in block.fields.items():
            doc.meta[key] = value
        doc.meta["front_matter"] = sorted(block.fields)
        if block.extra:
            doc.meta[EXTRA_KEY] = dict(block.extra)
        return [Change(0, block.end, "", "metadata.front_matter")]


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
        earlier = _text_before_furniture(doc)
        ref = getattr(self.config, "reference_date", None) if self.config is not None else None
        known = doc.meta.get("title") or None
        reading = doc.meta.pop(FIRST_READING, None)
        if earlier == doc.text:
            first_title, first_published = title_text(lay), lay.published
        elif reading is not None and reading[0] == earlier and reading[1:3] == (known, ref):
            first_title, first_published = reading[3:]  # what boilerplate.lines read of this very text
        else:
            first = analyse(earlier, known, ref)
            first_title, first_published = title_text(first), first.published
        if not doc.meta.get("title"):
            title = first_title or title_text(lay)
            if title and title in doc.text:
                setattr(doc, _TITLE_HINT, title)
            elif title_text(lay):
                setattr(doc, _TITLE_HINT, title_text(lay))
        # the date stamp the header showed before its furniture went: when removing a counter
        # glued the stamp to the first sentence, the stamp no longer reads as a date line
        published = lay.published or (first_published if lay.date is None else None)
        current = doc.meta.get("published")
        if current and not _from_front_matter(doc, "published"):
            iso = normalize_iso(current)
            if iso:
                current = doc.meta["published"] = iso
        if published:
            if not current:
                doc.meta["published"] = published
            elif (not _from_front_matter(doc, "published") and "T" not in str(current)
                  and "T" in published and published.startswith(str(current))):
                doc.meta["published"] = published  # same day, and the page prints the time


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
        if getattr(doc, _TITLE_HINT, None) is not None:
            delattr(doc, _TITLE_HINT)
        if lay.title is not None and not doc.meta.get("title"):
            doc.meta["title"] = title_text(lay)


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
