"""Rewrite policies: a mention's surface to the canonical spelling of its name
(``canonical``) or to the organisation's current name (``current``).

Policy (docs/parties.md has the examples):

* The language of a mention is Kazakh when it carries a Kazakh suffix, Russian when it
  is a Russian case form, else the form's own language, else the document's language.
* Russian: the target takes the same case as the surface.  Latin-script names and letter
  abbreviations are indeclinable (GRAMMAR §1.4-1.5): ``Нур Отана`` -> ``Nur Otan``.  A
  declinable Cyrillic target is put in the surface's case (``Ақ жола`` -> ``Ак жола``);
  an indeclinable surface gives no case, so the target stays nominative.
* Kazakh: the suffix chain is parsed into morphemes and regenerated after the new stem,
  so the allomorph agrees with the new final sound and harmony (GRAMMAR §3.1):
  ``Nur Otan-ға`` -> ``AMANAT-қа``, ``Нұр Отанның`` -> ``AMANAT-тың``.  Latin names and
  abbreviations take the suffix after a hyphen (GRAMMAR §4.1-4.2), Cyrillic words
  fused (``Жас Отанның`` -> ``Жастар Рухының``).  Names ending in партиясы keep the
  possessive case forms.
* Quotes and surrounding words are not part of a mention and are left as written.
"""

from __future__ import annotations

from .matcher import Mention
from .morph import kk_class, kk_tail, latin_tail, ru_paradigm, tail_orthography
from .registry import Name

__all__ = ["target_name", "rewrite_surface", "rewrite_changes", "mention_language"]


def target_name(m: Mention, mode: str) -> Name:
    if mode == "current":
        cur = m.org.current_name(m.name.kind)
        if cur is not None:
            return cur
    return m.name


def mention_language(m: Mention, doc_lang: str) -> str:
    if m.tail_morphs:
        return "kk"
    if m.case:
        return "ru"
    if m.form.lang in ("ru", "kk"):
        return m.form.lang
    return doc_lang if doc_lang in ("ru", "kk") else "ru"


def _is_latin(s: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in s) and not any("\u0400" <= c <= "\u04ff" for c in s)


def _target_form_modes(name: Name, spelling: str) -> tuple[str, str]:
    for f in name.forms:
        if f.text == spelling:
            return f.ru, f.kk
    if _is_latin(spelling) or name.kind == "abbr":
        return "none", "suffix"
    return ("phrase" if spelling.endswith(("партия", "партиясы")) else "last"), (
        "px3" if spelling.endswith("партиясы") else "suffix")


def rewrite_surface(m: Mention, mode: str, doc_lang: str) -> str | None:
    """The new surface for a mention, or None when it should stay as written (no change
    needed, or the grammar cannot be carried over safely)."""
    target = target_name(m, mode)
    lang = mention_language(m, doc_lang)
    spelling = target.spell[lang]
    ru_mode, kk_mode = _target_form_modes(target, spelling)
    if lang == "ru":
        case = m.case or "nom"
        if m.tail_morphs:
            return None
        new = ru_paradigm(spelling, ru_mode)[case] if ru_mode != "none" else spelling
        return new if new != m.surface else None
    # Kazakh
    if not m.tail_morphs:
        return spelling if spelling != m.surface else None
    # Жастар Рухы ends in the possessive (рух+ы): generate the possessive case forms
    target_px3 = kk_mode in ("px3", "suffix+px3")
    morphs = m.tail_morphs
    if target_px3 and morphs[0] in ("pl", "deriv", "px3"):
        return None  # a possessive stem takes no plural or derivation: leave it as written
    last_word = spelling.split(" ")[-1]
    cls, harmony = kk_class(last_word, abbreviation=target.kind == "abbr")
    tail = kk_tail(morphs, cls, harmony, last_word[-1:].lower(), px3=target_px3)
    orth = tail_orthography(m.tail)
    if orth != "cyrillic":
        tail = latin_tail(tail, orth)  # a suffix keeps the script it was written in
    if m.outer_tail is not None:
        return spelling if spelling != m.surface else None
    joiner = "-" if (_is_latin(spelling) or target.kind == "abbr") else ""
    new = spelling + joiner + tail
    return new if new != m.surface else None


def rewrite_changes(m: Mention, mode: str, doc_lang: str) -> list[tuple[int, int, str]]:
    """The edits for one mention: ``(start, end, new)`` in the text the mention was found
    in.  Usually one (the mention); two when the suffix stands after the closing quote
    (``«Nur Otan»-ға`` -> ``«AMANAT»-қа``), where the quote and hyphen stay as written."""
    if m.kind == "derived":
        return []  # нуротановцы, нұротандықтар: a member word, not a name to respell
    out = []
    new = rewrite_surface(m, mode, doc_lang)
    if new is not None:
        out.append((m.start, m.end, new))
    if m.outer_tail is not None and m.tail_morphs:
        target = target_name(m, mode)
        spelling = target.spell[mention_language(m, doc_lang)]
        _ru, kk_mode = _target_form_modes(target, spelling)
        if not (kk_mode in ("px3", "suffix+px3") and m.tail_morphs[0] in ("pl", "deriv", "px3")):
            last_word = spelling.split(" ")[-1]
            cls, harmony = kk_class(last_word, abbreviation=target.kind == "abbr")
            tail = kk_tail(m.tail_morphs, cls, harmony, last_word[-1:].lower(),
                           px3=kk_mode in ("px3", "suffix+px3"))
            orth = tail_orthography(m.tail)
            if orth != "cyrillic":
                tail = latin_tail(tail, orth)
            s, e = m.outer_tail
            if tail != m.tail:
                out.append((s, e, tail))
        elif new is not None:
            return []  # the new name cannot take this suffix: leave the mention as written
    return out
