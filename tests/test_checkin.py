"""Check-ins: the link form, how it is going, and calendar reminders."""

from __future__ import annotations

import datetime as dt

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from dashboard import view
from dashboard.checkin import (
    HELPED,
    MAX_CHECKINS,
    SIDE_EFFECTS,
    CheckIn,
    add,
    checkins_to_query,
    parse_checkins,
    reminders,
)
from dashboard.progress import LabelLimit, Schedule, progress
from dashboard.vocab import WARNING_LEVELS

DAY = dt.date(2026, 11, 27)
FAR = dt.date(2100, 1, 1)  # a "today" after every day the strategies make

checkins = st.builds(
    CheckIn,
    day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)),
    pain=st.integers(0, 10),
    able=st.integers(0, 10),
    helped=st.sampled_from(HELPED),
    side_effects=st.sampled_from(SIDE_EFFECTS),
    warning=st.sampled_from((None, "soon", "urgent", "emergency")),
)
histories = st.lists(checkins, max_size=MAX_CHECKINS, unique_by=lambda c: c.day).map(
    lambda cs: tuple(sorted(cs, key=lambda c: c.day))
)


@given(histories)
def test_a_history_written_to_a_link_reads_back_the_same(history: tuple[CheckIn, ...]) -> None:
    assert parse_checkins(checkins_to_query(history), FAR) == (history, [])


@given(st.text(max_size=80))
def test_any_text_in_the_link_never_raises(raw: str) -> None:
    parsed, notices = parse_checkins(raw)
    assert all(isinstance(c, CheckIn) for c in parsed)
    assert all(isinstance(n, str) for n in notices)


def test_tampered_entries_are_left_out_with_a_notice_and_the_rest_kept() -> None:
    good = "20261127.6.5.s.n.0"
    raw = "_".join([good, "20261131.5.5.y.n.0", "20261128.11.5.y.n.0", "<b>x</b>", "20261129.4.7.y.m.0"])
    parsed, notices = parse_checkins(raw, dt.date(2026, 12, 1))
    assert [c.day for c in parsed] == [DAY, dt.date(2026, 11, 29)]
    assert notices == ["We left out 3 check-ins from the link that we could not read. The others are shown."]


def test_one_check_in_a_day_the_later_wins_and_order_is_by_date() -> None:
    parsed, notices = parse_checkins("20261128.4.5.y.n.0_20261127.6.5.s.n.0_20261128.3.5.y.n.0", DAY)
    assert [(c.day.day, c.pain) for c in parsed] == [(27, 6), (28, 3)]
    assert notices == [
        "The link had more than one check-in for 28 November 2026. We kept the later one for each "
        "day, and a warning sign from either one still counts."
    ]
    again = add(parsed, CheckIn(dt.date(2026, 11, 28), 2, 8, "yes", "none", None))
    assert [(c.day.day, c.pain) for c in again.checkins] == [(27, 6), (28, 2)]
    assert again.replaced == parsed[1] and again.dropped is None and again.saved


def test_too_many_check_ins_keep_the_latest() -> None:
    many = "_".join(f"{(DAY + dt.timedelta(days=i)):%Y%m%d}.5.5.y.n.0" for i in range(MAX_CHECKINS + 3))
    parsed, notices = parse_checkins(many, FAR)
    assert len(parsed) == MAX_CHECKINS and parsed[0].day == DAY + dt.timedelta(days=3)
    assert notices


def test_the_form_says_when_it_leaves_out_the_oldest_or_refuses_an_older_one() -> None:
    full = tuple(CheckIn(DAY + dt.timedelta(days=i), 5, 5, "some", "none") for i in range(MAX_CHECKINS))
    newer = add(full, CheckIn(DAY + dt.timedelta(days=MAX_CHECKINS), 4, 5, "some", "none"))
    assert newer.dropped == full[0] and len(newer.checkins) == MAX_CHECKINS and newer.saved
    older = add(full, CheckIn(DAY - dt.timedelta(days=1), 4, 5, "some", "none"))
    assert older.refused and older.checkins == full and not older.saved
    same = add(full, CheckIn(DAY, 9, 5, "some", "none"))
    assert same.replaced == full[0] and same.dropped is None and same.checkins[0].pain == 9


@given(histories, checkins)
def test_saving_keeps_at_most_the_limit_and_says_what_it_replaced_or_left_out(
    history: tuple[CheckIn, ...], new: CheckIn
) -> None:
    added = add(history, new)
    assert len(added.checkins) <= MAX_CHECKINS
    assert (new in added.checkins) == added.saved
    lost = set(history) - set(added.checkins)
    assert lost <= {added.replaced, added.dropped}


def test_a_link_value_longer_than_sixty_check_ins_is_not_read() -> None:
    start = DAY - dt.timedelta(days=90)  # all before the day the test runs
    many = "_".join(f"{(start + dt.timedelta(days=i)):%Y%m%d}.10.10.y.n.0" for i in range(MAX_CHECKINS + 1))
    parsed = view.parse({"checkins": many}, ())
    assert parsed.view.checkins == () and any("checkins: too long" in n for n in parsed.notices)
    exactly = "_".join(f"{(start + dt.timedelta(days=i)):%Y%m%d}.10.10.y.n.0" for i in range(MAX_CHECKINS))
    assert len(view.parse({"checkins": exactly}, ()).view.checkins) == MAX_CHECKINS


def entry(day: int, pain: int, able: int = 5, **changes: object) -> CheckIn:
    fields: dict[str, object] = {"helped": "some", "side_effects": "none", "warning": None} | changes
    return CheckIn(DAY + dt.timedelta(days=day), pain, able, **fields)  # type: ignore[arg-type]


REVIEW = Schedule(DAY, DAY + dt.timedelta(days=28))
NSAID = Schedule(
    DAY,
    DAY + dt.timedelta(days=10),
    (
        LabelLimit(
            "Ibuprofen", 10, "The label says to stop and ask a doctor if pain lasts more than 10 days."
        ),
    ),
)

# ------------------------------------------------------------------ the review's cases (section 4)


def test_the_review_cases_each_lead_to_a_doctor_when_they_should() -> None:
    cases = {
        "pain 3 to 9 by day 5": ([entry(0, 3), entry(5, 9)], REVIEW, 5, "worse"),
        "pain 3 to 10, can do 6 to 0, day 20": ([entry(0, 3, 6), entry(20, 10, 0)], REVIEW, 20, "worse"),
        "pain 2 to 8, can do 3 to 4": ([entry(0, 2, 3), entry(6, 8, 4)], REVIEW, 6, "worse"),
        "OTC NSAID, pain 7 to 6 on day 25": ([entry(0, 7), entry(25, 6)], NSAID, 25, "label"),
        "one check-in at 10 out of 10": ([entry(0, 10)], REVIEW, 3, "worse"),
        "it did not help, twice": (
            [entry(d, 6 - (d > 50), helped="no") for d in range(0, 61, 10)],
            REVIEW,
            60,
            "review",
        ),
        "pain 3 to 5 (2 points up) on day 4": ([entry(0, 3), entry(4, 5)], REVIEW, 4, "worse"),
    }
    for name, (history, schedule, day, level) in cases.items():
        result = progress(history, schedule, DAY + dt.timedelta(days=day))
        assert result.level == level, name
        assert "Book a visit with your doctor" in result.message, name


def test_an_earlier_warning_stays_on_screen_after_a_later_check_in_says_none() -> None:
    history = [entry(0, 6, warning="urgent"), entry(9, 5)]
    result = progress(history, REVIEW, DAY + dt.timedelta(days=9))
    assert result.level != "warning" and result.earlier == (DAY, "urgent")
    assert "Contact a doctor today" in result.earlier_line


def test_each_warning_level_gives_its_own_action() -> None:
    said = {
        level: progress([entry(0, 4, warning=level)], REVIEW, DAY).message
        for level in ("emergency", "urgent", "soon")
    }
    assert "Call 911" in said["emergency"]
    assert "doctor today" in said["urgent"] and "911" not in said["urgent"]
    assert "Book a visit" in said["soon"] and "911" not in said["soon"]
    assert all("list above" not in m and "list below" not in m for m in said.values())


def test_a_future_dated_entry_gets_a_notice_and_never_hides_a_warning() -> None:
    warned = [entry(0, 6), entry(2, 6, warning="emergency")]
    tampered = [*warned, entry(30, 1, 10, helped="yes")]
    result = progress(tampered, REVIEW, DAY + dt.timedelta(days=2))
    assert result.level == "warning" and result.warning == "emergency"
    assert result.notices and "after today" in result.notices[0]


def test_a_link_entry_dated_after_tomorrow_is_left_out_with_a_notice() -> None:
    """Security review M4: one future entry turned "get medical help now" into "Keep going"."""
    raw = "20261120.9.1.n.b.e_20261204.9.1.n.b.u_20991231.1.9.y.n.0_20261206.1.9.y.n.0"
    parsed, notices = parse_checkins(raw, dt.date(2026, 12, 5))
    # 6 December is a day ahead of the server: allowed, for time zones. 2099 is not.
    assert [c.day.year for c in parsed] == [2026, 2026, 2026]
    assert notices == [
        "We left out 1 check-in dated after today (31 December 2099): a check-in can't be in the future."
    ]
    result = progress(parsed, REVIEW, dt.date(2026, 12, 5))
    assert result.level == "warning" and result.warning == "urgent"
    assert "4 December" in result.message and "none applies now" in result.message
    # A future entry with a warning sign is kept for its warning: it leads, and says so.
    kept, none = parse_checkins(
        "20261201.6.5.y.n.0_20261204.2.8.y.n.0_20261220.5.5.y.n.e", dt.date(2026, 12, 5)
    )
    assert len(kept) == 3 and none == []
    warned = progress(kept, REVIEW, dt.date(2026, 12, 5))
    assert (
        warned.level == "warning" and warned.warning == "emergency" and "dated after today" in warned.message
    )
    assert warned.notices and "after today" in warned.notices[0]


def test_a_warning_in_the_last_seven_days_leads_and_an_older_one_is_a_note() -> None:
    history = [entry(0, 6, warning="emergency"), entry(3, 2, 8, helped="yes")]
    recent = progress(history, REVIEW, DAY + dt.timedelta(days=6))
    assert recent.level == "warning" and recent.warning == "emergency" and "Call 911" in recent.message
    later = progress(history, REVIEW, DAY + dt.timedelta(days=7))
    assert later.level != "warning" and later.earlier == (DAY, "emergency")


def test_a_second_entry_for_one_day_gets_a_notice_and_keeps_the_warning() -> None:
    parsed, notices = parse_checkins("20261127.6.5.s.n.u_20261127.1.9.y.n.0", DAY)
    assert parsed[0].warning == "urgent" and parsed[0].pain == 1
    assert any("more than one check-in for 27 November 2026" in n for n in notices)


def test_links_made_before_levels_read_a_sign_as_the_most_serious_level() -> None:
    parsed, notices = parse_checkins("20261127.6.5.s.n.1_20261128.6.5.s.n.0", DAY)
    assert [c.warning for c in parsed] == ["emergency", None] and not notices


def test_the_label_limit_day_is_also_a_reminder() -> None:
    data = reminders(
        "https://example.org/checkin", DAY, dt.datetime(2026, 11, 27, tzinfo=dt.UTC), limits=NSAID.limits
    )
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    limit = [e for e in events if "10-day limit" in str(e.get("summary"))]
    assert [e.decoded("dtstart") for e in limit] == [DAY + dt.timedelta(days=10)]
    assert "more than 10 days" in str(limit[0].get("description"))


def test_no_check_ins_and_steady_progress() -> None:
    assert progress([], None, DAY).level == "none"
    assert progress([entry(0, 6), entry(10, 3)], REVIEW, DAY + dt.timedelta(days=10)).level == "better"
    assert progress([entry(0, 6), entry(10, 6)], REVIEW, DAY + dt.timedelta(days=10)).level == "early"
    assert (
        progress([entry(0, 6), entry(2, 6, side_effects="bad")], None, DAY + dt.timedelta(days=2)).level
        == "talk"
    )
    assert progress([entry(0, 6), entry(28, 6)], REVIEW, DAY + dt.timedelta(days=28)).level == "talk"


# ------------------------------------------------------------------ the safety invariants

days = st.integers(0, 90)
levels = st.sampled_from((None, None, None, "soon", "urgent", "emergency"))
entries = st.builds(
    entry,
    day=days,
    pain=st.integers(0, 10),
    able=st.integers(0, 10),
    helped=st.sampled_from(HELPED),
    side_effects=st.sampled_from(SIDE_EFFECTS),
    warning=levels,
)
runs = st.lists(entries, min_size=1, max_size=12, unique_by=lambda c: c.day).map(
    lambda cs: tuple(sorted(cs, key=lambda c: c.day))
)
schedules = st.one_of(
    st.none(),
    st.builds(
        lambda review, limit: Schedule(
            DAY,
            DAY + dt.timedelta(days=review),
            () if limit is None else (LabelLimit("It", limit, f"The label says {limit} days."),),
        ),
        st.integers(1, 60),
        st.one_of(st.none(), st.integers(1, 30)),
    ),
)
REASSURING = ("better", "mixed", "early")


def _today(history: tuple[CheckIn, ...], extra: int) -> dt.date:
    return history[-1].day + dt.timedelta(days=extra)


@given(runs, schedules, st.integers(0, 5))
def test_a_worsening_history_never_gets_keep_going_or_no_change(
    history: tuple[CheckIn, ...], schedule: Schedule | None, extra: int
) -> None:
    first, latest = history[0], history[-1]
    lowest = min(c.pain for c in history)
    worse = latest.pain >= first.pain + 2 or latest.pain >= lowest + 2 or latest.pain >= 8
    less_able = latest.able <= max(c.able for c in history) - 2
    result = progress(history, schedule, _today(history, extra))
    if worse or less_able:
        assert result.sends_to_doctor and result.level not in REASSURING


def _leading(history: tuple[CheckIn, ...], today: dt.date) -> str | None:
    """The most serious warning at the last check-in or at any check-in in the 7 days to today."""
    near = [
        c.warning for c in history if c.warning and (c is history[-1] or c.day > today - dt.timedelta(days=7))
    ]
    return min(near, key=WARNING_LEVELS.index) if near else None


@given(runs, schedules, st.integers(0, 10))
def test_a_warning_at_the_last_or_a_recent_check_in_always_leads_with_its_level(
    history: tuple[CheckIn, ...], schedule: Schedule | None, extra: int
) -> None:
    today = _today(history, extra)
    result = progress(history, schedule, today)
    leading = _leading(history, today)
    if leading is not None:
        assert result.level == "warning" and result.warning == leading
        assert ("Call 911" in result.message) == (result.warning == "emergency")
    else:
        assert result.level != "warning"
    # The most serious warning at any check-in is never lost: it leads, or it stays on
    # screen as a note, and the note says truly what the last check-in said.
    warnings = [WARNING_LEVELS.index(c.warning) for c in history if c.warning]
    if warnings:
        shown = [WARNING_LEVELS.index(w) for w in (result.warning, result.earlier and result.earlier[1]) if w]
        assert shown and min(shown) == min(warnings)
        if result.earlier is not None:
            assert ("none applies now" in result.earlier_line) == (history[-1].warning is None)


@given(runs, schedules, st.integers(0, 5))
def test_keep_going_means_less_pain_and_no_less_ability(
    history: tuple[CheckIn, ...], schedule: Schedule | None, extra: int
) -> None:
    result = progress(history, schedule, _today(history, extra))
    first, latest = history[0], history[-1]
    if result.level == "better":
        assert latest.pain < first.pain and latest.able >= first.able
        assert latest.warning is None and latest.side_effects != "bad"
    if "No change" in result.message:
        assert (latest.pain, latest.able) == (first.pain, first.able)
    if len(history) >= 2 and history[-1].helped == history[-2].helped == "no":
        assert result.sends_to_doctor


@given(runs, schedules, st.integers(0, 5))
def test_a_reached_label_limit_always_leads_to_a_doctor(
    history: tuple[CheckIn, ...], schedule: Schedule | None, extra: int
) -> None:
    today = _today(history, extra)
    result = progress(history, schedule, today)
    if schedule and any(today >= schedule.start + dt.timedelta(days=lim.days) for lim in schedule.limits):
        assert result.sends_to_doctor


@given(runs, schedules, entries, st.integers(0, 5))
def test_an_added_link_entry_never_hides_a_warning(
    history: tuple[CheckIn, ...], schedule: Schedule | None, added: CheckIn, extra: int
) -> None:
    """A future-dated or same-day entry added to a link (security review M4)."""
    today = _today(history, extra)
    before = progress(history, schedule, today)
    raw = checkins_to_query(history) + "_" + checkins_to_query([added])
    parsed, notices = parse_checkins(raw, today)
    after = progress(parsed, schedule, today)
    if before.level == "warning" and after.level == "warning":
        assert after.warning is not None and before.warning is not None
        shown = [after.warning, *([after.earlier[1]] if after.earlier else [])]
        # A milder sign at a real later check-in leads, and the earlier, more serious one stays.
        assert min(WARNING_LEVELS.index(w) for w in shown) <= WARNING_LEVELS.index(before.warning)
    elif before.level == "warning":
        # Only a real later check-in (dated after the warning, up to today) can say none
        # applies now, and even then the earlier warning stays on screen.
        assert history[-1].day < added.day <= today + dt.timedelta(days=1) and after.earlier is not None
    if added.day > today + dt.timedelta(days=1) and added.warning is None:
        assert parsed == history and any("dated after today" in n for n in notices)
    if added.day > today + dt.timedelta(days=1) and added.warning is not None:
        assert after.level == "warning" and after.warning is not None


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


def test_the_most_serious_older_warning_is_the_note_not_the_latest_milder_one() -> None:
    """Second review: with an emergency 20 days ago and "book a visit" 10 days ago, the note
    named only the later, milder one."""
    history = [entry(0, 7, warning="emergency"), entry(10, 6, warning="soon"), entry(20, 5)]
    result = progress(history, REVIEW, DAY + dt.timedelta(days=20))
    assert result.level != "warning" and result.earlier == (DAY, "emergency")
    assert "Call 911" in result.earlier_line and "none applies now" in result.earlier_line
