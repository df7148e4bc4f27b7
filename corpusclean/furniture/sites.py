"""Sites inside a group: recovered from the pages themselves when one folder or file mixes sites.

A group (:mod:`.groups`) is the folder or file a document came from when nothing better names
its site.  A user who dumps the pages of five sites into one folder gets one group in which
each site's menu, promo and footer stand on a fifth of the pages: under
:data:`~.learn.MIN_SHARE`, so nothing was learned.  The sites are recovered by evidence, not by
names: a site prints the same several furniture units on the same set of pages.

1. *Evidence units*: units standing in at least :data:`~.learn.MIN_DOCUMENTS` documents of
   the group but under ``MIN_SHARE`` of it (the units at the share are learned for the whole
   group anyway, and a footer several sites share must not glue them into one), and line
   openings of :data:`~.edges.EDGE_MIN_WORDS` words (a menu run into the headline).
2. *Companions*: two evidence units whose pages are nearly the same set: they stand together
   in at least :data:`SITE_COOCCURRENCE` of the pages of the more frequent one.  A site's menu,
   promo and footer are companions; a dateline city ("Астана.") on pages of several sites is
   nobody's companion, and the sentences of a quote repeated on pages of different sites are
   companions only of each other.
3. *Signatures*: the connected sets of companions with at least :data:`SITE_MIN_UNITS` units.
4. *Sites*: a signature all of whose pages hold another signature too is no site: the two
   sentences of a quote repeated on five pages of five sites are companions, but each of those
   pages holds its own site's signature.  Such signatures are dropped one at a time, the one
   on the fewest pages first, so of two signatures on the same pages one stays.
5. *Members*: a page belongs to the site of which it holds the most units (at least
   ``SITE_MIN_UNITS`` of them; ties: the site on more pages, then the one whose smallest hash
   is smaller).
6. *Coverage* (:meth:`~.learn.FurnitureLearner.model`): the sites of at least ``MIN_DOCUMENTS`` pages must hold
   :data:`SITE_MIN_COVERAGE` of the group's pages, else the group is taken for one site (or
   for pages of many sites without furniture of their own) and none is recovered.

Each recovered site of at least ``MIN_DOCUMENTS`` pages is then learned like a group of its
own (:func:`~.learn.FurnitureLearner.model`); pages in no site keep only the group's furniture.
Everything is computed from the 64-bit unit hashes each document's units were counted with
(8 bytes a unit of a page, less than the group's count table already holds): no text.  The
order of the documents and of the hashes fixes every tie, so the result is the same on every run.
"""

from __future__ import annotations

from array import array
from typing import Iterable, Sequence

__all__ = ["recover_sites", "SITE_COOCCURRENCE", "SITE_MIN_UNITS", "SITE_MIN_COVERAGE", "SITE_MAX_UNITS_PER_DOCUMENT"]

# Two units are a site's furniture together when they stand together on at least 80 % of the
# pages of the more frequent one: a site's menu, promo and footer stand on the same pages (all of
# them in the test sites, 106 of 106 in the issue), while a unit several sites print (a dateline
# city, a footer of one CMS) stands with each site's own units on a part of its pages only.  The
# same share as EDGE_DOMINANCE: a page or two may lack a line (a truncated dump).
SITE_COOCCURRENCE = 0.8
# A site is recovered from at least two units standing on the same pages: one repeated unit is
# no evidence of a site (a repeated quote, a dateline); two are (a promo and a footer: the menu
# lines of the test sites go to the menu rules before this step, and in a page joined with
# spaces the menu runs into the headline and counts as the line's opening).  A page joins a
# site holding two of its units.
SITE_MIN_UNITS = 2
# The recovered sites must hold at least half of the group's pages: a folder that mixes the
# dumps of several sites is made of them (all 30 pages of the five test sites), while in a
# folder of one site a series of five articles sharing two background sentences looks like a
# small site of its own and covers a few pages of the folder only; it is not learned (as in a
# folder of that site alone).
SITE_MIN_COVERAGE = 0.5
# A page counts co-occurrences among at most this many of its evidence units (the most frequent
# ones, ties by hash): the pairs grow with the square of the units, and a site's signature needs
# only a few of them (the menus of the test layouts have up to 9 items).
SITE_MAX_UNITS_PER_DOCUMENT = 24


class _Union:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = self.parent.setdefault(x, x)
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo


def recover_sites(documents: Sequence[array], counts: dict[int, int], evidence: Iterable[int]) -> list[list[int]]:
    """The sites of a group: for each recovered site (in the order its first page comes), the
    indexes of its pages in ``documents``.

    ``documents`` holds, per page of the group in input order, the sorted hashes of its units;
    ``counts`` the group's document count per hash; ``evidence`` the hashes that may show a site
    (see the module's description)."""
    evidence = set(evidence)
    if len(evidence) < SITE_MIN_UNITS:
        return []
    per_doc: list[list[int]] = []
    pairs: dict[tuple[int, int], int] = {}
    for hashes in documents:
        mine = [h for h in hashes if h in evidence]
        if len(mine) > SITE_MAX_UNITS_PER_DOCUMENT:
            mine = sorted(sorted(mine, key=lambda h: (-counts[h], h))[:SITE_MAX_UNITS_PER_DOCUMENT])
        per_doc.append(mine)
        for i, a in enumerate(mine):
            for b in mine[i + 1:]:
                pairs[(a, b)] = pairs.get((a, b), 0) + 1
    links = _Union()
    for (a, b), together in sorted(pairs.items()):
        if together >= SITE_COOCCURRENCE * max(counts[a], counts[b]):
            links.union(a, b)
    signatures: dict[int, set[int]] = {}
    for a, b in sorted(pairs):
        for h in (a, b):
            if h in links.parent:
                signatures.setdefault(links.find(h), set()).add(h)
    signatures = {root: units for root, units in signatures.items() if len(units) >= SITE_MIN_UNITS}
    if not signatures:
        return []
    unit_site = {h: root for root, units in signatures.items() for h in units}
    held: list[dict[int, int]] = []
    pages: dict[int, list[int]] = {}
    for index, mine in enumerate(per_doc):
        here: dict[int, int] = {}
        for h in mine:
            root = unit_site.get(h)
            if root is not None:
                here[root] = here.get(root, 0) + 1
        here = {root: k for root, k in here.items() if k >= SITE_MIN_UNITS}
        held.append(here)
        for root in here:
            pages.setdefault(root, []).append(index)
    alive = set(pages)
    for root in sorted(pages, key=lambda r: (len(pages[r]), r)):
        if all(any(other != root and other in alive for other in held[index]) for index in pages[root]):
            alive.discard(root)
    members: dict[int, list[int]] = {}
    for index, here in enumerate(held):
        ranked = [((k, len(pages[root]), -root), root) for root, k in here.items() if root in alive]
        if ranked:
            members.setdefault(max(ranked)[1], []).append(index)
    return [members[root] for root in sorted(members, key=lambda r: members[r][0])]
