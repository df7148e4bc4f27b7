"""Scraper fields: the title, date and url a JSONL scraper wrote beside the text.

``Config.fields`` (``--title-key``, ``--date-key``, ``--url-key``; ``fields = {"title": KEY,
"published": KEY, "url": KEY}`` in ``[tool.corpusclean]``) names the fields; a role not named
reads the field of its own name (``title``, ``published``, ``url``) when a record has one.
The record's ``title``, ``published`` and ``url`` then come from those fields; the upstream
fields themselves stay untouched in ``metadata``.  Since the fields are set before any step
runs, every later decision sees them: ``metadata.title`` removes the title's line from the top
of the body, ``metadata.date`` keeps the field's date over a guess from the text, and
``parties.names`` reads the date for the party's name at that time.

>>> from corpusclean.document import Document
>>> doc = Document("Текст.")
>>> apply_fields(doc, {"headline": " Сенат  одобрил закон ", "date": "13:32 31.01.2022"},
...              {"title": "headline", "published": "date"})
>>> doc.meta["title"], doc.meta["published"]
('Сенат одобрил закон', '2022-01-31T13:32')
"""

from __future__ import annotations

import re
from typing import Any, Mapping

__all__ = ["FIELD_ROLES", "DEFAULT_FIELD_KEYS", "field_keys", "apply_fields", "check_fields_setting"]

FIELD_ROLES = ("title", "published", "url")
DEFAULT_FIELD_KEYS = {"title": "title", "published": "published", "url": "url"}
# A title longer than this is a body swallowed into the field, not a headline (as for HTML).
TITLE_MAX_WORDS = 40
_URL = re.compile(r"^(?:https?://)?[\w.-]+\.[\w-]{2,}(?:[/?#]\S*)?$", re.I)


def check_fields_setting(value: Any) -> None:
    """Raise ConfigError unless ``value`` maps roles among :data:`FIELD_ROLES` to keys."""
    from .config import ConfigError

    if not isinstance(value, Mapping):
        raise ConfigError('fields must be a table such as {"title": "headline", "published": "date"}')
    for role, key in value.items():
        if role not in FIELD_ROLES:
            raise ConfigError(f"fields has unknown role {role!r}; known: {', '.join(FIELD_ROLES)}")
        if not isinstance(key, str) or not key:
            raise ConfigError(f"fields.{role} must name a JSONL field, not {key!r}")


def field_keys(config) -> dict[str, str]:
    keys = dict(DEFAULT_FIELD_KEYS)
    keys.update(getattr(config, "fields", None) or {})
    return keys


def _title(value) -> str | None:
    if not isinstance(value, str):
        return None
    title = " ".join(value.split())
    if not title or len(title.split()) > TITLE_MAX_WORDS:
        return None
    return title


def _url(value) -> str | None:
    if not isinstance(value, str):
        return None
    url = value.strip()
    return url if _URL.match(url) else None


def apply_fields(doc, obj: Mapping, keys: Mapping[str, str]) -> None:
    """Set ``doc.meta`` title, published and url from the upstream record ``obj``; a value
    that is missing or unusable (not a string, no date in it) leaves the field to the steps."""
    from .dates import parse_scraper_date  # here: the Config imports this module for its check

    keys = {**DEFAULT_FIELD_KEYS, **keys}
    title = _title(obj.get(keys["title"]))
    if title:
        doc.meta["title"] = title
    raw_date = obj.get(keys["published"])
    published = parse_scraper_date(raw_date) if isinstance(raw_date, str) else None
    if published:
        doc.meta["published"] = published
    url = _url(obj.get(keys["url"]))
    if url:
        doc.meta["url"] = url
        doc.source["url"] = url
