"""Text repair steps: look-alike letters, spacing, glued words, misspellings.

Each is a separate, optional step; every change is an edit with a reason code, so
``corpusclean explain`` shows what was repaired and why.  The algorithms live in
:mod:`corpusclean.repair` (see docs/repair.md for what each rule does and the measured
false-change rate).  Runs of spaces, no-break spaces, zero-width characters and soft
hyphens are ``space.normalize``'s; mojibake is ``unicode.ftfy``'s.

Language: ``repair.glued`` and ``repair.typos`` consult a Russian dictionary, so they
act only where the text is Russian: paragraphs that ``lang.detect`` marked as Russian
(``doc.meta["paragraph_langs"]``), and never in a sentence that holds a Kazakh-only
letter (the check that also works without ``lang.detect``).
"""

from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..edits import Change
from . import Fixer, register


def _context(text: str, doc: Document):
    from ..repair.context import Context

    return Context(text, doc)


@register
class Homoglyphs(Fixer):
    id = "repair.homoglyphs"
    version = "1"
    description = ("Fold Latin look-alike letters inside Cyrillic words to Cyrillic (пaртия -> партия) "
                   "and Cyrillic look-alikes inside Latin words to Latin; a hyphen ends a word.")
    reasons = ("repair.homoglyphs.cyrillic", "repair.homoglyphs.latin")
    defaults = {"to_cyrillic": True, "to_latin": True}

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        from ..repair.homoglyphs import homoglyph_changes

        keep = {"repair.homoglyphs.cyrillic": self.settings["to_cyrillic"],
                "repair.homoglyphs.latin": self.settings["to_latin"]}
        return [c for c in homoglyph_changes(text, _context(text, doc)) if keep[c.reason]]


@register
class Spacing(Fixer):
    id = "repair.spacing"
    version = "2"
    description = ("Missing space after sentence punctuation or a comma (года.Однако), spaces before "
                   "punctuation and inside «quotes» and (brackets); abbreviations, URLs, decimals and "
                   "times stay.")
    reasons = ("repair.spacing.after", "repair.spacing.before", "repair.spacing.inside")
    defaults = {"after": True, "before": True, "inside": True}

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        from ..repair.spacing import spacing_changes

        keep = {r: self.settings[r.rsplit(".", 1)[1]] for r in self.reasons}
        return [c for c in spacing_changes(text, _context(text, doc)) if keep[c.reason]]


@register
class Glued(Fixer):
    id = "repair.glued"
    version = "1"
    description = ("Split Russian words run together (принятиебюджета -> принятие бюджета, ЧжанМин -> Чжан Мин) "
                   "when both parts are known words; never known CamelCase names, registry names or "
                   "Kazakh text.")
    reasons = ("repair.glued.words", "repair.glued.function_word", "repair.glued.case")
    defaults = {"words": True, "function_word": True, "case": True}

    def setup(self) -> None:
        from ..repair import lexicon

        lexicon.morph()
        lexicon.zipf("и")
        lexicon.protected_tokens()

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        from ..repair.glued import glued_changes

        keep = {r: self.settings[r.rsplit(".", 1)[1]] for r in self.reasons}
        return [c for c in glued_changes(text, _context(text, doc)) if keep[c.reason]]


@register
class Typos(Fixer):
    id = "repair.typos"
    version = "1"
    description = ("Correct an unknown lower-case Russian word one edit away from a single, much more "
                   "frequent word (колличество -> количество); never names, capitalised, "
                   "Latin-script or Kazakh words.")
    reasons = ("repair.typos",)
    defaults = {}

    def setup(self) -> None:
        from ..repair import lexicon

        lexicon.morph()
        lexicon.zipf("и")
        lexicon.protected_tokens()

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        from ..repair.typos import typo_changes

        return list(typo_changes(text, _context(text, doc)))
