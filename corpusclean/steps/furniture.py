"""``boilerplate.repeated``: remove what the document's site repeats on its pages.

The units (sentences of lines, :mod:`corpusclean.furniture.units`) that the furniture model
lists for the document's group (:mod:`corpusclean.furniture.groups`) are removed, each as an
edit with reason ``boilerplate.repeated``; a line whose units all go is removed with its
line break, and a learned line opening (a menu run into the headline of a page joined with
spaces, :mod:`corpusclean.furniture.edges`) up to the next word.  Lines that a metadata step reads (rubric, date, site, tags, attribution) stay
for it even when the site repeats them, so the metadata is not lost.  The model comes from
``Config.furniture_model`` (``--furniture FILE``) or is learned by the command line in a first
pass over its inputs; without one the step changes nothing.  The record's ``pipeline`` names
the model by its hash (this step's entry: ``{"id", "version", "model": {"sha256", ...}}``).
"""

from __future__ import annotations

import bisect
from typing import Iterable

from ..document import Document
from ..edits import Change
from ..furniture.edges import openings
from ..furniture.groups import group_of
from ..furniture.learn import is_candidate, page_title, title_key
from ..furniture.model import FurnitureModel, load_model
from ..furniture.units import stamped_titles, text_units, unit_hash, unit_key, unit_tails
from . import Filter, register
from .boilerplate import layout_of

__all__ = ["RepeatedFurniture", "PROTECTED_KINDS"]

# Layout kinds whose lines a metadata step reads and removes itself (with the value it lifts).
# Not the rubric: a label on a third of a site's pages or more is its menu or name, not the
# page's section (the next label up becomes the rubric).
PROTECTED_KINDS = frozenset({"date", "site", "tags", "tags_label", "attribution"})


@register
class RepeatedFurniture(Filter):
    id = "boilerplate.repeated"
    version = "1"
    description = ("Lines and sentences the document's site repeats across its pages (a learned furniture model: "
                   "--furniture FILE, or learned from the inputs by the command line).")
    reasons = ("boilerplate.repeated",)
    defaults = {}

    def __init__(self, config=None, model: FurnitureModel | None = None, **settings):
        super().__init__(config, **settings)
        path = getattr(config, "furniture_model", None) if config is not None else None
        if model is None and path:
            model = load_model(path)  # a missing or bad file is a usage error, before any document
        self.model = model

    def describe(self) -> dict:
        out = super().describe()
        if self.model is not None:
            out["model"] = self.model.describe()
        return out

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        if self.model is None:
            return []
        group = group_of(doc)
        furniture = self.model.furniture_hashes(group)
        related = self.model.related_hashes(group)
        if not furniture and not related:
            return []
        units = text_units(text)
        hashes = [unit_hash(unit_key(u.text)) for u in units]
        hits = [i for i, u in enumerate(units) if hashes[i] in furniture and is_candidate(u.text)]
        hits += self._links(doc, units, hashes, related)
        # the longest learned opening of the first line and of each long line ("Menu Headline ...")
        leading = [next((o for o in reversed(line) if unit_hash(o.key) in furniture), None) for line in openings(text)]
        leading = [o for o in leading if o is not None and o.before_capital]
        rows = self._stamped_rows(doc, text, related) if related else []
        rows += _tails(text, units, set(hits), furniture)
        if not hits and not leading and not rows:
            return []
        protected = self._protected(doc)
        hits = [i for i in hits if not protected(units[i].start)]
        changes = _spans(text, units, set(hits))
        changes = _merge(changes, [(s, e) for s, e in rows if not protected(s)])
        taken = [(c.start, c.end) for c in changes]
        for o in leading:
            if not protected(o.start) and not any(s < o.next_start and o.start < e for s, e in taken):
                changes.append(Change(o.start, o.next_start, "", "boilerplate.repeated"))
        return sorted(changes, key=lambda c: c.start)

    def _links(self, doc: Document, units, hashes: list[int], related: frozenset) -> list[int]:
        """Units that are the title of another page of the site (a link to it): every unit
        whose key is a learned related title, except the page's own headline."""
        found = [i for i, h in enumerate(hashes) if h in related and is_candidate(units[i].text)]
        if not found:
            return []
        own = title_key(page_title(doc, self.config))
        own_hash = unit_hash(own) if own else None
        return [i for i in found if hashes[i] != own_hash]

    def _stamped_rows(self, doc: Document, text: str, related: frozenset) -> list[tuple[int, int]]:
        """Rows of a related list run together: another page's title beside its date stamp
        ("— <title> (12.03.2024)", "26.03.2024 · <title>"), never the page's own title."""
        rows = stamped_titles(text, related)
        if not rows:
            return []
        own = title_key(page_title(doc, self.config))
        return stamped_titles(text, related, unit_hash(own)) if own else rows

    def _protected(self, doc: Document):
        """A test: does an offset lie on a line a metadata step reads?"""
        lay = layout_of(self, doc)
        starts = [ln.start for ln in lay.lines]

        def protected(offset: int) -> bool:
            j = bisect.bisect_right(starts, offset) - 1
            return j >= 0 and lay.lines[j].kind in PROTECTED_KINDS
        return protected


def _tails(text: str, units, hits: set[int], furniture: frozenset) -> list[tuple[int, int]]:
    """Spans of learned sentences with something run into their front (:func:`unit_tails`):
    the longest learned tail of each unit not removed whole, with the spaces before it."""
    spans = []
    for i, u in enumerate(units):
        if i in hits:
            continue
        for start, key in unit_tails(u):
            if unit_hash(key) in furniture and is_candidate(text[start:u.end]):
                s = start
                while s > u.start and text[s - 1] in " \t":
                    s -= 1
                spans.append((s, u.end))
                break
    return spans


def _merge(changes: list[Change], spans: list[tuple[int, int]]) -> list[Change]:
    """``changes`` and removals of ``spans``, overlapping ones merged into one."""
    if not spans:
        return changes
    merged: list[list[int]] = []
    for s, e in sorted([(c.start, c.end) for c in changes] + spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [Change(s, e, "", "boilerplate.repeated") for s, e in merged]


def _spans(text: str, units, hits: set[int]) -> list[Change]:
    """Removals for the hit units: a whole line when every unit of it goes, else each unit
    with the space after it (or, last on its line, the space before it)."""
    spans: list[tuple[int, int]] = []
    by_line: dict[int, list[int]] = {}
    for i, u in enumerate(units):
        by_line.setdefault(u.line_start, []).append(i)
    for line_start, members in by_line.items():
        if not any(i in hits for i in members):
            continue
        if all(i in hits for i in members):
            ls = text.rfind("\n", 0, line_start) + 1
            le = text.find("\n", units[members[-1]].line_end)
            spans.append((ls, len(text) if le < 0 else le + 1))
            continue
        for pos, i in enumerate(members):
            if i not in hits:
                continue
            u = units[i]
            if pos + 1 < len(members):
                spans.append((u.start, units[members[pos + 1]].start))
            else:
                spans.append((units[members[pos - 1]].end, u.end))
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [Change(s, e, "", "boilerplate.repeated") for s, e in merged]
