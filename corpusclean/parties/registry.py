"""The party registry: loading, merging a user's file, and validation.

The shipped registry is ``corpusclean/data/parties.jsonl`` (built by
``tools/build_registry.py`` from the researched reference): one JSON object per
organisation, sorted by id.  See ``docs/parties.md`` for the format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from .morph import ru_member_forms, ru_paradigm

__all__ = ["Registry", "Organisation", "Name", "Form", "RegistryError", "load_registry", "default_registry"]

FORM_FLAGS = frozenset({"common", "cue", "period", "cap", "abbr", "latin", "common_latn", "ambiguous", "generic",
                        "derived"})
RU_MODES = frozenset({"none", "last", "phrase"})
KK_MODES = frozenset({"none", "suffix", "px3", "suffix+px3"})
LANGS = frozenset({"ru", "kk", "*"})
KINDS = frozenset({"name", "abbr"})
REF_FIELDS = ("merged_into", "parent", "youth_wing", "successor")


class RegistryError(ValueError):
    """A registry file is malformed or inconsistent; the message names the record."""


@dataclass(frozen=True)
class Form:
    text: str
    lang: str = "*"
    ru: str = "none"
    kk: str = "suffix"
    flags: frozenset[str] = frozenset()
    near: tuple[str, ...] = ()

    @property
    def is_latin(self) -> bool:
        return any("a" <= c.lower() <= "z" for c in self.text) and not any("\u0400" <= c <= "\u04ff" for c in self.text)


@dataclass(frozen=True)
class Name:
    key: str
    label: str
    spell: dict
    kind: str = "name"
    valid_from: str | None = None
    valid_to: str | None = None
    forms: tuple[Form, ...] = ()
    sources: tuple[str, ...] = ()
    # Russian stems of member nouns and adjectives (нуротанов -> нуротановцы, нуротановский);
    # Kazakh ones come from the derivational suffix -лық (нұротандықтар), see morph.py
    derived_ru: tuple[str, ...] = ()

    def derived_forms(self) -> tuple[Form, ...]:
        """One form per Russian member-noun or adjective surface of this name."""
        return tuple(Form(text=t, lang="ru", ru="none", kk="none", flags=frozenset({"derived"}))
                     for stem in self.derived_ru for t in ru_member_forms(stem))


@dataclass(frozen=True)
class Organisation:
    id: str
    names: tuple[Name, ...]
    current: str | None = None
    type: str = "party"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def name(self, key: str) -> Name:
        for n in self.names:
            if n.key == key:
                return n
        raise KeyError(key)

    def current_name(self, kind: str = "name") -> Name | None:
        """The name the organisation carries now (for ``kind``, if it has one of that kind)."""
        if self.current is None:
            return None
        cur = self.name(self.current)
        if kind == cur.kind:
            return cur
        # the abbreviation in use now: the one whose period is open, else the last one listed
        same = [n for n in self.names if n.kind == kind]
        open_ = [n for n in same if not n.valid_to]
        return (open_ or same or [cur])[-1]


class Registry:
    """Organisations by id, validated."""

    def __init__(self, orgs: Iterable[Organisation]):
        self.orgs: dict[str, Organisation] = {}
        for o in orgs:
            self.orgs[o.id] = o
        self.validate()

    def __len__(self) -> int:
        return len(self.orgs)

    def __contains__(self, org_id: str) -> bool:
        return org_id in self.orgs

    def __getitem__(self, org_id: str) -> Organisation:
        return self.orgs[org_id]

    def validate(self) -> None:
        """Unknown id references, duplicate name keys, bad flags and conflicting forms."""
        owners: dict[tuple[str, str], set[str]] = {}
        for o in self.orgs.values():
            keys = [n.key for n in o.names]
            dup = {k for k in keys if keys.count(k) > 1}
            if dup:
                raise RegistryError(f"{o.id}: name key {sorted(dup)[0]!r} appears twice")
            if o.current is not None and o.current not in keys:
                raise RegistryError(f"{o.id}: current name {o.current!r} is not one of its names {keys}")
            for ref in REF_FIELDS:
                target = o.extra.get(ref)
                if target and target not in self.orgs:
                    raise RegistryError(f"{o.id}: {ref} names unknown id {target!r}")
            for n in o.names:
                if n.kind not in KINDS:
                    raise RegistryError(f"{o.id}/{n.key}: kind {n.kind!r} is not one of {sorted(KINDS)}")
                for lang in ("ru", "kk"):
                    if not isinstance(n.spell.get(lang), str) or not n.spell[lang]:
                        raise RegistryError(f"{o.id}/{n.key}: spell.{lang} is missing")
                if n.valid_from and n.valid_to and n.valid_from > n.valid_to:
                    raise RegistryError(f"{o.id}/{n.key}: valid_from {n.valid_from} is after valid_to {n.valid_to}")
                seen_forms = set()
                for f in n.forms:
                    if f.lang not in LANGS or f.ru not in RU_MODES or f.kk not in KK_MODES:
                        raise RegistryError(f"{o.id}/{n.key}: form {f.text!r} has a bad lang/ru/kk value")
                    bad = sorted(f.flags - FORM_FLAGS)
                    if bad:
                        raise RegistryError(f"{o.id}/{n.key}: form {f.text!r} has unknown flag {bad[0]!r}")
                    if f.text in seen_forms:
                        raise RegistryError(f"{o.id}/{n.key}: form {f.text!r} is listed twice")
                    seen_forms.add(f.text)
                    owners.setdefault((f.text.lower(), f.lang), set()).add(o.id)
                    if "ambiguous" in f.flags and not f.near:
                        raise RegistryError(f"{o.id}/{n.key}: ambiguous form {f.text!r} needs near words")
                for f in n.derived_forms():
                    owners.setdefault((f.text.lower(), f.lang), set()).add(o.id)
        # One surface form for two organisations is a conflict unless every reading is
        # marked ambiguous (resolved by context) or their periods do not overlap.
        for (text, lang), ids in sorted(owners.items()):
            if len(ids) < 2:
                continue
            readings = [(o, n, f) for o in (self.orgs[i] for i in sorted(ids)) for n in o.names for f in n.forms
                        if f.text.lower() == text and f.lang == lang]
            if all("ambiguous" in f.flags for _o, _n, f in readings):
                continue
            periods = sorted((n.valid_from or "0000", n.valid_to or "9999") for _o, n, _f in readings)
            if all(a[1] <= b[0] for a, b in zip(periods, periods[1:])):
                continue
            raise RegistryError(f"form {text!r} ({lang}) belongs to {sorted(ids)} with overlapping periods; "
                                "mark each reading ambiguous with near words, or give disjoint periods")

    # --- derived views --------------------------------------------------------------
    def surface_forms(self) -> Iterable[tuple[Organisation, Name, Form, str, str]]:
        """Every matchable surface: (org, name, form, text, Russian case or '')."""
        for o in self.orgs.values():
            for n in o.names:
                for f in n.forms:
                    yield o, n, f, f.text, ""
                    if f.ru != "none" and f.lang in ("ru", "*"):
                        for case, text in ru_paradigm(f.text, f.ru).items():
                            if case != "nom" and text != f.text:
                                yield o, n, f, text, case
                for f in n.derived_forms():
                    yield o, n, f, f.text, ""


def _form(d: dict, where: str) -> Form:
    if not isinstance(d, dict) or not isinstance(d.get("text"), str) or not d["text"].strip():
        raise RegistryError(f"{where}: every form needs a non-empty text")
    return Form(text=d["text"], lang=d.get("lang", "*"), ru=d.get("ru", "none"), kk=d.get("kk", "suffix"),
                flags=frozenset(d.get("flags") or ()), near=tuple(w.lower() for w in d.get("near") or ()))


def _name(d: dict, where: str) -> Name:
    if not isinstance(d, dict) or not d.get("key") or not d.get("label"):
        raise RegistryError(f"{where}: every name needs key and label")
    spell = d.get("spell") or {"ru": d["label"], "kk": d["label"]}
    w = f"{where}/{d['key']}"
    return Name(key=d["key"], label=d["label"], spell=dict(spell), kind=d.get("kind", "name"),
                valid_from=d.get("valid_from"), valid_to=d.get("valid_to"),
                forms=tuple(_form(f, w) for f in d.get("forms") or ()), sources=tuple(d.get("sources") or ()),
                derived_ru=tuple(str(x).lower() for x in (d.get("derived") or {}).get("ru") or ()))


def _org(d: dict, where: str) -> Organisation:
    if not isinstance(d, dict) or not isinstance(d.get("id"), str) or "." not in d["id"]:
        raise RegistryError(f"{where}: a record needs an id like 'kz.amanat'")
    names = tuple(_name(n, f"{where} {d['id']}") for n in d.get("names") or ())
    extra = {k: v for k, v in d.items() if k not in ("id", "names", "current", "type")}
    return Organisation(id=d["id"], names=names, current=d.get("current"), type=d.get("type", "party"), extra=extra)


def read_records(text: str, where: str) -> list[dict]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise RegistryError(f"{where}:{n}: not JSON: {e}") from None
    return out


def _merge(base: dict, user: dict) -> dict:
    """A user record for a known id: its fields win, its names are added (a name with
    the same key replaces the built-in one)."""
    merged = {**base, **{k: v for k, v in user.items() if k != "names"}}
    names = {n["key"]: n for n in base.get("names", [])}
    for n in user.get("names", []):
        names[n.get("key")] = n
    merged["names"] = list(names.values())
    return merged


def load_registry(path: str | Path | None = None, mode: str = "extend") -> Registry:
    """The built-in registry, extended or replaced by a user's JSONL file."""
    if mode not in ("extend", "replace"):
        raise RegistryError(f"registry_mode {mode!r} is not one of: extend, replace")
    if path is None:
        return default_registry()
    p = Path(path)
    try:
        user = read_records(p.read_text(encoding="utf-8"), str(p))
    except FileNotFoundError:
        raise RegistryError(f"{p}: registry file not found") from None
    recs: dict[str, dict] = {} if mode == "replace" else {r["id"]: r for r in _builtin_records()}
    seen = set()
    for n, r in enumerate(user, 1):
        rid = r.get("id") if isinstance(r, dict) else None
        if rid in seen:
            raise RegistryError(f"{p}: id {rid!r} appears twice")
        seen.add(rid)
        if rid in recs:
            recs[rid] = _merge(recs[rid], r)
        else:
            recs[str(rid)] = r
    return Registry(_org(r, str(p)) for r in recs.values())


@lru_cache(maxsize=1)
def _builtin_text() -> str:
    return resources.files("corpusclean").joinpath("data/parties.jsonl").read_text(encoding="utf-8")


def _builtin_records() -> list[dict]:
    return read_records(_builtin_text(), "corpusclean/data/parties.jsonl")


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry(_org(r, "corpusclean/data/parties.jsonl") for r in _builtin_records())
