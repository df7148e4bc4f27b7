"""The furniture model file: what each site (group of documents) repeats.

A plain, sorted, diffable JSON file (written atomically)::

    {
      "format": "corpusclean-furniture",
      "version": 1,
      "thresholds": {"min_documents": 5, "min_share": 0.3, ...},
      "groups": {
        "host:example.kz": {"documents": 106,
                            "furniture": {"подписывайтесь на наш telegram-канал": 106, ...},
                            "openings": {"главная новости регионы": 104}},
        "folder:pages/site_b": {"documents": 24, "furniture": {}, "openings": {}},
        "folder:dumps": {"documents": 30, "furniture": {...}, "openings": {...}, "sites": [6, 6, 6, 6, 6]}
      }
    }

``related`` (only in a group where some page prints the title of another page of it: a
related list, a teaser) maps each such title's key to the number of other pages printing it;
those lines are removed from every page but the one the title is its own headline of.
``sites`` (only in a group that mixes several sites: one folder or file of several sites'
dumps, :mod:`.sites`) lists the page counts of the sites recovered inside the group, whose
furniture is learned within each site and listed with the group's.  A file without it (written
before) reads the same.  ``furniture`` maps each furniture unit's normalised text (:func:`~.units.unit_key`) to the
number of the group's documents it stands in, ``openings`` each learned line opening
(:mod:`.edges`) likewise; no other article text is stored.  The
model's identity is the sha256 of that canonical JSON (:attr:`FurnitureModel.digest`),
which each record's ``pipeline`` names.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ..atomic import atomic_writer
from ..config import ConfigError
from .edges import OPENING_MARK
from .units import unit_hash

__all__ = ["FurnitureModel", "ModelError", "MODEL_FORMAT", "MODEL_VERSION", "load_model"]

MODEL_FORMAT = "corpusclean-furniture"
MODEL_VERSION = 1


class ModelError(ConfigError):
    """A furniture model file is missing, unreadable or not in this format."""


@dataclass
class FurnitureModel:
    """Per group: its document count and its furniture units with their document counts."""

    groups: dict[str, dict] = field(default_factory=dict)
    thresholds: dict = field(default_factory=dict)
    _hashes: dict[str, frozenset] = field(default_factory=dict, repr=False, compare=False)
    _all: frozenset | None = field(default=None, repr=False, compare=False)
    _related: dict[str, frozenset] = field(default_factory=dict, repr=False, compare=False)
    _all_related: frozenset | None = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        self._hashes = {g: frozenset([unit_hash(k) for k in data.get("furniture", {})]
                                     + [unit_hash(OPENING_MARK + k) for k in data.get("openings", {})])
                        for g, data in self.groups.items()}
        self._related = {g: frozenset(unit_hash(k) for k in data.get("related", {})) for g, data in self.groups.items()}

    # --- lookup -------------------------------------------------------------------------
    def furniture_hashes(self, group: str | None) -> frozenset:
        """The furniture of ``group``.  A document of a group the model does not know (a
        seed folder given by another path, text on stdin) gets the furniture of every group:
        the units are a site's own sentences, so another site's page rarely holds them, and
        a page of the same site scraped into another place loses its furniture."""
        known = self._hashes.get(group) if group is not None else None
        if known is not None:
            return known
        if self._all is None:
            self._all = frozenset().union(*self._hashes.values())
        return self._all

    def related_hashes(self, group: str | None) -> frozenset:
        """The titles of ``group``'s pages that its other pages print (links to them); for a
        group the model does not know, those of every group (as :meth:`furniture_hashes`)."""
        known = self._related.get(group) if group is not None else None
        if known is not None:
            return known
        if self._all_related is None:
            self._all_related = frozenset().union(*self._related.values())
        return self._all_related

    # --- file ---------------------------------------------------------------------------
    def to_dict(self) -> dict:
        groups = {}
        for g in sorted(self.groups):
            data = self.groups[g]
            furniture, opening = data.get("furniture", {}), data.get("openings", {})
            groups[g] = {"documents": int(data.get("documents", 0)),
                         "furniture": {k: int(furniture[k]) for k in sorted(furniture)},
                         "openings": {k: int(opening[k]) for k in sorted(opening)}}
            if data.get("related"):
                groups[g]["related"] = {k: int(data["related"][k]) for k in sorted(data["related"])}
            if data.get("sites"):
                groups[g]["sites"] = sorted((int(x) for x in data["sites"]), reverse=True)
        return {"format": MODEL_FORMAT, "version": MODEL_VERSION,
                "thresholds": {k: self.thresholds[k] for k in sorted(self.thresholds)}, "groups": groups}

    def to_json(self) -> str:
        """Canonical text: sorted keys, one entry per line, so a diff shows what changed."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]

    def describe(self) -> dict:
        return {"sha256": self.digest, "groups": len(self.groups),
                "units": sum(len(d.get("furniture", {})) + len(d.get("openings", {})) + len(d.get("related", {}))
                         for d in self.groups.values())}

    def save(self, path: str | os.PathLike) -> None:
        """Write atomically: a temporary file beside ``path``, then a rename."""
        with atomic_writer(path, tag="furniture") as fh:
            fh.write(self.to_json().encode("utf-8"))

    @classmethod
    def from_dict(cls, data: Mapping, where: str = "furniture model") -> "FurnitureModel":
        if not isinstance(data, Mapping) or data.get("format") != MODEL_FORMAT:
            raise ModelError(f"{where}: not a corpusclean furniture model (format {MODEL_FORMAT!r} expected)")
        if data.get("version") != MODEL_VERSION:
            raise ModelError(f"{where}: model version {data.get('version')!r}; this corpusclean reads {MODEL_VERSION}")
        groups = data.get("groups")
        if not isinstance(groups, Mapping):
            raise ModelError(f"{where}: 'groups' must be an object")
        clean_groups = {}
        for g, body in groups.items():
            if not isinstance(body, Mapping):
                raise ModelError(f"{where}: group {g!r} must be an object")
            parts = {}
            for part in ("furniture", "openings", "related"):
                table = body.get(part, {})
                if not isinstance(table, Mapping) or not all(
                        isinstance(k, str) and isinstance(v, int) for k, v in table.items()):
                    raise ModelError(f"{where}: group {g!r} needs '{part}': {{unit text: document count}}")
                parts[part] = dict(table)
            sites = body.get("sites", [])
            if not isinstance(sites, list) or not all(isinstance(x, int) for x in sites):
                raise ModelError(f"{where}: group {g!r}: 'sites' must be a list of document counts")
            if not parts["related"]:
                del parts["related"]  # written only where some page prints another's title
            clean_groups[str(g)] = {"documents": int(body.get("documents", 0)), **parts}
            if sites:
                clean_groups[str(g)]["sites"] = list(sites)
        return cls(clean_groups, dict(data.get("thresholds") or {}))


def load_model(path: str | os.PathLike) -> FurnitureModel:
    """Read a model file; problems raise :class:`ModelError` with a one-line message."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{p}: furniture model not found (make one with 'corpusclean learn')") from None
    except OSError as e:
        raise ModelError(f"{p}: cannot read the furniture model: {e.strerror}") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise ModelError(f"{p}: furniture model is not JSON: {e}") from None
    return FurnitureModel.from_dict(data, str(p))
