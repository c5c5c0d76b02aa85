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
from dataclasses import dataclass
from typing import Literal, get_args

import icalendar
import pandas as pd
import plotly.graph_objects as go

from dashboard.data import PainCourse

Helped = Literal["yes", "some", "no"]
SideEffects = Literal["none", "mild", "bad"]
HELPED: tuple[Helped, ...] = get_args(Helped)
SIDE_EFFECTS: tuple[SideEffects, ...] = get_args(SideEffects)
HELPED_LABELS: dict[str, str] = {"yes": "Yes", "some": "A little", "no": "No"}
SIDE_EFFECT_LABELS: dict[str, str] = {"none": "None", "mild": "Mild", "bad": "Bad enough to stop"}

MAX_CHECKINS = 60  # about two months of daily check-ins; a link stays short enough to share
CHECK_DAYS = (7, 14, 28)  # reminders: 1, 2 and 4 weeks after the plan was made


@dataclass(frozen=True)
class CheckIn:
    day: dt.date
    pain: int  # 0 (no pain) to 10 (worst)
    able: int  # how much they can do: 0 (nothing) to 10 (all they usually do)
    helped: Helped
    side_effects: SideEffects
    warning: bool  # a warning sign applied at this check-in


# ------------------------------------------------------------------ the link form
# One entry is  YYYYMMDD.pain.able.helped.side.warning  (helped y/s/n, side n/m/b,
# warning 0/1); entries are joined by "_". Only unreserved characters: no escaping.

HELPED_CODES: dict[str, Helped] = {"y": "yes", "s": "some", "n": "no"}
SIDE_CODES: dict[str, SideEffects] = {"n": "none", "m": "mild", "b": "bad"}
ENTRY = re.compile(r"(\d{8})\.(\d{1,2})\.(\d{1,2})\.([ysn])\.([nmb])\.([01])")


def _code(value: str, codes: Mapping[str, str]) -> str:
    return next(k for k, v in codes.items() if v == value)


def checkins_to_query(checkins: Sequence[CheckIn]) -> str:
    return "_".join(
        f"{c.day:%Y%m%d}.{c.pain}.{c.able}.{_code(c.helped, HELPED_CODES)}."
        f"{_code(c.side_effects, SIDE_CODES)}.{int(c.warning)}"
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
    return CheckIn(when, int(pain), int(able), HELPED_CODES[helped], SIDE_CODES[side], warning == "1")


def parse_checkins(raw: str | None) -> tuple[tuple[CheckIn, ...], list[str]]:
    """Read `checkins=`. Bad entries are left out and counted in a notice; one entry a day
    (the later one wins); in date order; at most MAX_CHECKINS (the latest ones)."""
    if not raw:
        return (), []
    parts = [p for p in raw.split("_") if p.strip()]
    entries = [_entry(p) for p in parts]
    good = {c.day: c for c in entries if c is not None}
    notices = []
    bad = sum(1 for c in entries if c is None)
    if bad:
        notices.append(
            f"We left out {bad} check-in{'s' if bad > 1 else ''} from the link that we could not read. "
            "The others are shown."
        )
    ordered = tuple(sorted(good.values(), key=lambda c: c.day))
    if len(ordered) > MAX_CHECKINS:
        notices.append(
            f"A link holds at most {MAX_CHECKINS} check-ins, so we kept the latest {MAX_CHECKINS}."
        )
        ordered = ordered[-MAX_CHECKINS:]
    return ordered, notices


def add(checkins: Sequence[CheckIn], entry: CheckIn) -> tuple[CheckIn, ...]:
    """A new check-in; one a day, so a second one the same day replaces the first."""
    kept = [c for c in checkins if c.day != entry.day]
    return tuple(sorted([*kept, entry], key=lambda c: c.day))[-MAX_CHECKINS:]


# ------------------------------------------------------------------ how it is going


@dataclass(frozen=True)
class Progress:
    level: Literal["warning", "talk", "better", "early", "none"]
    message: str


TALK = "Talk to a doctor or pharmacist. Take the questions below with you."


def progress(checkins: Sequence[CheckIn], review_by: dt.date | None, today: dt.date) -> Progress:
    """What the check-ins say, most urgent first. It never diagnoses."""
    if not checkins:
        return Progress("none", "No check-ins yet. Add your first one below.")
    latest = checkins[-1]
    if latest.warning:
        return Progress(
            "warning",
            "At your last check-in a warning sign applied. Get medical help now: see the list above.",
        )
    if latest.side_effects == "bad":
        return Progress("talk", f"You had side effects bad enough to stop. {TALK}")
    first = checkins[0]
    better = latest.pain < first.pain or latest.able > first.able
    due = review_by is not None and max(today, latest.day) >= review_by
    if due and not better:
        return Progress("talk", f"Your pain has not got better by {review_by:%d %B}. {TALK}")
    if better:
        return Progress(
            "better",
            f"Pain {first.pain} out of 10 on {first.day:%d %B}, {latest.pain} on {latest.day:%d %B}. "
            "Keep going, and keep watching for warning signs.",
        )
    when = f" by {review_by:%d %B}" if review_by else ""
    return Progress("early", f"No change yet. Give it time{when}, and keep checking in.")


# ------------------------------------------------------------------ reminders


def reminders(link: str, start: dt.date, made: dt.datetime, days: Sequence[int] = CHECK_DAYS) -> bytes:
    """An iCalendar file with an all-day check-in reminder at each of `days` after `start`.
    Each event holds the check-in link. `made` is the file's time stamp."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Relief Explorer//Check-in reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Back pain check-ins")
    for number, offset in enumerate(days, start=1):
        day = start + dt.timedelta(days=offset)
        event = icalendar.Event()
        weeks = offset // 7
        event.add("summary", f"Back pain check-in ({weeks} week{'s' if weeks != 1 else ''})")
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("dtstamp", made)
        event.add(
            "uid", f"{hashlib.sha256(f'{link}|{day}'.encode()).hexdigest()[:24]}-{number}@relief-explorer"
        )
        event.add(
            "description",
            "How is your back pain? Record how it is going, and check the warning signs again: "
            f"{link}\nIf a warning sign applies, get medical help now.",
        )
        event.add("url", link)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


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
            "Warning sign": ["Yes" if c.warning else "No" for c in checkins],
        }
    )
