"""trafilatura's options as the user sets them (Config ``html``; ``--html-favor``,
``--html-tables/--no-html-tables``, ``--html-comments``).

A module of its own without heavy imports: the Config checks its ``html`` setting here.

>>> trafilatura_options(None)["favor_precision"], check_html_setting({"favor": "recall"})
(False, None)
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["TRAFILATURA_OPTIONS", "HTML_DEFAULTS", "HTML_FAVOR", "check_html_setting", "trafilatura_options"]

# trafilatura settings for the main text.  favor_precision against favor_recall and the
# default was measured on the pages of tests/data/html (docs/boilerplate.md, "HTML input").
# Comments are never article text; tables are kept (results tables are content; layout tables
# of old sites are unwrapped first, see extract.unwrap_layout_tables).
TRAFILATURA_OPTIONS = {"include_comments": False, "include_tables": True, "include_images": False,
                       "deduplicate": False, "favor_precision": False, "favor_recall": False}
# Which of those the user may change (Config ``html``, --html-favor, --html-tables/--no-html-tables,
# --html-comments), with their defaults: the measured choice above, TRAFILATURA_OPTIONS.
HTML_DEFAULTS = {"favor": "balanced", "tables": True, "comments": False}
HTML_FAVOR = ("balanced", "precision", "recall")


def check_html_setting(value) -> None:
    """Raise ConfigError unless ``value`` is a table of :data:`HTML_DEFAULTS` keys."""
    from .config import ConfigError

    if not isinstance(value, Mapping):
        raise ConfigError('html must be a table such as {favor = "precision", tables = true, comments = false}')
    for key, v in value.items():
        if key not in HTML_DEFAULTS:
            raise ConfigError(f"html has unknown key {key!r}; known: {', '.join(sorted(HTML_DEFAULTS))}")
        if key == "favor" and v not in HTML_FAVOR:
            raise ConfigError(f"html.favor {v!r} is not one of: {', '.join(HTML_FAVOR)}")
        if key != "favor" and not isinstance(v, bool):
            raise ConfigError(f"html.{key} must be true or false, not {v!r}")


def trafilatura_options(config) -> dict:
    """:data:`TRAFILATURA_OPTIONS` with the run's ``html`` settings applied."""
    html = {**HTML_DEFAULTS, **(getattr(config, "html", None) or {})}
    return {**TRAFILATURA_OPTIONS, "include_tables": bool(html["tables"]), "include_comments": bool(html["comments"]),
            "favor_precision": html["favor"] == "precision", "favor_recall": html["favor"] == "recall"}
