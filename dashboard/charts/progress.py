"""Check in's chart: the person's pain over time beside the average in studies, and, below
it, how much they can do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.charts.style import THEME_TEXT, palette, style_figure
from dashboard.checkin import CheckIn
from dashboard.data import PainCourse
from dashboard.i18n import N_, _

# Short enough to fit a 390 px phone on one legend row each (usability-2 / ipdas-pemat §1.6
# defect 12: the stage's name made the line run off the screen; the caption names it).
# Marked here, translated where the chart is drawn.
AVERAGE_NAME = N_("Average pain in studies (not a forecast)")
PAIN_NAME = N_("Your pain")
ABLE_NAME = N_("How much you can do")
PAIN_TITLE = N_("Your pain, 0 to 10, and the average in studies")
ABLE_TITLE = N_("How much you can do (higher is better)")
PAIN_PLOT = 220  # the pain plot's height in pixels
ABLE_PLOT = 150  # the "can do" plot's, below it


def progress_chart(
    checkins: Sequence[CheckIn],
    course: Sequence[PainCourse],
    start: dt.date,
    stage_words: str,
    able: bool = False,
) -> go.Figure:
    """The person's pain over time (0 to 10) beside the average in studies of their stage of
    pain (`stage_words`, said in the hover text), drawn on the same 0 to 10 scale and labelled
    as an average, not a forecast. With `able`, a second plot under it, on the same days,
    shows how much they can do (usability-2 C7); studies give no average for that."""
    colours = palette()
    fig = (
        make_subplots(
            rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.16, row_heights=[PAIN_PLOT, ABLE_PLOT]
        )
        if able
        else go.Figure()
    )
    pain_row = {"row": 1, "col": 1} if able else {}
    last_day = max([28, *((c.day - start).days + 7 for c in checkins)])
    studies = [p for p in sorted(course, key=lambda p: p.weeks) if p.weeks * 7 <= max(last_day, 42)]
    days = [(c.day - start).days for c in checkins]
    if studies:
        fig.add_trace(
            go.Scatter(
                x=[p.weeks * 7 for p in studies],
                y=[p.mean_pain / 10 for p in studies],
                mode="lines+markers",
                name=_(AVERAGE_NAME),
                line={"color": colours[1], "dash": "dash", "width": 2},
                marker={"symbol": "diamond", "size": 9},
                hovertemplate=_("Week {week}: average pain {pain} of 10 in studies of {stage}").format(
                    week="%{customdata}", pain="%{y:.1f}", stage=stage_words
                )
                + "<extra></extra>",
                customdata=[p.weeks for p in studies],
            ),
            **pain_row,
        )
    fig.add_trace(
        _own_line(
            days,
            [c.pain for c in checkins],
            _(PAIN_NAME),
            colours[0],
            "circle",
            _("Day {day}: pain {score} of 10"),
        ),
        **pain_row,
    )
    if able:
        fig.add_trace(
            _own_line(
                days,
                [c.able for c in checkins],
                _(ABLE_NAME),
                colours[2],
                "square",
                _("Day {day}: can do {score} of 10"),
            ),
            row=2,
            col=1,
        )
    _frame(fig, able, last_day)
    return fig


def _own_line(
    days: list[int], values: list[int], name: str, colour: str, symbol: str, hover: str
) -> go.Scatter:
    """One of the person's own lines: pain, or how much they can do, by day of the plan.
    `hover` is its hover text in words, with {day} and {score}."""
    return go.Scatter(
        x=days,
        y=values,
        mode="lines+markers",
        name=name,
        line={"color": colour, "width": 3},
        marker={"symbol": symbol, "size": 10},
        hovertemplate=hover.format(day="%{x}", score="%{y}") + "<extra></extra>",
    )


def _frame(fig: go.Figure, able: bool, last_day: int) -> None:
    """Titles, axes and room: one plot, or the pain plot over the "can do" plot."""
    legend_rows = 3 if able else 2  # on a phone each legend entry takes a row
    height = 150 + 20 * legend_rows + PAIN_PLOT + ((ABLE_PLOT + 60) if able else 0)
    style_figure(fig, _(PAIN_TITLE), height)
    axis = {"range": [-1, last_day], "tickfont": {"color": THEME_TEXT}}
    y_axis = {"range": [0, 10.2], "dtick": 2, "tickfont": {"color": THEME_TEXT}}
    title = {"font": {"color": THEME_TEXT}}
    if not able:
        fig.update_xaxes(title={"text": _("Days since your plan"), **title}, **axis)
        fig.update_yaxes(title={"text": _("Pain (0 to 10)"), **title}, **y_axis)
        return
    fig.update_xaxes(**axis)
    fig.update_xaxes(title={"text": _("Days since your plan"), **title}, row=2, col=1)
    fig.update_xaxes(showticklabels=True, row=1, col=1)
    fig.update_yaxes(title={"text": _("Pain"), **title}, row=1, col=1, **y_axis)
    fig.update_yaxes(title={"text": _("Can do"), **title}, row=2, col=1, **y_axis)
    fig.add_annotation(
        text=f"<b>{_(ABLE_TITLE)}</b>",
        xref="x2 domain",
        yref="y2 domain",
        x=0,
        y=1.02,
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font={"color": THEME_TEXT, "size": 14},
    )
