"""Check in after the second usability review: reminders from today with alarms (C5), the
"can do" chart and a caption that says how to act on it (C7, PEMAT 25, defect 12), dates
in words (C6, defect 8) and the plan's onset text (defect 9)."""

from __future__ import annotations

import datetime as dt

import icalendar
import textstat
from hypothesis import given
from hypothesis import strategies as st

from dashboard import charts, plan
from dashboard.charts.progress import ABLE_NAME, AVERAGE_NAME, PAIN_NAME
from dashboard.charts.style import CHAR, LEGEND_ITEM, MARGIN, NUMBER_AXIS, PHONE_WIDTH
from dashboard.checkin import CheckIn, day_words, reminders
from dashboard.data import Dataset
from dashboard.progress import LabelLimit, chart_caption
from dashboard.situation import Situation
from dashboard.ui.tracker import SAVED
from dashboard.view import View

LINK = "https://example.org/checkin?plan=heat&planned=2026-11-20&checkins=20261120.5.6.s.n.0"
PLANNED = dt.date(2026, 11, 20)
TODAY = dt.date(2026, 12, 4)  # Rosa, two weeks in
MADE = dt.datetime(2026, 12, 4, 15, 30, tzinfo=dt.UTC)
HEAT = LabelLimit(
    "Heat wrap or heating pad",
    7,
    "The label says to stop and ask a doctor if pain is no better after 7 days.",
)


def events(data: bytes) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_reminders_two_weeks_in_are_dated_from_today_and_none_is_past() -> None:
    found = events(reminders(LINK, PLANNED, MADE, limits=(HEAT,), today=TODAY, review_days=7))
    days = [e.decoded("dtstart") for e in found]
    # 1, 2 and 4 weeks from today; heat's 7-day limit (27 November) and the review are past.
    assert days == [dt.date(2026, 12, 11), dt.date(2026, 12, 18), dt.date(2027, 1, 1)]
    assert all(day > TODAY for day in days)


def test_a_review_day_still_ahead_gets_its_own_reminder() -> None:
    found = events(reminders(LINK, PLANNED, MADE, today=dt.date(2026, 11, 25), review_days=28))
    review = [e for e in found if "review day" in str(e.get("summary"))]
    assert [e.decoded("dtstart") for e in review] == [PLANNED + dt.timedelta(days=28)]
    assert "book a visit with your doctor" in str(review[0].get("description"))


def test_a_review_day_on_a_check_in_day_is_not_doubled() -> None:
    found = events(reminders(LINK, PLANNED, MADE, today=PLANNED, review_days=28))
    assert [e.decoded("dtstart") for e in found] == [PLANNED + dt.timedelta(days=d) for d in (7, 14, 28)]


@given(st.integers(min_value=-30, max_value=90), st.integers(min_value=1, max_value=40))
def test_no_reminder_is_ever_in_the_past(days_since_plan: int, limit: int) -> None:
    today = PLANNED + dt.timedelta(days=days_since_plan)
    made = dt.datetime.combine(today, dt.time(12), tzinfo=dt.UTC)
    lim = LabelLimit("Pills", limit, f"The label says to ask a doctor after {limit} days.")
    found = events(reminders(LINK, PLANNED, made, limits=(lim,), today=today, review_days=min(28, limit)))
    assert len(found) >= 3
    assert all(e.decoded("dtstart") >= today for e in found)
    assert len({str(e.get("uid")) for e in found}) == len(found)


def test_each_reminder_alarms_at_nine_and_says_the_link_holds_the_check_ins() -> None:
    found = events(reminders(LINK, PLANNED, MADE, limits=(HEAT,), today=dt.date(2026, 11, 21), review_days=7))
    assert found
    for event in found:
        (alarm,) = event.walk("VALARM")
        assert str(alarm.get("action")) == "DISPLAY"
        assert alarm.decoded("trigger") == dt.timedelta(hours=9)  # from the all-day start: 9:00
        assert str(alarm.get("description"))
        text = str(event.get("description"))
        assert LINK in text and str(event.get("url")) == LINK
        assert "This link holds your check-ins up to 21 November 2026" in text
        assert "If you saved a newer link, use that one." in text


def test_dates_in_words_never_digits_only() -> None:
    assert day_words(dt.date(2026, 12, 4)) == "4 December 2026"


def test_the_chart_shows_how_much_you_can_do_under_the_pain(ds: Dataset) -> None:
    history = [CheckIn(PLANNED, 5, 6, "some", "none"), CheckIn(TODAY, 7, 3, "no", "none")]
    course = [p for p in ds.pain_course if p.stage == "new"]
    assert course
    fig = charts.progress_chart(history, course, PLANNED, "new pain (under 12 weeks)", able=True)
    by_name = {t.name: t for t in fig.data}
    assert set(by_name) == {AVERAGE_NAME, PAIN_NAME, ABLE_NAME}
    assert list(by_name[ABLE_NAME].y) == [6, 3] and list(by_name[PAIN_NAME].y) == [5, 7]
    assert by_name[ABLE_NAME].yaxis == "y2" and by_name[PAIN_NAME].yaxis == "y"
    # Without `able` (the progress slide), pain only, as before.
    plain = charts.progress_chart(history, course, PLANNED, "new pain (under 12 weeks)")
    assert {t.name for t in plain.data} == {AVERAGE_NAME, PAIN_NAME}


def test_each_legend_entry_fits_a_phone() -> None:
    """Defect 12: "Average in studies of new pain (under 12 weeks) (not a forecast)" ran off
    a 390 px screen. Each entry now fits one row beside the y axis."""
    room = PHONE_WIDTH - 2 * MARGIN - NUMBER_AXIS
    for name in (AVERAGE_NAME, PAIN_NAME, ABLE_NAME):
        assert LEGEND_ITEM + CHAR * len(name) < room, name


def test_the_chart_caption_says_how_to_act_on_it_in_the_rules_own_terms() -> None:
    caption = chart_caption("new pain (under 12 weeks)", dt.date(2026, 12, 18), "A source (2012)")
    assert (
        "goes up by 2 points or more, or you can do 2 points less, book a visit with your doctor" in caption
    )
    assert "no better by 18 December 2026" in caption
    assert "not a forecast for you" in caption
    words = caption.split(" Source:")[0]
    assert textstat.flesch_kincaid_grade(words) <= 8, words
    assert "review day" not in chart_caption("new pain", None, "")


def test_the_plan_never_says_unknown_weeks(ds: Dataset) -> None:
    made = plan.make_plan(ds, View(Situation(duration="chronic"), plan=("exercise",)), TODAY)
    assert made is not None
    (item,) = made.options
    assert "Weeks." not in item.when
    assert item.when.startswith("Unknown. In the main review")


def test_the_new_words_are_plain() -> None:
    for text in (SAVED,):
        assert textstat.flesch_kincaid_grade(text) <= 8, text
