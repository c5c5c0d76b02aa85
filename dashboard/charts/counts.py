"""Counting charts: the article's claims by verdict, and natural frequencies as dots."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard import vocab
from dashboard.charts.style import AXIS_BELOW, THEME_TEXT, _height, palette, style_figure
from dashboard.data import Claim
from dashboard.i18n import N_, _, ngettext

# ------------------------------------------------------------- verdict counts


def _counts(verdicts: Sequence[str]) -> list[int]:
    """How many claims have each verdict, in `vocab.CLAIM_VERDICTS` order."""
    return [sum(1 for x in verdicts if x == v) for v in vocab.CLAIM_VERDICTS]


def verdict_counts_table(verdicts: Sequence[str]) -> pd.DataFrame:
    """The counts as a table, in words: its headers are for reading, never read back."""
    return pd.DataFrame(
        [
            {_("Verdict"): _(vocab.CLAIM_VERDICT_LABELS[v]), _("Claims"): n}
            for v, n in zip(vocab.CLAIM_VERDICTS, _counts(verdicts), strict=True)
        ]
    )


VERDICT_TITLE = N_("The article's claims, checked")


def verdict_counts(claims: Sequence[Claim], cause_verdicts: Sequence[str]) -> go.Figure:
    """How many of the article's claims the evidence agrees with, partly, or not."""
    counts = _counts([c.verdict for c in claims] + list(cause_verdicts))
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
            x=counts,
            y=[_(vocab.CLAIM_VERDICT_LABELS[v]) for v in vocab.CLAIM_VERDICTS],
            orientation="h",
            marker_color=[colour[v] for v in vocab.CLAIM_VERDICTS],
            text=counts,
            textposition="outside",
            textfont={"color": THEME_TEXT},
            cliponaxis=False,
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    # Room after the longest bar for its count.
    fig.update_xaxes(title=_("Number of claims"), dtick=1, range=[0, max(1, *counts) * 1.1 + 0.5])
    fig.update_layout(showlegend=False)
    return style_figure(fig, _(VERDICT_TITLE), 300)


# ---------------------------------------------------------------- icon array


def icon_array(value: int, out_of: int, label: str, rest_label: str) -> go.Figure:
    """`value` in `out_of` people as a grid of dots (10 a row), for natural frequencies.
    `label` and `rest_label` are in words already ("recovered by 12 weeks")."""
    colours = palette()
    per_row = 10
    xs = [i % per_row for i in range(out_of)]
    ys = [i // per_row for i in range(out_of)]
    # Translators: a count, then what the people counted did ("84 recovered by 12 weeks").
    count = _("{count} {what}")
    names = [count.format(count=value, what=label), count.format(count=out_of - value, what=rest_label)]
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
    title = ngettext(
        "{value} in {out_of} person<br>{what}", "{value} in {out_of} people<br>{what}", out_of
    ).format(value=value, out_of=out_of, what=label)
    return style_figure(fig, title, _height(title, 300, names, beside=0) - AXIS_BELOW)
