"""Matching and ranking: every option gets a fit and its reasons; weights only reorder."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import scoring
from dashboard.data import Dataset, load_dataset
from dashboard.matching import DEFAULT_WEIGHTS, match, rank
from dashboard.situation import Situation
from tests.test_situation import situations

DS: Dataset = load_dataset()
weights = st.fixed_dictionaries({a: st.integers(min_value=0, max_value=3) for a in scoring.ATTRIBUTES})


def fitting(situation: Situation) -> set[str]:
    return {m.option.id for m in match(DS.options, situation) if m.fits}


@given(situations)
def test_an_option_needing_a_doctor_never_fits_when_doctor_is_no(situation: Situation) -> None:
    situation = replace(situation, doctor="no")
    for m in match(DS.options, situation):
        if m.option.doctor_needed == "yes":
            assert not m.fits
            assert "It needs a prescription, and you said you'd rather not see a doctor." in m.reasons_out


@given(situations)
def test_a_medicine_never_fits_when_medication_is_avoid(situation: Situation) -> None:
    situation = replace(situation, medication="avoid")
    for m in match(DS.options, situation):
        if m.option.is_medicine:
            assert not m.fits


@given(situations, st.integers(min_value=0, max_value=5000))
def test_raising_the_budget_never_removes_a_fitting_option(situation: Situation, extra: int) -> None:
    low = replace(situation, budget=situation.budget or 0)
    high = replace(low, budget=(low.budget or 0) + extra)
    assert fitting(low) <= fitting(high)
    assert fitting(high) <= fitting(replace(low, budget=None))


@given(situations)
def test_every_excluded_option_has_a_reason_and_every_fit_a_why(situation: Situation) -> None:
    for m in match(DS.options, situation):
        if m.fits:
            assert m.why.startswith("It suits")
        else:
            assert m.reasons_out and all(r.endswith(".") for r in m.reasons_out)


@given(situations, weights)
@settings(max_examples=60)
def test_ranking_is_a_permutation_of_the_fitting_options(situation: Situation, w: dict[str, int]) -> None:
    ranked = rank(match(DS.options, situation), w)
    ids = [r.option.id for r in ranked]
    assert sorted(ids) == sorted(fitting(situation))
    scores = [r.score for r in ranked]
    assert scores == sorted(scores, reverse=True)
    for r in ranked:
        assert 0 <= r.score <= 5
        assert abs(sum(r.parts.values()) - r.score) < 1e-6


@given(situations, weights, weights)
@settings(max_examples=40)
def test_weights_change_the_order_not_the_set(
    situation: Situation, a: dict[str, int], b: dict[str, int]
) -> None:
    ms = match(DS.options, situation)
    assert {r.option.id for r in rank(ms, a)} == {r.option.id for r in rank(ms, b)}


def test_severe_new_pain_without_a_doctor() -> None:
    ms = {m.option.id: m for m in match(DS.options, Situation(severity="severe", doctor="no"))}
    assert {i for i, m in ms.items() if m.fits} == {"massage", "stay_active", "heat"}
    assert ms["opioid"].reasons_out == (
        "It needs a prescription, and you said you'd rather not see a doctor.",
    )
    assert ms["acetaminophen"].reasons_out == ("It is meant for mild pain, and you said yours is severe.",)


def test_budget_reason_names_the_cost_and_the_budget() -> None:
    ms = {m.option.id: m for m in match(DS.options, Situation(duration="chronic", budget=50))}
    assert ms["massage"].reasons_out == (
        "It costs $280 to $480 a month, more than your budget of $50 a month.",
    )
    assert (
        "Only the cheaper end of its cost ($24 to $1,800 a month) fits your budget."
        in ms["water_therapy"].caveats
    )


def test_slow_option_is_kept_with_a_caveat_when_relief_is_needed_today() -> None:
    ms = {m.option.id: m for m in match(DS.options, Situation(duration="chronic", need="today"))}
    water = ms["water_therapy"]
    assert water.fits
    assert "It takes about 4 weeks to 12 weeks to help, and you need relief today." in water.caveats


def test_article_only_leaves_out_what_the_article_does_not_name() -> None:
    ms = {m.option.id: m for m in match(DS.options, Situation(article_only=True))}
    assert not ms["heat"].fits
    assert (
        "The article does not name it, and you asked for only the article's options."
        in ms["heat"].reasons_out
    )


def test_a_weight_of_zero_everywhere_keeps_every_fit_at_zero() -> None:
    ranked = rank(match(DS.options, Situation()), {a: 0 for a in scoring.ATTRIBUTES})
    assert ranked and all(r.score == 0 for r in ranked)


def test_default_ranking_for_moderate_new_pain() -> None:
    ranked = rank(match(DS.options, Situation()), DEFAULT_WEIGHTS)
    assert [r.option.id for r in ranked][:2] == ["massage", "otc_nsaid"]


def test_weighting_cost_puts_free_options_first() -> None:
    w = {a: 0 for a in scoring.ATTRIBUTES} | {"cost": 3}
    ranked = rank(match(DS.options, Situation()), w)
    assert ranked[0].option.id == "stay_active"
    assert ranked[0].score == 5


def test_weights_round_trip_through_the_link() -> None:
    from dashboard.matching import parse_weights, weights_to_query

    weights = DEFAULT_WEIGHTS | {"speed": 3, "cost": 0}
    assert weights_to_query(weights) == "speed:3,cost:0"
    assert parse_weights("speed:3,cost:0") == (weights, [])
    assert weights_to_query(DEFAULT_WEIGHTS) == ""


def test_bad_weights_are_ignored_with_a_notice() -> None:
    from dashboard.matching import parse_weights

    weights, notices = parse_weights("speed:9,joy:2,cost:2")
    assert weights == DEFAULT_WEIGHTS | {"cost": 2}
    assert notices == [
        "We ignored part of weights: 'speed:9', 'joy:2'. Use names like speed or cost with 0 to 3, as in speed:3."
    ]
