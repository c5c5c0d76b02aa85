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
from typing import Literal, get_args

import icalendar
import pandas as pd
import plotly.graph_objects as go

from dashboard.data import PainCourse
from dashboard.vocab import WARNING_LEVELS, WarningLevel

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


def parse_checkins(raw: str | None) -> tuple[tuple[CheckIn, ...], list[str]]:
    """Read `checkins=`. Bad entries are left out and counted in a notice; one entry a day
    (the later one wins, keeping the more serious warning of the two, so a second entry
    can never hide a warning); in date order; at most MAX_CHECKINS (the latest ones)."""
    if not raw:
        return (), []
    parts = [p for p in raw.split("_") if p.strip()]
    entries = [_entry(p) for p in parts]
    good: dict[dt.date, CheckIn] = {}
    repeated = 0
    for c in entries:
        if c is None:
            continue
        if c.day in good:
            repeated += 1
            c = replace(c, warning=more_serious(good[c.day].warning, c.warning))
        good[c.day] = c
    notices = []
    bad = sum(1 for c in entries if c is None)
    if bad:
        notices.append(
            f"We left out {bad} check-in{'s' if bad > 1 else ''} from the link that we could not read. "
            "The others are shown."
        )
    if repeated:
        notices.append(
            "The link had more than one check-in for the same day. We kept the later one, "
            "and a warning sign from either one still counts."
        )
    ordered = tuple(sorted(good.values(), key=lambda c: c.day))
    if len(ordered) > MAX_CHECKINS:
        notices.append(
            f"A link holds at most {MAX_CHECKINS} check-ins, so we kept the latest {MAX_CHECKINS}."
        )
        ordered = ordered[-MAX_CHECKINS:]
    return ordered, notices


def add(checkins: Sequence[CheckIn], entry: CheckIn) -> tuple[CheckIn, ...]:
    """A new check-in; one a day, so a second one the same day replaces the first. The
    person saved it themselves, so what they say now stands, warning or not."""
    kept = [c for c in checkins if c.day != entry.day]
    return tuple(sorted([*kept, entry], key=lambda c: c.day))[-MAX_CHECKINS:]


# ------------------------------------------------------------------ how it is going


Level = Literal["warning", "worse", "talk", "label", "review", "better", "mixed", "early", "none"]
# The levels that send the person to a doctor (or to emergency help). Nothing else reassures.
SEE_A_DOCTOR: tuple[Level, ...] = ("warning", "worse", "talk", "label", "review")

WORSE_BY = 2  # points of pain above the first or the lowest check-in: "getting worse"
VERY_BAD = 8  # pain at or above this is "very bad" (the warning sign `severe_worse`)
LESS_ABLE_BY = 2  # points of "can do" below the first or the highest: "less able"

# What to do at each warning level: the same words as the warning-sign check on Find.
LEVEL_ACTIONS: dict[str, str] = {
    "emergency": "Call 911 (or your local emergency number) or go to the emergency room now.",
    "urgent": "Contact a doctor today. If you cannot, go to urgent care.",
    "soon": "Book a visit with your doctor.",
}
SEE_DOCTOR = "Book a visit with your doctor."


@dataclass(frozen=True)
class LabelLimit:
    """A label's day limit for one option in the plan, in the label's own words."""

    name: str
    days: int
    words: str


@dataclass(frozen=True)
class Schedule:
    """When the plan started, when to review it, and the labels' day limits."""

    start: dt.date
    review_by: dt.date
    limits: tuple[LabelLimit, ...] = ()


@dataclass(frozen=True)
class Progress:
    level: Level
    message: str
    warning: WarningLevel | None = None  # the level of the warning sign, when level == "warning"
    # An earlier check-in's warning, kept on screen after a later check-in said none applied.
    earlier: tuple[dt.date, WarningLevel] | None = None
    notices: tuple[str, ...] = ()

    @property
    def sends_to_doctor(self) -> bool:
        return self.level in SEE_A_DOCTOR

    @property
    def earlier_line(self) -> str:
        if self.earlier is None:
            return ""
        day, level = self.earlier
        return (
            f"On {day:%d %B} a warning sign applied: {LEVEL_ACTIONS[level]} "
            "Your later check-in says none applies now. If nobody has checked it yet, see a doctor."
        )


def _warning_message(level: WarningLevel) -> str:
    return f"At your last check-in a warning sign applied. {LEVEL_ACTIONS[level]}"


def progress(checkins: Sequence[CheckIn], schedule: Schedule | None, today: dt.date) -> Progress:
    """What the check-ins say, most urgent first. It never diagnoses and never reassures a
    person who is getting worse. Each rule below is a safety rule, tested as an invariant:

    1. A warning sign at the last check-in leads, with its level's action. A check-in dated
       after today never counts as the last one, but a warning sign in it still counts.
    2. Side effects bad enough to stop.
    3. Worse: pain 2 or more points above the first or the lowest check-in, pain 8 or more,
       or "can do" 2 or more points below the first or the highest.
    4. The label's day limit is reached (even when pain is easing).
    5. "It did not help" at the last two check-ins.
    6. The review date has passed and it is not better.
    7. Better: pain lower than at the first check-in, and "can do" not lower.
    8. The numbers changed but not clearly for the better: "not clearly better yet".
    9. Nothing changed yet.
    """
    if not checkins:
        return Progress("none", "No check-ins yet. Add your first one below.")
    current = [c for c in checkins if c.day <= today]
    future = [c for c in checkins if c.day > today]
    notices: tuple[str, ...] = ()
    if future:
        notices = (
            f"{len(future)} check-in{'s are' if len(future) > 1 else ' is'} dated after today. "
            "We did not use it to say how it is going, but a warning sign in it still counts.",
        )
    level = current[-1].warning if current else None
    for c in future:
        level = more_serious(level, c.warning)
    earlier = _earlier_warning(current) if level is None else None
    result = _status(current, level, schedule, today)
    return replace(result, earlier=earlier, notices=notices)


def _earlier_warning(current: Sequence[CheckIn]) -> tuple[dt.date, WarningLevel] | None:
    for c in reversed(current[:-1]):
        if c.warning is not None:
            return c.day, c.warning
    return None


@dataclass(frozen=True)
class _Facts:
    """What the rules read: the check-ins up to today, the plan's dates, and the day."""

    current: Sequence[CheckIn]
    schedule: Schedule | None
    day: dt.date

    @property
    def first(self) -> CheckIn:
        return self.current[0]

    @property
    def latest(self) -> CheckIn:
        return self.current[-1]

    @property
    def better(self) -> bool:
        return self.latest.pain < self.first.pain and self.latest.able >= self.first.able


def _side_effects(f: _Facts) -> Progress | None:
    if f.latest.side_effects != "bad":
        return None
    return Progress(
        "talk", "You had side effects bad enough to stop. Stop it, and ask your doctor or pharmacist."
    )


def _very_bad(f: _Facts) -> Progress | None:
    if f.latest.pain < VERY_BAD:
        return None
    return Progress("worse", f"Your pain is very bad ({f.latest.pain} out of 10). {SEE_DOCTOR}")


def _worse_pain(f: _Facts) -> Progress | None:
    lowest = min(f.current, key=lambda c: c.pain)
    since = f.first if f.latest.pain - f.first.pain >= WORSE_BY else lowest
    if f.latest.pain - since.pain < WORSE_BY:
        return None
    return Progress(
        "worse",
        f"Your pain is getting worse: {since.pain} out of 10 on {since.day:%d %B}, "
        f"{f.latest.pain} on {f.latest.day:%d %B}. {SEE_DOCTOR}",
    )


def _less_able(f: _Facts) -> Progress | None:
    most = max(c.able for c in f.current)
    if most - f.latest.able < LESS_ABLE_BY:
        return None
    return Progress(
        "worse", f"You can do less than before: {most} out of 10 at best, {f.latest.able} now. {SEE_DOCTOR}"
    )


def _label_limit(f: _Facts) -> Progress | None:
    if f.schedule is None:
        return None
    start = f.schedule.start
    reached = [lim for lim in f.schedule.limits if f.day >= start + dt.timedelta(days=lim.days)]
    if not reached:
        return None
    words = " ".join(f"{lim.name}: {lim.words}" for lim in reached)
    return Progress("label", f"You have reached the label's day limit. {words} {SEE_DOCTOR}")


def _not_helping(f: _Facts) -> Progress | None:
    if len(f.current) < 2 or any(c.helped != "no" for c in f.current[-2:]):
        return None
    return Progress("review", f"You said it did not help at your last two check-ins. {SEE_DOCTOR}")


def _review_due(f: _Facts) -> Progress | None:
    if f.schedule is None or f.day < f.schedule.review_by or f.better:
        return None
    return Progress("talk", f"Your pain has not got better by {f.schedule.review_by:%d %B}. {SEE_DOCTOR}")


def _how_it_is_going(f: _Facts) -> Progress:
    first, latest = f.first, f.latest
    if f.better:
        return Progress(
            "better",
            f"Pain {first.pain} out of 10 on {first.day:%d %B}, {latest.pain} on {latest.day:%d %B}. "
            "Keep going, and keep watching for warning signs.",
        )
    when = f" If it has not helped by {f.schedule.review_by:%d %B}, see your doctor." if f.schedule else ""
    if len(f.current) == 1:
        return Progress(
            "early", f"Your first check-in: pain {latest.pain} out of 10. Check in again in a few days.{when}"
        )
    if (latest.pain, latest.able) != (first.pain, first.able):
        return Progress(
            "mixed",
            f"Pain {first.pain} out of 10 on {first.day:%d %B}, {latest.pain} on {latest.day:%d %B}; "
            f"can do {first.able}, then {latest.able}. Not clearly better yet. Keep checking in.{when}",
        )
    return Progress("early", f"No change yet. Keep checking in.{when}")


# The rules after a warning sign, most urgent first. The first that applies gives the status.
RULES = (_side_effects, _very_bad, _worse_pain, _less_able, _label_limit, _not_helping, _review_due)


def _status(
    current: Sequence[CheckIn], level: WarningLevel | None, schedule: Schedule | None, today: dt.date
) -> Progress:
    if level is not None:
        return Progress("warning", _warning_message(level), warning=level)
    if not current:
        return Progress("none", "No check-ins up to today yet. Add one below.")
    facts = _Facts(current, schedule, max(today, current[-1].day))
    for rule in RULES:
        found = rule(facts)
        if found is not None:
            return found
    return _how_it_is_going(facts)


# ------------------------------------------------------------------ reminders


def reminders(
    link: str,
    start: dt.date,
    made: dt.datetime,
    days: Sequence[int] = CHECK_DAYS,
    limits: Sequence[LabelLimit] = (),
) -> bytes:
    """An iCalendar file with an all-day check-in reminder at each of `days` after `start`,
    and one on the day each label's limit is reached, in the label's words. Each event holds
    the check-in link. `made` is the file's time stamp."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Relief Explorer//Check-in reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Back pain check-ins")
    events = [
        (
            offset,
            f"Back pain check-in ({_after(offset)})",
            "How is your back pain? Record how it is going, and check the warning signs again:",
        )
        for offset in days
    ]
    events += [
        (
            lim.days,
            f"Back pain: the label's {lim.days}-day limit for {lim.name}",
            f"{lim.words} If you still need it, book a visit with your doctor. Check in:",
        )
        for lim in limits
    ]
    for number, (offset, summary, text) in enumerate(sorted(events, key=lambda e: e[0]), start=1):
        day = start + dt.timedelta(days=offset)
        event = icalendar.Event()
        event.add("summary", summary)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("dtstamp", made)
        event.add(
            "uid",
            f"{hashlib.sha256(f'{link}|{day}|{summary}'.encode()).hexdigest()[:24]}-{number}@relief-explorer",
        )
        event.add("description", f"{text} {link}\nIf a warning sign applies, get medical help now.")
        event.add("url", link)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _after(offset: int) -> str:
    if offset % 7 == 0:
        weeks = offset // 7
        return f"{weeks} week{'s' if weeks != 1 else ''}"
    return f"{offset} days"


# ------------------------------------------------------------------ the chart


def progress_chart(
    checkins: Sequence[CheckIn], course: Sequence[PainCourse], start: dt.date, stage_words: str
) -> go.Figure:
    """The person's pain over time (0 to 10) beside the average in studies of their stage of
    pain, drawn on the same 0 to 10 scale and labelled as an average, not a forecast."""
    from dashboard.charts import THEME_TEXT, palette, style_figure  # figure style shared with the others

    colours = palette()
    fig = go.Figure()
    last_day = max([28, *((c.day - start).days + 7 for c in checkins)])
    studies = [p for p in sorted(course, key=lambda p: p.weeks) if p.weeks * 7 <= max(last_day, 42)]
    if studies:
        fig.add_trace(
            go.Scatter(
                x=[p.weeks * 7 for p in studies],
                y=[p.mean_pain / 10 for p in studies],
                mode="lines+markers",
                name=f"Average in studies of {stage_words} (not a forecast)",
                line={"color": colours[1], "dash": "dash", "width": 2},
                marker={"symbol": "diamond", "size": 9},
                hovertemplate="Week %{customdata}: average pain %{y:.1f} of 10<extra></extra>",
                customdata=[p.weeks for p in studies],
            )
        )
    fig.add_trace(
        go.Scatter(
            x=[(c.day - start).days for c in checkins],
            y=[c.pain for c in checkins],
            mode="lines+markers",
            name="Your pain",
            line={"color": colours[0], "width": 3},
            marker={"size": 10},
            hovertemplate="Day %{x}: pain %{y} of 10<extra></extra>",
        )
    )
    style_figure(fig, "Your pain, 0 to 10, and the average in studies", 380)
    fig.update_xaxes(
        title={"text": "Days since your plan", "font": {"color": THEME_TEXT}},
        range=[-1, last_day],
        tickfont={"color": THEME_TEXT},
    )
    fig.update_yaxes(
        title={"text": "Pain (0 to 10)", "font": {"color": THEME_TEXT}},
        range=[0, 10.2],
        dtick=2,
        tickfont={"color": THEME_TEXT},
    )
    return fig


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
