"""Party names: a registry of Kazakhstani and co-mentioned foreign parties, a matcher
for every spelling and inflected form in Russian and Kazakh text, and rewrite policies.

>>> [(m.org.id, m.name.label, m.surface) for m in find_mentions("Nur Otan-ға және «Аманат» партиясына")]
[('kz.amanat', 'Nur Otan', 'Nur Otan-ға'), ('kz.amanat', 'AMANAT', 'Аманат')]

The step ``parties.names`` (corpusclean.steps.parties) puts the mentions into
``doc.entities`` and, in the rewrite modes, rewrites them.  See docs/parties.md.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .matcher import Matcher, Mention, doc_language, fold
from .registry import Form, Name, Organisation, Registry, RegistryError, default_registry, load_registry
from .rewrite import mention_language, rewrite_changes, rewrite_surface, target_name

__all__ = ["Registry", "Organisation", "Name", "Form", "RegistryError", "Matcher", "Mention", "load_registry",
           "default_registry", "default_matcher", "find_mentions", "protected_tokens", "rewrite_surface", "rewrite_changes",
           "target_name", "mention_language", "doc_language", "fold"]

_WORD = regex.compile(r"\w+")


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher(default_registry())


def find_mentions(text: str, published=None, registry: Registry | None = None) -> list[Mention]:
    """Party mentions in ``text`` (with the built-in registry unless one is given)."""
    matcher = default_matcher() if registry is None else Matcher(registry)
    return matcher.find(text, published)


@lru_cache(maxsize=1)
def protected_tokens() -> frozenset[str]:
    """Lower-cased word tokens and fused forms of every name in the built-in registry
    (nominatives and Russian case forms): ``нур``, ``отан``, ``нуротан``, ``нуротана``,
    ``amanat`` ...  For text repair, which must not split or join these."""
    out: set[str] = set()
    for _org, _name, form, text, _case in default_registry().surface_forms():
        if form.ru == "phrase" or form.kk in ("px3", "none"):
            continue  # descriptive names (Коммунистическая партия Китая, Party of ...) are ordinary words
        words = _WORD.findall(text.lower())
        out.update(words)
        if len(words) > 1:
            out.add("".join(words))
    return frozenset(out)
