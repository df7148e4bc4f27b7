"""corpusclean: clean, normalised JSONL from scraped Russian and Kazakh political news.

>>> from corpusclean import clean
>>> doc = clean("Партия  «AMANAT»\u00a0провела съезд.")
>>> doc.text
'Партия «AMANAT» провела съезд.'

Heavy parts (trafilatura, ftfy, language models) load lazily, so ``import corpusclean``
and the command line start fast.
"""

from ._version import __version__

__all__ = ["__version__", "clean", "replay", "Pipeline", "Document", "Config", "Edit", "Change", "OffsetMap",
           "Step", "Fixer", "Filter", "Annotator", "register", "Reject", "detect_language"]

_LAZY = {
    "clean": ("corpusclean.pipeline", "clean"),
    "Pipeline": ("corpusclean.pipeline", "Pipeline"),
    "replay": ("corpusclean.edits", "replay"),
    "Edit": ("corpusclean.edits", "Edit"),
    "Change": ("corpusclean.edits", "Change"),
    "OffsetMap": ("corpusclean.edits", "OffsetMap"),
    "Document": ("corpusclean.document", "Document"),
    "Reject": ("corpusclean.document", "Reject"),
    "Config": ("corpusclean.config", "Config"),
    "Step": ("corpusclean.steps", "Step"),
    "Fixer": ("corpusclean.steps", "Fixer"),
    "Filter": ("corpusclean.steps", "Filter"),
    "Annotator": ("corpusclean.steps", "Annotator"),
    "register": ("corpusclean.steps", "register"),
    "detect_language": ("corpusclean.langid", "detect_language"),
}


def __getattr__(name):
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'corpusclean' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(target[0]), target[1])
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)
