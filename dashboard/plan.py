"""A plan for what the person chose to try, from the data, for their duration of pain.

It says how to use each option, when people in studies started to feel a change,
the label's limits, which warning signs mean stop and get help, when to check in,
and what guidelines suggest next if it has not helped by then. Unknown stays
unknown. It never says which option to choose: the person has chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard import vocab
from dashboard.checkin import CHECK_DAYS
from dashboard.content import QUESTIONS_FOR_DOCTOR, how_soon, warning_summary
from dashboard.data import Dataset
from dashboard.matching import lower_first, ranked_for
from dashboard.progress import LabelLimit, Progress, Schedule, progress
from dashboard.text import join_words
from dashboard.view import MAX_PLAN, View

NOT_IMPROVING = "not_improving"  # the warning sign: not better after a few weeks of home care
REVIEW_DAYS = 28  # the last check-in: "a few weeks" of home care, in our reminders


@dataclass(frozen=True)
class OptionPlan:
    option_id: str
    name: str
    how: str  # how to use it, from the data
    when: str  # when people in studies started to feel a change (or that it is unknown)
    limit: str  # the label's limit in words, or ""
    limit_days: int | None
    # The label's "ask a doctor first" reasons that match the person's health answers.
    cautions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    made: dt.date
    stage_words: str
    options: tuple[OptionPlan, ...]
    stop_signs: tuple[str, ...]  # warning signs that mean stop and get help, every one
    check_dates: tuple[dt.date, ...]
    review_by: dt.date
    review_why: str
    next_steps: tuple[str, ...]
    questions: tuple[str, ...] = QUESTIONS_FOR_DOCTOR

    @property
    def names(self) -> str:
        return join_words([o.name for o in self.options], last="and")

    @property
    def limits(self) -> tuple[LabelLimit, ...]:
        return tuple(
            LabelLimit(o.name, o.limit_days, o.limit) for o in self.options if o.limit_days is not None
        )

    @property
    def schedule(self) -> Schedule:
        """What Check in's rules read: the start, the review date and the labels' limits."""
        return Schedule(self.made, self.review_by, self.limits)


def make_plan(ds: Dataset, view: View, made: dt.date) -> Plan | None:
    """The plan for `view.plan` (one or two option ids), or None if nothing is chosen."""
    if not view.plan:
        return None
    ds = ds.for_duration(view.situation.duration)
    health = view.situation.health
    options = tuple(_option_plan(ds, option_id, health) for option_id in view.plan[:MAX_PLAN])
    limits = [o.limit_days for o in options if o.limit_days is not None]
    review_days = min([REVIEW_DAYS, *limits])
    return Plan(
        made=made,
        stage_words=vocab.STAGE_LABELS[ds.stage].lower(),
        options=options,
        stop_signs=tuple(
            g.line() for g in warning_summary(ds.signs_for(view.situation.health)) if g.level != "soon"
        ),
        check_dates=tuple(made + dt.timedelta(days=d) for d in CHECK_DAYS),
        review_by=made + dt.timedelta(days=review_days),
        review_why=_review_why(ds, review_days, options),
        next_steps=_next_steps(ds, view),
    )


def _option_plan(ds: Dataset, option_id: str, health: Iterable[str]) -> OptionPlan:
    o = ds.option(option_id)
    limit = o.caveat if o.label_limit_days is not None else ""
    cautions = tuple(c.reason for c in ds.cautions_for(o.id, health))
    return OptionPlan(
        o.id, o.name, o.what_its_like, _when(how_soon(o).text), limit, o.label_limit_days, cautions
    )


# "Unknown. Weeks. In the main review ...": an unknown onset whose text opens with a one-word
# short form (ipdas-pemat §1.6 defect 9). The plan keeps "Unknown." and the full sentences.
SHORT_FORM = re.compile(r"^(Unknown\. )[A-Z][a-z]+\. ")


def _when(text: str) -> str:
    return SHORT_FORM.sub(r"\1", text, count=1)


def _review_why(ds: Dataset, days: int, options: Sequence[OptionPlan]) -> str:
    if days < REVIEW_DAYS:
        labelled = [o.name for o in options if o.limit_days == days]
        return f"The label of {join_words(labelled, last='and')} sets this limit: {days} days."
    sign = next((s for s in ds.warning_signs if s.id == NOT_IMPROVING), None)
    if sign is None:
        return "Your 4-week check-in."
    return f"Your 4-week check-in. If {lower_first(sign.symptom)}, {lower_first(sign.what_to_do)}"


def _next_steps(ds: Dataset, view: View) -> tuple[str, ...]:
    """What guidelines suggest if the plan has not helped: the options they put first for
    this duration that are not in the plan, then a doctor."""
    first = [
        r.option.name
        for r in ranked_for(ds, view)
        if r.option.guideline_verdict == "recommended" and r.option.id not in view.plan
    ]
    steps = []
    if first:
        steps.append(
            f"Guidelines also suggest for {vocab.STAGE_LABELS[ds.stage].lower()}: {'; '.join(first)}."
        )
    steps.append("See your doctor about what else could help.")
    return tuple(steps)


# ------------------------------------------------------------------ before you start

# Our own four questions (not the SURE test, whose terms of use we could not check).
# Each "no" gets a next step; none of them stops the person.
READINESS: tuple[tuple[str, str, str], ...] = (
    (
        "know",
        "Do you know the main benefits and risks of what you chose?",
        "Read its benefits and harms side by side on Compare, or ask a pharmacist.",
    ),
    (
        "values",
        "Are you clear about which benefits and risks matter most to you?",
        "Set what matters to you in Step 3 on Find my options, and see how the order changes.",
    ),
    (
        "support",
        "Do you have the support and advice you need to do it?",
        "Talk it through with someone you trust, your coach, a pharmacist or a doctor.",
    ),
    (
        "sure",
        "Do you feel sure it is the right choice for you now?",
        "It is fine to take time. Compare it with one other option, or ask a doctor first.",
    ),
)


def readiness_tips(answers: dict[str, bool | None]) -> list[str]:
    """A next step for each question answered "no". Unanswered questions get none."""
    return [tip for key, _, tip in READINESS if answers.get(key) is False]


# ------------------------------------------------------------------ how it is going


def started(view: View, today: dt.date) -> dt.date:
    """The day the plan started: as saved, else the first check-in, else today."""
    return view.planned or (view.checkins[0].day if view.checkins else today)


def plan_for(ds: Dataset, view: View, today: dt.date) -> Plan | None:
    """The plan as Check in, the progress slide and the handout all show it, from the day
    it started (`started`)."""
    return make_plan(ds, view, started(view, today))


def status(the_plan: Plan | None, view: View, today: dt.date) -> Progress:
    """How it is going: the one status that Check in, the progress slide and the handout all
    show, from the plan they show (`plan_for`)."""
    return progress(view.checkins, the_plan.schedule if the_plan else None, today)
