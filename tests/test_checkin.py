"""Check-ins: the link form, how it is going, and calendar reminders."""

from __future__ import annotations

import datetime as dt

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from dashboard.checkin import (
    HELPED,
    MAX_CHECKINS,
    SIDE_EFFECTS,
    CheckIn,
    add,
    checkins_to_query,
    parse_checkins,
    progress,
    reminders,
)

DAY = dt.date(2026, 11, 27)

checkins = st.builds(
    CheckIn,
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    pain=st.integers(0, 10),
    able=st.integers(0, 10),
    helped=st.sampled_from(HELPED),
    side_effects=st.sampled_from(SIDE_EFFECTS),
    warning=st.booleans(),
)
histories = st.lists(checkins, max_size=MAX_CHECKINS, unique_by=lambda c: c.day).map(
    lambda cs: tuple(sorted(cs, key=lambda c: c.day))
)


@given(histories)
def test_a_history_written_to_a_link_reads_back_the_same(history: tuple[CheckIn, ...]) -> None:
    assert parse_checkins(checkins_to_query(history)) == (history, [])


@given(st.text(max_size=80))
def test_any_text_in_the_link_never_raises(raw: str) -> None:
    parsed, notices = parse_checkins(raw)
    assert all(isinstance(c, CheckIn) for c in parsed)
    assert all(isinstance(n, str) for n in notices)


def test_tampered_entries_are_left_out_with_a_notice_and_the_rest_kept() -> None:
    good = "20261127.6.5.s.n.0"
    raw = "_".join([good, "20261131.5.5.y.n.0", "20261128.11.5.y.n.0", "<b>x</b>", "20261129.4.7.y.m.0"])
    parsed, notices = parse_checkins(raw)
    assert [c.day for c in parsed] == [DAY, dt.date(2026, 11, 29)]
    assert notices == ["We left out 3 check-ins from the link that we could not read. The others are shown."]


def test_one_check_in_a_day_the_later_wins_and_order_is_by_date() -> None:
    parsed, _ = parse_checkins("20261128.4.5.y.n.0_20261127.6.5.s.n.0_20261128.3.5.y.n.0")
    assert [(c.day.day, c.pain) for c in parsed] == [(27, 6), (28, 3)]
    again = add(parsed, CheckIn(dt.date(2026, 11, 28), 2, 8, "yes", "none", False))
    assert [(c.day.day, c.pain) for c in again] == [(27, 6), (28, 2)]


def test_too_many_check_ins_keep_the_latest() -> None:
    many = "_".join(f"{(DAY + dt.timedelta(days=i)):%Y%m%d}.5.5.y.n.0" for i in range(MAX_CHECKINS + 3))
    parsed, notices = parse_checkins(many)
    assert len(parsed) == MAX_CHECKINS and parsed[0].day == DAY + dt.timedelta(days=3)
    assert notices


def entry(day: int, pain: int, able: int = 5, **changes: object) -> CheckIn:
    fields: dict[str, object] = {"helped": "some", "side_effects": "none", "warning": False} | changes
    return CheckIn(DAY + dt.timedelta(days=day), pain, able, **fields)  # type: ignore[arg-type]


def test_a_warning_sign_comes_first() -> None:
    history = [entry(0, 6), entry(3, 2, warning=True)]
    assert progress(history, DAY + dt.timedelta(days=28), DAY).level == "warning"


def test_no_better_by_the_review_date_leads_to_a_doctor_or_pharmacist() -> None:
    history = [entry(0, 6), entry(28, 6)]
    result = progress(history, DAY + dt.timedelta(days=28), DAY + dt.timedelta(days=28))
    assert result.level == "talk" and "doctor or pharmacist" in result.message
    assert progress([entry(0, 6), entry(10, 6)], DAY + dt.timedelta(days=28), DAY).level == "early"
    assert progress([entry(0, 6), entry(10, 3)], DAY + dt.timedelta(days=28), DAY).level == "better"
    assert progress([entry(0, 6), entry(2, 6, side_effects="bad")], None, DAY).level == "talk"
    assert progress([], None, DAY).level == "none"


def test_reminders_are_a_calendar_with_the_link_at_1_2_and_4_weeks() -> None:
    link = "https://example.org/checkin?plan=heat&planned=2026-11-27"
    data = reminders(link, DAY, dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC))
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert [e.decoded("dtstart") for e in events] == [
        dt.date(2026, 12, 4),
        dt.date(2026, 12, 11),
        dt.date(2026, 12, 25),
    ]
    assert all(link in str(e.get("description")) and str(e.get("url")) == link for e in events)
    assert len({str(e.get("uid")) for e in events}) == 3
    assert str(events[0].get("summary")) == "Back pain check-in (1 week)"
