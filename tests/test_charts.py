"""Figure builders: the traces and values they draw from the data."""

from __future__ import annotations

import math
import tomllib
from pathlib import Path

from dashboard import charts, scoring
from dashboard.data import Dataset
from dashboard.matching import DEFAULT_WEIGHTS, match, rank
from dashboard.situation import Situation


def test_palette_comes_from_the_theme(repo_root: Path) -> None:
    config = tomllib.loads((repo_root / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert charts.palette() == tuple(config["theme"]["chartCategoricalColors"])


def test_score_breakdown_has_one_stacked_trace_per_attribute(ds: Dataset) -> None:
    ranked = rank(match(ds.options, Situation()), DEFAULT_WEIGHTS)
    fig = charts.score_breakdown(ranked)
    assert fig.layout.barmode == "stack"
    assert [t.name for t in fig.data] == [scoring.ATTRIBUTE_LABELS[a] for a in scoring.ATTRIBUTES]
    for i, r in enumerate(ranked):
        assert math.isclose(sum(t.x[i] for t in fig.data), r.score or 0.0, abs_tol=0.01)
    table = charts.score_breakdown_table(ranked)
    assert list(table["Option"]) == [r.option.name for r in ranked]


def test_cost_vs_onset_draws_costs_as_error_bars_on_a_log_time_axis(ds: Dataset) -> None:
    ds = ds.for_duration("chronic")
    options = [ds.option(i) for i in ("massage", "water_therapy", "otc_nsaid", "aspirin")]
    fig = charts.cost_vs_onset(options)
    assert fig.layout.xaxis.type == "log"
    assert "1 hour" in fig.layout.xaxis.ticktext and "1 week" in fig.layout.xaxis.ticktext
    points = {name: (trace, i) for trace in fig.data for i, name in enumerate(trace.text)}
    assert "Aspirin" not in points  # cost and onset unknown: not drawn, listed instead
    water = ds.option("water_therapy")
    assert water.total_cost_low is not None and water.total_cost_high is not None
    trace, i = points[water.name]
    # The dot sits at the middle of the cost range; the bar spans the range.
    mid = trace.y[i]
    assert mid == (water.total_cost_low + water.total_cost_high) / 2
    assert math.isclose(mid + trace.error_y.array[i], water.total_cost_high)
    assert math.isclose(mid - trace.error_y.arrayminus[i], water.total_cost_low)
    # ...and at the geometric middle of its onset range, the middle on a log axis.
    assert math.isclose(trace.x[i], math.sqrt((water.onset_hours_low or 0) * (water.onset_hours_high or 0)))
    assert trace.marker.symbol[i] == charts.DOCTOR_SYMBOLS[water.doctor_needed]
    _, missing = charts.plotted_and_missing(options)
    # Unknown cost or onset: not drawn at a made-up place, listed instead.
    assert [o.id for o in missing] == ["massage", "otc_nsaid", "aspirin"]


def test_timeline_bars_start_at_onset_and_last_as_long_as_the_data_says(ds: Dataset) -> None:
    ds = ds.for_duration("chronic")
    options = [ds.option(i) for i in ("water_therapy", "exercise", "massage")]
    water = options[0]
    fig = charts.timeline(options)
    bars, onsets = fig.data
    # Today's data on purpose: exercise and massage have no onset figure for pain over
    # 12 weeks, so only water therapy gets a bar and a diamond.
    assert list(bars.y) == ["Water exercise<br>therapy"]
    assert list(bars.x) == [water.lasts_hours_high]
    assert math.isclose(bars.base[0], math.sqrt((water.onset_hours_low or 0) * (water.onset_hours_high or 0)))
    assert len(onsets.x) == len([o for o in options if o.onset_known]) == 1


def test_profile_chart_uses_the_shared_scale(ds: Dataset) -> None:
    options = [ds.option("massage"), ds.option("acetaminophen")]
    fig = charts.profile_chart(options)
    assert list(fig.layout.yaxis.range) == [0, 5]
    assert list(fig.data[0].y) == list(scoring.profile(options[0]).as_dict().values())
    # Today's acetaminophen for new pain: unknown cost is a gap (None), never a bar of 0;
    # it did no better than a dummy pill, so no credit for speed, lasting or evidence.
    assert list(fig.data[1].y) == [0, None, 3, 5, 0, 0]


def test_verdict_counts_add_up(ds: Dataset) -> None:
    fig = charts.verdict_counts(ds.claims, [c.verdict for c in ds.causes])
    assert sum(fig.data[0].x) == len(ds.claims) + len(ds.causes)
    assert list(fig.data[0].y) == ["Agrees", "Partly agrees", "Disagrees", "Not addressed"]


def test_icon_array_shows_84_in_100() -> None:
    # Made-up figures: one icon per person, the two groups adding up to the whole.
    fig = charts.icon_array(84, 100, "recovered", "not yet")
    assert len(fig.data[0].x) == 84 and len(fig.data[1].x) == 100 - 84
    assert fig.data[0].name == "84 recovered"
