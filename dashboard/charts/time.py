"""Charts over time: cost against the time until an option helps, and when it helps and how
long it lasts. An option with an unknown figure is listed, never drawn at a made-up place."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from dashboard import scoring, vocab
from dashboard.charts.style import (
    DOCTOR_SYMBOLS,
    LONGEST,
    MINOR_TIME_TICKS,
    ONE_MINUTE,
    THEME_TEXT,
    TIME_TICKS,
    _height,
    _label_width,
    _row_height,
    _wrap,
    palette,
    style_figure,
)
from dashboard.data import Option
from dashboard.text import cost_range, human_hours

# ---------------------------------------------------------- cost vs onset


def _onset_point(option: Option) -> float | None:
    mid = scoring.typical_onset_hours(option)
    if mid is None:
        return None
    return max(mid, ONE_MINUTE)


def _cost_words(option: Option) -> str:
    """The cost as the charts say it: a coach's local price is marked as local."""
    local = option.local is not None and option.local.price
    return f"{cost_range(option)} (local price)" if local else cost_range(option)


def cost_onset_table(options: Sequence[Option]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "Option": o.name,
                "Starts to help": _onset_words(o),
                "Cost": _cost_words(o),
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


def too_few_points(options: Sequence[Option], chart: Literal["cost", "timeline"] = "cost") -> str | None:
    """The sentence to show instead of a chart that would have fewer than two points to
    compare, or None when the chart is worth drawing. `chart` is "cost" (cost against
    time until it helps, `cost_vs_onset`) or "timeline" (`timeline`)."""
    if chart == "cost":
        known = plotted_and_missing(options)[0]
        need, drawn = "both a known cost and a known time until it helps", "a chart"
    else:
        known = [o for o in options if o.onset_known]
        need, drawn = "a known time until it starts to help", "a timeline"
    if len(known) >= 2:
        return None
    rest = "The table below has what we know about each option."
    if not known:
        return f"None of these options has {need}, so there is no {drawn[2:]} to draw. {rest}"
    only = known[0]
    facts = f"starts to help: {_onset_words(only)}"
    if chart == "cost":
        facts = f"cost: {cost_range(only)}; {facts}"
    return f"Only {only.name} has {need} ({facts}). {drawn.capitalize()} needs at least two. {rest}"


def _time_axis(fig: go.Figure, title: str, longest: float = LONGEST) -> None:
    """A log time axis from 30 seconds to a year and a half (or `longest` hours), labelled in words."""
    fig.update_xaxes(
        type="log",
        title=title,
        tickvals=list(TIME_TICKS),
        ticktext=list(TIME_TICKS.values()),
        minor={"tickvals": list(MINOR_TIME_TICKS), "ticks": "outside", "ticklen": 4},
        range=[math.log10(ONE_MINUTE / 2), math.log10(max(LONGEST, longest))],
    )


def _text_position(x: float, low: float, high: float) -> str:
    """A dot's name goes above it, leaning inwards near either end so it is not cut off."""
    share = (math.log10(x) - low) / (high - low)
    if share < 0.25:
        return "top right"
    if share > 0.75:
        return "top left"
    return "top center"


COST_TITLE = "Cost and time until it helps"


def cost_vs_onset(options: Sequence[Option]) -> go.Figure:
    """Monthly cost against time until relief starts (log time), ranges as error bars."""
    colours = palette()
    shown, _ = plotted_and_missing(options)
    low, high = math.log10(ONE_MINUTE / 2), math.log10(LONGEST)
    fig = go.Figure()
    kinds = []
    for ci, category in enumerate(vocab.CATEGORIES):
        group = [o for o in shown if o.category == category]
        if not group:
            continue
        kinds.append(vocab.CATEGORY_LABELS[category])
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
            texttemplate="%{customdata[3]}",
            textposition=[_text_position(x, low, high) for x in xs],
            textfont={"color": THEME_TEXT},
            cliponaxis=False,
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
                [_onset_words(o), _cost_words(o), vocab.DOCTOR_LABELS[o.doctor_needed], _wrap(o.name, 16)]
                for o in group
            ],
            hovertemplate="<b>%{text}</b><br>Starts to help: %{customdata[0]}<br>"
            "Cost: %{customdata[1]}<br>Doctor: %{customdata[2]}<extra></extra>",
        )
    _time_axis(fig, "Time until it starts to help")
    # Whole dollars from $0, with room above the dearest range for its name.
    top = max((o.total_cost_high or 0 for o in shown), default=0)
    fig.update_yaxes(
        title="Cost to try it (US dollars)",
        range=[0, max(10.0, top * 1.2)],
        tickprefix="$",
        tickformat=",.0f",
    )
    return style_figure(fig, COST_TITLE, _height(COST_TITLE, 340, kinds))


# ------------------------------------------------------------------ timeline


def timeline_table(options: Sequence[Option]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"Option": o.name, "Starts to help": _onset_words(o), "How long it lasts": o.lasts_text}
            for o in options
        ]
    )


TIMELINE_TITLE = "When it helps, how long it lasts"


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
    _time_axis(fig, "Time from the start (log scale)", 1.2 * max(ends, default=0))
    # Every option gets its row, first at the top, even one with nothing known to draw.
    fig.update_yaxes(range=[len(names) - 0.5, -0.5], categoryorder="array", categoryarray=names)
    plot = _row_height(names) * max(1, len(options))
    legend = ["Benefit lasts", "Starts to help"]
    return style_figure(fig, TIMELINE_TITLE, _height(TIMELINE_TITLE, plot, legend, _label_width(names)))
