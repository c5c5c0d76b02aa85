"""The shared 0–5 scale, checked against the written rules with small made-up options."""

from __future__ import annotations

import pytest

from dashboard import scoring
from dashboard.data import Dataset
from tests.builders import option


@pytest.mark.parametrize(
    ("low", "expected"),
    [(None, None), (0.0, 5), (1.0, 5), (2.0, 4), (24.0, 4), (100.0, 3), (600.0, 2), (700.0, 1)],
)
def test_speed_rule(low: float | None, expected: int | None) -> None:
    made = option(stages={"new": {"onset_hours_low": low, "onset_hours_high": low}})
    assert scoring.speed_score(made) == expected


@pytest.mark.parametrize(
    ("high", "expected"), [(None, None), (0.0, 5), (25.0, 4), (26.0, 3), (300.0, 2), (301.0, 1)]
)
def test_cost_rule(high: float | None, expected: int | None) -> None:
    made = option(cost_low_usd=0.0 if high is not None else None, cost_high_usd=high)
    assert scoring.cost_score(made) == expected


def test_cost_scores_its_own_price_and_a_visit_counts_under_no_doctor() -> None:
    with_visit = option(
        cost_low_usd=4.0, cost_high_usd=10.0, visit_cost_low_usd=138.0, visit_cost_high_usd=183.0
    )
    assert with_visit.total_cost_high == 193.0  # the budget check still counts the visit
    assert scoring.cost_score(with_visit) == 4
    assert scoring.no_doctor_score(option(doctor_needed="yes")) == 0
    medicine_unknown = option(
        cost_low_usd=None, cost_high_usd=None, visit_cost_low_usd=138.0, visit_cost_high_usd=183.0
    )
    assert scoring.cost_score(medicine_unknown) is None


def test_no_better_than_a_dummy_pill_gets_no_credit_for_speed_or_lasting() -> None:
    made = option(stages={"new": {"effect_size": "none", "onset_hours_low": 0.5, "onset_hours_high": 1.0}})
    assert scoring.speed_score(made) == 0
    assert scoring.lasting_score(made) == 0
    assert scoring.evidence_score(made) == 0
    # ...but only for the stage where it did not beat the dummy pill.
    assert scoring.speed_score(made.for_stage("long")) == 5


def test_unknown_effect_is_unknown_not_zero() -> None:
    made = option(
        stages={"new": {"effect_size": "unknown", "lasts_hours_low": None, "lasts_hours_high": None}}
    )
    profile = scoring.profile(made)
    assert profile.evidence is None and profile.lasting is None
    assert profile.known == ("speed", "cost", "side_effects", "no_doctor")


def test_every_attribute_has_a_written_rule_and_a_label() -> None:
    assert set(scoring.SCALE_RULES) == set(scoring.ATTRIBUTES) == set(scoring.ATTRIBUTE_LABELS)


def test_all_known_scores_are_on_the_0_to_5_scale(ds: Dataset) -> None:
    for duration in ("acute", "chronic"):
        for o in ds.for_duration(duration).options:
            assert all(v is None or 0 <= v <= 5 for v in scoring.profile(o).as_dict().values())


def test_profiles_of_some_bundled_options(ds: Dataset) -> None:
    new = {o.id: scoring.profile(o).as_dict() for o in ds.for_duration("acute").options}
    # Acetaminophen did no better than a dummy pill in new pain: no credit for speed or lasting.
    assert (new["acetaminophen"]["speed"], new["acetaminophen"]["lasting"]) == (0, 0)
    # Heat: no recent price we trust, relief on day 1, lasting over 48 hours (Nadler 2002, 2003);
    # wraps can burn (label warnings of serious harm: 3).
    assert new["heat"] == {
        "speed": 5,
        "cost": None,
        "side_effects": 3,
        "no_doctor": 5,
        "lasting": 2,
        "evidence": 3,
    }
    # Massage: pain relief short term only, so its lasting benefit is not scored from a function trial.
    assert new["massage"]["lasting"] is None
