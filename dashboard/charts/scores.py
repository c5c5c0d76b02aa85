"""Charts of the 0 to 5 scores: how each fitting option's score is made, and each option's
profile on the shared scale."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard import scoring
from dashboard.charts.style import (
    AXIS_BELOW,
    LEGEND_GAP,
    LEGEND_ROW,
    MARGIN,
    THEME_TEXT,
    TITLE_LINE,
    TITLE_TOP,
    _height,
    _label_width,
    _row_height,
    _score_text,
    _wrap,
    palette,
    style_figure,
)
from dashboard.data import Option
from dashboard.i18n import N_, _
from dashboard.matching import Ranked


def _label(attribute: str) -> str:
    """A factor's label, in this run's language."""
    return _(scoring.ATTRIBUTE_LABELS[attribute])


# ------------------------------------------------------------ score breakdown


def score_breakdown_table(ranked: Sequence[Ranked]) -> pd.DataFrame:
    rows = []
    for r in ranked:
        row: dict[str, object] = {_("Option"): r.option.name}
        for a in scoring.ATTRIBUTES:
            row[_label(a)] = _score_text(r.parts.get(a), _("not scored"))
        row[_("Total (0 to 5)")] = r.shown
        row[_("Scored on")] = _("{known} of {weighed} factors").format(known=r.scored_on, weighed=r.weighed)
        rows.append(row)
    return pd.DataFrame(rows)


def too_few_scores(ranked: Sequence[Ranked]) -> str | None:
    """The sentence to show instead of the score chart when it would have a single bar,
    or None when there are two or more options to compare."""
    if len(ranked) >= 2:
        return None
    if not ranked:
        return _("No option fits your answers, so there are no scores to compare.")
    r = ranked[0]
    if r.scored_on == 0:
        return _(
            "Only {name} fits your answers, and none of what you weigh is known for it, so it has no score."
        ).format(name=r.option.name)
    biggest = [(a, v) for a, v in sorted(r.parts.items(), key=lambda part: -part[1])[:2] if v > 0]
    words = [
        _(
            "Only {name} fits your answers. It scores {score} out of 5, on {known} of {weighed} factors."
        ).format(name=r.option.name, score=r.shown, known=r.scored_on, weighed=r.weighed)
    ]
    if len(biggest) == 2:
        (first, first_score), (second, second_score) = biggest
        words.append(
            _("Its biggest parts are {first} ({first_score}) and {second} ({second_score}).").format(
                first=_(scoring.ATTRIBUTE_WORDS[first]),
                first_score=f"{first_score:.1f}",
                second=_(scoring.ATTRIBUTE_WORDS[second]),
                second_score=f"{second_score:.1f}",
            )
        )
    words.append(_("The table below has each part."))
    return " ".join(words)


SCORE_TITLE = N_("What makes up each score")


def score_breakdown(ranked: Sequence[Ranked]) -> go.Figure:
    """Stacked bars: how each fitting option's score is built from what matters to you."""
    colours = palette()
    names = [_wrap(r.option.name) for r in ranked]
    labels = [_label(a) for a in scoring.ATTRIBUTES]
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
            name=_("Not known (could add up to this)"),
            y=names,
            x=[round(r.high - r.low, 3) for r in ranked],
            orientation="h",
            marker={"color": colours[7 % len(colours)], "opacity": 0.45, "pattern": {"shape": "/"}},
            hovertemplate="%{y}<br>"
            + _("Not known: could add up to {score}").format(score="%{x:.1f}")
            + "<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_yaxes(autorange="reversed")
    # The whole scale, every whole point marked: a score is out of 5, whatever the top bar.
    fig.update_xaxes(range=[0, 5], tick0=0, dtick=1, showgrid=True, title=_("Score out of 5"))
    plot = _row_height(names) * max(1, len(ranked))
    title = _(SCORE_TITLE)
    return style_figure(fig, title, _height(title, plot, labels, _label_width(names)))


# ------------------------------------------------------------------- profile


def profile_table(options: Sequence[Option]) -> pd.DataFrame:
    rows = []
    for o in options:
        prof = scoring.profile(o).as_dict()
        rows.append(
            {
                _("Option"): o.name,
                **{_label(a): _score_text(prof[a], _("not known")) for a in scoring.ATTRIBUTES},
            }
        )
    return pd.DataFrame(rows)


PROFILE_TITLE = N_("Scores on what people weigh")
# Six groups share a phone's width: about 50 px each, so the names wrap to short lines.
PROFILE_LABEL_CHARS = 8
NOT_KNOWN = N_("Not known")  # shown as _(NOT_KNOWN)
THEME_TYPE = 12  # px: the axis and legend text of Streamlit's chart theme
BAR_GAP = 0.2  # Plotly's own gap between groups, set so the "Not known" labels can be placed


def not_known_labels(options: Sequence[Option], size: int | None = None) -> list[dict[str, object]]:
    """A "Not known" label, written upwards from the axis, where each missing bar would be: an
    unknown score leaves a gap, and the gap must not read as 0. Grouped bars share the
    category's width less the gap, in trace order; category j is at x = j."""
    width = (1 - BAR_GAP) / max(1, len(options))
    labels: list[dict[str, object]] = []
    for i, o in enumerate(options):
        prof = scoring.profile(o).as_dict()
        for j, a in enumerate(scoring.ATTRIBUTES):
            if prof[a] is None:
                labels.append(
                    {
                        "x": j - (1 - BAR_GAP) / 2 + width * (i + 0.5),
                        "y": 0,
                        "xref": "x",
                        "yref": "y",
                        "text": _(NOT_KNOWN),
                        "textangle": -90,
                        "xanchor": "center",
                        "yanchor": "bottom",
                        "showarrow": False,
                        "font": {"color": THEME_TEXT, **({"size": size} if size else {})},
                    }
                )
    return labels


def profile_chart(options: Sequence[Option], plot: int = 300, text: int | None = None) -> go.Figure:
    """Grouped bars on the shared 0–5 scale, one group per attribute, with "Not known" where a
    score is unknown. `plot` is the plot area's height in px, `text` the size of every label
    in px (a slide asks for larger type on a large screen; by default, the theme's)."""
    colours = palette()
    fig = go.Figure()
    labels = [_wrap(_label(a), PROFILE_LABEL_CHARS) for a in scoring.ATTRIBUTES]
    for i, o in enumerate(options):
        prof = scoring.profile(o).as_dict()
        fig.add_bar(
            name=o.name,
            x=labels,
            # An unknown score is a gap, never a bar of 0.
            y=[prof[a] for a in scoring.ATTRIBUTES],
            marker_color=colours[i % len(colours)],
            marker_pattern_shape=["", "/", ".", "x"][i % 4],
            customdata=[_label(a) for a in scoring.ATTRIBUTES],
            hovertemplate=o.name
            + "<br>"
            + _("{factor}: {score} of 5").format(factor="%{customdata}", score="%{y}")
            + "<extra></extra>",
        )
    fig.update_layout(barmode="group", bargap=BAR_GAP, annotations=not_known_labels(options, text))
    fig.update_xaxes(tickangle=0)
    fig.update_yaxes(range=[0, 5], dtick=1, title=_("Score (0 to 5, higher is better)"), title_standoff=8)
    if text is not None:
        return _large_type(fig, plot, text)
    # The x labels take up to three lines: more room under the plot than one line needs.
    title = _(PROFILE_TITLE)
    return style_figure(fig, title, _height(title, plot, [o.name for o in options]) + 24)


def _large_type(fig: go.Figure, plot: int, text: int) -> go.Figure:
    """The chart with every label `text` px high, for a slide: the bands for the title, the
    legend (one row: a slide is wide) and the three-line x labels grow to match."""
    grow = text / THEME_TYPE
    title = TITLE_TOP + math.ceil(TITLE_LINE * grow)
    top = title + LEGEND_GAP
    height = top + math.ceil(LEGEND_ROW * grow) + plot + math.ceil((AXIS_BELOW + 24) * grow) + MARGIN
    fig = style_figure(fig, _(PROFILE_TITLE), height)
    big = {"size": text, "color": THEME_TEXT}
    fig.update_layout(
        title_font={"size": math.ceil(text * 4 / 3), "color": THEME_TEXT},
        legend={"font": big, "y": 1 - top / height},
        margin_t=top,
    )
    fig.update_xaxes(tickfont=big)
    fig.update_yaxes(tickfont=big, title_font=big)
    return fig
