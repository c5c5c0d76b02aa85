"""Check in's chart: the person's pain over time beside the average in studies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import plotly.graph_objects as go

from dashboard.charts.style import THEME_TEXT, palette, style_figure
from dashboard.checkin import CheckIn
from dashboard.data import PainCourse


def progress_chart(
    checkins: Sequence[CheckIn], course: Sequence[PainCourse], start: dt.date, stage_words: str
) -> go.Figure:
    """The person's pain over time (0 to 10) beside the average in studies of their stage of
    pain, drawn on the same 0 to 10 scale and labelled as an average, not a forecast."""
    colours = palette()
    fig = go.Figure()
    last_day = max([28, *((c.day - start).days + 7 for c in checkins)])
    studies = [p for p in sorted(course, key=lambda p: p.weeks) if p.weeks * 7 <= max(last_day, 42)]
    if studies:
        fig.add_trace(
            go.Scatter(
                x=[p.weeks * 7 for p in studies],
                y=[p.mean_pain / 10 for p in studies],
                mode="lines+markers",
                name=f"Average in studies of {stage_words} (not a forecast)",
                line={"color": colours[1], "dash": "dash", "width": 2},
                marker={"symbol": "diamond", "size": 9},
                hovertemplate="Week %{customdata}: average pain %{y:.1f} of 10<extra></extra>",
                customdata=[p.weeks for p in studies],
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[(c.day - start).days for c in checkins],
            y=[c.pain for c in checkins],
            mode="lines+markers",
            name="Your pain",
            line={"color": colours[0], "width": 3},
            marker={"size": 10},
            hovertemplate="Day %{x}: pain %{y} of 10<extra></extra>",
        )
    )
    style_figure(fig, "Your pain, 0 to 10, and the average in studies", 380)
    fig.update_xaxes(
        title={"text": "Days since your plan", "font": {"color": THEME_TEXT}},
        range=[-1, last_day],
        tickfont={"color": THEME_TEXT},
    )
    fig.update_yaxes(
        title={"text": "Pain (0 to 10)", "font": {"color": THEME_TEXT}},
        range=[0, 10.2],
        dtick=2,
        tickfont={"color": THEME_TEXT},
    )
    return fig
