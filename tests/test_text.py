"""Plain-word figures: every helper in dashboard/text.py, on small inputs and made-up options."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import text, vocab
from tests.builders import option

MINUTE = 1 / 60
DAY = 24
WEEK = text.HOURS_PER_WEEK
MONTH = text.HOURS_PER_MONTH
YEAR = text.HOURS_PER_YEAR
UNIT_HOURS = {"minute": MINUTE, "hour": 1, "day": DAY, "week": WEEK, "month": MONTH, "year": YEAR}
# The largest count said in each unit before the next one takes over.
UNIT_LIMITS = {"minute": 59, "hour": 47, "day": 27, "week": 25, "month": 11}
READING = re.compile(r"(\d+) (minute|hour|day|week|month|year)(s?)")


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        # Nothing to wait for.
        (-1.0, "right away"),
        (0.0, "right away"),
        # Minutes: singular, never "0 minutes" for a short but real wait.
        (0.001, "1 minute"),
        (MINUTE, "1 minute"),
        (2 * MINUTE, "2 minutes"),
        (0.33, "20 minutes"),
        (59 * MINUTE, "59 minutes"),
        # 60 minutes is an hour, also when it only rounds to 60.
        (59.6 * MINUTE, "1 hour"),
        (1.0, "1 hour"),
        (1.4, "1 hour"),
        (1.5, "2 hours"),  # half up, as people round: Python's round(2.5) would give 2
        (2.5, "3 hours"),
        (12.0, "12 hours"),
        (47.0, "47 hours"),
        # 48 hours and up: days.
        (47.5, "2 days"),
        (48.0, "2 days"),
        (384.0, "16 days"),
        (27 * DAY, "27 days"),
        # 28 days and up: weeks.
        (27.5 * DAY, "4 weeks"),
        (4 * WEEK, "4 weeks"),
        (12 * WEEK, "12 weeks"),
        (25 * WEEK, "25 weeks"),
        # 26 weeks and up: months.
        (25.5 * WEEK, "6 months"),
        (26 * WEEK, "6 months"),
        (11 * MONTH, "11 months"),
        # 12 months and up: years.
        (11.5 * MONTH, "1 year"),
        (YEAR - 1, "1 year"),
        (YEAR, "1 year"),
        (1.5 * YEAR, "2 years"),
        (10 * YEAR, "10 years"),
    ],
)
def test_human_hours_at_each_unit_boundary(hours: float, expected: str) -> None:
    assert text.human_hours(hours) == expected


@given(st.floats(min_value=1e-6, max_value=100 * YEAR))
def test_human_hours_is_a_count_and_a_unit_that_agree(hours: float) -> None:
    match = READING.fullmatch(text.human_hours(hours))
    assert match, text.human_hours(hours)
    count, unit, plural = int(match[1]), match[2], match[3]
    assert count >= 1
    assert (plural == "s") == (count != 1)
    assert count <= UNIT_LIMITS.get(unit, count)


@given(st.floats(min_value=1e-6, max_value=100 * YEAR), st.floats(min_value=1e-6, max_value=100 * YEAR))
def test_a_longer_wait_never_reads_shorter(a: float, b: float) -> None:
    def read_back(hours: float) -> float:
        match = READING.fullmatch(text.human_hours(hours))
        assert match
        return int(match[1]) * UNIT_HOURS[match[2]]

    low, high = sorted((a, b))
    assert read_back(low) <= read_back(high)


def test_hours_range() -> None:
    assert text.hours_range(None, 2.0) == "Unknown"
    assert text.hours_range(1.0, None) == "Unknown"
    assert text.hours_range(24.0, 24.0) == "24 hours"
    assert text.hours_range(1.0, 48.0) == "1 hour to 2 days"
    assert text.hours_range(4 * WEEK, 12 * WEEK) == "4 weeks to 12 weeks"
    # Two ends that read the same are said once, not "20 minutes to 20 minutes".
    assert text.hours_range(0.33, 0.34) == "20 minutes"


def test_money() -> None:
    assert text.money(0) == "$0"
    assert text.money(21) == "$21"
    assert text.money(1234.4) == "$1,234"
    assert text.money(2.5) == "$3"  # half up: an f-string's rounding would give "$2"


def test_money_range() -> None:
    assert text.money_range(21, 28) == "$21 to $28"
    assert text.money_range(10, 10) == "$10"
    assert text.money_range(10.2, 10.4) == "$10"  # not "$10 to $10"


def test_own_cost_says_what_the_price_covers() -> None:
    assert text.own_cost(option(cost_low_usd=21.0, cost_high_usd=28.0, cost_unit="course")) == (
        "$21 to $28 a course"
    )
    assert text.own_cost(option(cost_low_usd=30.0, cost_high_usd=30.0, cost_unit="month")) == "$30 a month"
    assert (
        text.own_cost(option(cost_low_usd=5.0, cost_high_usd=9.0, cost_unit="one_off")) == "$5 to $9 one-off"
    )
    assert text.own_cost(option(cost_low_usd=0.0, cost_high_usd=0.0)) == "Free"
    assert text.own_cost(option(cost_low_usd=None, cost_high_usd=None)) == "Unknown"
    assert text.own_cost(option(cost_low_usd=4.0, cost_high_usd=None)) == "Unknown"


def test_cost_range_shows_a_doctor_visit_as_its_own_part() -> None:
    visit: dict[str, Any] = {"visit_cost_low_usd": 138.0, "visit_cost_high_usd": 183.0}
    no_visit = option(cost_low_usd=21.0, cost_high_usd=28.0, cost_unit="course")
    assert text.cost_range(no_visit) == text.own_cost(no_visit) == "$21 to $28 a course"
    assert text.cost_range(option(cost_low_usd=4.0, cost_high_usd=10.0, **visit)) == (
        "Doctor visit $138 to $183, plus the medicine at $4 to $10 a month"
    )
    assert text.cost_range(option(cost_low_usd=None, cost_high_usd=None, **visit)) == (
        "Doctor visit $138 to $183, plus the medicine (price unknown)"
    )
    # Not "plus the medicine at Free".
    assert text.cost_range(option(cost_low_usd=0.0, cost_high_usd=0.0, **visit)) == (
        "Doctor visit $138 to $183; the medicine itself is free"
    )


@pytest.mark.parametrize("code", vocab.CONFIDENCE)
def test_confidence_note_marks_only_weak_figures(code: str) -> None:
    note = text.confidence_note(code)
    if code in vocab.LOW_CONFIDENCE:
        assert note == f"({vocab.CONFIDENCE_LABELS[code].lower()})"
        assert text.with_confidence("$21", code) == f"$21 {note}"
    else:
        assert note == ""
        assert text.with_confidence("$21", code) == "$21"


def test_weak_source_wording() -> None:
    assert text.with_confidence("$21 to $28 a course", "W") == "$21 to $28 a course (weak source)"


@pytest.mark.parametrize(
    ("given_text", "expected"),
    [
        ("One. Two. Three.", "One."),
        ("Only one.", "Only one."),
        ("No full stop", "No full stop"),
        ("Version 2.5 works. Then more.", "Version 2.5 works."),
        ("Does it help? Yes, a little.", "Does it help?"),
        ("Stop now! Then rest.", "Stop now!"),
        ("Line one.\nLine two.", "Line one."),
        ("  Padded. Rest.", "Padded."),
        ("", ""),
    ],
)
def test_first_sentence(given_text: str, expected: str) -> None:
    assert text.first_sentence(given_text) == expected


def test_join_words() -> None:
    assert text.join_words([]) == ""
    assert text.join_words(["heat"]) == "heat"
    assert text.join_words(["heat", "massage"]) == "heat or massage"
    assert text.join_words(["heat", "massage", "walking"], last="and") == "heat, massage and walking"


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain words", "plain words"),
        ("*bold* _it_", r"\*bold\* \_it\_"),
        ("[x](https://a.b)", r"\[x\]\(https\://a\.b\)"),
        (":red[alarm]", r"\:red\[alarm\]"),
        ("# not a heading", r"\# not a heading"),
        ("Title\n===", "Title\n\\=\\=\\="),
        ("&copy; 5 < 6", r"\&copy; 5 \< 6"),
        ("$5 to $9", r"\$5 to \$9"),
        (r"a\b", r"a\\b"),
    ],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert text.escape_markdown(raw) == escaped


@given(st.text())
def test_escaping_leaves_no_special_character_bare(raw: str) -> None:
    escaped = text.escape_markdown(raw)
    assert re.sub(r"\\(.)", "", escaped, flags=re.DOTALL) == re.sub(text.MARKDOWN_SPECIAL, "", raw)


def test_verdict_for_names_the_pain_the_facts_are_for() -> None:
    split = option(
        stages={"new": {"guideline_verdict": "recommended"}, "long": {"guideline_verdict": "option"}}
    )
    assert text.verdict_for(split) == "Recommended for new pain (under 12 weeks)"
    assert text.verdict_for(split.for_stage("long")) == "An option for long-lasting pain (over 12 weeks)"
    # No evidence for long-lasting pain: the verdict shown is the one for new pain, and says so.
    new_only = option(evidence=split.evidence[:1])
    assert text.verdict_for(new_only.for_stage("long")) == "Recommended for new pain (under 12 weeks)"


def test_onset_short() -> None:
    quick = option(stages={"new": {"onset_hours_low": 0.5, "onset_hours_high": 2.0}})
    assert text.onset_short(quick) == "30 minutes to 2 hours"
    unknown = option(stages={"new": {"onset_hours_low": None, "onset_hours_high": None}})
    assert text.onset_short(unknown) == "Unknown"
    # Speed means nothing when it did no better than a dummy pill.
    placebo_like = option(stages={"new": {"effect_size": "none", "onset_hours_low": 0.1}})
    assert text.onset_short(placebo_like) == "No sooner than a dummy pill (it did not beat one in trials)"
