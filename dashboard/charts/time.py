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
from dashboard.i18n import N_, _, pgettext
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
    return _("{cost} (local price)").format(cost=cost_range(option)) if local else cost_range(option)


def _doctor_words(needed: str) -> str:
    """Whether a doctor is needed, in a table cell: "no", "sometimes" or "yes"."""
    return {
        "no": pgettext("doctor needed", "no"),
        "sometimes": pgettext("doctor needed", "sometimes"),
        "yes": pgettext("doctor needed", "yes"),
    }[needed]


def cost_onset_table(options: Sequence[Option]) -> pd.DataFrame:
    """The chart's table, in words: its headers are for reading, never read back."""
    return pd.DataFrame(
        [
            {
                _("Option"): o.name,
                _("Starts to help"): _onset_words(o),
                _("Cost"): _cost_words(o),
                _("Doctor needed"): _doctor_words(o.doctor_needed),
                _("Kind"): _(vocab.CATEGORY_LABELS[o.category]),
            }
            for o in options
        ]
    )


def _onset_words(option: Option) -> str:
    low, high = option.onset_hours_low, option.onset_hours_high
    if low is None or high is None:
        return _("Unknown")
    if low == high:
        return human_hours(low)
    return _("{low} to {high}").format(low=human_hours(low), high=human_hours(high))


def plotted_and_missing(options: Sequence[Option]) -> tuple[list[Option], list[Option]]:
    """Options with both a cost and an onset figure can be drawn; the rest cannot."""
    shown = [o for o in options if o.cost_known and o.onset_known]
    return shown, [o for o in options if o not in shown]


def too_few_points(options: Sequence[Option], chart: Literal["cost", "timeline"] = "cost") -> str | None:
    """The sentence to show instead of a chart that would have fewer than two points to
    compare, or None when the chart is worth drawing. `chart` is "cost" (cost against
    time until it helps, `cost_vs_onset`) or "timeline" (`timeline`)."""
    known = plotted_and_missing(options)[0] if chart == "cost" else [o for o in options if o.onset_known]
    if len(known) >= 2:
        return None
    rest = _("The table below has what we know about each option.")
    if not known:
        none = (
            _(
                "None of these options has both a known cost and a known time until it helps, "
                "so there is no chart to draw."
            )
            if chart == "cost"
            else _(
                "None of these options has a known time until it starts to help, "
                "so there is no timeline to draw."
            )
        )
        return f"{none} {rest}"
    only = known[0]
    if chart == "cost":
        one = _(
            "Only {name} has both a known cost and a known time until it helps "
            "(cost: {cost}; starts to help: {onset}). A chart needs at least two."
        ).format(name=only.name, cost=cost_range(only), onset=_onset_words(only))
    else:
        one = _(
            "Only {name} has a known time until it starts to help (starts to help: {onset}). "
            "A timeline needs at least two."
        ).format(name=only.name, onset=_onset_words(only))
    return f"{one} {rest}"


def _time_axis(fig: go.Figure, title: str, longest: float = LONGEST) -> None:
    """A log time axis from 30 seconds to a year and a half (or `longest` hours), labelled in words."""
    fig.update_xaxes(
        type="log",
        title=title,
        tickvals=list(TIME_TICKS),
        ticktext=[_(words) for words in TIME_TICKS.values()],
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


COST_TITLE = N_("Cost and time until it helps")


def cost_vs_onset(options: Sequence[Option]) -> go.Figure:
    """Monthly cost against time until relief starts (log time), ranges as error bars."""
    colours = palette()
    shown = plotted_and_missing(options)[0]
    low, high = math.log10(ONE_MINUTE / 2), math.log10(LONGEST)
    fig = go.Figure()
    kinds = []
    for ci, category in enumerate(vocab.CATEGORIES):
        group = [o for o in shown if o.category == category]
        if not group:
            continue
        kinds.append(_(vocab.CATEGORY_LABELS[category]))
        xs = [_onset_point(o) or ONE_MINUTE for o in group]
        lows = [o.onset_hours_low or 0.0 for o in group]
        highs = [o.onset_hours_high or 0.0 for o in group]
        ys = [((o.total_cost_low or 0) + (o.total_cost_high or 0)) / 2 for o in group]
        fig.add_scatter(
            name=kinds[-1],
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
                [_onset_words(o), _cost_words(o), _(vocab.DOCTOR_LABELS[o.doctor_needed]), _wrap(o.name, 16)]
                for o in group
            ],
            hovertemplate="<b>%{text}</b><br>"
            + _("Starts to help: {onset}<br>Cost: {cost}<br>Doctor: {doctor}").format(
                onset="%{customdata[0]}", cost="%{customdata[1]}", doctor="%{customdata[2]}"
            )
            + "<extra></extra>",
        )
    _time_axis(fig, _("Time until it starts to help"))
    # Whole dollars from $0, with room above the dearest range for its name.
    top = max((o.total_cost_high or 0 for o in shown), default=0)
    fig.update_yaxes(
        title=_("Cost to try it (US dollars)"),
        range=[0, max(10.0, top * 1.2)],
        tickprefix="$",
        tickformat=",.0f",
    )
    title = _(COST_TITLE)
    return style_figure(fig, title, _height(title, 340, kinds))


# ------------------------------------------------------------------ timeline


def timeline_table(options: Sequence[Option]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {_("Option"): o.name, _("Starts to help"): _onset_words(o), _("How long it lasts"): o.lasts_text}
            for o in options
        ]
    )


TIMELINE_TITLE = N_("When it helps, how long it lasts")


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
    legend = [_("Benefit lasts"), _("Starts to help")]
    fig.add_bar(
        name=legend[0],
        y=lasting_names,
        base=starts,
        x=[e - s for s, e in zip(starts, ends, strict=True)],
        orientation="h",
        marker_color=colours[0],
        hovertemplate=_("{name}: lasts to {hours} hours after it starts").format(
            name="%{y}", hours="%{x:.0f}"
        )
        + "<extra></extra>",
    )
    onset_names = [n for o, n in zip(options, names, strict=True) if o.onset_known]
    fig.add_scatter(
        name=legend[1],
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
        hovertemplate=_("{name}: starts to help in {onset}").format(name="%{y}", onset="%{customdata}")
        + "<extra></extra>",
    )
    _time_axis(fig, _("Time from the start (log scale)"), 1.2 * max(ends, default=0))
    # Every option gets its row, first at the top, even one with nothing known to draw.
    fig.update_yaxes(range=[len(names) - 0.5, -0.5], categoryorder="array", categoryarray=names)
    plot = _row_height(names) * max(1, len(options))
    title = _(TIMELINE_TITLE)
    return style_figure(fig, title, _height(title, plot, legend, _label_width(names)))
