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
from dataclasses import dataclass, replace

from dashboard.checkin import CHECK_DAYS
from dashboard.content import QUESTIONS_FOR_DOCTOR, how_soon, questions_for_doctor, warning_summary
from dashboard.data import Dataset, Option
from dashboard.i18n import N_, _, ngettext
from dashboard.matching import ranked_for
from dashboard.progress import LabelLimit, Progress, Schedule, progress
from dashboard.text import continued, join_words, stage_words
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
    questions: tuple[str, ...] = QUESTIONS_FOR_DOCTOR  # make_plan gives them in this run's language

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
        stage_words=stage_words(ds.stage),
        options=options,
        stop_signs=tuple(
            g.line() for g in warning_summary(ds.signs_for(view.situation.health)) if g.level != "soon"
        ),
        check_dates=tuple(made + dt.timedelta(days=d) for d in CHECK_DAYS),
        review_by=made + dt.timedelta(days=review_days),
        review_why=_review_why(ds, review_days, options),
        next_steps=_next_steps(ds, view),
        questions=questions_for_doctor(),
    )


def _option_plan(ds: Dataset, option_id: str, health: Iterable[str]) -> OptionPlan:
    o = ds.option(option_id)
    limit = o.caveat if o.label_limit_days is not None else ""
    cautions = tuple(c.reason for c in ds.cautions_for(o.id, health))
    return OptionPlan(o.id, o.name, o.what_its_like, _when(o), limit, o.label_limit_days, cautions)


# "Unknown. Weeks. In the main review ...": an unknown onset whose data text opens with a
# one-word short form (ipdas-pemat §1.6 defect 9). The plan keeps "Unknown." and the full
# sentences: the short form is taken off the data text, never off our own words.
SHORT_FORM = re.compile(r"^([^\W\d_]+)\. ")


def _short_form(data_text: str) -> bool:
    """True when the data text opens with a one-word sentence such as "Weeks." (a capital,
    then at least one small letter: [A-Z][a-z]+ in any alphabet)."""
    found = SHORT_FORM.match(data_text)
    word = found[1] if found else ""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _when(o: Option) -> str:
    """How soon it helps, as the plan says it: an unknown onset without its short form."""
    known = o.onset_hours_low is not None and o.onset_hours_high is not None
    if known or o.stage_gap or not o.beat_placebo or not _short_form(o.onset_text):
        return how_soon(o).text
    rest = SHORT_FORM.sub("", o.onset_text, count=1)
    return how_soon(
        replace(o, evidence=tuple(replace(e, onset_text=rest) if e is o.ev else e for e in o.evidence))
    ).text


def _review_why(ds: Dataset, days: int, options: Sequence[OptionPlan]) -> str:
    if days < REVIEW_DAYS:
        labelled = [o.name for o in options if o.limit_days == days]
        return ngettext(
            "The label of {names} sets this limit: {days} day.",
            "The label of {names} sets this limit: {days} days.",
            days,
        ).format(names=join_words(labelled, last="and"), days=days)
    sign = next((s for s in ds.warning_signs if s.id == NOT_IMPROVING), None)
    if sign is None:
        return _("Your 4-week check-in.")
    # The sign's words (data) go on the sentence: "If the pain has not got better ..., book ...".
    return _("Your 4-week check-in. If {symptom}, {what_to_do}").format(
        symptom=continued(sign.symptom), what_to_do=continued(sign.what_to_do)
    )


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
            _("Guidelines also suggest for {stage}: {names}.").format(
                stage=stage_words(ds.stage), names="; ".join(first)
            )
        )
    steps.append(_("See your doctor about what else could help."))
    return tuple(steps)


# ------------------------------------------------------------------ before you start

# Our own four questions (not the SURE test, whose terms of use we could not check).
# Each "no" gets a next step; none of them stops the person.
READINESS: tuple[tuple[str, str, str], ...] = (
    (
        "know",
        N_("Do you know the main benefits and risks of what you chose?"),
        N_("Read its benefits and harms side by side on Compare, or ask a pharmacist."),
    ),
    (
        "values",
        N_("Are you clear about which benefits and risks matter most to you?"),
        N_("Set what matters to you in Step 3 on Find my options, and see how the order changes."),
    ),
    (
        "support",
        N_("Do you have the support and advice you need to do it?"),
        N_("Talk it through with someone you trust, your coach, a pharmacist or a doctor."),
    ),
    (
        "sure",
        N_("Do you feel sure it is the right choice for you now?"),
        N_("It is fine to take time. Compare it with one other option, or ask a doctor first."),
    ),
)


def readiness_tips(answers: dict[str, bool | None]) -> list[str]:
    """A next step for each question answered "no". Unanswered questions get none."""
    return [_(tip) for key, _question, tip in READINESS if answers.get(key) is False]


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
