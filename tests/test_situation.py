"""The situation value object and its URL form."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dashboard import vocab
from dashboard.situation import (
    DOCTOR_CHOICES,
    MEDICATION_CHOICES,
    NEEDS,
    Situation,
    parse_option_ids,
)

situations = st.builds(
    Situation,
    severity=st.sampled_from(vocab.SEVERITIES),
    duration=st.sampled_from(vocab.DURATIONS),
    doctor=st.sampled_from(DOCTOR_CHOICES),
    medication=st.sampled_from(MEDICATION_CHOICES),
    budget=st.none() | st.integers(min_value=0, max_value=100_000),
    need=st.sampled_from(NEEDS),
    article_only=st.booleans(),
)


def test_defaults_with_no_parameters() -> None:
    situation, notices = Situation.from_query({})
    assert situation == Situation()
    assert notices == []


def test_reads_the_brief_names() -> None:
    situation, notices = Situation.from_query(
        {"severity": "severe", "duration": "chronic", "doctor": "no", "medication": "avoid", "budget": "50"}
    )
    assert situation == Situation("severe", "chronic", "no", "avoid", 50)
    assert notices == []


def test_invalid_values_are_ignored_with_a_notice_naming_them() -> None:
    situation, notices = Situation.from_query({"severity": "extreme", "budget": "-5", "doctor": "maybe"})
    assert situation == Situation()
    assert len(notices) == 3
    assert any("severity='extreme'" in n for n in notices)
    assert any("budget='-5'" in n for n in notices)
    assert any("doctor='maybe'" in n for n in notices)


def test_one_bad_value_keeps_the_good_ones() -> None:
    situation, notices = Situation.from_query({"severity": "mild", "duration": "forever"})
    assert situation.severity == "mild"
    assert situation.duration == Situation().duration
    assert notices == ["We ignored duration='forever': it must be one of acute, subacute, chronic."]


def test_repeated_parameter_uses_the_last_value() -> None:
    situation, _ = Situation.from_query({"severity": ["mild", "severe"]})
    assert situation.severity == "severe"


def test_case_and_spaces_are_forgiven() -> None:
    situation, notices = Situation.from_query({"severity": " Severe "})
    assert situation.severity == "severe" and notices == []


@given(situations)
def test_round_trip_through_the_url(situation: Situation) -> None:
    parsed, notices = Situation.from_query(situation.to_query())
    assert parsed == situation
    assert notices == []


@given(
    st.dictionaries(
        st.sampled_from(["severity", "duration", "doctor", "medication", "budget", "need", "article", "x"]),
        st.text(max_size=12),
    )
)
def test_parsing_never_raises(params: dict[str, str]) -> None:
    situation, notices = Situation.from_query(params)
    assert isinstance(situation, Situation)
    assert all(isinstance(n, str) for n in notices)


def test_describe_is_plain_words() -> None:
    lines = Situation(budget=40, article_only=True).describe()
    assert "Budget: $40 a month" in lines
    assert "Only the options the article names" in lines


KNOWN = ["massage", "heat", "otc_nsaid", "opioid", "exercise"]


def test_option_ids_keep_order_and_drop_unknown_and_repeats() -> None:
    chosen, notices = parse_option_ids("massage,nonsense,heat,massage", KNOWN)
    assert chosen == ["massage", "heat"]
    assert notices == ["We ignored unknown option ids: nonsense."]


def test_more_than_four_options_are_trimmed_with_a_notice() -> None:
    chosen, notices = parse_option_ids(",".join(KNOWN), KNOWN)
    assert chosen == KNOWN[:4]
    assert notices == ["You can compare up to 4 options, so we kept the first 4 and left out exercise."]


def test_no_options_parameter() -> None:
    assert parse_option_ids(None, KNOWN) == ([], [])


def test_a_value_that_could_be_markup_is_not_repeated_back() -> None:
    _, notices = Situation.from_query({"severity": "[x](https://example.com)"})
    assert notices == [
        "We ignored severity=(a value we don't show): it must be one of mild, moderate, severe."
    ]
    _, notices = parse_option_ids("massage,www.example.com/x", KNOWN)
    assert "example" not in notices[0]
