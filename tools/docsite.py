"""The docs site's generated pages, as a mkdocs hook (``hooks:`` in mkdocs.yml) and a script.

mkdocs reads every ``docs/*.md`` page; this hook adds the pages that are generated from the
code, so they can never drift from it:

* ``index.md``: the README (its ``docs/`` links pointed at the site's pages);
* ``reference/steps.md``: the step registry (ids, versions, kinds, settings, reason codes);
* ``reference/cli.md``: the ``--help`` of the command and of every subcommand and the hook,
  with ``COLUMNS`` fixed, since argparse wraps to the terminal's width;
* ``reference/schema.md``: the record JSON Schema, field by field, and the file itself.

The navigation lists the hand-written pages by glob, so a new ``docs/*.md`` page joins the
site without touching mkdocs.yml.

As a script, ``python tools/docsite.py --update-cli-doc`` rewrites the help block of
docs/cli.md (the text between its ``<!-- corpusclean --help -->`` markers) from the parser,
and ``--check`` fails when it is out of date.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
HELP_COLUMNS = 100  # argparse wraps help to $COLUMNS; fixed so the pages do not depend on the terminal
HELP_START, HELP_END = "<!-- corpusclean --help -->", "<!-- end corpusclean --help -->"
# Hand-written pages that lead the navigation, in this order; every other docs/*.md follows by name.
LEADING_PAGES = ("steps.md", "cli.md", "schema.md", "review.md")
GENERATED = {"index.md": "Home", "reference/steps.md": "Step reference", "reference/cli.md": "CLI reference",
             "reference/schema.md": "Record schema"}


@contextlib.contextmanager
def fixed_columns(columns: int = HELP_COLUMNS):
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = old


def help_text(parser: argparse.ArgumentParser) -> str:
    with fixed_columns():
        return parser.format_help()


def main_help() -> str:
    from corpusclean.cli import build_parser

    return help_text(build_parser())


# --- pages -------------------------------------------------------------------------------


def index_page() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    # README links point into docs/; on the site those pages sit next to the index.  Links
    # to other files of the checkout (LICENSE) have no page on the site: their text stays.
    text = re.sub(r"\]\(docs/([^)]+)\)", r"](\1)", text)
    def keep_pages_only(m: re.Match) -> str:
        target = m.group(2).split("#")[0]
        return m.group(0) if target.endswith(".md") or target == "" else m.group(1)

    return re.sub(r"\[([^\]]+)\]\((?!https?:|mailto:)([^)]+)\)", keep_pages_only, text)


def _code(value) -> str:
    return "`" + json.dumps(value, ensure_ascii=False).replace("`", "'") + "`"


def steps_page() -> str:
    from corpusclean.config import DEFAULT_STEPS
    from corpusclean.steps import available_steps

    # the package's steps (a user's steps registered in the same process are theirs to document)
    steps = sorted((k, c) for k, c in available_steps().items() if c.__module__.startswith("corpusclean."))
    out = ["# Step reference", "",
           "Generated from the step registry (`corpusclean steps --json` gives the same data). "
           "The default order:", "",
           " → ".join(f"`{s}`" for s in DEFAULT_STEPS), "",
           "| step | version | kind | in the default order |", "|---|---|---|---|"]
    for step_id, cls in steps:
        anchor = step_id.replace(".", "")
        out.append(f"| [`{step_id}`](#{anchor}) | {cls.version} | {cls.kind} | {'yes' if step_id in DEFAULT_STEPS else ''} |")
    out.append("")
    for step_id, cls in steps:
        out += [f"## `{step_id}` {{#{step_id.replace('.', '')}}}", "", (cls.description or "").strip(), "",
                f"Version {cls.version}, {cls.kind}" + (", in the default order." if step_id in DEFAULT_STEPS else "."), ""]
        if cls.defaults:
            out += ["Settings (`--set " + step_id + ":KEY=VALUE`):", ""]
            out += [f"- `{k}` = {_code(v)}" for k, v in cls.defaults.items()] + [""]
        if cls.reasons:
            out += ["Reason codes: " + ", ".join(f"`{r}`" for r in cls.reasons), ""]
    return "\n".join(out) + "\n"


def cli_page() -> str:
    from corpusclean import cli, hook

    sections = [("corpusclean", cli.build_parser())]
    sections += [(f"corpusclean {name}", cli.subcommand_parser(name)) for name in cli.SUBCOMMANDS if name != "clean"]
    sections.append(("corpusclean-hook", hook.build_parser()))
    out = ["# CLI reference", "",
           f"Generated from the parsers' `--help` (with `COLUMNS={HELP_COLUMNS}`). "
           "Exit codes and settings files: [Command line](../cli.md).", ""]
    for title, parser in sections:
        out += [f"## `{title}`", "", "```text", help_text(parser).rstrip(), "```", ""]
    return "\n".join(out)


def _type(spec: dict) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name})"
    if "enum" in spec:
        return " \\| ".join(_code(v) for v in spec["enum"])
    t = spec.get("type", "any")
    t = " or ".join(t) if isinstance(t, list) else t
    if "items" in spec:
        t += f" of {_type(spec['items'])}"
    return t


def _properties(title: str, spec: dict) -> list[str]:
    required = set(spec.get("required", ()))
    out = [f"## {title}", ""]
    if spec.get("description"):
        out += [spec["description"], ""]
    out += ["| field | type | required | constraints |", "|---|---|---|---|"]
    for name, prop in spec.get("properties", {}).items():
        limits = [f"{k} {_code(prop[k])}" for k in ("pattern", "minimum", "maximum", "minLength", "const") if k in prop]
        if prop.get("description"):
            limits.insert(0, prop["description"])
        out.append(f"| `{name}` | {_type(prop)} | {'yes' if name in required else ''} | "
                   f"{'; '.join(limits).replace('|', chr(92) + '|')} |")
    return out + [""]


def schema_page() -> str:
    path = ROOT / "corpusclean" / "data" / "record.schema.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    out = ["# Record schema", "",
           f"Generated from `corpusclean/data/record.schema.json` ({schema.get('title', '')}). "
           f"{schema.get('description', '')} The meaning of each field: [Record format](../schema.md).", ""]
    defs = schema.get("$defs", {})
    for name in ("record", "rejection"):
        if name in defs:
            out += _properties(name, defs[name])
    for name, spec in defs.items():
        if name not in ("record", "rejection") and "properties" in spec:
            out += _properties(name, spec)
    out += ["## The file", "", "```json", json.dumps(schema, ensure_ascii=False, indent=2), "```", ""]
    return "\n".join(out)


PAGES = {"index.md": index_page, "reference/steps.md": steps_page, "reference/cli.md": cli_page,
         "reference/schema.md": schema_page}


def navigation(doc_names: list[str]) -> list:
    """Home, the leading pages, every other hand-written page by name, then the reference."""
    present = [n for n in LEADING_PAGES if n in doc_names]
    rest = sorted(n for n in doc_names if n not in present and n != "index.md" and "/" not in n)
    return ([{"Home": "index.md"}] + present + rest
            + [{"Reference": [{GENERATED[p]: p} for p in PAGES if p != "index.md"]}])


# --- mkdocs hook events ----------------------------------------------------------------------


def on_config(config, **kwargs):
    names = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md"))
    config["nav"] = navigation(names)
    return config


def on_files(files, config, **kwargs):
    from mkdocs.structure.files import File

    for name, make in PAGES.items():
        existing = files.get_file_from_path(name)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, name, content=make()))
    return files


# --- docs/cli.md's help block ------------------------------------------------------------------


def cli_doc_block() -> str:
    return f"{HELP_START}\n```text\n{main_help().rstrip()}\n```\n{HELP_END}"


def update_cli_doc(check: bool = False) -> bool:
    """Rewrite the help block of docs/cli.md; returns whether it was already current."""
    path = DOCS / "cli.md"
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(HELP_START) + r".*?" + re.escape(HELP_END), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path}: no {HELP_START} ... {HELP_END} block")
    new = pattern.sub(lambda m: cli_doc_block(), text)
    if new != text and not check:
        path.write_text(new, encoding="utf-8")
    return new == text


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Generated documentation: docs/cli.md's help block.")
    ap.add_argument("--update-cli-doc", action="store_true", help="rewrite the help block of docs/cli.md")
    ap.add_argument("--check", action="store_true", help="exit 1 when docs/cli.md's help block is out of date")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if update_cli_doc(check=True) else 1)
    if a.update_cli_doc:
        print("docs/cli.md " + ("was current" if update_cli_doc() else "updated"))
    else:
        ap.print_help()
