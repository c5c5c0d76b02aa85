"""Every chart fits a 390 px wide phone as well as a laptop: a title short enough not to be
cut off, a flat legend between the title and the plot (never over an axis), category labels
wrapped to short lines with room for each row, time labels far enough apart, and a score
axis that always runs from 0 to 5.

The pixel figures are Chromium's, measured with Streamlit's own chart theme; the checks
here hold the figures to them without a browser."""

from __future__ import annotations

import itertools
import math

import plotly.graph_objects as go
import pytest

from dashboard import charts, scoring
from dashboard.data import Dataset
from dashboard.matching import DEFAULT_WEIGHTS, match, rank
from dashboard.situation import Situation


def every_figure(ds: Dataset) -> dict[str, go.Figure]:
    """Each builder with few and many options, the longest names and both stages of pain."""
    ranked = rank(match(ds.options, Situation()), DEFAULT_WEIGHTS)
    chronic = ds.for_duration("chronic")
    longest = sorted(ds.options, key=lambda o: -len(o.name))[:4]
    return {
        "score, all that fit": charts.score_breakdown(ranked),
        "score, two": charts.score_breakdown(ranked[:2]),
        "score, one": charts.score_breakdown(ranked[:1]),
        "cost, two": charts.cost_vs_onset([chronic.option("heat"), chronic.option("water_therapy")]),
        "cost, all": charts.cost_vs_onset(list(chronic.options)),
        "timeline, all": charts.timeline(list(ds.options)),
        "timeline, pain over 12 weeks": charts.timeline(list(chronic.options)),
        "profile, longest names": charts.profile_chart(longest),
        "profile, two": charts.profile_chart([ds.option("stay_active"), ds.option("heat")]),
        "verdicts": charts.verdict_counts(ds.claims, [c.verdict for c in ds.causes]),
        "icon array": charts.icon_array(84, 100, "recovered by 12 weeks", "not yet recovered"),
    }


@pytest.fixture(scope="module")
def figures(ds: Dataset) -> dict[str, go.Figure]:
    return every_figure(ds)


def _lines(label: str) -> list[str]:
    return label.split("<br>")


def _title_band(fig: go.Figure) -> float:
    return charts.TITLE_TOP + charts.TITLE_LINE * len(_lines(fig.layout.title.text))


def test_titles_fit_a_phone(figures: dict[str, go.Figure]) -> None:
    # The timeline's title was cut off at 390 px ("...how long it la"): 55 characters.
    for name, fig in figures.items():
        lines = _lines(fig.layout.title.text)
        assert len(lines) <= 2, name
        assert all(len(line) <= charts.TITLE_CHARS for line in lines), (name, lines)
        # The title hangs from the top of the figure, its lines inside the band kept for it.
        assert (fig.layout.title.yref, fig.layout.title.yanchor) == ("container", "top"), name
        assert fig.layout.margin.t >= _title_band(fig), name


def test_legends_lie_flat_between_the_title_and_the_plot(figures: dict[str, go.Figure]) -> None:
    # Below the plot, the legend sat on the axis title and the tick labels on a phone.
    for name, fig in figures.items():
        legend = fig.layout.legend
        assert legend.orientation == "h", name
        # Placed on the figure, not on the plot: Plotly then keeps the plot clear of it,
        # however many rows it wraps onto.
        assert (legend.xref, legend.yref, legend.yanchor) == ("container", "container", "top"), name
        top = round((1 - legend.y) * fig.layout.height, 6)
        assert top >= _title_band(fig), name  # under the title, not over it
        assert top <= fig.layout.margin.t, name  # above the plot


def test_legend_rows_match_what_plotly_draws() -> None:
    attributes = [scoring.ATTRIBUTE_LABELS[a] for a in scoring.ATTRIBUTES]
    # Measured in Chromium: beside a phone's bar labels (a 214 px plot) one column, on a
    # laptop's column two rows, wide one row.
    assert charts.legend_rows(attributes, 214) == 6
    assert charts.legend_rows(attributes, 600) == 2
    assert charts.legend_rows(attributes, 1000) == 1
    assert charts.legend_rows(["Benefit lasts"], 214) == 0  # one trace: no legend


def _category_labels(fig: go.Figure) -> tuple[str, list[str], int]:
    """The category axis of a bar chart: which axis, its labels, the line length allowed."""
    if fig.layout.xaxis.categoryarray is None and isinstance(fig.data[0].x[0], str):
        labels = list(dict.fromkeys(fig.data[0].x))
        return "x", labels, charts.PROFILE_LABEL_CHARS
    labels = list(fig.layout.yaxis.categoryarray or dict.fromkeys(y for t in fig.data for y in t.y))
    return "y", labels, charts.LABEL_CHARS


@pytest.mark.parametrize("name", ["score, all that fit", "timeline, all", "profile, longest names"])
def test_long_names_wrap_and_each_row_has_room(figures: dict[str, go.Figure], name: str) -> None:
    fig = figures[name]
    axis, labels, width = _category_labels(fig)
    for label in labels:
        # "(store-bought)" ran into "Stay active and" on a phone: short lines now, and only
        # a single word longer than the limit keeps a line to itself.
        assert all(len(line) <= width or " " not in line for line in _lines(label)), label
    if axis == "y":
        # On a phone the legend takes the most rows; the bar rows still have room for
        # their labels' lines (15 px each at 12 px) and a gap between neighbours.
        beside = charts._label_width(labels)
        legend = [t.name for t in fig.data]
        rows = charts.legend_rows(legend, charts.PHONE_WIDTH - 2 * charts.MARGIN - beside)
        plot = (
            fig.layout.height
            - _title_band(fig)
            - charts.LEGEND_GAP
            - charts.LEGEND_ROW * rows
            - charts.AXIS_BELOW
            - charts.MARGIN
        )
        most_lines = max(len(_lines(label)) for label in labels)
        assert plot / len(labels) >= 15 * most_lines + 8, (name, plot, len(labels))
    else:
        assert fig.layout.xaxis.tickangle == 0  # never turned on its side


def test_time_labels_stay_apart_on_a_phone(figures: dict[str, go.Figure]) -> None:
    for name in ("cost, two", "timeline, all"):
        axis = figures[name].layout.xaxis
        assert axis.type == "log"
        decades = [math.log10(v) for v in axis.tickvals]
        assert min(b - a for a, b in itertools.pairwise(decades)) >= 1.1, name
        # The axis spans about 6.2 decades; on a phone its plot is over 200 px wide, so
        # labels at least 1.1 decades apart are 35 px or more apart, the widest pair's need.
        span = axis.range[1] - axis.range[0]
        assert span <= 6.5, name


def test_score_axes_run_from_0_to_5(figures: dict[str, go.Figure]) -> None:
    for name in ("score, all that fit", "score, two", "score, one"):
        axis = figures[name].layout.xaxis
        assert (list(axis.range), axis.dtick) == ([0, 5], 1), name
    for name in ("profile, longest names", "profile, two"):
        axis = figures[name].layout.yaxis
        assert (list(axis.range), axis.dtick) == ([0, 5], 1), name


def test_colour_blind_safe_colours_and_patterns_stay(figures: dict[str, go.Figure]) -> None:
    palette = charts.palette()
    for name, fig in figures.items():
        for trace in fig.data:
            colour = trace.marker.color
            colours = [colour] if isinstance(colour, str) else list(colour)
            assert set(colours) <= set(palette), (name, trace.name)
    shapes = [t.marker.pattern.shape for t in figures["profile, longest names"].data]
    assert shapes == ["", "/", ".", "x"]
