"""Check-ins after a choice: what a person records, its link form, how it is going, and
calendar reminders.

Nothing here is stored on the server. A person's check-ins live in their link
(`checkins=`) and in the files they download. `parse_checkins` never raises: a bad or
tampered entry is left out with a notice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, get_args

import icalendar
import pandas as pd

from dashboard.text import named
from dashboard.vocab import WARNING_LEVELS, WarningLevel

if TYPE_CHECKING:
    from dashboard.progress import LabelLimit

Helped = Literal["yes", "some", "no"]
SideEffects = Literal["none", "mild", "bad"]
HELPED: tuple[Helped, ...] = get_args(Helped)
SIDE_EFFECTS: tuple[SideEffects, ...] = get_args(SideEffects)
HELPED_LABELS: dict[str, str] = {"yes": "Yes", "some": "A little", "no": "No"}
SIDE_EFFECT_LABELS: dict[str, str] = {"none": "None", "mild": "Mild", "bad": "Bad enough to stop"}

WARNING_WORDS: dict[str | None, str] = {
    None: "No",
    "soon": "Yes: book a visit",
    "urgent": "Yes: a doctor today",
    "emergency": "Yes: emergency help",
}

MAX_CHECKINS = 60  # about two months of daily check-ins; a link stays short enough to share
CHECK_DAYS = (7, 14, 28)  # reminders: 1, 2 and 4 weeks after the plan was made


@dataclass(frozen=True)
class CheckIn:
    day: dt.date
    pain: int  # 0 (no pain) to 10 (worst)
    able: int  # how much they can do: 0 (nothing) to 10 (all they usually do)
    helped: Helped
    side_effects: SideEffects
    # The most serious level of warning sign that applied at this check-in, or None. Only
    # the level is kept, never which sign.
    warning: WarningLevel | None = None


# ------------------------------------------------------------------ the link form
# One entry is  YYYYMMDD.pain.able.helped.side.warning  (helped y/s/n, side n/m/b,
# warning 0 none, s soon, u urgent, e emergency); entries are joined by "_". Only
# unreserved characters: no escaping. Links made before levels were kept hold 1 for
# "a sign applied"; it reads as the most serious level, since we cannot tell which.

HELPED_CODES: dict[str, Helped] = {"y": "yes", "s": "some", "n": "no"}
SIDE_CODES: dict[str, SideEffects] = {"n": "none", "m": "mild", "b": "bad"}
WARNING_CODES: dict[str, WarningLevel | None] = {"0": None, "s": "soon", "u": "urgent", "e": "emergency"}
LEGACY_WARNING = {"1": "emergency"}
ENTRY = re.compile(r"(\d{8})\.(\d{1,2})\.(\d{1,2})\.([ysn])\.([nmb])\.([0sue1])")


def _code(value: str, codes: Mapping[str, str]) -> str:
    return next(k for k, v in codes.items() if v == value)


def _warning_code(level: WarningLevel | None) -> str:
    return next(k for k, v in WARNING_CODES.items() if v == level)


def more_serious(a: WarningLevel | None, b: WarningLevel | None) -> WarningLevel | None:
    """The more serious of two warning levels (None is no warning)."""
    ranked = [x for x in (a, b) if x is not None]
    return min(ranked, key=WARNING_LEVELS.index) if ranked else None


def checkins_to_query(checkins: Sequence[CheckIn]) -> str:
    return "_".join(
        f"{c.day:%Y%m%d}.{c.pain}.{c.able}.{_code(c.helped, HELPED_CODES)}."
        f"{_code(c.side_effects, SIDE_CODES)}.{_warning_code(c.warning)}"
        for c in checkins
    )


def _entry(text: str) -> CheckIn | None:
    found = ENTRY.fullmatch(text.strip())
    if not found:
        return None
    day, pain, able, helped, side, warning = found.groups()
    try:
        when = dt.datetime.strptime(day, "%Y%m%d").date()
    except ValueError:
        return None
    if not (0 <= int(pain) <= 10 and 0 <= int(able) <= 10):
        return None
    level = WARNING_CODES[warning] if warning in WARNING_CODES else LEGACY_WARNING[warning]
    return CheckIn(when, int(pain), int(able), HELPED_CODES[helped], SIDE_CODES[side], level)  # type: ignore[arg-type]


CLOCK_SLACK = dt.timedelta(days=1)  # a check-in may be dated a day ahead: time zones differ


def latest_day(today: dt.date) -> dt.date:
    """The latest day a check-in may be dated, seen from the server's `today`."""
    return today + CLOCK_SLACK


def day_words(day: dt.date) -> str:
    """A date in words, never digits only: "4 December 2026"."""
    return f"{day.day} {day:%B %Y}"


def _days(days: Sequence[dt.date]) -> str:
    return named([day_words(d) for d in days])


def parse_checkins(raw: str | None, today: dt.date | None = None) -> tuple[tuple[CheckIn, ...], list[str]]:
    """Read `checkins=`. Bad entries are left out and counted in a notice. An entry dated
    after `today` (plus a day for time zones) is left out with a notice, unless it holds a
    warning sign: that one is kept, and `progress` never reads it as the last check-in but
    lets its warning sign lead. One entry a day: the later one wins, keeping the more serious
    warning of the two, so a second entry can never hide a warning; the days are named. In
    date order; at most MAX_CHECKINS (the latest ones)."""
    if not raw:
        return (), []
    last = latest_day(today or dt.date.today())
    entries = [_entry(p) for p in raw.split("_") if p.strip()]
    future = [c for c in entries if c is not None and c.day > last and c.warning is None]
    good: dict[dt.date, CheckIn] = {}
    repeated: list[dt.date] = []
    for c in entries:
        if c is None or c in future:
            continue
        if c.day in good:
            repeated.append(c.day)
            c = replace(c, warning=more_serious(good[c.day].warning, c.warning))
        good[c.day] = c
    notices = []
    bad = sum(1 for c in entries if c is None)
    if bad:
        notices.append(
            f"We left out {bad} check-in{'s' if bad > 1 else ''} from the link that we could not read. "
            "The others are shown."
        )
    if future:
        notices.append(
            f"We left out {len(future)} check-in{'s' if len(future) > 1 else ''} dated after today "
            f"({_days(sorted({c.day for c in future}))}): a check-in can't be in the future."
        )
    if repeated:
        notices.append(
            f"The link had more than one check-in for {_days(sorted(set(repeated)))}. We kept the "
            "later one for each day, and a warning sign from either one still counts."
        )
    ordered = tuple(sorted(good.values(), key=lambda c: c.day))
    if len(ordered) > MAX_CHECKINS:
        notices.append(
            f"A link holds at most {MAX_CHECKINS} check-ins, so we kept the latest {MAX_CHECKINS}."
        )
        ordered = ordered[-MAX_CHECKINS:]
    return ordered, notices


@dataclass(frozen=True)
class Added:
    """What saving a check-in did: the check-ins now, and what it replaced or left out."""

    checkins: tuple[CheckIn, ...]
    replaced: CheckIn | None = None  # the earlier check-in for the same day
    dropped: CheckIn | None = None  # the oldest, left out to keep MAX_CHECKINS
    refused: bool = False  # dated before every one of MAX_CHECKINS kept: not saved

    @property
    def saved(self) -> bool:
        return not self.refused


def add(checkins: Sequence[CheckIn], entry: CheckIn) -> Added:
    """A new check-in; one a day, so a second one the same day replaces the first. The
    person saved it themselves, so what they say now stands, warning or not. A link holds
    MAX_CHECKINS: the oldest is left out, and an entry older than all of them is refused."""
    same = next((c for c in checkins if c.day == entry.day), None)
    kept = [c for c in checkins if c.day != entry.day]
    if len(kept) >= MAX_CHECKINS and all(entry.day < c.day for c in kept):
        return Added(tuple(checkins), refused=True)
    ordered = tuple(sorted([*kept, entry], key=lambda c: c.day))
    dropped = ordered[0] if len(ordered) > MAX_CHECKINS else None
    return Added(ordered[-MAX_CHECKINS:], replaced=same, dropped=dropped)


# ------------------------------------------------------------------ reminders


REMINDER_TIME = dt.timedelta(hours=9)  # each all-day reminder alerts at 9:00 on its day


def reminders(
    link: str,
    start: dt.date,
    made: dt.datetime,
    days: Sequence[int] = CHECK_DAYS,
    limits: Sequence[LabelLimit] = (),
    today: dt.date | None = None,
    review_days: int | None = None,
) -> bytes:
    """An iCalendar file of check-in reminders, each an all-day event with an alarm at 9:00,
    none in the past (usability-2 C5):

    - one at each of `days` after `today` (or after `start`, if the plan starts later);
    - the plan's review day (`review_days` after `start`), if it is still ahead;
    - the day each label's limit is reached, counted from `start`, in the label's words, if
      it is still ahead.

    Each event holds the check-in link and says that the link holds the check-ins. `made` is
    the file's time stamp; `today` defaults to its date."""
    today = today or made.date()
    base = max(start, today)
    events = [
        (
            base + dt.timedelta(days=offset),
            f"Back pain check-in ({_after(offset)})",
            "How is your back pain? Record how it is going, and check the warning signs again:",
        )
        for offset in days
    ]
    events += [
        (
            start + dt.timedelta(days=lim.days),
            f"Back pain: the label's {lim.days}-day limit for {lim.name}",
            f"{lim.words} If you still need it, book a visit with your doctor. Check in:",
        )
        for lim in limits
        if start + dt.timedelta(days=lim.days) >= today
    ]
    if review_days is not None:
        review = start + dt.timedelta(days=review_days)
        if review > today and review not in [day for day, _, _ in events]:
            events.append(
                (
                    review,
                    "Back pain: your plan's review day",
                    "If it has not helped by today, book a visit with your doctor. Check in:",
                )
            )
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Relief Explorer//Check-in reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Back pain check-ins")
    holds = (
        f"This link holds your check-ins up to {day_words(today)}: your pain scores and any warning sign. "
        "Anyone who sees this event can see them. If you saved a newer link, use that one."
    )
    for number, (day, summary, text) in enumerate(sorted(events, key=lambda e: e[0]), start=1):
        event = icalendar.Event()
        event.add("summary", summary)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("dtstamp", made)
        event.add(
            "uid",
            f"{hashlib.sha256(f'{link}|{day}|{summary}'.encode()).hexdigest()[:24]}-{number}@relief-explorer",
        )
        event.add("description", f"{text} {link}\n{holds}\nIf a warning sign applies, get medical help now.")
        event.add("url", link)
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", REMINDER_TIME)  # from the start of the all-day event: 9:00 that day
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _after(offset: int) -> str:
    if offset % 7 == 0:
        weeks = offset // 7
        return f"{weeks} week{'s' if weeks != 1 else ''}"
    return f"{offset} days"


def history_table(checkins: Sequence[CheckIn]) -> pd.DataFrame:
    """The check-ins as a table: the chart's text alternative, and the file to keep."""
    return pd.DataFrame(
        {
            "Date": [f"{c.day:%d %b %Y}" for c in checkins],
            "Pain (0 to 10)": [c.pain for c in checkins],
            "Can do (0 to 10)": [c.able for c in checkins],
            "Did it help?": [HELPED_LABELS[c.helped] for c in checkins],
            "Side effects": [SIDE_EFFECT_LABELS[c.side_effects] for c in checkins],
            "Warning sign": [WARNING_WORDS[c.warning] for c in checkins],
        }
    )
