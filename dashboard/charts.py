"""Plotly figure builders. Pure: data in, `go.Figure` out, no Streamlit.

Colours come from the theme's `chartCategoricalColors` in
`.streamlit/config.toml` (Okabe–Ito, safe for colour-blind readers). Every
builder has a twin `*_table` that returns the same numbers as a DataFrame,
shown under the chart as its text alternative.

One figure is drawn at every width, from a 390 px phone to a projector, and in
the light and the dark theme, so:
- the title sits on its own band at the top, wrapped to lines short enough for a
  narrow column; the legend lies flat on the band below it, above the plot, so it
  never meets the axis title or the tick labels, and the plot gives way to it as
  it wraps onto more rows on a phone;
- long names on category axes wrap onto lines of even length, and each bar row is
  tall enough for its label;
- every text colour is `THEME_TEXT`, which Streamlit turns into a strong text
  colour of the theme in use.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Literal

import pandas as pd
import plotly.graph_objects as go

from dashboard import scoring, vocab
from dashboard.data import Claim, Option
from dashboard.matching import Ranked
from dashboard.text import cost_range, human_hours

CONFIG = Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml"
FALLBACK = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")

# The colour of all chart text. No single colour is 4.5:1 against both the light
# background (#FFFFFF) and the dark one (#0E1117), so it must follow the theme.
# Streamlit's own Plotly theme (st.plotly_chart's default, theme="streamlit") sends
# placeholder colours and swaps them in the browser for the theme in use: this one
# (its GRAY_90) becomes #262730 on light and #FAFAFA on dark. Left to that theme,
# axis text would be #808495, 3.7:1 on white. tests/test_chart_contrast.py holds the
# swap and the ratios.
THEME_TEXT = "#000037"

DOCTOR_SYMBOLS = {"no": "circle", "sometimes": "diamond", "yes": "square"}
ONE_MINUTE = 1 / 60
# Labelled times on the log axes, at least 1.1 decades apart so that they stay apart
# on a phone. Unlabelled minor ticks mark the steps in between.
TIME_TICKS = {
    1 / 60: "1 minute",
    1.0: "1 hour",
    24.0: "1 day",
    672.0: "4 weeks",
    8760.0: "1 year",
}
MINOR_TIME_TICKS = (10 / 60, 6.0, 168.0, 2190.0)  # 10 minutes, 6 hours, 1 week, 3 months
LONGEST = 8760 * 1.5  # the time axes end at a year and a half

# Layout, in pixels, measured in Chromium. Streamlit draws titles at 16 px bold and
# axis and legend text at 12 px, about 5 px a character.
TITLE_CHARS = 32  # a title line this long fits a 240 px wide chart
LABEL_CHARS = 22  # names on category axes wrap to lines this long
CHAR = 5.3  # one character of 12 px text, a little generous
TITLE_TOP = 8  # above the title
TITLE_LINE = 22  # one line of title
LEGEND_GAP = 6  # between the title and the legend
LEGEND_ROW = 20  # one row of legend
LEGEND_ITEM = 40  # a legend entry's symbol and gaps, besides its text
LEGEND_ITEM_GAP = 5  # between legend entries
PHONE_WIDTH = 358  # a chart on a 390 px wide phone, inside the page's padding
AXIS_BELOW = 64  # tick labels and axis title under the plot
NUMBER_AXIS = 70  # a y axis of numbers and its title, beside the plot
MARGIN = 10


@cache
def palette() -> tuple[str, ...]:
    """The theme's categorical colours."""
    try:
        theme = tomllib.loads(CONFIG.read_text(encoding="utf-8")).get("theme", {})
        colours = tuple(theme.get("chartCategoricalColors", ()))
    except (OSError, tomllib.TOMLDecodeError):
        colours = ()
    return colours or FALLBACK


def _lines(words: Sequence[str], width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return lines


def _wrap(text: str, width: int = LABEL_CHARS) -> str:
    """Lines of at most `width` characters (a longer word keeps a line of its own), as even
    as that number of lines allows: "Heat wrap or<br>heating pad", not "...heating<br>pad".
    A `<br>` already in the text stays a line break."""
    out: list[str] = []
    for part in text.split("<br>"):
        words = part.split()
        lines = _lines(words, width)
        for narrower in range(width - 1, 0, -1):
            trial = _lines(words, narrower)
            if len(trial) > len(lines):
                break
            lines = trial
        out.extend(lines)
    return "<br>".join(out)


def _line_count(label: str) -> int:
    return label.count("<br>") + 1


def _title_height(title: str) -> int:
    return TITLE_TOP + TITLE_LINE * _line_count(title)


def _label_width(labels: Iterable[str]) -> int:
    """The width of the widest line of these category labels, and the gap to the plot."""
    longest = max((len(line) for label in labels for line in label.split("<br>")), default=0)
    return math.ceil(CHAR * longest) + 10


def legend_rows(labels: Sequence[str], width: float) -> int:
    """How many rows Plotly gives a flat legend of these labels over a plot this wide:
    one row if they all fit side by side, else a grid of columns as wide as the widest."""
    items = [LEGEND_ITEM + CHAR * len(label) for label in labels]
    if len(items) < 2:
        return 0  # Plotly shows no legend for a single trace
    if sum(items) + LEGEND_ITEM_GAP * (len(items) - 1) < width:
        return 1
    columns = int((width + LEGEND_ITEM_GAP) // (max(items) + LEGEND_ITEM_GAP))
    return math.ceil(len(items) / max(1, columns))


def _height(title: str, plot: int, legend: Sequence[str] = (), beside: int = NUMBER_AXIS) -> int:
    """Room for the title, the legend as it wraps on a phone, the plot and the x axis.
    `beside` is the width of the y axis's labels, which the legend does not reach over."""
    rows = legend_rows(legend, PHONE_WIDTH - 2 * MARGIN - beside)
    legend_px = LEGEND_GAP + LEGEND_ROW * rows if rows else 0
    return _title_height(_wrap(title, TITLE_CHARS)) + legend_px + plot + AXIS_BELOW + MARGIN


def _row_height(labels: Sequence[str]) -> int:
    """One bar row: room for its label's lines at 12 px, with space between neighbours."""
    return max(40, 16 * max((_line_count(label) for label in labels), default=1) + 16)


def style_figure(fig: go.Figure, title: str, height: int) -> go.Figure:
    """The frame every chart shares: the title (wrapped) on a band at the top, a flat legend
    under it and above the plot, and every text colour `THEME_TEXT`. `height` is the whole
    figure's; `_height` works it out so that the plot keeps its room on a phone."""
    text = _wrap(title, TITLE_CHARS)
    top = _title_height(text)
    fig.update_layout(
        title={
            "text": text,
            "font": {"color": THEME_TEXT},
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            # Plotly centres a title of several lines on its anchor: move it down to match.
            "y": 1 - (TITLE_TOP + (_line_count(text) - 1) * TITLE_LINE / 2) / height,
            "yanchor": "top",
            "yref": "container",
        },
        height=height,
        # The legend reserves its own rows under the title: the plot starts below it.
        margin={"l": MARGIN, "r": MARGIN, "t": top + LEGEND_GAP, "b": MARGIN},
        legend={
            "orientation": "h",
            "xref": "container",
            "yref": "container",
            "x": 0,
            "xanchor": "left",
            "y": 1 - (top + LEGEND_GAP) / height,
            "yanchor": "top",
            "traceorder": "normal",  # the order of the traces, also for stacked bars
            "font": {"color": THEME_TEXT},
        },
        font={"size": 14, "color": THEME_TEXT},
        hoverlabel={"font": {"size": 14, "color": THEME_TEXT}},
    )
    fig.update_xaxes(tickfont_color=THEME_TEXT, title_font_color=THEME_TEXT)
    fig.update_yaxes(tickfont_color=THEME_TEXT, title_font_color=THEME_TEXT)
    return fig


def _score_text(value: float | None, missing: str) -> str:
    """A 0 to 5 score in a table: one decimal, like the total."""
    return missing if value is None else f"{value:.1f}"


# ------------------------------------------------------------ score breakdown


def score_breakdown_table(ranked: Sequence[Ranked]) -> pd.DataFrame:
    rows = []
    for r in ranked:
        row: dict[str, object] = {"Option": r.option.name}
        for a in scoring.ATTRIBUTES:
            row[scoring.ATTRIBUTE_LABELS[a]] = _score_text(r.parts.get(a), "not scored")
        row["Total (0 to 5)"] = r.shown
        row["Scored on"] = f"{r.scored_on} of {r.weighed} factors"
        rows.append(row)
    return pd.DataFrame(rows)


def too_few_scores(ranked: Sequence[Ranked]) -> str | None:
    """The sentence to show instead of the score chart when it would have a single bar,
    or None when there are two or more options to compare."""
    if len(ranked) >= 2:
        return None
    if not ranked:
        return "No option fits your answers, so there are no scores to compare."
    r = ranked[0]
    if r.scored_on == 0:
        return f"Only {r.option.name} fits your answers, and none of what you weigh is known for it, so it has no score."
    biggest = [(a, v) for a, v in sorted(r.parts.items(), key=lambda part: -part[1])[:2] if v > 0]
    parts = " and ".join(f"{scoring.ATTRIBUTE_LABELS[a].lower()} ({v:.1f})" for a, v in biggest)
    return (
        f"Only {r.option.name} fits your answers. It scores {r.shown} out of 5, on "
        f"{r.scored_on} of {r.weighed} factors."
        + (f" Its biggest parts are {parts}." if len(biggest) == 2 else "")
        + " The table below has each part."
    )


SCORE_TITLE = "What makes up each score"


def score_breakdown(ranked: Sequence[Ranked]) -> go.Figure:
    """Stacked bars: how each fitting option's score is built from what matters to you."""
    colours = palette()
    names = [_wrap(r.option.name) for r in ranked]
    labels = [scoring.ATTRIBUTE_LABELS[a] for a in scoring.ATTRIBUTES]
    fig = go.Figure()
    for i, (a, label) in enumerate(zip(scoring.ATTRIBUTES, labels, strict=True)):
        fig.add_bar(
            name=label,
            y=names,
            x=[round(r.parts.get(a, 0.0), 3) for r in ranked],
            orientation="h",
            marker_color=colours[i % len(colours)],
            hovertemplate="%{y}<br>" + label + ": %{x:.1f}<extra></extra>",
        )
    if any(not r.exact for r in ranked):
        # What the unknown factors could add: a hatched, open segment, never a filled score.
        fig.add_bar(
            name="Not known (could add up to this)",
            y=names,
            x=[round(r.high - r.low, 3) for r in ranked],
            orientation="h",
            marker={"color": colours[7 % len(colours)], "opacity": 0.45, "pattern": {"shape": "/"}},
            hovertemplate="%{y}<br>Not known: could add up to %{x:.1f}<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed")
    # The whole scale, every whole point marked: a score is out of 5, whatever the top bar.
    fig.update_xaxes(range=[0, 5], tick0=0, dtick=1, showgrid=True, title="Score out of 5")
    plot = _row_height(names) * max(1, len(ranked))
    return style_figure(fig, SCORE_TITLE, _height(SCORE_TITLE, plot, labels, _label_width(names)))


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


# ------------------------------------------------------------------- profile


def profile_table(options: Sequence[Option]) -> pd.DataFrame:
    rows = []
    for o in options:
        prof = scoring.profile(o).as_dict()
        rows.append(
            {
                "Option": o.name,
                **{
                    scoring.ATTRIBUTE_LABELS[a]: _score_text(prof[a], "not known") for a in scoring.ATTRIBUTES
                },
            }
        )
    return pd.DataFrame(rows)


PROFILE_TITLE = "Scores on what people weigh"
# Six groups share a phone's width: about 50 px each, so the names wrap to short lines.
PROFILE_LABEL_CHARS = 8


def profile_chart(options: Sequence[Option], plot: int = 300) -> go.Figure:
    """Grouped bars on the shared 0–5 scale, one group per attribute. `plot` is the plot
    area's height in px (a slide asks for less, so it fits the screen)."""
    colours = palette()
    fig = go.Figure()
    labels = [_wrap(scoring.ATTRIBUTE_LABELS[a], PROFILE_LABEL_CHARS) for a in scoring.ATTRIBUTES]
    for i, o in enumerate(options):
        prof = scoring.profile(o).as_dict()
        fig.add_bar(
            name=o.name,
            x=labels,
            # An unknown score is a gap, never a bar of 0.
            y=[prof[a] for a in scoring.ATTRIBUTES],
            marker_color=colours[i % len(colours)],
            marker_pattern_shape=["", "/", ".", "x"][i % 4],
            customdata=[scoring.ATTRIBUTE_LABELS[a] for a in scoring.ATTRIBUTES],
            hovertemplate=o.name + "<br>%{customdata}: %{y} of 5<extra></extra>",
        )
    fig.update_layout(barmode="group")
    fig.update_xaxes(tickangle=0)
    fig.update_yaxes(range=[0, 5], dtick=1, title="Score (0 to 5, higher is better)", title_standoff=8)
    # The x labels take up to three lines: more room under the plot than one line needs.
    return style_figure(fig, PROFILE_TITLE, _height(PROFILE_TITLE, plot, [o.name for o in options]) + 24)


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
