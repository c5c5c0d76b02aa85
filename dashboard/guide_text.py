"""The guide's words, written once: the decision a person faces, the numbered "What to do
next", what everyday back pain usually does, and options just over the budget. Find, the
slides and the handout all take them from here (`dashboard.content` passes them on).

The constants are marked with `N_()` (translate them with `_()` where shown); the functions
return words in this run's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from dashboard.budget import JustOver
from dashboard.data import Dataset
from dashboard.i18n import N_, _, format_date, join_and, ngettext
from dashboard.pack.use import UNPRICED as UNPRICED
from dashboard.text import cost_in_sentence, money, source_brief

# IPDAS's qualifying item: the decision the person faces, said once, shown on Find, the
# title slide and the handout. It names the choice; it never says which option to take.
DECISION = N_(
    "The choice you face: what to try first for your back pain, and whether to see a doctor. "
    "You can stay active and wait, or try heat, pain pills, exercise or hands-on care."
)


def day_month(day: dt.date) -> str:
    """A date in words, US order, never digits only: "December 4" (Spanish "4 de diciembre")."""
    return format_date(day, "month_day")


def what_to_do_next(check_dates: Sequence[dt.date] = (), review_by: dt.date | None = None) -> tuple[str, ...]:
    """The numbered "What to do next" list, the same on Find, the handout and the slides.
    With a plan, its check-in dates and review date are in it; without one, the label's
    limit or a few weeks, whichever comes first."""
    if check_dates:
        dates = join_and([day_month(d) for d in check_dates])
        check = _("Check in on {dates}: note your pain and what you can do.").format(dates=dates)
    else:
        check = _("Check in after 1, 2 and 4 weeks: note your pain and what you can do.")
    if review_by:
        see = _(
            "If it has not helped by {date}, or you feel worse, see a doctor. Take your questions with you."
        ).format(date=day_month(review_by))
    else:
        see = _(
            "If it has not helped in a few weeks (or by its label's limit), or you feel worse, see a doctor. "
            "Take your questions with you."
        )
    return (
        _("Check the warning signs. If one applies, do what it says first."),
        _("Pick one or two options to try. Guidelines say to stay as active as the pain allows."),
        _("Start the way its Try it line or its label says. Stop if a warning sign appears."),
        check,
        see,
    )


# What everyday back pain is and how it usually goes, said only as the sources say it, for
# new pain and for pain over 12 weeks (which eases more slowly: `usual_course`).
ABOUT_BACK_PAIN = N_(
    "Most people with new back pain get better over time, whatever they try (ACP 2017). "
    "Guidelines say people should hear that it is not dangerous, and that it is likely to get better "
    "soon (NICE QS155)."
)
ABOUT_BACK_PAIN_SOURCES = ("ACP2017", "NICE_QS155")
ABOUT_LONG_PAIN = N_("Guidelines say people should hear that back pain is not dangerous (NICE QS155).")
ABOUT_LONG_PAIN_SOURCES = ("NICE_QS155",)


def about_back_pain(ds: Dataset) -> tuple[str, tuple[str, ...]]:
    """ "About everyday back pain" for this stage: its words (in this run's language) and the
    sources behind them."""
    if ds.stage == "long":
        course = tuple(s for p in ds.pain_course if p.stage == "long" for s in p.source_ids)
        return f"{_(ABOUT_LONG_PAIN)} {usual_course(ds)}", tuple(
            dict.fromkeys(ABOUT_LONG_PAIN_SOURCES + course)
        )
    recovered = tuple(s for n in ds.natural_course if n.id == "recovered_12_weeks" for s in n.source_ids)
    return _(ABOUT_BACK_PAIN), tuple(dict.fromkeys(ABOUT_BACK_PAIN_SOURCES + recovered))


def cited_names(ds: Dataset, source_ids: Iterable[str]) -> str:
    """Sources as short citations ("Williams CM, et al (2014)"), never as ids."""
    return "; ".join(source_brief(ds.sources[s]) for s in dict.fromkeys(source_ids))


def usual_course(ds: Dataset) -> str:
    """The average course of back pain in studies of this stage, in one or two sentences."""
    points = sorted((p for p in ds.pain_course if p.stage == ds.stage), key=lambda p: p.weeks)
    if len(points) < 2:
        return ""
    first, *rest = points
    steps = ", ".join(
        ngettext("about {pain} by {weeks} week", "about {pain} by {weeks} weeks", p.weeks).format(
            pain=p.mean_pain, weeks=p.weeks
        )
        for p in rest
    )
    sources = cited_names(ds, (s for p in points for s in p.source_ids))
    if ds.stage == "long":
        sentence = _(
            "In studies of pain that had lasted a while, average pain out of 100 went from about {start} "
            "at the start to {steps} ({sources})."
        )
    else:
        sentence = _(
            "In studies of new back pain, average pain out of 100 went from about {start} at the start "
            "to {steps} ({sources})."
        )
    return sentence.format(start=first.mean_pain, steps=steps, sources=sources)


def just_over_line(item: JustOver, budget: int) -> str:
    """One option just over the budget, with its price and the amount over: never dropped
    without a word. Its price says its unit, so a one-off is not read as a month."""
    line = _("{option}: {price}. At its lowest, that is {over} over your budget of {budget}.").format(
        option=item.option.name, price=_price_words(item), over=money(item.over_by), budget=money(budget)
    )
    return f"{line} {item.option.if_owned}" if item.option.if_owned else line


def _price_words(item: JustOver) -> str:
    local = item.option.local
    price = cost_in_sentence(item.option)
    return _("{price} (a local price)").format(price=price) if local is not None and local.price else price


def just_over_headline(items: Sequence[JustOver]) -> str:
    """For the top answer: the guideline-first options a little over the budget, or ""."""
    if not items:
        return ""
    names = "; ".join(
        _("{option} at {price}").format(option=i.option.name, price=_price_words(i)) for i in items
    )
    return _("Just over your budget: {options}.").format(options=names)
