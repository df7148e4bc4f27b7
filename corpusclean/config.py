"""One frozen, JSON-serialisable configuration, built in layers.

Layers, later wins: package defaults, then ``[tool.corpusclean]`` in a pyproject.toml
(or a ``--config FILE.toml`` holding the same keys at top level), then keyword
arguments or command-line flags.  Nothing here mutates a module-level object: every
layer returns a new :class:`Config`.

>>> c = Config().replace(accept_langs=["kk", "ru"])
>>> c.accept_langs
('kk', 'ru')
>>> Config().hash() == Config().hash()
True
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

__all__ = ["Config", "ConfigError", "DEFAULT_STEPS", "find_pyproject", "read_settings_table"]

# The default order (docs/steps.md says why): decode or extract (done by the reader),
# unicode repair, whitespace, front matter, look-alike letters (before anything reads
# words: a Latin "e" in "Тeг" must not hide a tags label from boilerplate or a language
# from lang.detect), boilerplate, title and date, language, text repair, party names,
# paragraph layout.
DEFAULT_STEPS: tuple[str, ...] = (
    "unicode.ftfy",
    "space.normalize",
    "metadata.front_matter",
    "repair.homoglyphs",
    "segment.units",
    "boilerplate.inline",
    "boilerplate.lines",
    "boilerplate.duplicates",
    "boilerplate.repeated",
    "metadata.date",
    "metadata.rubric",
    "metadata.site",
    "metadata.title",
    "metadata.tags",
    "metadata.attribution",
    "lang.detect",
    "repair.spacing",
    "repair.glued",
    "repair.typos",
    "parties.names",
    "space.paragraphs",
)


# Sub-tables of ``[tool.corpusclean]`` owned by other tools of the package; Config skips them.
TOOL_SUBTABLES: tuple[str, ...] = ("hook",)


class ConfigError(ValueError):
    """A configuration value or key is wrong; the message lists the valid choices."""


class FrozenDict(dict):
    """A dict that refuses changes, so a Config's nested options stay frozen.

    It is still a ``dict`` for ``json.dumps``.
    """

    def _readonly(self, *a, **k):
        raise TypeError("Config options are frozen; use Config.replace() to derive a new config")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]

    def __hash__(self):  # type: ignore[override]
        return hash(json.dumps(self, sort_keys=True, ensure_ascii=False))

    def __reduce__(self):
        return (FrozenDict, (dict(self),))


def _freeze(v: Any) -> Any:
    if isinstance(v, Mapping):
        return FrozenDict({str(k): _freeze(x) for k, x in v.items()})
    if isinstance(v, (list, tuple)):
        return tuple(_freeze(x) for x in v)
    if isinstance(v, Path):
        return str(v)
    return v


def _thaw(v: Any) -> Any:
    if isinstance(v, Mapping):
        return {k: _thaw(x) for k, x in v.items()}
    if isinstance(v, tuple):
        return [_thaw(x) for x in v]
    return v


@dataclass(frozen=True)
class Config:
    """Everything that decides the output; hashed into every record.

    ``options`` maps a step id to that step's settings (see ``corpusclean steps``).
    """

    steps: tuple[str, ...] = DEFAULT_STEPS
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=FrozenDict)
    accept_langs: tuple[str, ...] = ()  # empty: accept every language
    reference_date: str | None = None  # resolves relative dates ("вчера"); None: they stay null
    input_kind: str = "auto"  # auto | txt | html | jsonl
    text_key: str = "text"  # the JSONL field that holds the text
    max_input_bytes: int = 16 * 1024 * 1024  # larger inputs are rejected (input.too_large)
    max_html_depth: int = 256  # deeper HTML nesting is rejected (html.too_deep)
    keep_input: bool = False  # put the replay input into each record as input_text
    dedup: str = "drop"  # Pipeline.run and the CLI: drop | mark | off duplicates (docs/dedup.md)
    dedup_index: str | None = None  # index file of what the corpus already holds (--dedup-index)
    # learned site furniture (docs/boilerplate.md, "Learned furniture"): a model file made by
    # 'corpusclean learn', applied by boilerplate.repeated; None: the CLI learns from its inputs
    furniture_model: str | None = None
    # scraper fields of JSONL input: {"title": KEY, "published": KEY, "url": KEY}; a role not
    # named reads the field of its own name (corpusclean/fields.py)
    fields: Mapping[str, str] = field(default_factory=FrozenDict)
    # trafilatura options for HTML: {"favor": precision|recall|balanced, "tables": bool,
    # "comments": bool} (corpusclean/extract.py)
    html: Mapping[str, Any] = field(default_factory=FrozenDict)

    def __post_init__(self):
        for f in fields(self):
            object.__setattr__(self, f.name, _freeze(getattr(self, f.name)))
        if self.input_kind not in ("auto", "txt", "html", "jsonl"):
            raise ConfigError(f"input_kind {self.input_kind!r} is not one of: auto, txt, html, jsonl")
        if not isinstance(self.accept_langs, tuple):  # a string would be read letter by letter
            raise ConfigError(f"accept_langs must be a list of language codes such as [\"kk\", \"ru\"], "
                              f"not {self.accept_langs!r}")
        for lang in self.accept_langs:
            if not isinstance(lang, str) or not lang:
                raise ConfigError(f"accept_langs holds {lang!r}; give ISO 639-1 codes such as 'kk', 'ru'")
        if self.accept_langs:
            from .langid import known_languages

            unknown = [lang for lang in self.accept_langs if lang not in known_languages()]
            if unknown:
                raise ConfigError(f"accept_langs: the language detector does not know {unknown[0]!r}; "
                                  f"known: {', '.join(sorted(known_languages()))}")
        if self.reference_date is not None:
            import datetime as _dt

            try:
                _dt.date.fromisoformat(str(self.reference_date)[:10])
            except ValueError:
                raise ConfigError(f"reference_date {self.reference_date!r} is not an ISO date (YYYY-MM-DD)") from None
        if not isinstance(self.max_input_bytes, int) or self.max_input_bytes <= 0:
            raise ConfigError("max_input_bytes must be a positive integer")
        if self.dedup not in ("drop", "mark", "off"):
            raise ConfigError(f"dedup {self.dedup!r} is not one of: drop, mark, off")
        if self.dedup_index is not None and not isinstance(self.dedup_index, str):
            raise ConfigError("dedup_index must be a file path")
        if self.furniture_model is not None and not isinstance(self.furniture_model, str):
            raise ConfigError("furniture_model must be a file path (made by 'corpusclean learn')")
        from .fields import check_fields_setting
        from .html_options import check_html_setting

        check_fields_setting(self.fields)
        check_html_setting(self.html)

    # --- layering --------------------------------------------------------------------
    def replace(self, **changes: Any) -> "Config":
        """A new Config with ``changes``; ``options`` merge per step rather than replace."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError(f"unknown setting {unknown[0]!r}; known: {', '.join(sorted(known))}")
        current = {f.name: getattr(self, f.name) for f in fields(self)}
        if "options" in changes and changes["options"] is not None:
            merged = {k: dict(v) for k, v in current["options"].items()}
            for step_id, opts in changes["options"].items():
                if not isinstance(opts, Mapping):
                    raise ConfigError(f"options for step {step_id!r} must be a table of key = value")
                merged.setdefault(step_id, {}).update(opts)
            changes = {**changes, "options": merged}
        for k, v in list(changes.items()):
            if v is None and k != "reference_date":
                changes.pop(k)
        current.update(changes)
        return Config(**current)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], base: "Config | None" = None, *, where: str = "config") -> "Config":
        """Layer a ``[tool.corpusclean]``-style mapping over ``base`` (defaults if None)."""
        base = base or cls()
        # Sub-tables that other tools of the package read (the pre-commit hook's
        # ``[tool.corpusclean.hook]``) are not run settings.
        data = {k: v for k, v in data.items() if k not in TOOL_SUBTABLES}
        try:
            return base.replace(**data)
        except (ConfigError, TypeError) as e:
            raise ConfigError(f"{where}: {e}") from None

    @classmethod
    def from_toml(cls, path: str | os.PathLike, base: "Config | None" = None) -> "Config":
        """Read a TOML file: a pyproject.toml's ``[tool.corpusclean]`` table, or the
        keys at top level of a dedicated file."""
        return cls.from_mapping(read_settings_table(path), base, where=str(path))

    # --- identity -------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {f.name: _thaw(getattr(self, f.name)) for f in fields(self)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def hash(self) -> str:
        """Short sha256 of the canonical JSON: the same settings give the same hash."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]

    def step_options(self, step_id: str) -> dict:
        return dict(self.options.get(step_id, {}))


def read_settings_table(path: str | os.PathLike) -> dict:
    """The corpusclean settings in a TOML file: ``[tool.corpusclean]`` of a pyproject.toml
    (or of any file with a ``[tool]`` table), else the keys at top level."""
    import tomllib

    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except OSError as e:
        raise ConfigError(f"{p}: cannot read: {e.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from None
    if p.name == "pyproject.toml" or "tool" in data:
        data = data.get("tool", {}).get("corpusclean", {})
    return data


def find_pyproject(start: str | os.PathLike | None = None) -> Path | None:
    """The nearest pyproject.toml with a ``[tool.corpusclean]`` table, from ``start``
    upwards, stopping at the top of a git checkout."""
    import tomllib

    d = Path(start or os.getcwd()).resolve()
    for folder in (d, *d.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                data = {}
            if "corpusclean" in data.get("tool", {}):
                return candidate
        if (folder / ".git").exists():
            break
    return None
