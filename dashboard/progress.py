"""How it is going, from a person's check-ins: the safety rules of Check in.

`progress` never diagnoses and never reassures a person who is getting worse. Each rule is
one small function, most urgent first (`RULES`), and each is tested as an invariant over
check-in histories (tests/test_checkin.py). The About page states them in plain words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from dashboard.checkin import CheckIn, day_words, latest_day, more_serious
from dashboard.i18n import N_, _, format_date, ngettext
from dashboard.vocab import WARNING_LEVELS, WarningLevel

Level = Literal["warning", "worse", "talk", "label", "review", "better", "mixed", "early", "none"]
# The levels that send the person to a doctor (or to emergency help). Nothing else reassures.
SEE_A_DOCTOR: tuple[Level, ...] = ("warning", "worse", "talk", "label", "review")

WORSE_BY = 2  # points of pain above the first or the lowest check-in: "getting worse"
VERY_BAD = 8  # pain at or above this is "very bad" (the warning sign `severe_worse`)
LESS_ABLE_BY = 2  # points of "can do" below the first or the highest: "less able"
RECENT = dt.timedelta(days=7)  # a warning sign at any check-in this recent leads

# What to do at each warning level: the same words as the warning-sign check on Find.
# Marked here, translated where shown: `_(LEVEL_ACTIONS[level])`.
LEVEL_ACTIONS: dict[str, str] = {
    "emergency": N_("Call 911 (or your local emergency number) or go to the emergency room now."),
    "urgent": N_("Contact a doctor today. If you cannot, go to urgent care."),
    "soon": N_("Book a visit with your doctor."),
}
SEE_DOCTOR = N_("Book a visit with your doctor.")


def _on(day: dt.date) -> str:
    """A day in words, with no leading zero: "4 December"."""
    return format_date(day, "day_month_words")


def _see_doctor(sentence: str) -> str:
    """A status sentence, then "Book a visit with your doctor." (each already in words)."""
    return f"{sentence} {_(SEE_DOCTOR)}"


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
    latest: WarningLevel | None = None  # the warning at the last check-in up to today, if any

    @property
    def sends_to_doctor(self) -> bool:
        return self.level in SEE_A_DOCTOR

    @property
    def earlier_line(self) -> str:
        if self.earlier is None:
            return ""
        day, level = self.earlier
        if self.latest:
            words = _(
                "On {day} a warning sign applied: {action} Your later check-in says a less serious "
                "sign applies now. If nobody has checked it yet, see a doctor."
            )
        else:
            words = _(
                "On {day} a warning sign applied: {action} Your later check-in says none applies now. "
                "If nobody has checked it yet, see a doctor."
            )
        return words.format(day=_on(day), action=_(LEVEL_ACTIONS[level]))


def _warning_message(
    level: WarningLevel, since: CheckIn | None = None, now: WarningLevel | None = None, future: bool = False
) -> str:
    """The warning status: at the last check-in; or (`since`) at a recent earlier one that a
    later check-in with a milder sign (`now`), or none, does not hide; or (`future`) at a
    check-in dated after today."""
    action = _(LEVEL_ACTIONS[level])
    if future:
        return _("A check-in in your link dated after today says a warning sign applied. {action}").format(
            action=action
        )
    if since is None:
        return _("At your last check-in a warning sign applied. {action}").format(action=action)
    if now:
        words = _(
            "At your check-in on {day} a warning sign applied. {action} A later check-in says a less "
            "serious sign applies now. If nobody has checked it yet, see a doctor."
        )
    else:
        words = _(
            "At your check-in on {day} a warning sign applied. {action} A later check-in says none "
            "applies now. If nobody has checked it yet, see a doctor."
        )
    return words.format(day=_on(since.day), action=action)


def progress(checkins: Sequence[CheckIn], schedule: Schedule | None, today: dt.date) -> Progress:
    """What the check-ins say, most urgent first. It never diagnoses and never reassures a
    person who is getting worse. Each rule below is a safety rule, tested as an invariant:

    1. A warning sign leads, with its level's action: the most serious one at the last
       check-in or at any check-in in the last 7 days. A check-in dated after today (a day
       is allowed for time zones) never counts as the last one, but a warning sign in it
       still counts. An older, more serious warning stays on screen as a note.
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
        return Progress("none", _("No check-ins yet. Add your first one below."))
    current = [c for c in checkins if c.day <= latest_day(today)]
    future = [c for c in checkins if c.day > latest_day(today)]
    notices: tuple[str, ...] = ()
    if future:
        notices = (
            ngettext(
                "{count} check-in is dated after today. We did not use it to say how it is going, "
                "but a warning sign in it still counts.",
                "{count} check-ins are dated after today. We did not use it to say how it is going, "
                "but a warning sign in it still counts.",
                len(future),
            ).format(count=len(future)),
        )
    recent = [c for c in current[:-1] if c.day > today - RECENT]
    level = None
    for c in (*recent, *current[-1:], *future):
        level = more_serious(level, c.warning)
    since, from_future = None, False
    if level is not None and all(c.warning != level for c in current[-1:]):
        at_level = [c for c in recent if c.warning == level]
        if at_level:
            since = max(at_level, key=lambda c: c.day)
        else:
            from_future = True
    earlier = _earlier_warning(current, level)
    latest = current[-1].warning if current else None
    result = _status(current, level, since, from_future, schedule, today)
    return replace(result, earlier=earlier, notices=notices, latest=latest)


def _earlier_warning(
    current: Sequence[CheckIn], now: WarningLevel | None
) -> tuple[dt.date, WarningLevel] | None:
    """The most serious earlier warning that is more serious than what leads now (the latest
    of them, if several): a later check-in with a milder sign, or none, never hides it."""
    older = [
        c
        for c in current[:-1]
        if c.warning is not None and more_serious(c.warning, now) == c.warning and c.warning != now
    ]
    if not older:
        return None
    worst = min(older, key=lambda c: (WARNING_LEVELS.index(c.warning or "soon"), -c.day.toordinal()))
    return (worst.day, worst.warning) if worst.warning else None


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
        "talk", _("You had side effects bad enough to stop. Stop it, and ask your doctor or pharmacist.")
    )


def _very_bad(f: _Facts) -> Progress | None:
    if f.latest.pain < VERY_BAD:
        return None
    return Progress(
        "worse", _see_doctor(_("Your pain is very bad ({pain} out of 10).").format(pain=f.latest.pain))
    )


def _worse_pain(f: _Facts) -> Progress | None:
    lowest = min(f.current, key=lambda c: c.pain)
    since = f.first if f.latest.pain - f.first.pain >= WORSE_BY else lowest
    if f.latest.pain - since.pain < WORSE_BY:
        return None
    return Progress(
        "worse",
        _see_doctor(
            _("Your pain is getting worse: {before} out of 10 on {before_day}, {now} on {now_day}.").format(
                before=since.pain, before_day=_on(since.day), now=f.latest.pain, now_day=_on(f.latest.day)
            )
        ),
    )


def _less_able(f: _Facts) -> Progress | None:
    most = max(c.able for c in f.current)
    if most - f.latest.able < LESS_ABLE_BY:
        return None
    return Progress(
        "worse",
        _see_doctor(
            _("You can do less than before: {most} out of 10 at best, {now} now.").format(
                most=most, now=f.latest.able
            )
        ),
    )


def _label_limit(f: _Facts) -> Progress | None:
    if f.schedule is None:
        return None
    start = f.schedule.start
    reached = [lim for lim in f.schedule.limits if f.day >= start + dt.timedelta(days=lim.days)]
    if not reached:
        return None
    words = " ".join(_("{name}: {words}").format(name=lim.name, words=lim.words) for lim in reached)
    reached_words = _("You have reached the label's day limit. {limits}").format(limits=words)
    return Progress("label", _see_doctor(reached_words))


def _not_helping(f: _Facts) -> Progress | None:
    if len(f.current) < 2 or any(c.helped != "no" for c in f.current[-2:]):
        return None
    return Progress("review", _see_doctor(_("You said it did not help at your last two check-ins.")))


def _review_due(f: _Facts) -> Progress | None:
    if f.schedule is None or f.day < f.schedule.review_by or f.better:
        return None
    return Progress(
        "talk",
        _see_doctor(_("Your pain has not got better by {day}.").format(day=_on(f.schedule.review_by))),
    )


def _how_it_is_going(f: _Facts) -> Progress:
    first, latest = f.first, f.latest
    days = {"first_day": _on(first.day), "last_day": _on(latest.day)}
    if f.better:
        return Progress(
            "better",
            _(
                "Pain {first} out of 10 on {first_day}, {last} on {last_day}. "
                "Keep going, and keep watching for warning signs."
            ).format(first=first.pain, last=latest.pain, **days),
        )
    if len(f.current) == 1:
        words = _("Your first check-in: pain {pain} out of 10. Check in again in a few days.").format(
            pain=latest.pain
        )
        return Progress("early", _with_review(words, f.schedule))
    if (latest.pain, latest.able) != (first.pain, first.able):
        words = _(
            "Pain {first} out of 10 on {first_day}, {last} on {last_day}; can do {first_able}, then "
            "{last_able}. Not clearly better yet. Keep checking in."
        ).format(first=first.pain, last=latest.pain, first_able=first.able, last_able=latest.able, **days)
        return Progress("mixed", _with_review(words, f.schedule))
    return Progress("early", _with_review(_("No change yet. Keep checking in."), f.schedule))


def _with_review(words: str, schedule: Schedule | None) -> str:
    """A status, then when to see the doctor if it has not helped (with a plan)."""
    if schedule is None:
        return words
    review = _("If it has not helped by {day}, see your doctor.").format(day=_on(schedule.review_by))
    return f"{words} {review}"


# The rules after a warning sign, most urgent first. The first that applies gives the status.
RULES = (_side_effects, _very_bad, _worse_pain, _less_able, _label_limit, _not_helping, _review_due)


def _status(
    current: Sequence[CheckIn],
    level: WarningLevel | None,
    since: CheckIn | None,
    from_future: bool,
    schedule: Schedule | None,
    today: dt.date,
) -> Progress:
    if level is not None:
        now = current[-1].warning if current else None
        return Progress("warning", _warning_message(level, since, now, from_future), warning=level)
    if not current:
        return Progress("none", _("No check-ins up to today yet. Add one below."))
    facts = _Facts(current, schedule, max(today, current[-1].day))
    for rule in RULES:
        found = rule(facts)
        if found is not None:
            return found
    return _how_it_is_going(facts)


def chart_caption(stage_words: str, review_by: dt.date | None, source: str) -> str:
    """How to read the progress chart and act on it (PEMAT item 25), in the words of Check in's
    own rules above: worse by 2 points, or no better by the review day, means
    book a visit. The dashed line is only an average: nothing is read from being above it."""
    words = [
        _(
            "Lower pain is better, and more you can do is better. The dashed line is an average across "
            "studies of {stage}, not a forecast for you. If your pain goes up by {worse} points or more, "
            "or you can do {less} points less, book a visit with your doctor."
        ).format(stage=stage_words, worse=WORSE_BY, less=LESS_ABLE_BY)
    ]
    if review_by:
        words.append(
            _("If your pain is no better by {day}, your plan's review day, book a visit too.").format(
                day=day_words(review_by)
            )
        )
    if source:
        words.append(_("Source: {source}.").format(source=source))
    return " ".join(words)
