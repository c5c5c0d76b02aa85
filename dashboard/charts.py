"""Plotly figure builders. Pure: data in, `go.Figure` out, no Streamlit.

Colours come from the theme's `chartCategoricalColors` in
`.streamlit/config.toml` (Okabe–Ito, safe for colour-blind readers). Every
builder has a twin `*_table` that returns the same numbers as a DataFrame,
shown under the chart as its text alternative.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

from dashboard import scoring, vocab
from dashboard.data import Claim, Option
from dashboard.matching import Ranked
from dashboard.text import cost_range, human_hours

CONFIG = Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"
FALLBACK = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")

DOCTOR_SYMBOLS = {"no": "circle", "sometimes": "diamond", "yes": "square"}
ONE_MINUTE = 1 / 60
TIME_TICKS = {
    1 / 60: "1 minute",
    10 / 60: "10 minutes",
    1.0: "1 hour",
    6.0: "6 hours",
    24.0: "1 day",
    168.0: "1 week",
    672.0: "4 weeks",
    2190.0: "3 months",
    8760.0: "1 year",
}


@cache
def palette() -> tuple[str, ...]:
    """The theme's categorical colours."""
    try:
        theme = tomllib.loads(CONFIG.read_text(encoding="utf-8")).get("theme", {})
        colours = tuple(theme.get("chartCategoricalColors", ()))
    except (OSError, tomllib.TOMLDecodeError):
        colours = ()
    return colours or FALLBACK


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
        font={"size": 14},
        hoverlabel={"font_size": 14},
    )
    return fig


def _wrap(name: str, width: int = 18) -> str:
    words, lines, line = name.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(lines)


# ------------------------------------------------------------ score breakdown


def score_breakdown_table(ranked: Sequence[Ranked]) -> pd.DataFrame:
    rows = []
    for r in ranked:
        row: dict[str, object] = {"Option": r.option.name}
        for a in scoring.ATTRIBUTES:
            row[scoring.ATTRIBUTE_LABELS[a]] = f"{r.parts[a]:.2f}" if a in r.parts else "not scored"
        row["Total (0 to 5)"] = "not scored" if r.score is None else f"{r.score:.1f}"
        row["Scored on"] = f"{r.scored_on} of {r.weighed} factors"
        rows.append(row)
    return pd.DataFrame(rows)


def score_breakdown(ranked: Sequence[Ranked]) -> go.Figure:
    """Stacked bars: how each fitting option's score is built from what matters to you."""
    colours = palette()
    names = [_wrap(r.option.name) for r in ranked]
    fig = go.Figure()
    for i, a in enumerate(scoring.ATTRIBUTES):
        fig.add_bar(
            name=scoring.ATTRIBUTE_LABELS[a],
            y=names,
            x=[round(r.parts.get(a, 0.0), 3) for r in ranked],
            orientation="h",
            marker_color=colours[i % len(colours)],
            hovertemplate="%{y}<br>" + scoring.ATTRIBUTE_LABELS[a] + ": %{x:.2f}<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(range=[0, 5], title="Score out of 5")
    return _layout(fig, "How each option's score is made up", 120 + 52 * max(1, len(ranked)))


# ---------------------------------------------------------- cost vs onset


def _onset_point(option: Option) -> float | None:
    mid = scoring.typical_onset_hours(option)
    if mid is None:
        return None
    return max(mid, ONE_MINUTE)


def cost_onset_table(options: Sequence[Option]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "Option": o.name,
                "Starts to help": _onset_words(o),
                "Cost": cost_range(o),
                "Doctor needed": o.doctor_needed,
                "Kind": vocab.CATEGORY_LABELS[o.category],
            }
            for o in options
        ]
    )


def _onset_words(option: Option) -> str:
    low, high = option.onset_hours_low, option.onset_hours_high
    if low is None or high is None:
        return "Unknown"
    if low == high:
        return human_hours(low)
    return f"{human_hours(low)} to {human_hours(high)}"


def plotted_and_missing(options: Sequence[Option]) -> tuple[list[Option], list[Option]]:
    """Options with both a cost and an onset figure can be drawn; the rest cannot."""
    shown = [o for o in options if o.cost_known and o.onset_known]
    return shown, [o for o in options if o not in shown]


def cost_vs_onset(options: Sequence[Option]) -> go.Figure:
    """Monthly cost against time until relief starts (log time), ranges as error bars."""
    colours = palette()
    shown, _ = plotted_and_missing(options)
    fig = go.Figure()
    for ci, category in enumerate(vocab.CATEGORIES):
        group = [o for o in shown if o.category == category]
        if not group:
            continue
        xs = [_onset_point(o) or ONE_MINUTE for o in group]
        lows = [o.onset_hours_low or 0.0 for o in group]
        highs = [o.onset_hours_high or 0.0 for o in group]
        ys = [((o.total_cost_low or 0) + (o.total_cost_high or 0)) / 2 for o in group]
        fig.add_scatter(
            name=vocab.CATEGORY_LABELS[category],
            x=xs,
            y=ys,
            mode="markers+text",
            text=[o.name for o in group],
            textposition="top center",
            marker={
                "size": 16,
                "color": colours[ci % len(colours)],
                "symbol": [DOCTOR_SYMBOLS[o.doctor_needed] for o in group],
                "line": {"width": 1, "color": "#333333"},
            },
            error_y={
                "type": "data",
                "symmetric": False,
                "array": [(o.total_cost_high or 0) - y for o, y in zip(group, ys, strict=True)],
                "arrayminus": [y - (o.total_cost_low or 0) for o, y in zip(group, ys, strict=True)],
                "thickness": 2,
            },
            error_x={
                "type": "data",
                "symmetric": False,
                "array": [max(h, ONE_MINUTE) - x for h, x in zip(highs, xs, strict=True)],
                "arrayminus": [x - max(lo, ONE_MINUTE) for lo, x in zip(lows, xs, strict=True)],
                "thickness": 1,
            },
            customdata=[
                [_onset_words(o), cost_range(o), vocab.DOCTOR_LABELS[o.doctor_needed]] for o in group
            ],
            hovertemplate="<b>%{text}</b><br>Starts to help: %{customdata[0]}<br>"
            "Cost: %{customdata[1]}<br>Doctor: %{customdata[2]}<extra></extra>",
        )
    ticks = list(TIME_TICKS)
    fig.update_xaxes(
        type="log",
        title="Time until it starts to help",
        tickvals=ticks,
        ticktext=list(TIME_TICKS.values()),
        range=[math.log10(ONE_MINUTE / 2), math.log10(8760 * 1.5)],
    )
    fig.update_yaxes(title="Cost to try it (US dollars)", rangemode="tozero", tickprefix="$")
    return _layout(fig, "Cost to try it and time until it helps", 480)


# ------------------------------------------------------------------ timeline


def timeline_table(options: Sequence[Option]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"Option": o.name, "Starts to help": _onset_words(o), "How long it lasts": o.lasts_text}
            for o in options
        ]
    )


def timeline(options: Sequence[Option]) -> go.Figure:
    """When each option starts to help (marker) and how long the benefit lasts (bar)."""
    colours = palette()
    fig = go.Figure()
    names = [_wrap(o.name) for o in options]
    starts, ends, lasting_names = [], [], []
    for o, label in zip(options, names, strict=True):
        start = _onset_point(o)
        if start is None or o.lasts_hours_high is None:
            continue
        starts.append(start)
        ends.append(start + o.lasts_hours_high)
        lasting_names.append(label)
    fig.add_bar(
        name="Benefit lasts",
        y=lasting_names,
        base=starts,
        x=[e - s for s, e in zip(starts, ends, strict=True)],
        orientation="h",
        marker_color=colours[0],
        hovertemplate="%{y}: lasts to %{x:.0f} hours after it starts<extra></extra>",
    )
    onset_names = [n for o, n in zip(options, names, strict=True) if o.onset_known]
    fig.add_scatter(
        name="Starts to help",
        y=onset_names,
        x=[_onset_point(o) for o in options if o.onset_known],
        mode="markers",
        marker={
            "symbol": "diamond",
            "size": 14,
            "color": colours[1],
            "line": {"width": 1, "color": "#333333"},
        },
        customdata=[_onset_words(o) for o in options if o.onset_known],
        hovertemplate="%{y}: starts to help in %{customdata}<extra></extra>",
    )
    fig.update_xaxes(
        type="log",
        title="Time from the start (log scale)",
        tickvals=list(TIME_TICKS),
        ticktext=list(TIME_TICKS.values()),
        range=[math.log10(ONE_MINUTE / 2), math.log10(8760 * 2.5)],
    )
    fig.update_yaxes(autorange="reversed", categoryorder="array", categoryarray=names)
    return _layout(
        fig, "When each option starts to help, and how long it lasts", 140 + 60 * max(1, len(options))
    )


# ------------------------------------------------------------------- profile


def profile_table(options: Sequence[Option]) -> pd.DataFrame:
    rows = []
    for o in options:
        prof = scoring.profile(o).as_dict()
        rows.append(
            {
                "Option": o.name,
                **{
                    scoring.ATTRIBUTE_LABELS[a]: "not known" if prof[a] is None else str(prof[a])
                    for a in scoring.ATTRIBUTES
                },
            }
        )
    return pd.DataFrame(rows)


def profile_chart(options: Sequence[Option]) -> go.Figure:
    """Grouped bars on the shared 0–5 scale, one group per attribute."""
    colours = palette()
    fig = go.Figure()
    labels = [scoring.ATTRIBUTE_LABELS[a] for a in scoring.ATTRIBUTES]
    for i, o in enumerate(options):
        prof = scoring.profile(o).as_dict()
        fig.add_bar(
            name=o.name,
            x=labels,
            # An unknown score is a gap, never a bar of 0.
            y=[prof[a] for a in scoring.ATTRIBUTES],
            marker_color=colours[i % len(colours)],
            marker_pattern_shape=["", "/", ".", "x"][i % 4],
            hovertemplate=o.name + "<br>%{x}: %{y} of 5<extra></extra>",
        )
    fig.update_layout(barmode="group")
    fig.update_yaxes(range=[0, 5], dtick=1, title="Score (0 to 5, higher is better)")
    return _layout(fig, "How the options score on what people weigh", 440)


# ------------------------------------------------------------- verdict counts


def verdict_counts_table(verdicts: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"Verdict": vocab.CLAIM_VERDICT_LABELS[v], "Claims": sum(1 for x in verdicts if x == v)}
            for v in vocab.CLAIM_VERDICTS
        ]
    )


def verdict_counts(claims: Sequence[Claim], cause_verdicts: Sequence[str]) -> go.Figure:
    """How many of the article's claims the evidence agrees with, partly, or not."""
    verdicts = [c.verdict for c in claims] + list(cause_verdicts)
    table = verdict_counts_table(verdicts)
    colours = palette()
    colour = {
        "agrees": colours[2],
        "partly_agrees": colours[1],
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
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="Number of claims", dtick=1, rangemode="tozero")
    fig.update_layout(showlegend=False)
    return _layout(fig, "How the article's claims compare with the evidence", 300)


# ---------------------------------------------------------------- icon array


def icon_array(value: int, out_of: int, label: str, rest_label: str) -> go.Figure:
    """`value` in `out_of` people as a grid of dots (10 a row), for natural frequencies."""
    colours = palette()
    per_row = 10
    xs = [i % per_row for i in range(out_of)]
    ys = [i // per_row for i in range(out_of)]
    fig = go.Figure()
    fig.add_scatter(
        name=f"{value} {label}",
        x=xs[:value],
        y=ys[:value],
        mode="markers",
        marker={"size": 16, "color": colours[2], "symbol": "circle"},
        hoverinfo="skip",
    )
    fig.add_scatter(
        name=f"{out_of - value} {rest_label}",
        x=xs[value:],
        y=ys[value:],
        mode="markers",
        marker={"size": 16, "color": colours[7], "symbol": "circle-open", "line": {"width": 2}},
        hoverinfo="skip",
    )
    fig.update_xaxes(visible=False, range=[-0.7, per_row - 0.3])
    fig.update_yaxes(visible=False, autorange="reversed", scaleanchor="x")
    return _layout(fig, f"{value} in {out_of} people {label}", 380)
