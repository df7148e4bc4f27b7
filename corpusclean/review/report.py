"""``corpusclean review``: one self-contained HTML page about a run.

The page has a summary (counts, tables and inline SVG plots) and a section per document
showing its input with every removed span struck through and every insertion or rewrite
marked, the step and reason on hover, filterable by reason and paginated by a small
inline script.  Styles and script are package data (``data/review/``) copied into the
page, so it opens anywhere without network.  The same records give the same bytes.
"""

from __future__ import annotations

import argparse
from html import escape
from importlib import resources
from typing import Sequence

from .._version import __version__
from .plots import PALETTE, bar_chart, stacked_columns
from .records import Reviewed, ReviewInputError, attach_inputs, load_records, sample
from .spans import as_edits, is_whitespace_only, runs
from .summary import Summary, summarise

__all__ = ["render_report", "write_report", "DEFAULT_PAGE_SIZE", "MAX_DOCUMENT_SECTIONS"]

DEFAULT_PAGE_SIZE = 20
# Without --sample a run larger than this shows a hash sample of this many documents
# (the summary still counts them all), so the page stays small enough for a browser.
MAX_DOCUMENT_SECTIONS = 300
# Parties drawn in their own colour on the month plot; the rest are one grey "other".
MONTH_PLOT_PARTIES = len(PALETTE) - 1
_GLYPHS = {"\n": "⏎", " ": "·", "\u00a0": "⍽", "\t": "→", "\r": "␍"}


def _asset(name: str) -> str:
    return resources.files("corpusclean").joinpath("data", "review", name).read_text(encoding="utf-8")


# --- one document ------------------------------------------------------------------


def _glyphs(text: str) -> str:
    """Whitespace made visible, keeping real line breaks so the layout stays."""
    return "".join(f'<span class="g">{_GLYPHS[c]}</span>' + ("\n" if c == "\n" else "") if c in _GLYPHS else escape(c)
                   for c in text)


def _ws_mark(e) -> str:
    """The mark of a spacing edit: ¶ where line breaks change, · where spaces do."""
    return "¶" if "\n" in e.before + e.after else "·"


def _tip(e) -> str:
    if not e.after:
        what = "removed"
    elif not e.before:
        what = f"inserted {e.after!r}"
    else:
        what = f"{e.before!r} → {e.after!r}"
    if len(what) > 160:
        what = what[:159] + "…"
    return f"{e.step} · {e.reason}: {what}"


def _marked_input(input_text: str, edits: list) -> str:
    """The input with changes marked: each edit's removed and inserted runs in one span."""
    pieces: list[str] = []
    parts = runs(input_text, edits)
    i = 0
    while i < len(parts):
        r = parts[i]
        if r.kind == "kept":
            pieces.append(escape(r.text))
            i += 1
            continue
        group = [r]
        while (i + len(group) < len(parts) and parts[i + len(group)].edit == r.edit
               and parts[i + len(group)].undone_by == r.undone_by):
            group.append(parts[i + len(group)])
        i += len(group)
        e = edits[r.edit]
        if r.kind == "retracted":  # inserted by one edit, taken away by a later one
            later = edits[r.undone_by]
            pieces.append(f'<span class="e rt" data-r="{escape(e.reason)}" data-n="{r.edit + 1} {r.undone_by + 1}" '
                          f'title="{escape(_tip(e))}; then {escape(later.step)} · {escape(later.reason)} took it away">'
                          f'<del>{_glyphs("".join(g.text for g in group))}</del></span>')
            continue
        kinds = {g.kind for g in group}
        css = "rw" if kinds == {"removed", "inserted"} else ("rm" if "removed" in kinds else "in")
        if is_whitespace_only(e):
            # layout only: one small mark, then the new spacing itself, so the text keeps
            # the output's paragraphs instead of a column of line-break glyphs
            # (and as many line breaks as the input had, so each input line keeps its own)
            lost = e.before.count("\n") - e.after.count("\n")
            inner = ([f'<span class="g">{_ws_mark(e)}</span>'] + [escape(g.text) for g in group if g.kind == "inserted"]
                     + ["\n" * max(0, lost)])
            css += " ws"
        else:
            inner = [(f"<del>{_glyphs(g.text) if not g.text.strip() else escape(g.text)}</del>" if g.kind == "removed"
                      else f"<ins>{_glyphs(g.text) if not g.text.strip() else escape(g.text)}</ins>") for g in group]
        pieces.append(f'<span class="e {css}" data-r="{escape(e.reason)}" data-n="{r.edit + 1}" '
                      f'title="{escape(_tip(e))}">{"".join(inner)}</span>')
    return "".join(pieces)


def _reason_chips(edits: list) -> str:
    counts: dict[str, int] = {}
    for e in edits:
        counts[e.reason] = counts.get(e.reason, 0) + 1
    return "".join(f'<button type="button" class="chip" data-filter="{escape(r)}">{escape(r)} <b>{n}</b></button>'
                   for r, n in sorted(counts.items()))


def _document(item: Reviewed, number: int) -> str:
    rec = item.record
    head = f'<h3><span class="num">{number}</span> {escape(item.where)}</h3>'
    if item.rejected:
        reason = rec.get("reason") or {}
        code = str(reason.get("code") or "unknown")
        return (f'<article class="doc rejected" id="doc-{number}" data-reasons="{escape(code)}">{head}'
                f'<p class="meta"><span class="badge bad">rejected</span> <code>{escape(code)}</code> '
                f'{escape(str(reason.get("detail") or ""))}</p></article>')
    edits = as_edits(rec.get("edits") or [])
    reasons = " ".join(sorted({e.reason for e in edits}))
    meta = [f'<span class="badge">{escape(str(rec.get("lang") or "no language"))}</span>',
            f"{len(edits)} edit{'s' if len(edits) != 1 else ''}",
            f"{len(rec.get('entities') or [])} party mention{'s' if len(rec.get('entities') or []) != 1 else ''}",
            f'id <code>{escape(str(rec.get("id")))}</code>']
    if rec.get("duplicate_of"):
        from .summary import duplicate_target

        meta.insert(1, f'<span class="badge warn">duplicate of {escape(duplicate_target(rec["duplicate_of"]))}</span>')
    fields = "".join(f"<dt>{k}</dt><dd>{escape(', '.join(v) if isinstance(v, list) else str(v))}</dd>"
                     for k in ("title", "published", "site", "url", "tags", "attribution")
                     if (v := rec.get(k)))
    if item.input_text is not None:
        body = f'<div class="text">{_marked_input(item.input_text, edits)}</div>'
    else:
        body = (f'<p class="note">{escape(item.input_note)}; the cleaned text:</p>'
                f'<div class="text">{escape(rec.get("text") or "")}</div>')
    cleaned = (f'<details><summary>Cleaned text</summary><div class="text out">{escape(rec.get("text") or "")}</div></details>'
               if item.input_text is not None else "")
    return (f'<article class="doc" id="doc-{number}" data-reasons="{escape(reasons)}">{head}'
            f'<p class="meta">{" · ".join(meta)}</p>'
            + (f'<dl class="fields">{fields}</dl>' if fields else "")
            + (f'<div class="chips">{_reason_chips(edits)}</div>' if edits else "")
            + body + cleaned + "</article>")


# --- the summary ---------------------------------------------------------------------


def _card(key: str, value: int, label: str) -> str:
    return f'<div class="card"><b data-count="{key}">{value}</b><span>{escape(label)}</span></div>'


def _table(table_id: str, head: Sequence[str], rows: list[Sequence], empty: str) -> str:
    if not rows:
        return f'<p class="empty" id="{table_id}">{escape(empty)}</p>'
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f'<td{" class=n" if isinstance(c, int) else ""}>{escape(str(c))}</td>' for c in row)
                   + "</tr>" for row in rows)
    return f'<table id="{table_id}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def _month_plot(s: Summary) -> str:
    if not s.months:
        return '<p class="empty">No dated record mentions a party.</p>'
    # parties with dated mentions only: a legend entry without a column is noise
    order = [pid for pid, _, _ in s.parties if any(s.by_month[m].get(pid) for m in s.months)]
    names = {pid: name for pid, name, _ in s.parties}
    own, rest = order[:MONTH_PLOT_PARTIES], order[MONTH_PLOT_PARTIES:]
    series = [(names[pid], [s.by_month[m].get(pid, 0) for m in s.months]) for pid in own]
    if rest:
        series.append((f"other ({len(rest)} parties)", [sum(s.by_month[m].get(p, 0) for p in rest) for m in s.months]))
    note = f'<figcaption>{s.undated_mentions} mention(s) in records without a date are not shown.</figcaption>' \
        if s.undated_mentions else ""
    return stacked_columns(s.months, series, title="Party mentions by month") + note


def _summary(s: Summary, shown: int) -> str:
    cards = "".join([
        _card("documents", s.documents, "documents"),
        _card("records", s.records, "records"),
        _card("rejected", s.rejected, "rejected"),
        _card("edits", s.edits, "edits"),
        _card("duplicates", len(s.duplicates) + s.dedup_rejected, "duplicates"),
        _card("mentions", s.mentions, "party mentions"),
    ])
    reason_rows = [(r.reason, ", ".join(r.steps), r.removed, r.rewritten, r.inserted, r.chars_removed) for r in s.reasons]
    dup_rows = [(where, of) for where, of in s.duplicates]
    parties_plot = (bar_chart([(name, n) for _, name, n in s.parties], title="Party mentions by party")
                    if s.parties else '<p class="empty">No party mentions.</p>')
    langs_plot = bar_chart(s.languages, title="Records by language", colour=PALETTE[2]) if s.languages else ""
    sampled = (f'<p class="note">Documents below: a sample of {shown} of {s.documents}, chosen by a hash of their '
               f'id (the same sample on every run); the summary counts all of them.</p>') if shown < s.documents else ""
    return f"""<section id="summary"><h2>Summary</h2><div class="cards">{cards}</div>{sampled}
<div class="grid">
<figure><h3>Party mentions by party</h3>{parties_plot}</figure>
<figure><h3>Party mentions by month</h3>{_month_plot(s)}</figure>
<div><h3>Removals and rewrites by reason</h3>{_table("reasons", ["reason", "steps", "removed", "rewritten", "inserted", "chars removed"], reason_rows, "No edits.")}</div>
<div><h3>Languages</h3>{langs_plot}{_table("languages", ["language", "records"], s.languages, "No records.")}
<h3>Rejections by reason</h3>{_table("rejections", ["reason", "documents"], s.rejections, "No rejections.")}
<h3>Duplicates</h3>{_table("duplicates", ["record", "duplicate of"], dup_rows, "No record is marked as a duplicate.")}
{f'<p class="note" id="dedup-rejected">{s.dedup_rejected} rejected by the deduplication stage (dedup.*).</p>' if s.dedup_rejected else ""}</div>
</div></section>"""


def _reason_options(s: Summary) -> str:
    prefixes: dict[str, int] = {}
    for r in s.reasons:
        head = r.reason.split(".")[0] + "."
        prefixes[head] = prefixes.get(head, 0) + r.total
    options = ['<option value="">all reasons</option>']
    options += [f'<option value="{escape(p)}">{escape(p)}* ({n})</option>' for p, n in sorted(prefixes.items())]
    options += [f'<option value="{escape(r.reason)}">{escape(r.reason)} ({r.total})</option>'
                for r in sorted(s.reasons, key=lambda r: r.reason)]
    options += [f'<option value="{escape(code)}">{escape(code)} (rejected: {n})</option>' for code, n in s.rejections]
    return "".join(options)


def render_report(items: list[Reviewed], *, title: str, sample_size: int | None = None,
                  page_size: int = DEFAULT_PAGE_SIZE) -> str:
    """The whole page for the records ``items`` (inputs attached)."""
    s = summarise(items)
    limit = sample_size if sample_size is not None else MAX_DOCUMENT_SECTIONS
    shown = sample(items, limit)
    docs = "\n".join(_document(item, item.position + 1) for item in shown)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corpusclean {escape(__version__)}"><title>{escape(title)}</title>
<style>{_asset("report.css")}</style></head>
<body data-ready="0" data-page-size="{max(1, page_size)}">
<header><h1>{escape(title)}</h1><p>corpusclean {escape(__version__)} review: {s.documents} documents,
{s.records} records, {s.rejected} rejected. Removed text is <del>struck through</del>, inserted text
<ins>underlined</ins>; hover a change for its step and reason.</p>
<nav><a href="#summary">Summary</a> <a href="#documents">Documents</a></nav></header>
<main>{_summary(s, len(shown))}
<section id="documents"><h2>Documents</h2>
<div class="toolbar"><label>Reason <select id="reason-filter">{_reason_options(s)}</select></label>
<label><input type="checkbox" id="show-ws" checked> whitespace edits</label>
<span id="page-info"></span><span id="pager"></span></div>
{docs}
</section></main>
<script>{_asset("report.js")}</script>
</body></html>
"""


def write_report(args: argparse.Namespace, out, err) -> int:
    """``corpusclean review``: read the records, write the page."""
    from ..cli import EXIT_OK, UsageError, _open_out

    if args.sample is not None and args.sample < 1:
        raise UsageError(f"--sample {args.sample}: give a positive number of documents")
    if args.page_size < 1:
        raise UsageError(f"--page-size {args.page_size}: give a positive number of documents")
    try:
        items = load_records(args.records)
    except ReviewInputError as e:
        raise UsageError(str(e)) from None
    attach_inputs(items)
    missing = sum(1 for it in items if not it.rejected and it.input_text is None)
    if missing:
        err.write(f"corpusclean review: {missing} record(s) without their input (clean with --keep-input); "
                  "their cleaned text is shown instead\n")
    if args.sample is None and len(items) > MAX_DOCUMENT_SECTIONS:
        err.write(f"corpusclean review: {len(items)} documents; showing a sample of {MAX_DOCUMENT_SECTIONS} "
                  "(--sample N to choose)\n")
    title = args.title or "corpusclean review: " + ", ".join(args.records)
    page = render_report(items, title=title, sample_size=args.sample, page_size=args.page_size)
    sink, close = _open_out(args.output, out)
    try:
        sink.write(page)
    finally:
        if close:
            sink.close()
    return EXIT_OK
