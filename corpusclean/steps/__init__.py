"""Steps: small units with a stable id, a version, defaults and one contract each.

* a :class:`Fixer` rewrites text: it proposes :class:`~corpusclean.edits.Change` s;
* a :class:`Filter` removes spans (lines, blocks) or drops the whole document with a
  namespaced reason code;
* an :class:`Annotator` sets fields (language, title, mentions) and never touches text.

Steps register by id with :func:`register`.  Step modules import heavy libraries
lazily (in :meth:`Step.setup`), so listing or looking up steps stays cheap.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, ClassVar, Iterable

from ..document import Document, Reject
from ..edits import Change, minimal_changes

__all__ = ["Step", "Fixer", "Filter", "Annotator", "FunctionStep", "register", "get_step_class",
           "available_steps", "UnknownStepError", "StepConfigError", "Change", "Reject", "check_setting"]

# Modules that define built-in steps; imported on first lookup.
STEP_MODULES: tuple[str, ...] = (
    "corpusclean.steps.unicode",
    "corpusclean.steps.whitespace",
    "corpusclean.steps.segment",
    "corpusclean.steps.boilerplate",
    "corpusclean.steps.furniture",
    "corpusclean.steps.metadata",
    "corpusclean.steps.language",
    "corpusclean.steps.repair",
    "corpusclean.steps.parties",
)

_REGISTRY: dict[str, type["Step"]] = {}
_loaded = False


class UnknownStepError(KeyError):
    def __init__(self, step_id: str, known: Iterable[str]):
        self.step_id = step_id
        self.known = sorted(known)
        super().__init__(step_id)

    def __str__(self) -> str:
        return f"unknown step {self.step_id!r}; known: {', '.join(self.known)}"


class StepConfigError(ValueError):
    pass


def register(cls: type["Step"]) -> type["Step"]:
    """Class decorator: make a step available by its ``id``."""
    if not getattr(cls, "id", None):
        raise ValueError(f"{cls.__name__} has no id")
    existing = _REGISTRY.get(cls.id)
    if existing is not None and existing is not cls and existing.__qualname__ != cls.__qualname__:
        raise ValueError(f"step id {cls.id!r} is already registered by {existing.__module__}.{existing.__qualname__}")
    _REGISTRY[cls.id] = cls
    return cls


def _load_builtin() -> None:
    global _loaded
    if not _loaded:
        for mod in STEP_MODULES:
            importlib.import_module(mod)
        _loaded = True


def available_steps() -> dict[str, type["Step"]]:
    _load_builtin()
    return dict(sorted(_REGISTRY.items()))


def get_step_class(step_id: str) -> type["Step"]:
    _load_builtin()
    try:
        return _REGISTRY[step_id]
    except KeyError:
        raise UnknownStepError(step_id, _REGISTRY) from None


class Step:
    """Base of every step.

    Subclasses set ``id`` (stable, dotted: ``family.name``), ``version`` (bump when the
    output for the same input changes), ``defaults`` (every setting with its default)
    and ``reasons`` (the reason codes it may record), and implement one method of
    their family.
    """

    id: ClassVar[str] = ""
    version: ClassVar[str] = "1"
    kind: ClassVar[str] = "step"
    defaults: ClassVar[dict[str, Any]] = {}
    reasons: ClassVar[tuple[str, ...]] = ()
    description: ClassVar[str] = ""

    # Optional, per setting: the values allowed (``setting_choices``), the types allowed when
    # the default's type says too little (``setting_types``), and an inclusive numeric range
    # (``setting_ranges``, None for an open end).  Everything else is checked against the
    # default's type (see :func:`check_setting`).
    setting_choices: ClassVar[dict[str, tuple]] = {}
    setting_types: ClassVar[dict[str, tuple[type, ...]]] = {}
    setting_ranges: ClassVar[dict[str, tuple[float | None, float | None]]] = {}

    def __init__(self, config=None, **settings: Any):
        unknown = sorted(set(settings) - set(self.defaults))
        if unknown:
            valid = ", ".join(sorted(self.defaults)) or "(none)"
            raise StepConfigError(f"step {self.id!r} has no setting {unknown[0]!r}; valid: {valid}")
        for key in sorted(settings):
            check_setting(type(self), key, settings[key])
        self.settings: dict[str, Any] = {**self.defaults, **settings}
        self.config = config  # the run's Config (reference date, accepted languages, ...)
        self._ready = False

    def setup(self) -> None:
        """Load heavy resources once, before the first document."""

    def ensure_setup(self) -> None:
        if not self._ready:
            self.setup()
            self._ready = True

    def preload(self) -> None:
        """Load now what :meth:`setup` leaves to first use (a model only some documents
        need).  Called by ``Pipeline.load``, which runs before worker processes fork; a run
        in one process does not call it, so there such a model loads only if a document
        needs it."""

    def describe(self) -> dict:
        return {"id": self.id, "version": self.version}

    def process(self, doc: Document) -> None:  # pragma: no cover - families override
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        self.ensure_setup()
        if doc.rejection is None:
            self.process(doc)
        return doc

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}@{self.version}>"


def _form(value: Any) -> str:
    """How a value is written in a settings file or ``--set`` (JSON)."""
    import json

    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return repr(value)


def _type_name(types: tuple[type, ...]) -> str:
    names = {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
             list: "a list", tuple: "a list", dict: "a table", type(None): "null"}
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in types))


def check_setting(cls: type["Step"], key: str, value: Any) -> None:
    """Refuse a setting value of the wrong type or out of range, naming the valid form.

    The type comes from the default: true/false for a bool, a whole number for an int (a
    float default takes any number), a string, a list (never a string: ``"kk"`` for
    ``["kk"]`` is refused), a table; a numeric default of 0 or more also asks for 0 or more.
    A default of None takes anything.  ``setting_choices`` / ``setting_types`` /
    ``setting_ranges`` on the step class refine this."""
    default = cls.defaults.get(key)
    example = f"e.g. --set {cls.id}:{key}={_form(default)}"
    where = f"step {cls.id!r}: setting {key!r}"
    if key in cls.setting_choices:
        choices = cls.setting_choices[key]
        if not any(value == c and type(value) is type(c) for c in choices):
            raise StepConfigError(f"{where} is {_form(value)}; valid: {', '.join(_form(c) for c in choices)}")
        return
    if key in cls.setting_types:
        types = cls.setting_types[key]
    elif default is None:
        return
    elif isinstance(default, bool):
        types = (bool,)
    elif isinstance(default, int):
        types = (int,)
    elif isinstance(default, float):
        types = (int, float)
    elif isinstance(default, (list, tuple)):
        types = (list, tuple)
    elif isinstance(default, dict):
        types = (dict,)
    else:
        types = (type(default),)
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        raise StepConfigError(f"{where} must be {_type_name(types)}, not {_form(value)} ({example})")
    if isinstance(value, (list, tuple)) and isinstance(default, (list, tuple)) and default:
        inner = tuple({type(x) for x in default})
        bad = [x for x in value if not isinstance(x, inner)]
        if bad:
            raise StepConfigError(f"{where} must be a list of {_type_name(inner)}, not {_form(list(value))} ({example})")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        import math

        low, high = cls.setting_ranges.get(key, (0 if isinstance(default, (int, float)) and default >= 0 else None, None))
        if isinstance(value, float) and not math.isfinite(value):
            raise StepConfigError(f"{where} must be a finite number, not {value!r}")
        if (low is not None and value < low) or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise StepConfigError(f"{where} must be {span}, not {_form(value)} ({example})")


class Fixer(Step):
    """Rewrites text.  Implement :meth:`changes`; each change becomes an edit."""

    kind = "fixer"

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        raise NotImplementedError

    def process(self, doc: Document) -> None:
        doc.apply(self.id, self.changes(doc.text, doc))


class Filter(Step):
    """Removes spans, or drops the document.

    Implement :meth:`removals` (spans to delete, each with a reason code) and/or
    :meth:`reject` (return a :class:`Reject` or raise it to drop the document).
    """

    kind = "filter"

    def reject(self, doc: Document) -> Reject | None:
        return None

    def removals(self, text: str, doc: Document) -> Iterable[Change]:
        return ()

    def process(self, doc: Document) -> None:
        try:
            verdict = self.reject(doc)
        except Reject as r:
            verdict = r
        if verdict is not None:
            doc.reject(verdict.code, verdict.detail, self.id)
            return
        changes = list(self.removals(doc.text, doc))
        for ch in changes:
            if ch.after:
                raise ValueError(f"filter {self.id!r} may only remove text; it proposed {ch!r}")
        doc.apply(self.id, changes)


class Annotator(Step):
    """Sets fields on the document.  Implement :meth:`annotate`; the text must not change."""

    kind = "annotator"

    def annotate(self, doc: Document) -> None:
        raise NotImplementedError

    def process(self, doc: Document) -> None:
        before = doc.text
        self.annotate(doc)
        if doc.text is not before and doc.text != before:
            raise RuntimeError(f"annotator {self.id!r} changed the text; use a Fixer or Filter")


class FunctionStep(Fixer):
    """Wraps a plain ``str -> str`` callable; its changes are logged as a minimal diff."""

    kind = "fixer"

    def __init__(self, func: Callable[[str], str], step_id: str | None = None, version: str = "1"):
        super().__init__()
        self.func = func
        name = getattr(func, "__name__", "function")
        self.id = step_id or f"user.{name}"  # type: ignore[misc]
        self.version = version  # type: ignore[misc]

    def changes(self, text: str, doc: Document) -> Iterable[Change]:
        new = self.func(text)
        if not isinstance(new, str):
            raise TypeError(f"step {self.id!r} returned {type(new).__name__}, not str")
        return minimal_changes(text, new)
