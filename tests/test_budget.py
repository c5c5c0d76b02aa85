"""Just over the budget: a guideline-first option is never dropped without a word for being a
little over the budget (usability review 2, R1). Small built options, then the rule as an
invariant over every situation, and the real data."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from dashboard import budget
from dashboard.data import Dataset
from dashboard.matching import match, match_option
from dashboard.situation import Situation
from tests.builders import option
from tests.test_view import situations

FIRST = {"new": {"guideline_verdict": "recommended"}, "long": {"guideline_verdict": "recommended"}}


def priced(option_id: str, low: float | None, verdict: str = "recommended", **changes: object):  # type: ignore[no-untyped-def]
    stages = {s: {"guideline_verdict": verdict} for s in ("new", "long")}
    return option(option_id, cost_low_usd=low, cost_high_usd=low, stages=stages, **changes)


def test_heat_at_21_dollars_on_a_20_dollar_budget_is_just_over() -> None:
    situation = Situation(budget=20).confirmed()
    heat = priced("heat", 21.0)
    found = budget.just_over(match([heat], situation), situation)
    assert [(j.option.id, j.cost_low, j.over_by) for j in found] == [("heat", 21.0, 1.0)]


def test_only_guideline_first_options_a_little_over_and_out_for_nothing_else() -> None:
    situation = Situation(budget=20, doctor="no").confirmed()
    options = [
        priced("fits", 15.0),  # fits: not listed
        priced("far_over", 20 + budget.margin(20) + 1),  # more than just over
        priced("also_option", 25.0, verdict="option"),  # not guideline-first
        priced("needs_doctor", 25.0, doctor_needed="yes"),  # out for a second reason
        priced("unknown", None),  # an unknown cost never rules an option out
        priced("edge", 20 + budget.margin(20)),
        priced("cheap_over", 22.0),
    ]
    found = budget.just_over(match(options, situation), situation)
    assert [j.option.id for j in found] == ["cheap_over", "edge"]  # cheapest overshoot first


def test_no_budget_means_nothing_is_just_over() -> None:
    situation = Situation().confirmed()
    assert budget.just_over(match([priced("heat", 500.0)], situation), situation) == []


def test_the_margin_is_half_the_budget_or_10_dollars() -> None:
    assert budget.margin(0) == 10
    assert budget.margin(20) == 10
    assert budget.margin(100) == 50


costs = st.none() | st.sampled_from((0.0, 5.0, 19.0, 21.0, 30.0, 45.0, 200.0))
verdicts = st.sampled_from(("recommended", "option", "last_resort", "not_recommended"))


@given(situations, st.lists(st.tuples(costs, verdicts), min_size=1, max_size=5))
def test_just_over_is_never_a_fit_and_the_budget_is_its_only_reason(
    situation: Situation, rows: list[tuple[float | None, str]]
) -> None:
    options = [priced(f"o{i}", low, verdict) for i, (low, verdict) in enumerate(rows)]
    matches = match(options, situation)
    found = budget.just_over(matches, situation)
    by_id = {m.option.id: m for m in matches}
    for j in found:
        assert situation.budget is not None
        assert not by_id[j.option.id].fits  # never counted as fitting
        assert j.option.guideline_verdict == "recommended"
        assert 0 < j.over_by <= budget.margin(situation.budget)
        assert match_option(j.option, replace(situation, budget=None)).fits
    # Every guideline-first option out only by a known cost just over the line is listed.
    for m in matches:
        low = m.option.total_cost_low
        if situation.budget is None or m.fits or low is None or m.option.guideline_verdict != "recommended":
            continue
        only_cost = match_option(m.option, replace(situation, budget=None)).fits
        near = 0 < low - situation.budget <= budget.margin(situation.budget)
        assert (only_cost and near) == any(j.option.id == m.option.id for j in found)


def test_on_the_real_data_an_unknown_price_is_never_just_over(ds: Dataset) -> None:
    for duration in ("acute", "chronic"):
        situation = Situation(duration=duration, budget=0).confirmed()
        stage = ds.for_duration(duration)
        found = budget.just_over(match(stage.options, situation, stage.cautions), situation)
        assert all(j.option.cost_known for j in found)
        assert all(j.option.total_cost_low is not None for j in found)
