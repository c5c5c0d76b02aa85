"""Just over the budget: a guideline-first option is never dropped without a word for being a
little over the budget (usability review 2, R1). Small built options, then the rule as an
invariant over every situation, and the real data."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from dashboard import budget, guide_text, vocab
from dashboard import pack as packs
from dashboard.data import Dataset, HealthCaution
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
    assert [(j.option.id, j.cost_low, j.over_by, j.ask_doctor) for j in found] == [("heat", 21.0, 1.0, ())]


def test_a_label_that_says_ask_a_doctor_first_goes_with_it() -> None:
    situation = Situation(budget=20, health=frozenset({"pregnant"})).confirmed()
    heat = priced("heat", 21.0)
    caution = HealthCaution("heat", "pregnant", "Ask a doctor first if you are pregnant.", ("ACP2017",))
    found = budget.just_over(match([heat], situation, [caution]), situation, [caution])
    assert [j.ask_doctor for j in found] == [("Ask a doctor first if you are pregnant.",)]
    line = guide_text.just_over_line(found[0], 20)
    assert line == "Heat: $21 a month. At its lowest, that is $1 over your budget of $20."


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


health: st.SearchStrategy[frozenset[vocab.HealthCondition]] = st.frozensets(
    st.sampled_from(("pregnant", "kidney")), max_size=2
)


@given(situations, st.lists(st.tuples(costs, verdicts, st.booleans()), min_size=1, max_size=5), health)
def test_just_over_is_never_a_fit_and_the_budget_is_its_only_reason(
    situation: Situation,
    rows: list[tuple[float | None, str, bool]],
    answers: frozenset[vocab.HealthCondition],
) -> None:
    situation = replace(situation, health=answers)
    options = [priced(f"o{i}", low, verdict) for i, (low, verdict, _) in enumerate(rows)]
    cautions = [
        HealthCaution(f"o{i}", "pregnant", f"Label {i}.", ("ACP2017",)) for i, (*_, c) in enumerate(rows) if c
    ]
    matches = match(options, situation, cautions)
    found = budget.just_over(matches, situation, cautions)
    by_id = {m.option.id: m for m in matches}
    for j in found:
        assert situation.budget is not None
        assert not by_id[j.option.id].fits  # never counted as fitting
        assert j.option.guideline_verdict == "recommended"
        assert 0 < j.over_by <= budget.margin(situation.budget)
        without = match_option(j.option, replace(situation, budget=None), cautions)
        assert without.fits
        # A label's "ask a doctor first" for this person's health always goes with it.
        assert j.ask_doctor == without.ask_doctor
        assert ("pregnant" in answers and any(c.option_id == j.option.id for c in cautions)) == bool(
            j.ask_doctor
        )
    # Every guideline-first option out only by a known cost just over the line is listed.
    for m in matches:
        low = m.option.total_cost_low
        if situation.budget is None or m.fits or low is None or m.option.guideline_verdict != "recommended":
            continue
        only_cost = match_option(m.option, replace(situation, budget=None), cautions).fits
        near = 0 < low - situation.budget <= budget.margin(situation.budget)
        assert (only_cost and near) == any(j.option.id == m.option.id for j in found)


HEAT_AT_21 = (
    b"kind,option_id,name,price_low_usd,price_high_usd,price_unit,per_month,offered,where,contact,note,set_by,set_on\n"
    b"option,heat,,21,24,month,,yes,,,,A coach,2026-11-20\n"
)


def test_on_the_real_data_heat_at_a_local_21_dollars_is_just_over_20_with_its_pregnancy_caution(
    ds: Dataset,
) -> None:
    pack, problems = packs.read_csv(HEAT_AT_21, ds.option_ids)
    assert pack is not None and not problems
    local = packs.apply(ds, pack).for_duration("acute")
    situation = Situation(duration="acute", budget=20, health=frozenset({"pregnant"})).confirmed()
    found = budget.just_over(match(local.options, situation, local.cautions), situation, local.cautions)
    assert [j.option.id for j in found] == ["heat"]
    assert found[0].ask_doctor == tuple(c.reason for c in local.cautions_for("heat", {"pregnant"}))
    assert found[0].ask_doctor  # the maker's pregnancy caution
    assert "(a local price)" in guide_text.just_over_line(found[0], 20)
    # Without the coach's price, heat's cost is unknown: it fits, and it is never "just over".
    national = ds.for_duration("acute")
    assert budget.just_over(match(national.options, situation, national.cautions), situation) == []
