"""Site-learned furniture: lines and sentences a site repeats across its pages.

``corpusclean learn INPUTS -o furniture.json`` (or :func:`learn_model`) counts, per site, the
documents each normalised unit stands in; the step ``boilerplate.repeated`` removes, from each
document, the units its site's model lists.  See docs/boilerplate.md, "Learned furniture".

Modules: :mod:`.units` (what is counted), :mod:`.groups` (which site a document belongs to),
:mod:`.learn` (counting, thresholds), :mod:`.model` (the model file).
"""

from __future__ import annotations

import importlib

# Loaded on first use, so that the command line (which imports .cli) starts fast.
_LAZY = {
    "group_key": "groups", "group_of": "groups", "url_host": "groups",
    "MIN_DOCUMENTS": "learn", "MIN_SHARE": "learn", "FurnitureLearner": "learn", "is_candidate": "learn",
    "learn_model": "learn", "FurnitureModel": "model", "ModelError": "model", "load_model": "model",
    "Unit": "units", "text_units": "units", "unit_hash": "units", "unit_key": "units",
}


def __getattr__(name):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'corpusclean.furniture' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = ["FurnitureLearner", "FurnitureModel", "ModelError", "Unit", "group_key", "group_of", "is_candidate",
           "learn_model", "load_model", "text_units", "unit_hash", "unit_key", "url_host", "MIN_DOCUMENTS",
           "MIN_SHARE", "pipeline_with_model"]


def pipeline_with_model(model: FurnitureModel, config=None, steps=None):
    """A :class:`~corpusclean.pipeline.Pipeline` whose ``boilerplate.repeated`` applies
    ``model`` (learned in memory rather than read from ``config.furniture_model``)."""
    from ..config import Config
    from ..pipeline import Pipeline
    from ..steps.furniture import RepeatedFurniture

    config = config or Config()
    entries = list(config.steps if steps is None else steps)
    built = [RepeatedFurniture(config=config, model=model, **config.step_options(RepeatedFurniture.id))
             if e == RepeatedFurniture.id else e for e in entries]
    return Pipeline(built, config=config)
