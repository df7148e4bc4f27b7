"""``parties.names``: party mentions as entities; optionally rewrite their names.

Modes: ``annotate`` (default; the text is not touched), ``canonical`` (each mention
becomes the canonical spelling of the name used, reason ``parties.canonical``) and
``current`` (each mention becomes the organisation's current name, reason
``parties.current``).  Entities carry ``id``, ``name`` (canonical label of the name
used), ``surface``, ``start``/``end`` in the current text and ``kind`` (``name``, or
``derived`` for member nouns and adjectives: нуротановцы, ақжолдықтар); the record adds the
input offsets.  ``derived`` (default true) keeps the derived words; false leaves them out.
The rewrite modes never rewrite a derived word.  ``registry`` names a user JSONL file that extends (``registry_mode``
``extend``) or replaces (``replace``) the built-in registry (docs/parties.md).
"""

from __future__ import annotations

from ..document import Document
from ..edits import Change
from . import Step, StepConfigError, register

MODES = ("annotate", "canonical", "current")


@register
class PartyNames(Step):
    id = "parties.names"
    version = "3"
    kind = "annotator"
    description = ("Party mentions (Russian and Kazakh, every spelling and inflected form) as entities with "
                   "registry ids; optionally rewritten to the canonical or the current name.")
    reasons = ("parties.canonical", "parties.current")
    defaults = {"mode": "annotate", "registry": None, "registry_mode": "extend", "derived": True}

    def __init__(self, config=None, **settings):
        super().__init__(config, **settings)
        if self.settings["mode"] not in MODES:
            raise StepConfigError(f"parties.names: mode {self.settings['mode']!r} is not one of: {', '.join(MODES)}")
        if self.settings["registry_mode"] not in ("extend", "replace"):
            raise StepConfigError(f"parties.names: registry_mode {self.settings['registry_mode']!r} "
                                  "is not one of: extend, replace")
        if not isinstance(self.settings["derived"], bool):
            raise StepConfigError(f"parties.names: derived {self.settings['derived']!r} is not true or false")
        self.matcher = None
        self._registry = None
        if self.settings["registry"] is not None:
            # a user's file is read now, so a bad file fails when the pipeline is built
            from ..parties import RegistryError, load_registry

            try:
                self._registry = load_registry(self.settings["registry"], self.settings["registry_mode"])
            except RegistryError as e:
                raise StepConfigError(f"parties.names: {e}") from None

    def setup(self) -> None:
        from ..parties import Matcher, default_matcher

        self.matcher = default_matcher() if self._registry is None else Matcher(self._registry)

    def describe(self) -> dict:
        return {"id": self.id, "version": self.version, "mode": self.settings["mode"],
                "derived": self.settings["derived"]}

    def process(self, doc: Document) -> None:
        from ..parties import doc_language, rewrite_changes, target_name

        mentions = self.matcher.find(doc.text, doc.meta.get("published"))
        if not self.settings["derived"]:
            mentions = [m for m in mentions if m.kind != "derived"]
        mode = self.settings["mode"]
        before = doc.text
        changes = []
        new_surfaces = []
        if mode != "annotate":
            lang = doc_language(doc.text, doc.meta.get("lang"))
            for m in mentions:
                edits = rewrite_changes(m, mode, lang)
                new = next((t for s, e, t in edits if (s, e) == (m.start, m.end)), None)
                new_surfaces.append((new, target_name(m, mode).label if edits else None))
                changes.extend(Change(s, e, t, f"parties.{mode}") for s, e, t in edits)
        start_index = len(doc.entities)
        doc.entities.extend(m.entity() for m in mentions)
        if changes:
            doc.apply(self.id, changes)
            # the entity describes the output text: the new surface and the name it now carries
            for ent, (new, label) in zip(doc.entities[start_index:], new_surfaces):
                if new is not None:
                    ent["surface"] = new
                if label is not None:
                    ent["name"] = label
        elif doc.text != before:  # pragma: no cover - guarded by construction
            raise RuntimeError("parties.names changed the text in annotate mode")
