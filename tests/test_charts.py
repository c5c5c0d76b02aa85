"""Figure builders: the traces and values they draw from the data."""

from __future__ import annotations

import math
import re
import tomllib
from pathlib import Path

from dashboard import charts, scoring, vocab
from dashboard.data import Dataset
from dashboard.matching import DEFAULT_WEIGHTS, match, rank
from dashboard.situation import Situation
from tests.builders import option


def test_palette_comes_from_the_theme(repo_root: Path) -> None:
    config = tomllib.loads((repo_root / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert charts.palette() == tuple(config["theme"]["chartCategoricalColors"])


def test_score_breakdown_has_one_stacked_trace_per_attribute_and_one_for_unknowns() -> None:
    known, unknown = option("known"), option("unknown", cost_low_usd=None, cost_high_usd=None)
    ranked = rank(match([known, unknown], Situation()), DEFAULT_WEIGHTS)
    fig = charts.score_breakdown(ranked)
    assert fig.layout.barmode == "stack"
    labels = [scoring.ATTRIBUTE_LABELS[a] for a in scoring.ATTRIBUTES]
    assert [t.name for t in fig.data] == [*labels, "Not known (could add up to this)"]
    for i, r in enumerate(ranked):
        assert math.isclose(sum(t.x[i] for t in fig.data[:-1]), r.low, abs_tol=0.01)
        assert math.isclose(sum(t.x[i] for t in fig.data), r.high, abs_tol=0.01)
    # The whole scale out of 5, each point marked, whatever the longest bar.
    assert list(fig.layout.xaxis.range) == [0, 5] and fig.layout.xaxis.dtick == 1
    table = charts.score_breakdown_table(ranked)
    assert list(table["Option"]) == [r.option.name for r in ranked]
    assert list(table["Total (0 to 5)"]) == [r.shown for r in ranked]


ONE_DECIMAL = re.compile(r"^[0-5]\.[0-9]$")


def test_score_tables_show_one_decimal(ds: Dataset) -> None:
    ranked = rank(match(ds.options, Situation()), DEFAULT_WEIGHTS)
    tables = [
        charts.score_breakdown_table(ranked).drop(columns=["Option", "Scored on", "Total (0 to 5)"]),
        charts.profile_table(list(ds.options)).drop(columns=["Option"]),
    ]
    cells = [str(v) for table in tables for column in table.columns for v in table[column]]
    assert cells and all(ONE_DECIMAL.match(c) or c in ("not scored", "not known") for c in cells), cells
    totals = charts.score_breakdown_table(ranked)["Total (0 to 5)"]
    assert all(re.fullmatch(r"[0-5]\.[0-9]( to [0-5]\.[0-9])?", t) for t in totals), list(totals)


def test_cost_vs_onset_draws_costs_as_error_bars_on_a_log_time_axis() -> None:
    slow = {"onset_hours_low": 672.0, "onset_hours_high": 2016.0}
    water = option("water", cost_low_usd=24.0, cost_high_usd=36.0, stages={"long": slow})
    no_cost = option("no_cost", cost_low_usd=None, cost_high_usd=None, stages={"long": slow})
    no_onset = option("no_onset", stages={"long": {"onset_hours_low": None, "onset_hours_high": None}})
    options = [o.for_stage("long") for o in (no_cost, water, no_onset)]
    fig = charts.cost_vs_onset(options)
    assert fig.layout.xaxis.type == "log"
    # Times in words; a week is a marked step between the labels, which must stay apart on a phone.
    assert "1 hour" in fig.layout.xaxis.ticktext and "4 weeks" in fig.layout.xaxis.ticktext
    assert 168.0 in fig.layout.xaxis.minor.tickvals
    points = {name: (trace, i) for trace in fig.data for i, name in enumerate(trace.text)}
    water = options[1]
    trace, i = points[water.name]
    # The dot sits at the middle of the cost range; the bar spans the range.
    mid = trace.y[i]
    assert mid == (24.0 + 36.0) / 2
    assert math.isclose(mid + trace.error_y.array[i], 36.0)
    assert math.isclose(mid - trace.error_y.arrayminus[i], 24.0)
    # ...and at the geometric middle of its onset range, the middle on a log axis.
    assert math.isclose(trace.x[i], math.sqrt(672.0 * 2016.0))
    assert trace.marker.symbol[i] == charts.DOCTOR_SYMBOLS[water.doctor_needed]
    _, missing = charts.plotted_and_missing(options)
    # Unknown cost or onset: not drawn at a made-up place, listed instead.
    assert [o.id for o in missing] == ["no_cost", "no_onset"]


def test_timeline_bars_start_at_onset_and_last_as_long_as_the_data_says() -> None:
    timed = {"onset_hours_low": 672.0, "onset_hours_high": 2016.0, "lasts_hours_high": 8760.0}
    unknown = {"onset_hours_low": None, "onset_hours_high": None}
    options = [option("timed", stages={"new": timed}), option("a_unknown", stages={"new": unknown})]
    fig = charts.timeline(options)
    bars, onsets = fig.data
    # Every option has its row, first at the top, even with nothing known to draw.
    assert list(fig.layout.yaxis.categoryarray) == [o.name for o in options]
    assert list(fig.layout.yaxis.range) == [len(options) - 0.5, -0.5]
    assert list(bars.y) == ["Timed"]
    assert list(bars.x) == [8760.0]
    assert math.isclose(bars.base[0], math.sqrt(672.0 * 2016.0))
    assert len(onsets.x) == 1


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
    assert list(fig.data[0].y) == [vocab.CLAIM_VERDICT_LABELS[v] for v in vocab.CLAIM_VERDICTS]


def test_icon_array_shows_84_in_100() -> None:
    # Made-up figures: one icon per person, the two groups adding up to the whole.
    fig = charts.icon_array(84, 100, "recovered", "not yet")
    assert len(fig.data[0].x) == 84 and len(fig.data[1].x) == 100 - 84
    assert fig.data[0].name == "84 recovered"


def test_a_chart_of_fewer_than_two_points_is_a_sentence() -> None:
    both = option("both", cost_low_usd=21.0, cost_high_usd=28.0)
    no_cost = option("no_cost", cost_low_usd=None, cost_high_usd=None)
    no_onset = option("no_onset", stages={"new": {"onset_hours_low": None, "onset_hours_high": None}})
    sentence = charts.too_few_points([both, no_cost, no_onset])
    assert sentence is not None
    assert both.name in sentence and "$21 to $28" in sentence and "table below" in sentence
    none = charts.too_few_points([no_cost, no_onset])
    assert none is not None and none.startswith("None of these options")
    assert charts.too_few_points([both, option("other")]) is None


def test_names_wrap_to_even_lines_no_longer_than_asked() -> None:
    assert charts._wrap("Heat wrap or heating pad", 22) == "Heat wrap or<br>heating pad"
    assert charts._wrap("Ibuprofen or naproxen (store-bought)") == "Ibuprofen or naproxen<br>(store-bought)"
    assert charts._wrap("Stay active") == "Stay active"
    assert charts._wrap("anti-inflammatory", 8) == "anti-inflammatory"  # a long word keeps its line
    kept = "84 in 100 people<br>recovered by 12 weeks"
    assert charts._wrap(kept, 32) == kept


def test_a_score_chart_of_one_option_is_a_sentence(ds: Dataset) -> None:
    ranked = rank(match(ds.options, Situation()), DEFAULT_WEIGHTS)
    assert charts.too_few_scores(ranked[:2]) is None
    sentence = charts.too_few_scores(ranked[:1])
    first = ranked[0]
    assert sentence is not None and first.option.name in sentence
    assert (
        f"{first.shown} out of 5" in sentence
        and f"on {first.scored_on} of {first.weighed} factors" in sentence
    )
    assert charts.too_few_scores([]) is not None
