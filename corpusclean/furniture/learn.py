"""Learning a site's furniture: units that recur across many documents of one group.

One pass over the documents.  Each document is brought to the state ``boilerplate.repeated``
sees it in (the pipeline's steps before it run on it), its units are normalised
(:func:`~.units.unit_key`), and each distinct unit counts once for its group.  Memory stays
bounded by the number of distinct units: the learner keeps a 64-bit hash and a count per
unit, and the text only of units that reached :data:`MIN_DOCUMENTS` documents; for a folder or
file group (which may mix sites, :mod:`.sites`), also each document's unit hashes (8 bytes a
unit), from which the sites inside the group are recovered.
"""

from __future__ import annotations

import hashlib
import pickle
import tempfile
from array import array
from typing import Iterable, Iterator

import regex

from .edges import CAPITAL_MARK, EDGE_DOMINANCE, EDGE_MAX_WORDS, EDGE_MIN_WORDS, OPENING_MARK, chain_ends, opening_keys
from .groups import group_of
from .model import FurnitureModel
from .sites import SITE_COOCCURRENCE, SITE_MAX_UNITS_PER_DOCUMENT, SITE_MIN_COVERAGE, SITE_MIN_UNITS, recover_sites
from .units import stamp_sides, text_units, unit_hash, unit_key, unit_tails

__all__ = ["FurnitureLearner", "learn_model", "PreparedStore", "prepared_store", "is_candidate", "MIN_DOCUMENTS", "MIN_SHARE",
           "UNIT_MIN_LETTERS", "UNIT_MAX_WORDS", "SHORT_UNIT_MAX_WORDS", "SHORT_MIN_SHARE", "STEP_ID",
           "RELATED_TITLE_MIN_WORDS", "RELATED_TITLE_MIN_PAGES", "MIN_PAGES_TO_LEARN", "title_key"]

STEP_ID = "boilerplate.repeated"
# The removals of earlier steps whose text counts as standing on its page (:func:`removed_keys`):
# boilerplate rules, not the metadata steps (they run after this one) nor the repairs.
REMOVAL_REASON_PREFIX = "boilerplate."

# --- thresholds ------------------------------------------------------------------------
# A unit is furniture in its group when it stands in at least MIN_DOCUMENTS of the group's
# documents AND in at least MIN_SHARE of them.  The count keeps a small group (the five
# seeds of five sites in one folder) from learning anything; the share keeps content that a
# few articles of a site share (a background paragraph repeated in a series, a quote) from
# being taken for furniture: a site's promo, menu and footer stand on nearly every page
# (106 of 106 in the example), a shared background sentence on a few.  A promo that
# rotates among three variants still reaches a third of the pages.
MIN_DOCUMENTS = 5
MIN_SHARE = 0.3
# Units with fewer letters are numbers, bullets or initials, never learned.
UNIT_MIN_LETTERS = 3
# A unit of one or two words must stand on at least SHORT_MIN_SHARE of the group's pages: a
# site's menu item or label stands on nearly all, while a dateline city ("Астана.") or a
# one-word subheading of a series stands on a part of them.
SHORT_UNIT_MAX_WORDS = 2
SHORT_MIN_SHARE = 0.5
# Furniture is short: a promo, a menu, a disclaimer.  A longer unit is a paragraph of content
# even when repeated (the longest furniture line of the test sites has 14 words; the phrase
# lists' longest notice, 22).
UNIT_MAX_WORDS = 40
# A page's own title printed as a line of another page of its group is a link to that page (a
# related list, a teaser, "Читайте также"): two pages are evidence enough, where a repeated line
# needs MIN_DOCUMENTS (four pages cannot tell a promo from a quote repeated through a series, but
# a headline standing on a second page is a link whatever the group's size).  A title of fewer
# words is a subheading-sized phrase ("Итоги года") that another article may carry as its own.
RELATED_TITLE_MIN_WORDS = 3
# A title is a link when at least this many pages of the group other than those titled with it
# print it (pages of a series that share one headline print it as their own title only).
RELATED_TITLE_MIN_PAGES = 1
# The fewest pages a group learns anything from: a title printed on another page needs two.
MIN_PAGES_TO_LEARN = min(MIN_DOCUMENTS, 1 + RELATED_TITLE_MIN_PAGES)

# Groups whose key names the site (a url's host, a site field): sites are recovered only inside
# a folder or a file, where nothing names them (corpusclean/furniture/sites.py).
NAMED_GROUPS = ("host:", "site:")

_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
# A unit that ends in a comma, semicolon, colon-less dash or "и"-style continuation leads into
# content: "Напомним,", a row of figures "в городе Нур-Султан - 62,".
_CONTINUES = regex.compile(r"[,;–—-]\s*$")
# A unit that is a quotation from its opening mark to its closing one is content, even when
# a site repeats it: «Партия — это прежде всего люди».
_WHOLE_QUOTE = regex.compile(r"^\s*(?:«[^«»]*»|\"[^\"]*\"|“[^“”]*”|„[^„“]*“)[.!?…]?\s*$")


def is_candidate(text: str) -> bool:
    """Whether a unit may be furniture at all (content guards, before any counting).

    >>> [is_candidate(t) for t in ("Напомним,", "«Партия — это прежде всего люди»", "12", "Реклама")]
    [False, False, False, True]
    """
    if len(_LETTER.findall(text)) < UNIT_MIN_LETTERS:
        return False
    if len(_WORD.findall(text)) > UNIT_MAX_WORDS:
        return False
    if _CONTINUES.search(text) or _WHOLE_QUOTE.match(text):
        return False
    return True


def candidate_keys(text: str) -> set[str]:
    """The distinct normalised candidate units of a text, and the openings of its long
    lines (marked with :data:`~.edges.OPENING_MARK`)."""
    keys = _unit_keys(text)
    keys.update(opening_keys(text))
    return keys


def _unit_keys(text: str) -> set[str]:
    """The keys of the candidate units of ``text`` and of their tails (:func:`~.units.unit_tails`)."""
    keys = set()
    for u in text_units(text):
        if is_candidate(u.text):
            keys.add(unit_key(u.text))
            keys.update(key for start, key in unit_tails(u) if is_candidate(text[start:u.end]))
    keys.discard("")
    return keys


def removed_texts(edits: Iterable) -> list[str]:
    """The text the steps before ``boilerplate.repeated`` removed as furniture (their
    ``boilerplate.*`` removals)."""
    return [e.before for e in edits
            if not e.after.strip() and e.reason.startswith(REMOVAL_REASON_PREFIX) and e.step != STEP_ID]


def stamp_hashes(texts: Iterable[str]) -> set[int]:
    """The hashes of the candidate titles beside the numeric date stamps of ``texts``
    (:func:`~.units.stamp_sides`): where a page prints other pages' titles in rows run together."""
    return {unit_hash(side.key) for text in texts for side in stamp_sides(text)}


def removed_keys(edits: Iterable) -> set[str]:
    """The candidate units of the text the steps before ``boilerplate.repeated`` removed as
    furniture (their ``boilerplate.*`` removals): a site's line stands on its page even where
    a rule already took it out.  Counted with the units left in, a line that the phrase and
    zone rules remove on some pages (a comment form under a comment thread, a notice under a
    related list) and leave on others still shows on every page that prints it; counting only
    what was left, it stood on too few pages to be learned, and stayed where no rule saw it."""
    keys: set[str] = set()
    for before in removed_texts(edits):
        keys.update(_unit_keys(before))
    return keys


def title_key(title: str | None) -> str | None:
    """The key a page's title is counted under as a possible related link, or None when the
    title cannot be one (too short, or not a candidate unit: a whole quote, a number)."""
    if not title or not is_candidate(title):
        return None
    key = unit_key(title)
    return key if len(_WORD.findall(key)) >= RELATED_TITLE_MIN_WORDS else None


class FurnitureLearner:
    """Counts, per group, the documents each unit stands in; keeps, per document of a folder
    or file group, the hashes of its units (8 bytes a unit), from which the sites of a group
    that mixes several are recovered (:mod:`.sites`)."""

    def __init__(self) -> None:
        self.documents: dict[str, int] = {}
        self.counts: dict[str, dict[int, int]] = {}
        self.texts: dict[str, dict[int, str]] = {}
        self.pages: dict[str, list[array]] = {}
        # per group: for each title hash, the pages titled with it that print it as a unit too
        # (their own headline line); and the text of the titles another page prints
        self.titles: dict[str, dict[int, int]] = {}
        self.linked: dict[str, dict[int, str]] = {}
        # per group: the pages that print a title beside a date stamp (rows run together) and
        # the text of every page's title (to name a title only such rows print)
        self.stamped: dict[str, dict[int, int]] = {}
        self.title_texts: dict[str, dict[int, str]] = {}

    def add(self, group: str | None, text: str, title: str | None = None) -> None:
        if group is None:
            return
        self.add_keys(group, candidate_keys(text), title_key(title), stamp_hashes([text]))

    def add_keys(self, group: str | None, keys: Iterable[str], title: str | None = None,
                 stamped: Iterable[int] = ()) -> None:
        """:meth:`add` for a text's :func:`candidate_keys` and its :func:`title_key`, found
        elsewhere (in a worker)."""
        if group is None:
            return
        self.documents[group] = self.documents.get(group, 0) + 1
        counts = self.counts.setdefault(group, {})
        texts = self.texts.setdefault(group, {})
        titles = self.titles.setdefault(group, {})
        linked = self.linked.setdefault(group, {})
        keys = sorted(set(keys))
        own = unit_hash(title) if title else None
        if own is not None and counts.get(own) and own not in linked:
            linked[own] = title  # an earlier page printed this page's title
        hashes = []
        prints_own = False  # the page's own headline line is one of its units
        for key in keys:
            h = unit_hash(key)
            hashes.append(h)
            prints_own = prints_own or h == own
            if h != own and h in titles and h not in linked:
                linked[h] = key  # this page prints an earlier page's title
            c = counts.get(h, 0) + 1
            counts[h] = c
            if c == MIN_DOCUMENTS:
                texts[h] = key  # only units that may become furniture keep their text
        if own is not None:
            titles[own] = titles.get(own, 0) + prints_own
            self.title_texts.setdefault(group, {}).setdefault(own, title)
        beside = self.stamped.setdefault(group, {})
        for h in set(stamped) - set(hashes) - {own}:
            beside[h] = beside.get(h, 0) + 1
        if not group.startswith(NAMED_GROUPS):  # only a folder or file may mix sites
            self.pages.setdefault(group, []).append(array("Q", sorted(hashes)))

    def model(self) -> FurnitureModel:
        groups = {}
        for group in sorted(self.documents):
            n = self.documents[group]
            counts = self.counts.get(group, {})
            texts = self.texts.get(group, {})
            furniture, openings = _learned(counts, texts, n)
            # a page's title is no furniture, however many pages list it: where more pages print
            # it than take it for their own headline, it is a link to those pages (the related
            # table, which keeps it on its own page); a line that most of its pages take for
            # their headline is the site's masthead or subtitle, and stays furniture
            titled = self.titles.get(group, {})
            own = {h for h, t in titled.items() if 0 < t < counts.get(h, 0) - t}
            # nor is the end of a title (a unit's tail, .units.unit_tails: "Выборы в | Мажилис
            # 2023: ..." where a list prints the title on many pages), unless many pages take
            # that title for their own headline (a masthead)
            own |= _suffixes(self.title_texts.get(group, {}), {h for h, t in titled.items() if t < MIN_DOCUMENTS} | own)
            furniture = {k: c for k, c in furniture.items() if unit_hash(k) not in own}
            data = {"documents": n, "furniture": furniture, "openings": openings}
            related = self._related(group)
            if related:
                data["related"] = related
            sites = self._sites(group, n, counts, texts)
            if sites:
                sizes = []
                for members in sites:
                    site_counts: dict[int, int] = {}
                    for index in members:
                        for h in self.pages[group][index]:
                            if h in texts:
                                site_counts[h] = site_counts.get(h, 0) + 1
                    site_furniture, site_openings = _learned(site_counts, texts, len(members))
                    # the counts written are the group's, like those of the group's own furniture
                    furniture.update({k: counts[unit_hash(k)] for k in site_furniture if unit_hash(k) not in own})
                    openings.update({k: counts[unit_hash(OPENING_MARK + k)] for k in site_openings})
                    sizes.append(len(members))
                data["sites"] = sorted(sizes, reverse=True)
            groups[group] = data
        thresholds = {"min_documents": MIN_DOCUMENTS, "min_share": MIN_SHARE,
                      "unit_min_letters": UNIT_MIN_LETTERS, "unit_max_words": UNIT_MAX_WORDS,
                      "short_unit_max_words": SHORT_UNIT_MAX_WORDS, "short_min_share": SHORT_MIN_SHARE,
                      "edge_min_words": EDGE_MIN_WORDS, "edge_max_words": EDGE_MAX_WORDS,
                      "edge_dominance": EDGE_DOMINANCE, "site_cooccurrence": SITE_COOCCURRENCE,
                      "site_min_units": SITE_MIN_UNITS, "site_min_coverage": SITE_MIN_COVERAGE,
                      "site_max_units_per_document": SITE_MAX_UNITS_PER_DOCUMENT}
        return FurnitureModel(groups, thresholds)

    def _related(self, group: str) -> dict[str, int]:
        """The titles of the group's pages that other pages of it print, each with the number
        of those other pages (see RELATED_TITLE_MIN_PAGES)."""
        counts, titles = self.counts.get(group, {}), self.titles.get(group, {})
        beside, texts = self.stamped.get(group, {}), self.title_texts.get(group, {})
        out = {}
        for h, key in self.linked.get(group, {}).items():
            others = counts.get(h, 0) - titles.get(h, 0) + beside.get(h, 0)
            if others >= RELATED_TITLE_MIN_PAGES:
                out[key] = others
        for h in sorted(titles):  # titles printed only beside a date, in rows run together
            if h not in self.linked.get(group, {}) and beside.get(h, 0) >= RELATED_TITLE_MIN_PAGES:
                out[texts[h]] = counts.get(h, 0) - titles.get(h, 0) + beside[h]
        return out

    def _sites(self, group: str, n: int, counts: dict[int, int], texts: dict[int, str]) -> list[list[int]]:
        """The recovered sites of ``group`` with at least MIN_DOCUMENTS pages, the group itself
        excepted (the evidence: units of MIN_DOCUMENTS pages or more, under the group's share)."""
        if group.startswith(NAMED_GROUPS):
            return []  # a url's host or a site field names the site: nothing to recover
        evidence = [h for h, key in texts.items() if counts[h] < MIN_SHARE * n and _evidence(key)]
        sites = recover_sites(self.pages.get(group, []), counts, evidence)
        sites = [members for members in sites if MIN_DOCUMENTS <= len(members) < n]
        if sum(map(len, sites)) < SITE_MIN_COVERAGE * n:
            return []
        return sites


def _suffixes(texts: dict[int, str], titles: set[int]) -> set[int]:
    """The hashes of every word-final part of the keys of ``titles`` (hash -> key in ``texts``)."""
    out: set[int] = set()
    for h in titles:
        key = texts.get(h)
        if key:
            words = key.split(" ")
            out.update(unit_hash(unit_key(" ".join(words[i:]))) for i in range(1, len(words)))
    return out


def _evidence(key: str) -> bool:
    """Whether a frequent key may show a site (:mod:`.sites`): a unit, or a line opening of
    EDGE_MIN_WORDS words (one per opening line, so a menu run into the headline of a page
    joined with spaces counts once, not once per length)."""
    if key.startswith(CAPITAL_MARK):
        return False
    if key.startswith(OPENING_MARK):
        return len(key[len(OPENING_MARK):].split(" ")) == EDGE_MIN_WORDS
    return True


def _learned(counts: dict[int, int], texts: dict[int, str], n: int) -> tuple[dict[str, int], dict[str, int]]:
    """(furniture, openings) of ``n`` documents with these unit counts: the thresholds above."""
    frequent = {texts[h]: c for h, c in counts.items()
                if c >= MIN_DOCUMENTS and c >= MIN_SHARE * n and h in texts}
    furniture = {k: c for k, c in frequent.items() if not k.startswith((OPENING_MARK, CAPITAL_MARK))
                 and (len(_WORD.findall(k)) > SHORT_UNIT_MAX_WORDS or c >= SHORT_MIN_SHARE * n)}
    opening_counts = {k[len(OPENING_MARK):]: c for k, c in frequent.items() if k.startswith(OPENING_MARK)}
    capital = {k[len(CAPITAL_MARK + OPENING_MARK):]: c for k, c in frequent.items() if k.startswith(CAPITAL_MARK)}
    return furniture, chain_ends(opening_counts, capital)


def page_title(doc, config=None) -> str | None:
    """The document's title as ``boilerplate.repeated`` sees it: the known title (a scraper's
    field, front matter, HTML), else the headline line the page analysis finds."""
    known = doc.meta.get("title") or None
    if known:
        return known
    from ..boilerplate.analysis import analyse

    lay = analyse(doc.text, None, getattr(config, "reference_date", None) if config is not None else None)
    return lay.lines[lay.title].text if lay.title is not None else None


def steps_before_furniture(pipeline) -> list | None:
    """The pipeline's steps that run before ``boilerplate.repeated``, or None without it."""
    ids = [s.id for s in pipeline.steps]
    if STEP_ID not in ids:
        return None
    return pipeline.steps[:ids.index(STEP_ID)]


def _identity(doc) -> bytes:
    """A digest of a document as it was read (before any step): the learning pass and the
    cleaning pass read the same input to the same document, or the prepared state is not used."""
    state = (doc.raw_sha256, doc.input_text, doc.text, doc.source, doc.meta, doc.metadata, doc.edits,
             doc.entities, doc.rejection)
    return hashlib.blake2b(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL), digest_size=16).digest()


class PreparedStore:
    """The learning pass's documents as the steps before ``boilerplate.repeated`` left them,
    on disk (an anonymous temporary file: memory stays flat) in input order, so that the
    cleaning pass goes on from there instead of running those steps a second time.

    The cleaning pass reads the inputs again; a document is resumed only when it was read
    to the very same document (:func:`_identity`: source, input, text, fields) and the
    pipeline's first steps are the very step objects that prepared it.  The steps are
    deterministic, so the resumed state is the one they would produce again: the output is
    the same bytes (tests/test_expected_output.py runs the command line, which uses this).
    """

    def __init__(self, prefix: list) -> None:
        self.prefix = tuple(prefix)
        self.step_ids = tuple(s.id for s in self.prefix)
        self._file = tempfile.TemporaryFile(prefix="corpusclean_prepared_")
        self.count = 0

    def add(self, record: tuple | None) -> None:
        """One document's ``(identity, text, edits, meta, entities)``, or None (not prepared)."""
        pickle.dump(record, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def attach(self, documents: Iterable, pipeline) -> Iterator:
        """The documents, each with ``prepared`` set where the stored state applies."""
        try:
            usable = len(pipeline.steps) >= len(self.prefix) and all(
                a is b for a, b in zip(self.prefix, pipeline.steps))
            self._file.seek(0)
            left = self.count
            for doc in documents:
                record = None
                if usable and left:
                    record = pickle.load(self._file)
                    left -= 1
                if record is not None and doc.rejection is None and record[0] == _identity(doc):
                    doc.prepared = (self.step_ids, *record[1:])
                yield doc
        finally:
            self.close()

    def close(self) -> None:
        self._file.close()


def learn_model(items: Iterable, config=None, pipeline=None, jobs: int = 1,
                keep: PreparedStore | None = None) -> FurnitureModel:
    """Learn a model from documents (paths, texts or Documents, as :meth:`Pipeline.run`
    takes them), each seen as ``boilerplate.repeated`` will see it.  ``keep``: a
    :class:`PreparedStore` (made with :func:`prepared_store`) that keeps those states for
    the cleaning pass."""
    from ..inputs import documents_from_objects
    from ..pipeline import Pipeline

    from ..parallel import ordered_map

    pipeline = pipeline or Pipeline(config=config)
    prefix = steps_before_furniture(pipeline)
    if prefix is None:
        prefix = list(pipeline.steps)
    keeping = keep is not None and tuple(prefix) == keep.prefix
    learner = FurnitureLearner()

    def prepared(doc):
        """(group, candidate keys, prepared state) of the document as boilerplate.repeated
        will see it, or None."""
        from ..interrupts import raise_if_interrupted

        if doc.rejection is not None:
            return None
        identity = _identity(doc) if keeping else None
        for step in prefix:
            try:
                step(doc)
            except Exception:  # the cleaning pass reports it; here the document just does not count
                raise_if_interrupted()
                doc.reject("internal.step_failed")
            if doc.rejection is not None:
                return None
        state = (identity, doc.text, doc.edits, doc.meta, doc.entities) if keeping else None
        group = group_of(doc)
        if group is None:
            return group, (), state, None, ()
        # the units are found here, in the worker with jobs > 1; the main process only counts
        keys = candidate_keys(doc.text) | removed_keys(doc.edits)
        stamped = stamp_hashes([doc.text, *removed_texts(doc.edits)])
        return group, keys, state, title_key(page_title(doc, pipeline.config)), stamped

    # The steps run in worker processes with jobs > 1 (corpusclean/parallel.py); the counts
    # are added here, in input order, so the model is the same for any number of jobs.
    # The workers of this pass need the resources of the steps before boilerplate.repeated
    # only (loaded here before they fork); the rest (language models, dictionaries: most of
    # the start-up time) loads in this process while they work, ready for the cleaning pass;
    # then this process joins them (one worker fewer), so that no core waits for the loading.
    loading = _BackgroundLoad(pipeline)
    for item in ordered_map(prepared, documents_from_objects(items, pipeline.config), jobs,
                            warm_up=lambda: _load_steps(prefix), started=loading.start, joins=loading.done):
        if item is not None:
            learner.add_keys(item[0], item[1], item[3], item[4])
        if keeping:
            keep.add(item[2] if item is not None else None)
    loading.join()
    return learner.model()


def _load_steps(steps) -> None:
    """Load the resources of ``steps`` (their setup, and what they load on first use: the
    pipeline's warm-up text run through them)."""
    from ..document import Document
    from ..pipeline import _WARM_UP_TEXT

    doc = Document(_WARM_UP_TEXT, source={"path": "<warm-up>"})
    for step in steps:
        step.ensure_setup()
        if doc.rejection is None:
            step(doc)


class _BackgroundLoad:
    """``pipeline.load()`` in a thread of the main process, started once the learning pass's
    workers exist; :meth:`join` waits for it (a failure there is left to the cleaning pass,
    whose own warm-up meets it again in the main thread)."""

    def __init__(self, pipeline) -> None:
        self.pipeline = pipeline
        self.thread = None

    def start(self) -> None:
        import threading

        def load() -> None:
            try:
                self.pipeline.load()
            except BaseException:  # noqa: BLE001 - reported by the cleaning pass's warm-up
                pass

        self.thread = threading.Thread(target=load, name="corpusclean-load", daemon=True)
        self.thread.start()

    def done(self) -> bool:
        """Whether the loading has finished (this process is free for other work)."""
        return self.thread is not None and not self.thread.is_alive()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None


def prepared_store(pipeline) -> PreparedStore | None:
    """A store for :func:`learn_model` to keep the learning pass's documents in, for the
    cleaning pass of ``pipeline`` (None when it has no ``boilerplate.repeated``)."""
    prefix = steps_before_furniture(pipeline)
    return PreparedStore(prefix) if prefix else None
