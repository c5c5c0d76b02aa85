"""The shared 0–5 scale, checked against the written rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard import scoring
from dashboard.data import Dataset


def test_profiles_of_the_bundled_options(ds: Dataset) -> None:
    got = {o.id: scoring.profile(o).as_dict() for o in ds.options}
    assert got["massage"] == {
        "speed": 5,
        "cost": 1,
        "side_effects": 5,
        "no_doctor": 5,
        "lasting": 4,
        "evidence": 3,
    }
    assert got["opioid"] == {
        "speed": 5,
        "cost": 2,
        "side_effects": 1,
        "no_doctor": 0,
        "lasting": 1,
        "evidence": 0,
    }
    assert (
        got["stay_active"]["cost"] == 5 and got["stay_active"]["lasting"] == 0
    )  # no duration figure: unknown is 0
    assert got["acetaminophen"]["evidence"] == 0  # no benefit found
    assert got["water_therapy"]["evidence"] == 2  # moderate benefit, very low certainty


@pytest.mark.parametrize(
    ("low", "expected"),
    [(None, 0), (0.0, 5), (1.0, 5), (2.0, 4), (24.0, 4), (100.0, 3), (600.0, 2), (700.0, 1)],
)
def test_speed_rule(ds: Dataset, low: float | None, expected: int) -> None:
    option = replace(ds.option("heat"), onset_hours_low=low, onset_hours_high=low)
    assert scoring.speed_score(option) == expected


@pytest.mark.parametrize(
    ("high", "expected"), [(None, 0), (0.0, 5), (25.0, 4), (26.0, 3), (300.0, 2), (301.0, 1)]
)
def test_cost_rule(ds: Dataset, high: float | None, expected: int) -> None:
    option = replace(ds.option("heat"), cost_low_usd=0 if high is not None else None, cost_high_usd=high)
    assert scoring.cost_score(option) == expected


def test_every_attribute_has_a_written_rule_and_a_label() -> None:
    assert set(scoring.SCALE_RULES) == set(scoring.ATTRIBUTES) == set(scoring.ATTRIBUTE_LABELS)


def test_all_scores_are_on_the_0_to_5_scale(ds: Dataset) -> None:
    for option in ds.options:
        assert all(0 <= v <= 5 for v in scoring.profile(option).as_dict().values())
