"""Text repair steps: look-alike letters, spacing, glued words, misspellings.

Each is a separate, optional step; every change is an edit with a reason code, so
``corpusclean explain`` shows what was repaired and why.  The algorithms live in
:mod:`corpusclean.repair` (see docs/repair.md for what each rule does and the measured
false-change rate).  Runs of spaces, no-break spaces, zero-width characters and soft
hyphens are ``space.normalize``'s; mojibake is ``unicode.ftfy``'s.

Language: ``repair.glued`` and ``repair.typos`` consult a Russian dictionary only where
the text is Russian: paragraphs that ``lang.detect`` marked as Russian
(``doc.meta["paragraph_langs"]``), and never in a sentence that holds a Kazakh-only
letter (the check that also works without ``lang.detect``); their Kazakh rules consult
the Kazakh lexicon only in Kazakh paragraphs.
"""

from __future__ import annotations

from typing import Iterable

from ..document import Document
from ..edits import Change
from . import Fixer, register


def _context(text: str, doc: Document):
    """The repair context (protected spans, language facts) of ``text``.

    Built once per text: the four repair steps run back to back and most documents need no
    repair, so the text object stays the same and the context (about 1 ms per article) is
    reused; any edit gives ``doc.text`` a new object, and the context is built anew."""
    from ..repair.context import Context

    spans = doc.meta.get("paragraph_langs")
    cached = getattr(doc, "_repair_context", None)
    if cached is not None and cached[0] is text and cached[1] is spans:
        return cached[2]
    ctx = Context(text, doc)
    doc._repair_context = (text, spans, ctx)  # type: ignore[attr-defined]
    return ctx


class _RepairStep(Fixer):
    """A repair step: one rule module, one on/off setting per reason code.

    ``switches`` maps each reason code to the setting that turns it on; by default the
    setting is the code's last part (``repair.spacing.after`` -> ``after``).
    """

    switches: dict[str, str] = {}
    uses_dictionary = False  # load pymorphy3 and the frequency list in setup()

    def setup(self) -> None:
        if self.uses_dictionary:
            from ..repair import lexicon

            from ..repair import kazakh

            lexicon.morph()
            lexicon.zipf("и")
            lexicon.protected_tokens()
            kazakh.stems()

    def rule_changes(self, text: str, ctx) -> Iterable[Change]:
        raise NotImplementedError

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        on = {r: bool(self.settings.get(self.switches.get(r, r.rsplit(".", 1)[1]), True)) for r in self.reasons}
        return [c for c in self.rule_changes(text, _context(text, doc)) if on.get(c.reason, True)]


@register
class Homoglyphs(_RepairStep):
    id = "repair.homoglyphs"
    version = "2"
    description = ("Fold Latin look-alike letters inside Cyrillic words to Cyrillic (пaртия -> партия) "
                   "and Cyrillic look-alikes inside Latin words to Latin; a hyphen ends a word, and a "
                   "Latin word glued to a capitalised Cyrillic one (Zakon.kzНа) is two words, left alone.")
    reasons = ("repair.homoglyphs.cyrillic", "repair.homoglyphs.latin")
    defaults = {"to_cyrillic": True, "to_latin": True}
    switches = {"repair.homoglyphs.cyrillic": "to_cyrillic", "repair.homoglyphs.latin": "to_latin"}

    def rule_changes(self, text, ctx):
        from ..repair.homoglyphs import homoglyph_changes

        return homoglyph_changes(text, ctx)


@register
class Spacing(_RepairStep):
    id = "repair.spacing"
    version = "4"
    description = ("Missing space after sentence punctuation, a comma or a colon (года.Однако, граждан,а также, "
                   "итоги:рост), spaces before "
                   "punctuation and inside «quotes» and (brackets); abbreviations, URLs, decimals and "
                   "times stay.")
    reasons = ("repair.spacing.after", "repair.spacing.before", "repair.spacing.inside")
    defaults = {"after": True, "before": True, "inside": True}

    def rule_changes(self, text, ctx):
        from ..repair.spacing import spacing_changes

        return spacing_changes(text, ctx)


@register
class Glued(_RepairStep):
    id = "repair.glued"
    version = "3"
    description = ("Split words run together when both parts are known words: Russian (принятиебюджета -> "
                   "принятие бюджета, Вгороде -> В городе, Наслужбе -> На службе, ЧжанМин -> Чжан Мин) and "
                   "Kazakh (әскерқатарына -> әскер қатарына); never known CamelCase names, registry names or compounds.")
    reasons = ("repair.glued.words", "repair.glued.function_word", "repair.glued.case", "repair.glued.kazakh")
    defaults = {"words": True, "function_word": True, "case": True, "kazakh": True}
    uses_dictionary = True

    def rule_changes(self, text, ctx):
        from ..repair.glued import glued_changes

        return glued_changes(text, ctx)


@register
class Typos(_RepairStep):
    id = "repair.typos"
    version = "3"
    description = ("Correct an unknown lower-case Russian word one or two likely slips from a clearly best, "
                   "common word (колличество -> количество, помагают -> помогают; a capitalised sentence opener too: "
                   "Делигация прибыла), and an unknown Kazakh "
                   "word one dropped letter or swap from a single known word (маңзды -> маңызды); never "
                   "names, capitalised Russian, Latin-script or mixed-script words.")
    reasons = ("repair.typos", "repair.typos.kazakh")
    defaults = {"kazakh": True}
    uses_dictionary = True

    def rule_changes(self, text, ctx):
        from ..repair.typos import typo_changes

        return typo_changes(text, ctx)
