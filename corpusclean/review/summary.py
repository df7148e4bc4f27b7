"""The counts on the report's summary: documents, rejections, edits by reason, languages,
duplicates and party mentions (by party and by month).  Every ordering is explicit
(count, then name), so the same records give the same page."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .records import Reviewed

__all__ = ["Summary", "summarise", "UNDATED", "NO_LANGUAGE", "DEDUP_PREFIX"]

UNDATED = "undated"
NO_LANGUAGE = "none"
DEDUP_PREFIX = "dedup."  # rejection codes of the corpus deduplication stage
# The month plot runs through every month from the first to the last dated record; a range
# longer than this (a stray date in 1970 or 2099) shows only the months that have mentions.
MAX_MONTHS = 240


@dataclass
class ReasonCount:
    reason: str
    steps: list[str] = field(default_factory=list)
    removed: int = 0       # edits that only delete
    rewritten: int = 0     # edits that replace text with other text
    inserted: int = 0      # edits that only add
    chars_removed: int = 0

    @property
    def total(self) -> int:
        return self.removed + self.rewritten + self.inserted


@dataclass
class Summary:
    documents: int = 0
    records: int = 0
    rejected: int = 0
    edits: int = 0
    rejections: list[tuple[str, int]] = field(default_factory=list)
    reasons: list[ReasonCount] = field(default_factory=list)
    languages: list[tuple[str, int]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (record, the one it repeats)
    dedup_rejected: int = 0
    mentions: int = 0
    parties: list[tuple[str, str, int]] = field(default_factory=list)  # (id, name, mentions)
    months: list[str] = field(default_factory=list)                   # every month from first to last
    by_month: dict[str, dict[str, int]] = field(default_factory=dict)  # month -> party id -> mentions
    undated_mentions: int = 0


def _ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _month(published) -> str | None:
    s = str(published or "")
    return s[:7] if len(s) >= 7 and s[:4].isdigit() and s[4] == "-" and s[5:7].isdigit() else None


def duplicate_target(value) -> str:
    """The original a ``duplicate_of`` names (docs/schema.md: id, source, kind, similarity)."""
    if not isinstance(value, dict):
        return str(value)
    src = value.get("source") if isinstance(value.get("source"), dict) else {}
    name = src.get("path") or src.get("url") or value.get("id") or "?"
    if src.get("line"):
        name = f"{name}:{src['line']}"
    how = [str(value["kind"])] if value.get("kind") else []
    if isinstance(value.get("similarity"), (int, float)):
        how.append(f"similarity {value['similarity']:.2f}")
    return f"{name} ({', '.join(how)})" if how else str(name)


def summarise(items: Sequence[Reviewed]) -> Summary:
    s = Summary(documents=len(items))
    rejections: dict[str, int] = {}
    reasons: dict[str, ReasonCount] = {}
    langs: dict[str, int] = {}
    parties: dict[str, int] = {}
    names: dict[str, dict[str, int]] = {}  # party id -> name as recorded -> mentions
    by_month: dict[str, dict[str, int]] = {}
    for item in items:
        rec = item.record
        if item.rejected:
            s.rejected += 1
            code = str((rec.get("reason") or {}).get("code") or "unknown")
            rejections[code] = rejections.get(code, 0) + 1
            if code.startswith(DEDUP_PREFIX):
                s.dedup_rejected += 1
            continue
        s.records += 1
        for e in rec.get("edits") or ():
            rc = reasons.setdefault(e.get("reason") or e.get("step", ""), ReasonCount(e.get("reason") or e.get("step", "")))
            if e.get("step") not in rc.steps:
                rc.steps.append(e.get("step"))
            if not e.get("after"):
                rc.removed += 1
            elif not e.get("before"):
                rc.inserted += 1
            else:
                rc.rewritten += 1
            rc.chars_removed += len(e.get("before") or "")
            s.edits += 1
        lang = rec.get("lang") or NO_LANGUAGE
        langs[lang] = langs.get(lang, 0) + 1
        if rec.get("duplicate_of"):
            s.duplicates.append((item.where, duplicate_target(rec["duplicate_of"])))
        month = _month(rec.get("published"))
        for ent in rec.get("entities") or ():
            pid = str(ent.get("id"))
            spelled = names.setdefault(pid, {})
            name = str(ent.get("name") or pid)
            spelled[name] = spelled.get(name, 0) + 1
            parties[pid] = parties.get(pid, 0) + 1
            s.mentions += 1
            if month is None:
                s.undated_mentions += 1
            else:
                slot = by_month.setdefault(month, {})
                slot[pid] = slot.get(pid, 0) + 1
    s.rejections = _ranked(rejections)
    s.reasons = sorted(reasons.values(), key=lambda r: (-r.total, r.reason))
    for rc in s.reasons:
        rc.steps.sort()
    s.languages = _ranked(langs)
    # a party that was renamed (Nur Otan -> AMANAT) is one bar, under its most used name
    s.parties = [(pid, _ranked(names[pid])[0][0], n) for pid, n in _ranked(parties)]
    if by_month:
        s.months = _month_range(min(by_month), max(by_month))
        if len(s.months) > MAX_MONTHS:
            s.months = sorted(by_month)
    s.by_month = {m: dict(sorted(by_month.get(m, {}).items())) for m in s.months}
    return s
