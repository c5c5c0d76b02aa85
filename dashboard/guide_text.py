"""The guide's words, written once: the decision a person faces, the numbered "What to do
next", what everyday back pain usually does, and options just over the budget. Find, the
slides and the handout all take them from here (`dashboard.content` passes them on)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from dashboard.budget import JustOver
from dashboard.data import Dataset
from dashboard.matching import lower_first
from dashboard.pack.use import UNPRICED as UNPRICED
from dashboard.text import cost_range, join_words, money, source_brief

# IPDAS's qualifying item: the decision the person faces, said once, shown on Find, the
# title slide and the handout. It names the choice; it never says which option to take.
DECISION = (
    "The choice you face: what to try first for your back pain, and whether to see a doctor. "
    "You can stay active and wait, or try heat, pain pills, exercise or hands-on care."
)


def day_month(day: dt.date) -> str:
    """A date in words, US order, never digits only: "December 4"."""
    return f"{day:%B} {day.day}"


def what_to_do_next(check_dates: Sequence[dt.date] = (), review_by: dt.date | None = None) -> tuple[str, ...]:
    """The numbered "What to do next" list, the same on Find, the handout and the slides.
    With a plan, its check-in dates and review date are in it; without one, the label's
    limit or a few weeks, whichever comes first."""
    if check_dates:
        dates = join_words([day_month(d) for d in check_dates], last="and")
        check = f"Check in on {dates}: note your pain and what you can do."
    else:
        check = "Check in after 1, 2 and 4 weeks: note your pain and what you can do."
    if review_by:
        by = f"If it has not helped by {day_month(review_by)}, or you feel worse, see a doctor."
    else:
        by = "If it has not helped in a few weeks (or by its label's limit), or you feel worse, see a doctor."
    return (
        "Check the warning signs. If one applies, do what it says first.",
        "Pick one or two options to try. Guidelines say to stay as active as the pain allows.",
        "Start the way its Try it line or its label says. Stop if a warning sign appears.",
        check,
        f"{by} Take your questions with you.",
    )


# What everyday back pain is and how it usually goes, said only as the sources say it, for
# new pain and for pain over 12 weeks (which eases more slowly: `usual_course`).
ABOUT_BACK_PAIN = (
    "Most people with new back pain get better over time, whatever they try (ACP 2017). "
    "Guidelines say people should hear that it is not dangerous, and that it is likely to get better "
    "soon (NICE QS155)."
)
ABOUT_BACK_PAIN_SOURCES = ("ACP2017", "NICE_QS155")
ABOUT_LONG_PAIN = "Guidelines say people should hear that back pain is not dangerous (NICE QS155)."
ABOUT_LONG_PAIN_SOURCES = ("NICE_QS155",)


def about_back_pain(ds: Dataset) -> tuple[str, tuple[str, ...]]:
    """ "About everyday back pain" for this stage: its words and the sources behind them."""
    if ds.stage == "long":
        course = tuple(s for p in ds.pain_course if p.stage == "long" for s in p.source_ids)
        return f"{ABOUT_LONG_PAIN} {usual_course(ds)}", tuple(dict.fromkeys(ABOUT_LONG_PAIN_SOURCES + course))
    recovered = tuple(s for n in ds.natural_course if n.id == "recovered_12_weeks" for s in n.source_ids)
    return ABOUT_BACK_PAIN, tuple(dict.fromkeys(ABOUT_BACK_PAIN_SOURCES + recovered))


def cited_names(ds: Dataset, source_ids: Iterable[str]) -> str:
    """Sources as short citations ("Williams CM, et al (2014)"), never as ids."""
    return "; ".join(source_brief(ds.sources[s]) for s in dict.fromkeys(source_ids))


def usual_course(ds: Dataset) -> str:
    """The average course of back pain in studies of this stage, in one or two sentences."""
    points = sorted((p for p in ds.pain_course if p.stage == ds.stage), key=lambda p: p.weeks)
    if len(points) < 2:
        return ""
    first, *rest = points
    steps = ", ".join(f"about {p.mean_pain} by {p.weeks} weeks" for p in rest)
    kind = "pain that had lasted a while" if ds.stage == "long" else "new back pain"
    return (
        f"In studies of {kind}, average pain out of 100 went from about {first.mean_pain} at the start "
        f"to {steps} ({cited_names(ds, (s for p in points for s in p.source_ids))})."
    )


def just_over_line(item: JustOver, budget: int) -> str:
    """One option just over the budget, with its price and the amount over: never dropped
    without a word. Its price says its unit, so a one-off is not read as a month."""
    owned = f" {item.option.if_owned}" if item.option.if_owned else ""
    return (
        f"{item.option.name}: {_price_words(item)}. At its lowest, that is "
        f"{money(item.over_by)} over your budget of {money(budget)}.{owned}"
    )


def _price_words(item: JustOver) -> str:
    local = item.option.local
    mark = " (a local price)" if local is not None and local.price else ""
    return lower_first(cost_range(item.option)) + mark


def just_over_headline(items: Sequence[JustOver]) -> str:
    """For the top answer: the guideline-first options a little over the budget, or ""."""
    if not items:
        return ""
    names = "; ".join(f"{i.option.name} at {_price_words(i)}" for i in items)
    return f"Just over your budget: {names}."
