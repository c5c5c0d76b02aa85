"""Counting charts: the article's claims by verdict, and natural frequencies as dots."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard import vocab
from dashboard.charts.style import AXIS_BELOW, THEME_TEXT, _height, palette, style_figure
from dashboard.data import Claim

# ------------------------------------------------------------- verdict counts


def verdict_counts_table(verdicts: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"Verdict": vocab.CLAIM_VERDICT_LABELS[v], "Claims": sum(1 for x in verdicts if x == v)}
            for v in vocab.CLAIM_VERDICTS
        ]
    )


VERDICT_TITLE = "The article's claims, checked"


def verdict_counts(claims: Sequence[Claim], cause_verdicts: Sequence[str]) -> go.Figure:
    """How many of the article's claims the evidence agrees with, partly, or not."""
    verdicts = [c.verdict for c in claims] + list(cause_verdicts)
    table = verdict_counts_table(verdicts)
    colours = palette()
    colour = {
        "agrees": colours[2],
        "partly_agrees": colours[1],
        "not_supported": colours[3],
        "disagrees": colours[5],
        "not_addressed": colours[7],
    }
    fig = go.Figure(
        go.Bar(
            x=table["Claims"],
            y=table["Verdict"],
            orientation="h",
            marker_color=[colour[v] for v in vocab.CLAIM_VERDICTS],
            text=table["Claims"],
            textposition="outside",
            textfont={"color": THEME_TEXT},
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    # Room after the longest bar for its count.
    fig.update_xaxes(
        title="Number of claims", dtick=1, range=[0, max(1, int(table["Claims"].max())) * 1.1 + 0.5]
    )
    fig.update_layout(showlegend=False)
    return style_figure(fig, VERDICT_TITLE, 300)


# ---------------------------------------------------------------- icon array


def icon_array(value: int, out_of: int, label: str, rest_label: str) -> go.Figure:
    """`value` in `out_of` people as a grid of dots (10 a row), for natural frequencies."""
    colours = palette()
    per_row = 10
    xs = [i % per_row for i in range(out_of)]
    ys = [i // per_row for i in range(out_of)]
    names = [f"{value} {label}", f"{out_of - value} {rest_label}"]
    fig = go.Figure()
    fig.add_scatter(
        name=names[0],
        x=xs[:value],
        y=ys[:value],
        mode="markers",
        marker={"size": 16, "color": colours[2], "symbol": "circle"},
        hoverinfo="skip",
    )
    fig.add_scatter(
        name=names[1],
        x=xs[value:],
        y=ys[value:],
        mode="markers",
        marker={"size": 16, "color": colours[7], "symbol": "circle-open", "line": {"width": 2}},
        hoverinfo="skip",
    )
    fig.update_xaxes(visible=False, range=[-0.7, per_row - 0.3])
    fig.update_yaxes(visible=False, autorange="reversed", scaleanchor="x")
    # The count on the first line, what it counts on the next: it also fits a narrow column.
    title = f"{value} in {out_of} people<br>{label}"
    return style_figure(fig, title, _height(title, 300, names, beside=0) - AXIS_BELOW)
