"""The ``corpusclean`` command line.

    corpusclean [clean] [PATH ...]     clean files, folders (recursively) or stdin to JSONL
    corpusclean explain PATH ...       a readable account of every edit
    corpusclean review RECORDS.jsonl   an HTML report of a run (one self-contained file)
    corpusclean steps                  list the steps with their settings and defaults

Exit codes (see docs/cli.md):
    0  every input document produced a record or a rejection
    1  output could not be written, or an unexpected internal error
    2  usage error: bad option, unknown step, missing path, bad config
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterator, Sequence

from ._version import __version__
from .furniture.cli import add_learn_switch, add_source_options, build_learn_parser, cmd_learn, run_pipeline, source_changes
from .interrupts import Interrupted, handle_signals

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("clean", "explain", "review", "steps", "learn")
PARTY_STEP = "parties.names"


class UsageError(Exception):
    pass


def _utf8_stream(stream, errors: str):
    """Make ``stream`` write UTF-8 whatever the locale says."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8", errors=errors)
        except (ValueError, io.UnsupportedOperation):
            pass
    return stream


def add_settings_options(p: argparse.ArgumentParser) -> None:
    """The options that make the run's Config (read by :func:`build_config`); the
    pre-commit hook offers the same ones."""
    p.add_argument("--steps", metavar="IDS", help="comma-separated step ids to run, in order (see 'corpusclean steps')")
    p.add_argument("--config", metavar="FILE.toml", help="settings file (replaces [tool.corpusclean] of pyproject.toml)")
    p.add_argument("--no-project-config", action="store_true", help="ignore [tool.corpusclean] in pyproject.toml")
    p.add_argument("--kind", choices=["auto", "txt", "html", "jsonl"], help="input kind (default: by extension and content)")
    p.add_argument("--text-key", metavar="KEY", help="JSONL field holding the text (default: text)")
    p.add_argument("--accept-lang", metavar="LANGS", help="comma-separated languages to keep (e.g. kk,ru); others are rejected")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="resolve relative dates (вчера, кеше) against this date")
    p.add_argument("--registry", metavar="FILE", help="party registry file that extends or replaces the built-in one")
    p.add_argument("--party-mode", choices=["annotate", "canonical", "current"],
                   help="party names: annotate only, rewrite to the canonical spelling, or to the current name")
    p.add_argument("--set", dest="settings", action="append", default=[], metavar="STEP:KEY=VALUE",
                   help="a step setting, e.g. --set space.normalize:max_blank_lines=1 (VALUE is JSON or text)")
    p.add_argument("--max-bytes", type=int, metavar="N", help="reject inputs larger than N bytes")
    p.add_argument("--keep-input", action="store_true", help="put the replay input into each record as input_text")
    add_source_options(p)  # --furniture, --title-key/--date-key/--url-key, --html-* (corpusclean/furniture/cli.py)


def _parser_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to clean; '-' or none with a pipe: stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write JSONL records here (default: stdout)")
    p.add_argument("--rejects", metavar="FILE", help="write rejection records here (default: one line each on stderr)")
    add_settings_options(p)
    add_learn_switch(p)


def add_run_options(p: argparse.ArgumentParser) -> None:
    """How a clean run uses the machine and the terminal (issue 15: docs/performance.md)."""
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = all cores); output order and bytes do not change")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: only when stderr is a terminal)")
    p.add_argument("--summary", action=argparse.BooleanOptionalAction, default=None,
                   help="end-of-run summary on stderr: documents, records, rejections by reason, MB/s "
                        "(default: only when stderr is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="corpusclean",
        description="Clean scraped Russian and Kazakh news pages into JSONL records with provenance.",
        epilog="Subcommands: 'corpusclean explain PATH' shows every edit; 'corpusclean review RECORDS.jsonl' "
               "writes an HTML report of a run; 'corpusclean steps' lists the steps. "
               "Exit codes: 0 every document gave a record or a rejection; 1 output or internal failure; 2 usage error.",
    )
    p.add_argument("--version", action="version", version=f"corpusclean {__version__}")
    _parser_common(p)
    add_run_options(p)
    add_dedup_options(p)
    return p


def add_dedup_options(p: argparse.ArgumentParser) -> None:
    """Deduplication across the run (issue 13: docs/dedup.md)."""
    p.add_argument("--dedup", choices=["drop", "mark", "off"],
                   help="duplicates of an earlier document: drop (rejection dedup.exact/dedup.near, the default), "
                        "mark (keep the record with duplicate_of), off")
    p.add_argument("--dedup-index", metavar="FILE",
                   help="signatures of everything accepted so far: read at the start, written at the end, "
                        "so a later run drops what the corpus already holds")


def _parse_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def build_config(args: argparse.Namespace):
    from .config import Config, ConfigError, find_pyproject

    config = Config()
    if args.config:
        config = Config.from_toml(args.config, config)
    elif not args.no_project_config:
        found = find_pyproject()
        if found is not None:
            config = Config.from_toml(found, config)
    changes: dict[str, Any] = {}
    if args.steps:
        changes["steps"] = [s.strip() for s in args.steps.split(",") if s.strip()]
    if args.kind:
        changes["input_kind"] = args.kind
    if args.text_key:
        changes["text_key"] = args.text_key
    if args.accept_lang:
        changes["accept_langs"] = [s.strip() for s in args.accept_lang.split(",") if s.strip()]
    if args.reference_date:
        changes["reference_date"] = args.reference_date
    if args.max_bytes is not None:
        changes["max_input_bytes"] = args.max_bytes
    if args.keep_input:
        changes["keep_input"] = True
    if getattr(args, "dedup", None):
        changes["dedup"] = args.dedup
    if getattr(args, "dedup_index", None):
        changes["dedup_index"] = os.path.abspath(args.dedup_index)
    changes.update(source_changes(args, config))
    options: dict[str, dict] = {}
    if args.registry:
        options.setdefault(PARTY_STEP, {})["registry"] = os.path.abspath(args.registry)
    if args.party_mode:
        options.setdefault(PARTY_STEP, {})["mode"] = args.party_mode
    for item in args.settings:
        step_id, sep, rest = item.partition(":")
        key, eq, value = rest.partition("=")
        if not sep or not eq or not step_id or not key:
            raise ConfigError(f"--set {item!r}: expected STEP:KEY=VALUE, e.g. space.normalize:max_blank_lines=1")
        options.setdefault(step_id, {})[key] = _parse_value(value)
    if options:
        changes["options"] = options
    return config.replace(**changes) if changes else config


def _inputs(args, config, err) -> Iterator:
    """Documents from the paths (or stdin), in order; usage problems raise UsageError."""
    from .inputs import InputError, documents_from_bytes, documents_from_path, documents_from_stream

    paths = list(args.paths)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: give files or folders, or pipe text to stdin ('-')")
        paths = ["-"]
    # Check every path before cleaning anything, so a typo fails fast.
    for p in paths:
        if p != "-" and not os.path.exists(p):
            from .inputs import _nearby

            raise UsageError(f"{p}: no such file or folder{_nearby(Path(p))}")
    # The run's own output files are never read back as input (e.g. -o inside the input folder).
    outputs = [Path(x) for x in (getattr(args, "output", None), getattr(args, "rejects", None)) if x and x != "-"]
    for p in paths:
        if p == "-":
            # Streamed: JSONL on stdin is read one line at a time (no file_sha256: a pipe
            # cannot be read twice), a text document up to max_input_bytes.
            if hasattr(sys.stdin, "buffer"):
                yield from documents_from_stream(sys.stdin.buffer, {"path": "<stdin>"}, config)
            else:
                yield from documents_from_bytes(sys.stdin.read().encode("utf-8", "surrogateescape"),
                                                {"path": "<stdin>"}, config)
            continue
        try:
            yield from documents_from_path(p, config, exclude=outputs)
        except InputError as e:
            # A folder with nothing to read is reported and the run goes on.
            err.write(f"corpusclean: {e.code}: {e.detail}\n")


def _dumps(rec: dict) -> str:
    """One record as one line of strict JSON: no NaN or Infinity (ValueError instead), and
    U+2028 / U+2029 escaped, so tools that split on every Unicode line break (JavaScript,
    str.splitlines) still see one record per line.  json.dumps only writes those two
    characters inside strings, so replacing them in the line is exact."""
    line = json.dumps(rec, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class OutputError(OSError):
    """Writing an output failed; the message names the file (a full disk included)."""


class _NamedOutput:
    """An output stream whose write errors name it: ``-o corpus.jsonl: No space left on device``."""

    def __init__(self, stream, name: str, owned: bool):
        self.stream, self.name, self.owned = stream, name, owned

    def _fail(self, e: OSError):
        err = OutputError(e.errno, e.strerror or str(e))
        err.filename = self.name
        return err

    def write(self, text: str) -> None:
        try:
            self.stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._fail(e) from None

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise self._fail(e) from None

    def close(self) -> None:
        if not self.owned:
            return self.flush()
        try:
            self.stream.close()
        except OSError as e:
            raise self._fail(e) from None


def _open_out(path: str | None, default):
    if path is None or path == "-":
        return _NamedOutput(default, "<stdout>", False), False
    try:
        return _NamedOutput(open(path, "w", encoding="utf-8", newline="\n"), path, True), True
    except OSError as e:
        err = OutputError(e.errno, e.strerror or str(e))
        err.filename = path
        raise err from None


def _record_line(doc, keep_input: bool) -> str:
    """The output line of a document.  A record that cannot be written as strict UTF-8 JSON
    (a non-finite number or an unpaired surrogate some step put in) becomes a rejection of
    that document alone: the run goes on."""
    rec = doc.to_record()
    if keep_input and not doc.rejected:
        rec["input_text"] = doc.input_text
    try:
        line = _dumps(rec)
        line.encode("utf-8")
        return line
    except (ValueError, TypeError, RecursionError) as e:  # UnicodeEncodeError is a ValueError
        from .document import Rejection

        doc.rejection = Rejection("output.unwritable", f"record is not strict UTF-8 JSON: {type(e).__name__}", None)
        rec = {**doc.to_record(), "metadata": {}}  # the upstream fields may be what failed
        return json.dumps(rec, ensure_ascii=True, separators=(",", ":"), default=str)


def cmd_clean(args, out, err) -> int:
    from .pipeline import Pipeline

    from .interrupts import deferred
    from .progress import RunReport, stream_is_terminal

    jobs = getattr(args, "jobs", 1)
    if jobs is None or jobs < 0:
        raise UsageError(f"-j/--jobs {jobs}: give 0 (all cores) or a positive number of worker processes")
    config = build_config(args)
    # learns site furniture first, unless --no-learn; the cleaning pass goes on from that pass's documents
    pipeline = run_pipeline(args, config, _inputs, err, reuse=True)
    terminal = stream_is_terminal(err)
    quiet = getattr(args, "quiet", False)
    report = RunReport(err, progress=not quiet and (terminal if args.progress is None else args.progress),
                       summary=not quiet and (terminal if args.summary is None else args.summary))
    sink, close_sink = _open_out(args.output, out)
    rejects, close_rejects = (_open_out(args.rejects, out) if args.rejects else (None, False))
    completed = False
    report.start()
    try:
        for doc in pipeline.run(_inputs(args, pipeline.config, err), jobs=jobs):
            line = _record_line(doc, config.keep_input)
            with deferred():  # a signal waits until the line is complete
                if doc.rejected:
                    if rejects is not None:
                        rejects.write(line + "\n")
                    else:
                        report.write("corpusclean: rejected " + doc.rejection.line(doc.where()) + "\n")
                else:
                    sink.write(line + "\n")
            report.add(doc.source.get("bytes"), doc.rejection.code if doc.rejected else None)
        completed = True
    finally:
        report.close(completed)
        sink.close()  # flushes standard output: a full disk there is named too
        if rejects is not None:
            rejects.close()
    return EXIT_OK


def _split_list(values: Sequence[str] | None) -> list[str]:
    return [x.strip() for v in values or () for x in v.split(",") if x.strip()]


def explain_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="corpusclean explain",
        description="Clean the inputs and show every edit where it sits in the input (line:column and "
                    "offsets), with its line around it and the change marked: [-removed-]{+inserted+}.",
        epilog="Edits that only move spaces or line breaks are counted in one line; --all lists them. "
               "Takes the same settings as the main command, so the account matches its records.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to explain; '-' or none with a pipe: stdin")
    p.add_argument("-o", "--output", metavar="FILE", help="write the account here (default: stdout)")
    p.add_argument("--reason", action="append", metavar="PREFIX",
                   help="only edits whose reason code starts with PREFIX (e.g. boilerplate. or repair.spacing); "
                        "repeat or comma-separate for several")
    p.add_argument("--step", action="append", metavar="ID", help="only edits made by this step id; repeat or comma-separate")
    p.add_argument("--all", dest="show_all", action="store_true", help="list whitespace-only edits one by one too")
    add_settings_options(p)
    return p


def cmd_explain(args, out, err) -> int:
    from .pipeline import Pipeline
    from .review.explain import Selection, explain_document

    config = build_config(args)
    pipeline = run_pipeline(args, config, _inputs, err)
    selection = Selection(_split_list(args.reason), _split_list(args.step), args.show_all)
    sink, close_sink = _open_out(args.output, out)
    try:
        for doc in _inputs(args, pipeline.config, err):
            doc = pipeline.process(doc)
            sink.write("\n".join(explain_document(doc, selection)) + "\n")
    finally:
        if close_sink:
            sink.close()
    return EXIT_OK


def review_parser() -> argparse.ArgumentParser:
    from .review.report import DEFAULT_PAGE_SIZE, MAX_DOCUMENT_SECTIONS

    p = argparse.ArgumentParser(
        prog="corpusclean review",
        description="Write one self-contained HTML report of a run (no network: styles and scripts inline): "
                    "a summary with plots, and every document's input with removed text struck through and "
                    "rewrites marked (step and reason on hover), filterable by reason.",
        epilog="Inputs: records written with --keep-input, or records whose source path can still be read "
               "(the input is read again and checked against the edit log). Rejection files may be given too.",
    )
    p.add_argument("records", nargs="+", metavar="RECORDS.jsonl", help="JSONL records (and rejections) of a run; '-': stdin")
    p.add_argument("-o", "--output", metavar="FILE.html", help="write the report here (default: stdout)")
    p.add_argument("--sample", type=int, metavar="N",
                   help=f"show N documents, picked by a hash of their id (the same N every time); the summary "
                        f"counts all (default: all, at most {MAX_DOCUMENT_SECTIONS})")
    p.add_argument("--page-size", type=int, default=DEFAULT_PAGE_SIZE, metavar="N",
                   help=f"documents per page of the report (default {DEFAULT_PAGE_SIZE})")
    p.add_argument("--title", metavar="TEXT", help="the report's heading (default: the records file names)")
    return p


def cmd_review(args, out, err) -> int:
    from .review.report import write_report

    return write_report(args, out, err)


def cmd_steps(args, out, err) -> int:
    from .config import DEFAULT_STEPS
    from .steps import available_steps

    steps = available_steps()
    if getattr(args, "json", False):
        data = [{"id": k, "version": c.version, "kind": c.kind, "default": k in DEFAULT_STEPS,
                 "settings": c.defaults, "reasons": list(c.reasons), "description": c.description}
                for k, c in steps.items()]
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    out.write("Default order: " + ", ".join(DEFAULT_STEPS) + "\n\n")
    for step_id, cls in steps.items():
        mark = "*" if step_id in DEFAULT_STEPS else " "
        out.write(f"{mark} {step_id} (v{cls.version}, {cls.kind}): {cls.description}\n")
        for key, value in cls.defaults.items():
            out.write(f"      {key} = {json.dumps(value, ensure_ascii=False)}\n")
        if cls.reasons:
            out.write(f"      reasons: {', '.join(cls.reasons)}\n")
    return EXIT_OK


def steps_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corpusclean steps", description="List the steps, their settings and defaults.")
    p.add_argument("--json", action="store_true", help="machine-readable list")
    return p


def subcommand_parser(command: str) -> argparse.ArgumentParser:
    """The parser of a subcommand (each has its own --help)."""
    return {"explain": explain_parser, "review": review_parser, "steps": steps_parser,
            "learn": lambda: build_learn_parser(add_settings_options)}[command]()


def main(argv: Sequence[str] | None = None, *, stdout=None, stderr=None) -> int:
    """Run the command line; returns the exit code (tests call it in-process)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or _utf8_stream(sys.stdout, "strict")
    err = stderr or _utf8_stream(sys.stderr, "backslashreplace")
    command = "clean"
    if argv and argv[0] in SUBCOMMANDS:
        command = argv.pop(0)
    parser = build_parser() if command == "clean" else subcommand_parser(command)
    try:
        try:
            args = parser.parse_args(argv)
        except SystemExit as e:  # argparse printed help, version or a usage error
            return EXIT_OK if e.code in (0, None) else EXIT_USAGE
        handler = {"clean": cmd_clean, "explain": cmd_explain, "review": cmd_review, "steps": cmd_steps,
                   "learn": lambda a, o, e: cmd_learn(a, o, e, build_config, _inputs)}[command]
        with handle_signals():
            try:
                code = handler(args, out, err)
            except Interrupted as e:
                # Every line written so far is complete (see interrupts.deferred): keep them.
                with contextlib.suppress(Exception):
                    out.flush()
                err.write(f"corpusclean: interrupted by {e.name}; output so far is complete records\n")
                return e.exit_code
            with contextlib.suppress(Interrupted):
                out.flush()
        return code
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as Unix filters do.
        try:
            sys.stdout = None  # type: ignore[assignment]
        finally:
            return EXIT_OK
    except Exception as e:
        return _report(e, err)


def _report(e: Exception, err) -> int:
    from .config import ConfigError
    from .steps import StepConfigError, UnknownStepError

    if isinstance(e, (UsageError, ConfigError, UnknownStepError, StepConfigError)):
        err.write(f"corpusclean: error: {e}\n")
        return EXIT_USAGE
    if isinstance(e, OSError):
        name = getattr(e, "filename", None)
        where = f"{os.fsdecode(name) if isinstance(name, bytes) else name}: " if name else ""
        err.write(f"corpusclean: error: {where}{e.strerror or e}\n")
        return EXIT_FAILURE
    if os.environ.get("CORPUSCLEAN_DEBUG"):
        raise e
    err.write(f"corpusclean: internal error: {type(e).__name__}: {e} (set CORPUSCLEAN_DEBUG=1 for a traceback)\n")
    return EXIT_FAILURE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
