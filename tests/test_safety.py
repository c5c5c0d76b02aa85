"""The warning-sign check: it only says how soon to get help, and the most serious sign wins."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import safety, vocab
from dashboard.data import Dataset
from tests.builders import warning_sign
from tests.conftest import DataRows

SIGNS = (
    warning_sign("numb_saddle", "emergency"),
    warning_sign("fever", "urgent"),
    warning_sign("weight_loss", "urgent"),
    warning_sign("night_pain", "soon"),
)
IDS = [s.id for s in SIGNS]


@pytest.mark.parametrize("duration", vocab.DURATIONS)
def test_all_clear_promises_weeks_only_for_new_pain(duration: str) -> None:
    message = safety.all_clear(duration)
    if duration == "acute":
        assert message == safety.ALL_CLEAR_MESSAGE
        assert "within a few weeks" in message
    elif duration == "subacute":
        assert message == safety.ALL_CLEAR_SUBACUTE_MESSAGE and "within a few weeks" not in message
    else:
        assert message == safety.ALL_CLEAR_LONG_MESSAGE
        assert "weeks" not in message


def test_no_message_diagnoses() -> None:
    messages = [
        safety.EMERGENCY_MESSAGE,
        safety.URGENT_MESSAGE,
        safety.SOON_MESSAGE,
        safety.ALL_CLEAR_MESSAGE,
        safety.ALL_CLEAR_SUBACUTE_MESSAGE,
        safety.ALL_CLEAR_LONG_MESSAGE,
    ]
    for message in messages:
        assert not any(word in message.lower() for word in ("you have", "diagnos", "it is a"))
    assert "911" in safety.EMERGENCY_MESSAGE


def test_nothing_ticked_is_no_level() -> None:
    assert safety.highest_level(SIGNS, []) is None
    assert safety.highest_level([], ["fever"]) is None
    assert safety.highest_level(SIGNS, ["not_a_sign"]) is None


@pytest.mark.parametrize(
    ("ticked", "expected"),
    [
        (["night_pain"], "soon"),
        (["fever"], "urgent"),
        (["fever", "weight_loss"], "urgent"),
        (["night_pain", "fever"], "urgent"),
        (["night_pain", "fever", "numb_saddle"], "emergency"),
        (["numb_saddle", "not_a_sign"], "emergency"),
    ],
)
def test_the_most_serious_ticked_sign_decides(ticked: list[str], expected: str) -> None:
    assert safety.highest_level(SIGNS, ticked) == expected
    assert safety.highest_level(SIGNS, reversed(ticked)) == expected


def test_ticked_may_be_read_only_once() -> None:
    # A generator is an Iterable: every sign must be checked against all of it, not
    # only the first sign (which used to empty it).
    assert safety.highest_level(SIGNS, (i for i in ["night_pain"])) == "soon"
    assert safety.highest_level(SIGNS, iter(["fever", "night_pain"])) == "urgent"


@given(st.sets(st.sampled_from(IDS)))
def test_highest_level_is_the_first_ticked_level_in_order(ticked: set[str]) -> None:
    levels = {s.level for s in SIGNS if s.id in ticked}
    expected = next((level for level in vocab.WARNING_LEVELS if level in levels), None)
    assert safety.highest_level(SIGNS, ticked) == expected


def test_by_level_groups_every_sign_once_most_serious_first() -> None:
    groups = safety.by_level(SIGNS)
    assert list(groups) == list(vocab.WARNING_LEVELS)
    assert [s.id for s in groups["urgent"]] == ["fever", "weight_loss"]  # order kept
    assert sorted(s.id for signs in groups.values() for s in signs) == sorted(IDS)


def test_by_level_keeps_empty_levels() -> None:
    groups = safety.by_level([warning_sign("only_one", "soon")])
    assert {level: len(signs) for level, signs in groups.items()} == {"emergency": 0, "urgent": 0, "soon": 1}
    assert safety.by_level([]) == {level: [] for level in vocab.WARNING_LEVELS}


def test_every_bundled_sign_is_shown_in_one_group(ds: Dataset, data_rows: DataRows) -> None:
    rows = data_rows("warning_signs.csv")
    groups = safety.by_level(ds.warning_signs)
    assert sum(len(signs) for signs in groups.values()) == len(ds.warning_signs) == len(rows)
    # Each level has at least one sign in today's data, so each has a heading on the page.
    assert all(groups.values())
    # Ticking every sign always asks for emergency help.
    assert safety.highest_level(ds.warning_signs, [r["id"] for r in rows]) == "emergency"
