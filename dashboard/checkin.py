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

from dashboard.i18n import N_, _, format_date, ngettext
from dashboard.text import named
from dashboard.vocab import WARNING_LEVELS, WarningLevel

if TYPE_CHECKING:
    from dashboard.progress import LabelLimit

Helped = Literal["yes", "some", "no"]
SideEffects = Literal["none", "mild", "bad"]
HELPED: tuple[Helped, ...] = get_args(Helped)
SIDE_EFFECTS: tuple[SideEffects, ...] = get_args(SideEffects)
# Marked here, translated where shown: `_(HELPED_LABELS[code])`.
HELPED_LABELS: dict[str, str] = {"yes": N_("Yes"), "some": N_("A little"), "no": N_("No")}
SIDE_EFFECT_LABELS: dict[str, str] = {"none": N_("None"), "mild": N_("Mild"), "bad": N_("Bad enough to stop")}

WARNING_WORDS: dict[str | None, str] = {
    None: N_("No"),
    "soon": N_("Yes: book a visit"),
    "urgent": N_("Yes: a doctor today"),
    "emergency": N_("Yes: emergency help"),
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
    return format_date(day, "day_words")


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
    notices = _notices(sum(1 for c in entries if c is None), future, repeated)
    ordered = tuple(sorted(good.values(), key=lambda c: c.day))
    if len(ordered) > MAX_CHECKINS:
        notices.append(
            _("A link holds at most {most} check-ins, so we kept the latest {most}.").format(
                most=MAX_CHECKINS
            )
        )
        ordered = ordered[-MAX_CHECKINS:]
    return ordered, notices


def _notices(bad: int, future: Sequence[CheckIn], repeated: Sequence[dt.date]) -> list[str]:
    """What reading the link left out, in words."""
    notices = []
    if bad:
        notices.append(
            ngettext(
                "We left out {count} check-in from the link that we could not read. The others are shown.",
                "We left out {count} check-ins from the link that we could not read. The others are shown.",
                bad,
            ).format(count=bad)
        )
    if future:
        notices.append(
            ngettext(
                "We left out {count} check-in dated after today ({days}): a check-in can't be in the future.",
                "We left out {count} check-ins dated after today ({days}): "
                "a check-in can't be in the future.",
                len(future),
            ).format(count=len(future), days=_days(sorted({c.day for c in future})))
        )
    if repeated:
        notices.append(
            _(
                "The link had more than one check-in for {days}. We kept the later one for each day, "
                "and a warning sign from either one still counts."
            ).format(days=_days(sorted(set(repeated))))
        )
    return notices


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


# What Save asks for when the form is not done, by what is missing: each a whole sentence.
MISSING = {
    ("helped",): N_("Not saved yet. Please pick an answer for “Did it help?”, then save again."),
    ("warn",): N_("Not saved yet. Please answer “Any warning signs now?”, then save again."),
    ("tick",): N_("Not saved yet. Please tick the warning sign that applies (or pick No), then save again."),
    ("helped", "warn"): N_(
        "Not saved yet. Please pick an answer for “Did it help?” and answer “Any warning signs now?”, "
        "then save again."
    ),
    ("helped", "tick"): N_(
        "Not saved yet. Please pick an answer for “Did it help?” and tick the warning sign that applies "
        "(or pick No), then save again."
    ),
}


def not_saved(missing: tuple[str, ...]) -> str:
    """What Save says when the form still needs `missing` (MISSING's keys)."""
    return " ".join((_(MISSING[missing]), _("What you entered is still here.")))


SAVED = N_("Saved. Your link has changed: copy it or bookmark this page again.")


def said(added: Added, warned: bool = False) -> str:
    """What saving did, in words. Nothing is replaced or left out unsaid, and a warning sign
    in what was not kept is said too."""
    if added.refused:
        words = [
            _(
                "Not saved. A link holds {most} check-ins, and this date is before all of them. "
                "Pick a later date."
            ).format(most=MAX_CHECKINS)
        ]
        if warned:
            words.append(_("You ticked a warning sign: if it applies now, get medical help now."))
        return " ".join(words)
    words = [_(SAVED)]
    if added.replaced is not None:
        words.append(_("This replaced your check-in for {day}.").format(day=day_words(added.replaced.day)))
    if added.dropped is not None:
        words.append(
            _("A link holds {most} check-ins, so your oldest, {day}, was left out.").format(
                most=MAX_CHECKINS, day=day_words(added.dropped.day)
            )
        )
        if added.dropped.warning:
            words.append(_("It said a warning sign applied."))
    return " ".join(words)


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
            _("Back pain check-in ({after})").format(after=_after(offset)),
            _("How is your back pain? Record how it is going, and check the warning signs again:"),
        )
        for offset in days
    ]
    events += [
        (
            start + dt.timedelta(days=lim.days),
            ngettext(
                "Back pain: the label's {days}-day limit for {name}",
                "Back pain: the label's {days}-day limit for {name}",
                lim.days,
            ).format(days=lim.days, name=lim.name),
            _("{words} If you still need it, book a visit with your doctor. Check in:").format(
                words=lim.words
            ),
        )
        for lim in limits
        if start + dt.timedelta(days=lim.days) >= today
    ]
    if review_days is not None:
        review = start + dt.timedelta(days=review_days)
        if review > today and review not in [day for day, _summary, _text in events]:
            events.append(
                (
                    review,
                    _("Back pain: your plan's review day"),
                    _("If it has not helped by today, book a visit with your doctor. Check in:"),
                )
            )
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Relief Explorer//Check-in reminders//EN")  # an id, never shown
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Back pain check-ins"))
    holds = _(
        "This link holds your check-ins up to {day}: your pain scores and any warning sign. "
        "Anyone who sees this event can see them. If you saved a newer link, use that one."
    ).format(day=day_words(today))
    act = _("If a warning sign applies, get medical help now.")
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
        event.add("description", f"{text} {link}\n{holds}\n{act}")
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
        return ngettext("{count} week", "{count} weeks", weeks).format(count=weeks)
    return ngettext("{count} day", "{count} days", offset).format(count=offset)


def history_table(checkins: Sequence[CheckIn]) -> pd.DataFrame:
    """The check-ins as a table: the chart's text alternative, and the file to keep. Its
    headers are in the person's language: the app never reads this file back."""
    return pd.DataFrame(
        {
            _("Date"): [format_date(c.day, "date") for c in checkins],
            _("Pain (0 to 10)"): [c.pain for c in checkins],
            _("Can do (0 to 10)"): [c.able for c in checkins],
            _("Did it help?"): [_(HELPED_LABELS[c.helped]) for c in checkins],
            _("Side effects"): [_(SIDE_EFFECT_LABELS[c.side_effects]) for c in checkins],
            _("Warning sign"): [_(WARNING_WORDS[c.warning]) for c in checkins],
        }
    )
