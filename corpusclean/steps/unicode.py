"""``unicode.ftfy``: repair mojibake and broken Unicode with ftfy, one edit per repair.

ftfy fixes text segment by segment (a line at a time), so this step runs
``ftfy.fix_and_explain`` on each line and logs what changed as a minimal diff, with a
reason code taken from ftfy's own explanation: ``unicode.mojibake`` for an
encode/decode repair (for example UTF-8 read as cp1251), ``unicode.<fix>`` for the
other fixes (``unicode.fix_latin_ligatures``, ``unicode.fix_character_width``, ...).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from ..document import Document
from ..edits import Change, minimal_changes
from . import Fixer, register


def _ranges(codepoints: Iterable[int]) -> str:
    """A character class body (stdlib ``re``) with runs of code points as ranges: a class of
    hundreds of single members costs far more per character than a few ranges."""
    points = sorted(set(codepoints))
    parts, i = [], 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = points[i], points[j]
        parts.append(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        i = j + 1
    return "".join(parts)


def _trigger_pattern(chardata) -> re.Pattern:
    """Characters that some ftfy fix we run acts on, besides mojibake and normalization:
    ``&`` (HTML entities), ESC (terminal escapes), C1 controls, Latin ligatures,
    full/half-width forms and surrogates.  A line with none of them, that ftfy's own
    badness check passes and that is already normalized, comes out of
    ``fix_and_explain`` unchanged, so ftfy need not run on it (the same bytes, faster)."""
    points = {ord("&"), 0x1B, *range(0x80, 0xA0), *range(0xD800, 0xE000)}
    points.update(chardata.LIGATURES)
    points.update(chardata.WIDTH_MAP)
    return re.compile(f"[{_ranges(points)}]")


def _reason(explanation) -> str:
    actions = [step[0] for step in explanation or ()]
    if "encode" in actions or "decode" in actions or "transcode" in actions:
        return "unicode.mojibake"
    names = [step[1] for step in explanation or () if step[0] in ("apply", "normalize")]
    if not names:
        return "unicode.ftfy"
    return "unicode." + ("normalize" if names[0] in ("NFC", "NFKC", "NFD", "NFKD") else names[0])


@register
class UnicodeRepair(Fixer):
    id = "unicode.ftfy"
    version = "1"
    description = "Repair mojibake (UTF-8 read as cp1251, latin-1, ...) and broken Unicode with ftfy."
    reasons = ("unicode.mojibake", "unicode.fix_latin_ligatures", "unicode.fix_character_width",
               "unicode.remove_terminal_escapes", "unicode.fix_c1_controls", "unicode.normalize", "unicode.ftfy")
    # Quotes are text, not damage: «», “” and "" all occur in Russian and Kazakh news and
    # the party matcher reads them, so uncurl_quotes is off.  Control characters, line
    # breaks and spaces belong to space.normalize, which explains each of them.
    defaults = {
        "fix_encoding": True,
        "unescape_html": "auto",
        "fix_latin_ligatures": True,
        "fix_character_width": True,
        "uncurl_quotes": False,
        "normalization": "NFC",
    }
    # ftfy's own choices (checked when the pipeline is built, not on the first document).
    setting_choices = {"unescape_html": ("auto", True, False), "normalization": ("NFC", "NFKC", "NFD", "NFKD", None)}

    def setup(self) -> None:
        import ftfy

        self._ftfy = ftfy
        self._config = ftfy.TextFixerConfig(
            fix_encoding=self.settings["fix_encoding"],
            unescape_html=self.settings["unescape_html"],
            fix_latin_ligatures=self.settings["fix_latin_ligatures"],
            fix_character_width=self.settings["fix_character_width"],
            uncurl_quotes=self.settings["uncurl_quotes"],
            normalization=self.settings["normalization"],
            fix_line_breaks=False,
            remove_control_chars=False,
            explain=True,
        )
        from ftfy import chardata
        from ftfy.badness import is_bad

        self._triggers = _trigger_pattern(chardata)
        self._is_bad = is_bad
        self._normal_form = self.settings["normalization"]

    def _unchanged_by_ftfy(self, line: str) -> bool:
        """True when ftfy would return ``line`` as it is (see :func:`_trigger_pattern`)."""
        if self._triggers.search(line) or self._is_bad(line):
            return False
        return self._normal_form is None or unicodedata.is_normalized(self._normal_form, line)

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        if text.isascii():
            return
        offset = 0
        for line in text.split("\n"):
            if not line.isascii() and not self._unchanged_by_ftfy(line):
                fixed, explanation = self._ftfy.fix_and_explain(line, config=self._config)
                if fixed != line:
                    reason = _reason(explanation)
                    for ch in minimal_changes(line, fixed):
                        yield Change(ch.start + offset, ch.end + offset, ch.after, reason)
            offset += len(line) + 1
