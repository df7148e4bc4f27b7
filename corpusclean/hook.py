"""The pre-commit hooks ``corpusclean-check`` and ``corpusclean-fix``.

    corpusclean-hook check [options] FILE ...   fail when a seed would change or be rejected; never writes
    corpusclean-hook fix   [options] FILE ...   write the cleaned ("fixed") form of every seed that changes

**The fixed form of a text seed** (``.txt``, ``.text``, or any file that is not HTML or
JSONL) is a readable article: a front-matter block with the metadata the cleaner lifted
out of the page, then the cleaned body (paragraphs separated by one blank line), UTF-8,
one final newline::

    ---
    title: "Эксперты обсудили платформу"
    published: "2022-08-27T00:00"
    tags: ["AMANAT", "Алматы"]
    attribution: "…"
    ---
    First paragraph.

    Second paragraph.

The block is written and read by :mod:`corpusclean.frontmatter`
(``render_front_matter`` / ``read_front_matter``): keys in the order of
``FRONT_MATTER_KEYS``, each value JSON, null fields left out, then the keys of the seed's
own block that are not ours, as they were; a document with no such field gets no block.
The step ``metadata.front_matter`` reads the block back (YAML as people write it, or
ours) as the document's metadata (the authority over guesses from the text), so nothing
is lost and cleaning a fixed file changes nothing.

A file passes the check when it equals its fixed form, or when the only difference is
front matter the cleaner would *add* (a clean article without a block, or a block that
lacks fields the cleaner found): the body is already clean and no field it has would
change.  ``--require-front-matter`` (``require_front_matter = true``) makes that a failure
too.  Fix rewrites exactly the files the check fails.

HTML and JSONL files are checked for rejection only; the hook never rewrites them.
A refused file is named with a reason code: the reader's and the steps' (``input.binary``,
``input.empty``, ``lang.not_accepted``, ...), ``dedup.exact`` / ``dedup.near`` (the same
bytes, or an exact or near duplicate of the cleaned text, by the dedup stage's signatures, of
another file given, of a record of the ``corpus`` file, or, with ``compare_folder``, of
another text file in its folder) or ``hook.unstable`` (fix found no fixed point: a bug to report).

Settings: ``[tool.corpusclean]`` of the nearest pyproject.toml (the run's steps and
their options, ``accept_langs``, ...), hook settings in ``[tool.corpusclean.hook]``
(:data:`HOOK_DEFAULTS`), and command-line options (the hook's ``args``), later wins.

Exit codes: 0 every file passes (check) or nothing needed writing (fix); 1 a file
fails, is rejected, or was rewritten (pre-commit then stops the commit); 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ._version import __version__
from .atomic import atomic_writer, is_temp_file
from .cli import add_settings_options, build_config
from .frontmatter import EXTRA_KEY, FRONT_MATTER_KEYS, read_front_matter, render_front_matter

__all__ = ["main", "fixed_form", "examine", "write_atomic", "update_corpus", "HOOK_DEFAULTS"]

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2

FRONT_MATTER_STEP = "metadata.front_matter"

# ``[tool.corpusclean.hook]`` keys and their defaults (command-line options win).
HOOK_DEFAULTS: dict[str, Any] = {
    "corpus": None,          # fix: keep each accepted seed's JSONL record in this file (one per path)
    "max_edits": 5,          # check: example edits shown per file (the first of each reason)
    "compare_folder": True,  # also look for duplicates among the other text files in each seed's folder
    "require_front_matter": False,  # check: a clean body still fails when front matter would be added
}

# A fixed file, cleaned again, must come out the same.  Should a step not be idempotent on
# some page, fix cleans its own output again, at most this many more times, before giving up
# on the file (a bug to report).  On the five seeds the first pass is already the fixed point
# (tests/test_hook.py checks it); the extra passes are a safety net, not a measured need.
MAX_FIX_PASSES = 3

_TEXT_SUFFIXES = (".txt", ".text")
_HINTS = {
    "input.binary": "a seed must be a text page dump; keep binary files out of the seeds folder",
    "input.empty": "add the article text or remove the file",
    "dedup.exact": "remove one of the two files",
    "dedup.near": "remove one of the two, or make them different articles (docs/dedup.md)",
    "lang.not_accepted": "accept_langs in [tool.corpusclean] or --accept-lang set the languages",
}


# --- the fixed form ---------------------------------------------------------------


def fixed_form(doc) -> str:
    """The text the fix hook writes for a cleaned (not rejected) text document."""
    if any(doc.meta.get(key) is not None for key in FRONT_MATTER_KEYS) or doc.meta.get(EXTRA_KEY):
        return render_front_matter(doc.meta) + doc.text + "\n"
    return doc.text + "\n"


def _front_matter(text: str) -> tuple[dict, str]:
    """The fields of a leading front-matter block (ours, then the others as read) and
    the text after it."""
    block = read_front_matter(text)
    if block is None:
        return {}, text
    return {**block.extra, **block.fields}, text[block.end:]


def _in_our_form(text: str) -> bool:
    """A block written the way the fix hook writes it: every line ``key: JSON``."""
    block = read_front_matter(text)
    lines = text[:block.end].splitlines()[1:-1] if block else []
    for line in lines:
        key, sep, value = line.partition(": ")
        try:
            json.loads(value)
        except ValueError:
            return False
        if not sep:
            return False
    return True


def front_matter_only(raw: bytes, fixed: str) -> bool:
    """The fixed form differs from ``raw`` only in front matter, and harmlessly: the same
    body, every field of the seed's own block kept with its value, and either fields
    added (lifted out of the page) or the seed's block written as people write YAML
    (a block in our own form must be in our order and spacing)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False  # re-encoding is a change
    old, body = _front_matter(text)
    new, fixed_body = _front_matter(fixed)
    if body != fixed_body or not all(k in new and new[k] == v for k, v in old.items()):
        return False
    return len(new) > len(old) or (bool(old) and not _in_our_form(text))


# --- settings ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="corpusclean-hook",
        description="pre-commit hooks for seed folders: 'check' fails when the cleaner would change or reject a "
                    "file and never writes; 'fix' writes the cleaned form (front matter + cleaned body).",
        epilog="Exit codes: 0 all files pass; 1 a file fails, is rejected or was rewritten; 2 usage error. "
               "Settings: [tool.corpusclean] and [tool.corpusclean.hook] in pyproject.toml; options win.",
    )
    p.add_argument("--version", action="version", version=f"corpusclean-hook {__version__}")
    p.add_argument("mode", choices=["check", "fix"], help="check (never writes) or fix (writes the cleaned form)")
    p.add_argument("files", nargs="*", metavar="FILE", help="seed files (pre-commit passes the staged ones)")
    add_settings_options(p)
    p.add_argument("--corpus", metavar="FILE.jsonl", help="fix: keep the JSONL record of every accepted seed in this file")
    p.add_argument("--max-edits", type=int, metavar="N", help=f"check: example edits shown per file, one per reason (default {HOOK_DEFAULTS['max_edits']})")
    p.add_argument("--no-compare-folder", dest="compare_folder", action="store_false", default=None,
                   help="look for duplicates only among the files given, not the rest of their folders")
    p.add_argument("--require-front-matter", dest="require_front_matter", action="store_true", default=None,
                   help="check: fail a clean seed when its fixed form would add front matter (default: adding "
                        "only lifted metadata passes)")
    return p


def _hook_table(args) -> tuple[dict, Path | None]:
    """``[tool.corpusclean.hook]`` (or ``[hook]`` of a --config file) and the folder it came from."""
    from .config import ConfigError, find_pyproject, read_settings_table

    if args.config:
        path: Path | None = Path(args.config)
    elif args.no_project_config:
        path = None
    else:
        path = find_pyproject()
    if path is None:
        return {}, None
    data = read_settings_table(path)
    table = data.get("hook", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.corpusclean.hook] must be a table")
    unknown = sorted(set(table) - set(HOOK_DEFAULTS))
    if unknown:
        raise ConfigError(f"{path}: [tool.corpusclean.hook] has no key {unknown[0]!r}; valid: {', '.join(HOOK_DEFAULTS)}")
    return table, path.resolve().parent


def load_settings(args) -> tuple[Any, dict]:
    """The run's Config and the hook settings, from pyproject.toml and the options."""
    from .config import ConfigError

    config = build_config(args)
    table, folder = _hook_table(args)
    hook = dict(HOOK_DEFAULTS)
    hook.update(table)
    if table.get("corpus") and folder is not None:
        hook["corpus"] = str(folder / table["corpus"])  # relative to the pyproject.toml
    if args.corpus:
        hook["corpus"] = args.corpus
    if args.max_edits is not None:
        hook["max_edits"] = args.max_edits
    if args.compare_folder is not None:
        hook["compare_folder"] = args.compare_folder
    if args.require_front_matter is not None:
        hook["require_front_matter"] = args.require_front_matter
    if not isinstance(hook["max_edits"], int) or hook["max_edits"] < 0:
        raise ConfigError(f"max_edits must be a whole number >= 0, not {hook['max_edits']!r}")
    for key in ("compare_folder", "require_front_matter"):
        if not isinstance(hook[key], bool):
            raise ConfigError(f"{key} must be true or false, not {hook[key]!r}")
    return _with_front_matter(config), hook


def _with_front_matter(config):
    """The hook writes front matter, so the run must read it back: add the step if it is missing."""
    from .config import DEFAULT_STEPS

    steps = list(config.steps)
    if FRONT_MATTER_STEP in steps:
        return config
    earlier = set(DEFAULT_STEPS[:DEFAULT_STEPS.index(FRONT_MATTER_STEP)])
    at = max((i + 1 for i, s in enumerate(steps) if s in earlier), default=0)
    return config.replace(steps=steps[:at] + [FRONT_MATTER_STEP] + steps[at:])


# --- looking at one file --------------------------------------------------------------


@dataclass
class Outcome:
    """What the hook found for one file."""

    path: str
    raw: bytes = b""
    kind: str = "txt"
    docs: list = field(default_factory=list)  # cleaned documents (one for txt and html)
    fixed: str | None = None  # the fixed form (txt only, when not rejected)
    rejection: tuple[str, str] | None = None  # (code, detail)

    @property
    def changes(self) -> bool:
        return self.fixed is not None and self.fixed.encode("utf-8") != self.raw

    def reject(self, code: str, detail: str) -> None:
        if self.rejection is None:
            self.rejection = (code, detail)
            self.fixed = None


def _clean(pipeline, raw: bytes, path: str) -> list:
    from .inputs import documents_from_bytes

    return [pipeline.process(d) for d in documents_from_bytes(raw, {"path": path}, pipeline.config)]


def examine(path: str, pipeline) -> Outcome:
    """Clean one file and work out its fixed form or why it is rejected."""
    from .inputs import sniff_kind

    out = Outcome(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would block or never end
            out.reject("input.not_regular_file", "not a regular file: skipped")
            return out
        out.raw = Path(path).read_bytes()
    except OSError as e:
        out.reject("input.unreadable", f"cannot read: {e.strerror}")
        return out
    out.kind = sniff_kind(out.raw, path, pipeline.config.input_kind)
    out.docs = _clean(pipeline, out.raw, path)
    if not out.docs:
        out.reject("input.empty", "no documents in the file")
        return out
    for doc in out.docs:
        if doc.rejection is not None:
            where = f"line {doc.source['line']}: " if doc.source.get("line") else ""
            out.reject(doc.rejection.code, where + doc.rejection.detail)
            return out
    if out.kind == "txt":
        out.fixed = fixed_form(out.docs[0])
    return out


def _examine_isolated(path: str, pipeline) -> Outcome:
    """:func:`examine`, with any failure a rejection of that file alone: the other files
    given are still checked and reported."""
    try:
        out = examine(path, pipeline)
        if out.fixed is not None:
            out.fixed.encode("utf-8")  # what fix would write must be UTF-8
        return out
    except Exception as e:
        out = Outcome(path)
        out.reject("internal.error", f"{type(e).__name__} while cleaning; please report this as a corpusclean bug")
        return out


def _settle(out: Outcome, pipeline) -> str | None:
    """Fix mode: clean the fixed form again until it stops changing.  On success the
    outcome's document is the one read from the fixed file (its record's input is what
    gets committed); returns a problem description otherwise."""
    moved: list[str] = []
    for _ in range(MAX_FIX_PASSES):
        docs = _clean(pipeline, out.fixed.encode("utf-8"), out.path)
        doc = docs[0]
        if doc.rejection is not None:
            return f"its cleaned form is rejected when read back ({doc.rejection.code}: {doc.rejection.detail})"
        again = fixed_form(doc)
        if again == out.fixed:
            out.docs = docs
            return None
        moved = sorted({e.step for e in doc.edits if e.step != FRONT_MATTER_STEP}) or ["front matter"]
        out.fixed = again
    return (f"the cleaner does not settle on a fixed form after {MAX_FIX_PASSES} passes "
            f"({', '.join(moved)} keep changing it); please report this as a corpusclean bug")


# --- duplicates ---------------------------------------------------------------------


def _mark_duplicates(outcomes: list[Outcome], compare_folder: bool, corpus: str | None = None) -> None:
    """Refuse a file that repeats an earlier file given, (with ``compare_folder``) another
    text file in its folder, or a record of the ``corpus`` file: the same bytes, or an exact
    or near duplicate of its cleaned text by the dedup stage's signatures and reason codes
    (``dedup.exact``, ``dedup.near``; docs/dedup.md)."""
    from .dedup import Deduplicator
    from .dedup.stage import detail_for

    stage = Deduplicator("drop")
    by_bytes: dict[str, dict] = {}
    given = {os.path.abspath(o.path) for o in outcomes}
    if compare_folder:
        folders = sorted({os.path.dirname(o.path) or "." for o in outcomes if o.rejection is None and o.kind == "txt"})
        for folder in folders:
            for path, raw, body in _folder_files(folder, given):
                ref = {"id": hashlib.sha256(raw).hexdigest()[:16], "source": {"path": path}}
                by_bytes.setdefault(hashlib.sha256(raw).hexdigest(), ref)
                stage.check(body, ref)
    if corpus:
        for ref, text in _corpus_records(corpus, given):
            stage.check(text, ref)
    for out in outcomes:
        if out.rejection is not None or out.kind != "txt":
            continue
        raw_key = hashlib.sha256(out.raw).hexdigest()
        ref = {"id": out.docs[0].id, "source": {"path": out.path}}
        if raw_key in by_bytes:
            dup = {**by_bytes[raw_key], "similarity": 1.0, "kind": "exact"}
        else:
            dup = stage.check(out.docs[0].text, ref)
        if dup is not None:
            out.docs[0].duplicate_of = dup
            out.reject(f"dedup.{dup['kind']}", detail_for(dup))
        else:
            by_bytes.setdefault(raw_key, ref)


def _folder_files(folder: str, skip: set[str]) -> Iterable[tuple[str, bytes, str]]:
    """(path, bytes, body) of every other text file in ``folder``, in name order.  A file
    there is compared as written (committed seeds are in fixed form): front matter set aside."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        path = os.path.join(folder, name)
        if name.startswith(".") or not name.lower().endswith(_TEXT_SUFFIXES) or os.path.abspath(path) in skip:
            continue
        try:
            if not stat.S_ISREG(os.stat(path).st_mode):
                continue  # a FIFO named *.txt would block the hook forever (issue 10)
            raw = Path(path).read_bytes()
        except OSError:
            continue
        _, body = _front_matter(raw.decode("utf-8", "replace"))
        yield path, raw, body


def _corpus_records(corpus: str, skip: set[str]) -> Iterable[tuple[dict, str]]:
    """(reference, text) of every record in the corpus file, named by file and line; the
    records of the files given (their old versions) are left out."""
    try:
        fh = open(corpus, encoding="utf-8")
    except OSError:
        return
    with fh:
        for number, line in enumerate(fh, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                continue
            path = (rec.get("source") or {}).get("path")
            if path and os.path.abspath(path) in skip:
                continue
            rid = rec.get("id") if isinstance(rec.get("id"), str) else ""
            yield {"id": rid, "source": {"path": corpus, "line": number}}, rec["text"]


# --- messages -----------------------------------------------------------------------


def _describe_change(out: Outcome, max_edits: int) -> list[str]:
    doc = out.docs[0]
    old, body = _front_matter(out.raw.decode("utf-8", "replace").lstrip("\ufeff"))
    new, fixed_body = _front_matter(out.fixed)
    # A body already in its fixed form still logs the edits that fixed_form undoes (the
    # final newline); list edits only when the body itself changes.
    edits = [e for e in doc.edits if e.step != FRONT_MATTER_STEP] if body != fixed_body else []
    counts: dict[str, int] = {}
    firsts: dict[str, Any] = {}  # the first edit of each reason, so a few lines show every kind of change
    for e in edits:
        counts[e.reason] = counts.get(e.reason, 0) + 1
        firsts.setdefault(e.reason, e)
    lines = [f"{out.path}: would change; corpusclean-fix writes the cleaned form"]
    if edits:
        lines.append(f"    {len(edits)} edit{'s' if len(edits) != 1 else ''}: "
                     + ", ".join(f"{reason}={n}" for reason, n in counts.items())
                     + f" (corpusclean explain {out.path} lists them all)")
    for e in list(firsts.values())[:max_edits]:
        lines.append(f"    {e.reason:<24} {e.describe(40)}")
    notes: dict[str, list[str]] = {}
    for key in FRONT_MATTER_KEYS:
        if key in new and key not in old:
            notes.setdefault("adds", []).append(key)
        elif key in old and key not in new:
            notes.setdefault("drops", []).append(key)
        elif key in old and old[key] != new[key]:
            notes.setdefault("changes", []).append(key)
    if notes:
        lines.append("    front matter: " + "; ".join(f"{verb} {', '.join(keys)}" for verb, keys in notes.items()))
    encoding = doc.source.get("encoding")
    if encoding not in ("utf-8", None):
        lines.append(f"    encoding: {encoding} -> utf-8")
    if len(lines) == 1:  # nothing above explains it: the bytes differ in layout only
        if body == fixed_body:
            what = "front matter key order or spacing"
        elif not body.endswith("\n"):
            what = "no final newline (the fixed form ends with exactly one)"
        else:
            what = "line breaks"
        lines.append(f"    layout: {what}")
    return lines


def _describe_rejection(out: Outcome) -> str:
    code, detail = out.rejection
    hint = _HINTS.get(code)
    return f"{out.path}: rejected: {code}: {detail}" + (f" ({hint})" if hint else "")


# --- writing ----------------------------------------------------------------------


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (:func:`corpusclean.atomic.atomic_writer`),
    keeping its mode; a symbolic link stays a link.  SIGTERM and SIGHUP inside the write window
    are raised as an exception, so the temporary file is removed before the hook exits."""
    with _signals_raise(), atomic_writer(path) as fh:
        fh.write(data)




class _Signalled(BaseException):
    """SIGTERM or SIGHUP arrived while a file was being written."""

    def __init__(self, signum: int):
        super().__init__(f"stopped by signal {signum}")
        self.signum = signum


@contextlib.contextmanager
def _signals_raise():
    """While a file is written, SIGTERM and SIGHUP raise (so the temporary file is removed)
    instead of ending the process on the spot; the old handlers come back afterwards.
    SIGINT already raises KeyboardInterrupt.  Only the main thread may set handlers."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    old = {}

    def handler(signum, frame):
        raise _Signalled(signum)

    for sig in wanted:
        try:
            old[sig] = signal.signal(sig, handler)
        except (ValueError, OSError):
            pass
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)


def update_corpus(corpus: str, outcomes: Iterable[Outcome]) -> bool:
    """Keep one record per seed in the JSONL file ``corpus``: the records of the files
    given replace their old ones (in place; new paths go at the end) and a rejected
    file's old records go.  Writes only when something changed; returns whether it did."""
    from .cli import _dumps

    new: dict[str, list[str]] = {}
    for out in outcomes:
        recs = [] if out.rejection is not None else [_dumps(d.to_record()) for d in out.docs]
        new[out.path] = recs
    try:
        old_text = Path(corpus).read_text(encoding="utf-8")
    except FileNotFoundError:
        old_text = ""
    lines: list[str] = []
    placed: set[str] = set()
    for line in old_text.splitlines():
        try:
            path = json.loads(line).get("source", {}).get("path")
        except (ValueError, AttributeError):
            path = None
        if path in new:
            if path not in placed:
                lines.extend(new[path])
                placed.add(path)
            continue
        lines.append(line)
    for path, recs in new.items():
        if path not in placed:
            lines.extend(recs)
    text = "".join(line + "\n" for line in lines)
    if text == old_text:
        return False
    os.makedirs(os.path.dirname(os.path.abspath(corpus)), exist_ok=True)
    write_atomic(corpus, text.encode("utf-8"))
    return True


# --- the command --------------------------------------------------------------------


def _fails(out: Outcome, hook: dict) -> bool:
    """Whether the check fails the file (and fix rewrites it)."""
    if not out.changes:
        return False
    if not front_matter_only(out.raw, out.fixed):
        return True
    # only front matter would change: fields added fail only on request
    old, _ = _front_matter(out.raw.decode("utf-8"))
    new, _ = _front_matter(out.fixed)
    return hook.get("require_front_matter", False) and len(new) > len(old)


def run(mode: str, files: Sequence[str], config, hook: dict, out) -> int:
    """Check or fix ``files``; write the messages to ``out``; return the exit code."""
    from .pipeline import Pipeline

    pipeline = Pipeline(config=config)
    # A path given twice is looked at once; a temporary file a killed fix left is no seed.
    paths = [p for p in dict.fromkeys(files) if not is_temp_file(p)]  # one a SIGKILL left is never a seed
    outcomes = [_examine_isolated(p, pipeline) for p in paths]
    _mark_duplicates(outcomes, hook["compare_folder"], hook.get("corpus"))
    failed = 0
    for o in outcomes:
        if o.rejection is not None:
            failed += 1
            out.write(_describe_rejection(o) + "\n")
        elif mode == "check" and _fails(o, hook):
            failed += 1
            out.write("\n".join(_describe_change(o, hook["max_edits"])) + "\n")
        elif mode == "fix" and _fails(o, hook):
            problem = _settle(o, pipeline)
            if problem is not None:
                failed += 1
                o.reject("hook.unstable", problem)
                out.write(f"{o.path}: cannot fix: {problem}\n")
            elif o.changes:
                failed += 1
                out.write(f"Fixing {o.path}\n")
                write_atomic(o.path, o.fixed.encode("utf-8"))
    if mode == "fix" and hook.get("corpus"):
        if update_corpus(hook["corpus"], outcomes):
            failed += 1  # a changed file fails the hook, as pre-commit expects
            out.write(f"Updated {hook['corpus']}\n")
    if failed and mode == "check":
        out.write(f"corpusclean-check: {failed} of {len(outcomes)} checked failed (would change or rejected)\n")
    return EXIT_FAIL if failed else EXIT_OK


def main(argv: Sequence[str] | None = None, *, stdout=None, stderr=None) -> int:
    """Run a hook; returns the exit code (tests call it in-process)."""
    from .cli import _utf8_stream

    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or _utf8_stream(sys.stdout, "backslashreplace")
    err = stderr or _utf8_stream(sys.stderr, "backslashreplace")
    parser = build_parser()
    try:
        try:
            args = parser.parse_intermixed_args(argv)
        except SystemExit as e:  # argparse printed help, version or a usage error
            return EXIT_OK if e.code in (0, None) else EXIT_USAGE
        config, hook = load_settings(args)
        code = run(args.mode, args.files, config, hook, out)
        out.flush()
        return code
    except Exception as e:
        from .cli import _report

        return _report(e, err)  # 2 for a usage or config error, 1 otherwise


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
