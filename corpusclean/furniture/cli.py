"""Command-line parts of site furniture, scraper fields and HTML options.

* options: ``--furniture FILE``, ``--title-key``, ``--date-key``, ``--url-key``,
  ``--html-favor``, ``--html-tables/--no-html-tables``, ``--html-comments`` (settings, so the
  pre-commit hook has them too) and ``--no-learn`` (clean and explain);
* ``corpusclean learn INPUTS... -o furniture.json``;
* the first pass of ``corpusclean FILES...``: without ``--furniture`` (or ``furniture_model``),
  the furniture is learned from the same inputs before they are cleaned.
"""

from __future__ import annotations

import argparse
import os
from typing import Any, Callable, Iterator

__all__ = ["add_source_options", "source_changes", "build_learn_parser", "cmd_learn", "run_pipeline"]

STEP_ID = "boilerplate.repeated"


def add_source_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--furniture", metavar="FILE",
                   help="furniture model made by 'corpusclean learn' (default: learned from the input files)")
    p.add_argument("--title-key", metavar="KEY", help="JSONL field holding the title (default: title)")
    p.add_argument("--date-key", metavar="KEY", help="JSONL field holding the publication date (default: published)")
    p.add_argument("--url-key", metavar="KEY", help="JSONL field holding the page url (default: url)")
    p.add_argument("--html-favor", choices=["precision", "recall", "balanced"],
                   help="trafilatura: favour precision or recall of the main text (default: balanced)")
    p.add_argument("--html-tables", action=argparse.BooleanOptionalAction, default=None,
                   help="trafilatura: keep tables in the main text (default: on)")
    p.add_argument("--html-comments", action=argparse.BooleanOptionalAction, default=None,
                   help="trafilatura: add the readers' comments after the article (default: off)")


def add_learn_switch(p: argparse.ArgumentParser) -> None:
    p.add_argument("--no-learn", action="store_true",
                   help="do not learn site furniture from the input files in a first pass")


def source_changes(args: argparse.Namespace, config) -> dict[str, Any]:
    """Config changes from the options above (layered over ``config``)."""
    changes: dict[str, Any] = {}
    if getattr(args, "furniture", None):
        changes["furniture_model"] = os.path.abspath(args.furniture)
    fields = {role: getattr(args, attr, None) for role, attr in
              (("title", "title_key"), ("published", "date_key"), ("url", "url_key"))}
    fields = {k: v for k, v in fields.items() if v}
    if fields:
        changes["fields"] = {**dict(config.fields), **fields}
    html = {k: v for k, v in (("favor", getattr(args, "html_favor", None)), ("tables", getattr(args, "html_tables", None)),
                              ("comments", getattr(args, "html_comments", None))) if v is not None}
    if html:
        changes["html"] = {**dict(config.html), **html}
    return changes


def _learns(args, config, steps) -> bool:
    from .learn import MIN_PAGES_TO_LEARN

    paths = list(getattr(args, "paths", None) or ())
    if getattr(args, "no_learn", False) or config.furniture_model is not None or STEP_ID not in steps:
        return False
    if not paths or "-" in paths:
        return False  # stdin cannot be read twice: a saved model (--furniture) applies there
    # fewer single-page files than a group needs to learn anything: skip the first pass
    single_pages = all(os.path.isfile(p) and os.path.splitext(p)[1].lower() in (".txt", ".text", ".html", ".htm", ".xhtml")
                       for p in paths)
    return not (single_pages and len(paths) < MIN_PAGES_TO_LEARN)


def run_pipeline(args, config, inputs: Callable[[Any, Any, Any], Iterator], err, reuse: bool = False):
    """The run's Pipeline; when it learns, the furniture model learned from the inputs in a
    first pass (read again, one document at a time: nothing is held but the counts).
    ``reuse``: the first pass keeps its documents on disk for the pipeline's next ``run``
    to go on from (furniture.learn.PreparedStore)."""
    import io

    from ..pipeline import Pipeline
    from . import pipeline_with_model
    from .learn import learn_model, prepared_store

    pipeline = Pipeline(config=config)
    if not _learns(args, config, [s.id for s in pipeline.steps]):
        return pipeline
    quiet = io.StringIO()  # the cleaning pass reports unreadable inputs; the first pass stays quiet
    store = prepared_store(pipeline) if reuse else None
    model = learn_model(inputs(args, pipeline.config, quiet), pipeline=pipeline, jobs=getattr(args, "jobs", 1),
                        keep=store)
    cleaning = pipeline_with_model(model, pipeline.config, [s.id if s.id == STEP_ID else s for s in pipeline.steps])
    cleaning.prepared_store = store
    return cleaning


def build_learn_parser(add_settings_options) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="corpusclean learn",
        description="Learn the furniture (lines and sentences repeated across a site's pages) from files and "
                    "folders into a model file for --furniture.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (JSONL, txt, HTML) to learn from")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="model file to write (atomically)")
    add_settings_options(p)
    return p


def cmd_learn(args, out, err, build_config, inputs) -> int:
    from ..pipeline import Pipeline
    from .learn import learn_model

    config = build_config(args)
    pipeline = Pipeline(config=config)
    model = learn_model(inputs(args, pipeline.config, err), pipeline=pipeline)
    model.save(args.output)
    d = model.describe()
    err.write(f"corpusclean learn: {args.output}: {d['groups']} groups, {d['units']} furniture units, "
              f"sha256 {d['sha256']}\n")
    return 0
