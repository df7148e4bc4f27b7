"""Inline SVG charts for the report: no script, no library, no network; the same data
give the same bytes.

>>> svg = bar_chart([("AMANAT", 3), ("Ак жол", 1)], title="Mentions")
>>> svg.startswith("<svg") and svg.count("<rect") == 2
True
"""

from __future__ import annotations

import math
from html import escape
from typing import Sequence

__all__ = ["bar_chart", "stacked_columns", "PALETTE"]

# Okabe-Ito colours: told apart with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
OTHER_COLOUR = "#999999"
BAR_HEIGHT, BAR_GAP, LABEL_WIDTH, CHART_WIDTH = 20, 6, 230, 620
CHAR_WIDTH = 7.2  # average width of a 12px label character: labels are cut to fit their room
LEGEND_COLUMNS, LEGEND_COLUMN_WIDTH = 2, 280
COLUMN_AREA_HEIGHT = 180
MONTH_LABEL_WIDTH = 56  # room one "2024-05" axis label needs; columns narrower than this skip labels


def _fmt(n: float) -> str:
    return f"{n:g}"


def _fit(label: str, room: float) -> str:
    most = max(4, int(room / CHAR_WIDTH))
    return label if len(label) <= most else label[:most - 1] + "…"


def bar_chart(items: Sequence[tuple[str, int]], *, title: str, colour: str = PALETTE[0]) -> str:
    """Horizontal bars, one per (label, value), largest first as given."""
    top = max((v for _, v in items), default=0) or 1
    plot = CHART_WIDTH - LABEL_WIDTH - 50
    height = len(items) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {CHART_WIDTH} {height}" '
             f'width="{CHART_WIDTH}" height="{height}"><title>{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = BAR_GAP + i * (BAR_HEIGHT + BAR_GAP)
        w = max(1.0, plot * value / top)
        short = _fit(label, LABEL_WIDTH - 12)
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(short)}</text>'
                     f'<rect x="{LABEL_WIDTH}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" fill="{colour}">'
                     f'<title>{escape(label)}: {value}</title></rect>'
                     f'<text x="{LABEL_WIDTH + w + 6:.1f}" y="{y + 15}" class="value">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


def stacked_columns(columns: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *, title: str) -> str:
    """One column per label in ``columns`` (months), stacked by series (parties); the
    series after the palette's length are drawn grey.  A legend comes underneath."""
    totals = [sum(values[i] for _, values in series) for i in range(len(columns))]
    top = max(totals, default=0) or 1
    left, bottom = 40, 40
    step = max(8.0, min(48.0, (CHART_WIDTH - left - 10) / max(1, len(columns))))
    width = max(CHART_WIDTH, int(left + step * len(columns) + 10))
    legend_rows = -(-len(series) // LEGEND_COLUMNS)
    height = COLUMN_AREA_HEIGHT + bottom + 18 * legend_rows + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {width} {height}" '
             f'width="{width}" height="{height}"><title>{escape(title)}</title>']
    for frac in (0, 0.5, 1):
        y = COLUMN_AREA_HEIGHT * (1 - frac) + 5
        parts.append(f'<line x1="{left}" x2="{width - 5}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{_fmt(round(top * frac, 1))}</text>')
    label_every = max(1, math.ceil(MONTH_LABEL_WIDTH / step))
    for i, col in enumerate(columns):
        x = left + i * step
        y = COLUMN_AREA_HEIGHT + 5
        for k, (name, values) in enumerate(series):
            v = values[i]
            if not v:
                continue
            h = COLUMN_AREA_HEIGHT * v / top
            y -= h
            colour = PALETTE[k] if k < len(PALETTE) else OTHER_COLOUR
            parts.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{step - 2:.1f}" height="{h:.1f}" fill="{colour}">'
                         f'<title>{escape(col)} · {escape(name)}: {v}</title></rect>')
        if i % label_every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{COLUMN_AREA_HEIGHT + 20}" text-anchor="middle" '
                         f'class="axis">{escape(col)}</text>')
    for k, (name, _) in enumerate(series):
        row, col = divmod(k, LEGEND_COLUMNS)
        x, y = left + col * LEGEND_COLUMN_WIDTH, COLUMN_AREA_HEIGHT + bottom + row * 18
        colour = PALETTE[k] if k < len(PALETTE) else OTHER_COLOUR
        short = _fit(name, LEGEND_COLUMN_WIDTH - 30)
        parts.append(f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{x + 18}" y="{y}">{escape(short)}</text>')
    parts.append("</svg>")
    return "".join(parts)
