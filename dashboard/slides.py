"""Coach mode slides: one idea per slide, built from the person's view (the same order as Find)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from dashboard import scoring
from dashboard.content import QUESTIONS_FOR_DOCTOR, cited, option_facts, source_brief, warning_summary
from dashboard.data import Dataset
from dashboard.guide_text import DECISION, day_month, what_to_do_next
from dashboard.i18n import N_, _, ngettext, pgettext
from dashboard.matching import chosen_or_shortlist, headline, ranked_for
from dashboard.plan import plan_for, status
from dashboard.safety import if_none_apply
from dashboard.situation import Situation
from dashboard.view import View


@dataclass(frozen=True)
class Slide:
    kind: str  # title | safety | situation | progress | option | chart | next_steps | sources
    title: str
    lines: tuple[str, ...] = ()
    option_id: str | None = None
    facts: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # A numbered list (the next steps), shown before `lines`; `lines_title` leads into the lines.
    steps: tuple[str, ...] = ()
    lines_title: str = ""
    # For the coach, beside the slide but never on it: what would crowd the slide.
    notes: tuple[tuple[str, str], ...] = ()


# Marked here, translated where shown (`chart_lines`); `{count}` is the number of points.
CHART_LINES = (
    N_("Each option is scored 0 to 5 on {count} points. A taller bar is better on that point."),
    N_("No bar means not known. It is not a zero."),
    N_("Pick the points that matter most to you, and see which options do well on them."),
)
USUAL_ANSWER = N_("{answer} (the usual answer)")
USUAL = USUAL_ANSWER.format(answer="")  # the mark as it reads in English, for tests
USUAL_NOTE = N_("“The usual answer” means we assumed it. Tell your coach if it is wrong.")


def chart_lines() -> tuple[str, ...]:
    """The chart slide's lines, in this run's language."""
    return tuple(_(line).format(count=len(scoring.ATTRIBUTES)) for line in CHART_LINES)


def build_slides(ds: Dataset, view: View, today: dt.date | None = None) -> list[Slide]:
    """One idea per slide: title, safety, situation, each chosen option, chart, next steps, sources.
    `today` dates the progress slide's status and the plan's check-in dates (by default, the
    day of the last check-in, else today)."""
    ds = ds.for_duration(view.situation.duration)
    option_ids = chosen_or_shortlist(ds, view)
    return [
        _title(ds, view, option_ids),
        *_safety(ds, view),
        Slide("situation", _("Your situation"), situation_lines(view.situation)),
        *_progress(ds, view, today),
        *(_option(ds, option_id, view) for option_id in option_ids),
        Slide("chart", _("How the options compare"), chart_lines()),
        _next_steps(ds, view, today),
        *_sources(ds, option_ids),
    ]


# Situation.describe's first lines, in its order: the answer each one reports.
DESCRIBED = ("severity", "duration", "doctor", "medication", "budget", "need")
MARKED = ("severity", "duration", "doctor", "medication", "need")  # as Find's "based on typical answers"


def situation_answers(situation: Situation) -> tuple[tuple[str, ...], bool]:
    """The situation, one line per answer, with the answers the person never gave (the usual
    ones, which Find calls "typical answers") marked "(the usual answer)"; and whether any is."""
    lines = situation.describe()
    assumed = [
        i < len(DESCRIBED) and DESCRIBED[i] in MARKED and not situation.said(DESCRIBED[i])
        for i in range(len(lines))
    ]
    marked = tuple(
        _(USUAL_ANSWER).format(answer=line) if a else line for line, a in zip(lines, assumed, strict=True)
    )
    return marked, any(assumed)


def situation_lines(situation: Situation) -> tuple[str, ...]:
    """The situation slide's lines: the answers, and a note when any is the usual one."""
    lines, assumed = situation_answers(situation)
    return (*lines, _(USUAL_NOTE)) if assumed else lines


def _next_steps(ds: Dataset, view: View, today: dt.date | None) -> Slide:
    """The numbered "What to do next" (the same list as Find and the handout, with the plan's
    dates when the link holds a plan), then the questions for the doctor."""
    day = today or (max(c.day for c in view.checkins) if view.checkins else dt.date.today())
    the_plan = plan_for(ds, view, day) if view.plan else None
    steps = what_to_do_next(the_plan.check_dates, the_plan.review_by) if the_plan else what_to_do_next()
    return Slide(
        "next_steps",
        _("Next steps and questions for your doctor"),
        tuple(_(q) for q in QUESTIONS_FOR_DOCTOR),
        steps=steps,
        lines_title=_("Questions for your doctor:"),
    )


# How a check-in went, inside a sentence ("helped: a little"), in this run's language.
def helped_words(code: str) -> str:
    return {
        "yes": pgettext("it helped", "yes"),
        "some": pgettext("it helped", "a little"),
        "no": pgettext("it helped", "no"),
    }[code]


def side_effect_words(code: str) -> str:
    return {
        "none": pgettext("side effects", "none"),
        "mild": pgettext("side effects", "mild"),
        "bad": pgettext("side effects", "bad enough to stop"),
    }[code]


def warning_words(level: str) -> str:
    return {
        "soon": pgettext("warning sign", "yes: book a visit"),
        "urgent": pgettext("warning sign", "yes: a doctor today"),
        "emergency": pgettext("warning sign", "yes: emergency help"),
    }[level]


def _progress(ds: Dataset, view: View, today: dt.date | None) -> list[Slide]:
    """When the link has check-ins: how it is going, for the coach's next session. The same
    status as the Check in page (`plan.status`)."""
    if not view.checkins:
        return []
    today = today or max(c.day for c in view.checkins)
    the_plan = plan_for(ds, view, today)
    result = status(the_plan, view, today)
    first, latest = view.checkins[0], view.checkins[-1]
    lines = [
        _("Trying: {names}, since {day}.").format(names=the_plan.names, day=day_month(the_plan.made))
        if the_plan
        else _("Check-ins so far.")
    ]
    count = len(view.checkins)
    # The English says "check-ins" even for one, as it always has; other languages may not.
    so_far = ngettext(
        "{count} check-ins since {day}. Last time: can do {able} of 10, helped: {helped}, side effects: {side_effects}.",
        "{count} check-ins since {day}. Last time: can do {able} of 10, helped: {helped}, side effects: {side_effects}.",
        count,
    )
    lines += [
        result.message,
        *([result.earlier_line] if result.earlier_line else []),
        so_far.format(
            count=count,
            day=day_month(first.day),
            able=latest.able,
            helped=helped_words(latest.helped),
            side_effects=side_effect_words(latest.side_effects),
        ),
    ]
    return [Slide("progress", _("How it is going"), tuple(lines))]


SOURCES_ON_SLIDE = 8
CONFIDENCE_ORDER = ("V", "S", "W", "U")


def _sources(ds: Dataset, option_ids: Sequence[str]) -> list[Slide]:
    """One slide: the surest sources first, as many as fit; it says how many more there are."""
    sources = sorted(cited(ds, option_ids), key=lambda s: CONFIDENCE_ORDER.index(s.confidence))
    shown, rest = sources[:SOURCES_ON_SLIDE], len(sources) - SOURCES_ON_SLIDE
    # Only the Sources and method page gives web addresses: the handout lists sources by
    # name (a client's only the surest) and points there too.
    last = (
        _(
            "{count} more, and each source's web address and how sure we are of it: "
            "on the Sources and method page."
        ).format(count=rest)
        if rest > 0
        else _("Each source's web address and how sure we are of it: on the Sources and method page.")
    )
    return [Slide("sources", _("Sources"), (*(source_brief(s) for s in shown), last))]


def _title(ds: Dataset, view: View, option_ids: Sequence[str]) -> Slide:
    names = [ds.option(i).name for i in option_ids]
    return Slide(
        "title",
        _("Back pain relief: your options"),
        (
            _(DECISION),
            headline(ranked_for(ds, view), view.situation).lines()[0],
            _("Options today: {names}.").format(names=", ".join(names)),
        ),
    )


SIGNS_PER_SLIDE = 8  # every warning sign is on a slide: at most this many to a slide
LEVEL_TITLES = {
    "emergency": N_("Call 911 now if any of these apply"),
    "urgent": N_("See a doctor today if any of these apply"),
    "soon": N_("Book a visit with your doctor if any of these apply"),
}


def _even_chunks(items: Sequence[str], most: int) -> list[tuple[str, ...]]:
    """Items in order, over as few slides as `most` allows, as evenly as can be (9 is 5 and 4)."""
    count = -(-len(items) // most)
    size = -(-len(items) // count) if count else 0
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)] if size else []


def _safety(ds: Dataset, view: View) -> list[Slide]:
    """The rule, stated: every warning sign for this person is on the slides, most serious
    level first, in the data file's order within a level, at most SIGNS_PER_SLIDE to a
    slide. A slide never mixes two actions. The last one says what to do if none apply."""
    slides: list[Slide] = []
    for group in warning_summary(ds.signs_for(view.situation.health)):
        for chunk in _even_chunks(group.symptoms, SIGNS_PER_SLIDE):
            title = _("Is it safe to manage this yourself?") if not slides else _(LEVEL_TITLES[group.level])
            lead = _("{what_to_do} If any of these apply:").format(what_to_do=group.what_to_do)
            slides.append(Slide("safety", title, (lead, *chunk)))
    clear = if_none_apply(view.situation.duration)
    last = slides[-1]
    slides[-1] = Slide(last.kind, last.title, (*last.lines, clear))
    return slides


OPTION_FACTS = ("how_soon", "cost", "doctor", "benefits", "main_harm")  # five, so a slide is not crowded
OPTION_NOTES = ("try_it", "article", "guidelines")  # for the coach to say; the badge gives the verdict


def _option(ds: Dataset, option_id: str, view: View) -> Slide:
    """Five facts on the slide, plus any "ask a doctor first" for this person and a coach's
    local service; the rest in the coach's notes."""
    o = ds.option(option_id)
    facts = option_facts(ds, o)
    cautions = ds.cautions_for(o.id, view.situation.health)
    notes = [(facts[k].label, facts[k].text if k == "guidelines" else facts[k].short) for k in OPTION_NOTES]
    return Slide(
        "option",
        o.name,
        (o.summary,),
        option_id=option_id,
        facts=(
            *((facts[k].label, facts[k].short) for k in OPTION_FACTS),
            *((_("Ask a doctor first"), c.reason) for c in cautions),
            *([(facts["near_you"].label, facts["near_you"].short)] if facts["near_you"].short else []),
        ),
        notes=tuple((label, text) for label, text in notes if text),
    )


def fit_slide(number: int, count: int) -> tuple[int, list[str]]:
    """A slide number from a link that is past the end of this deck starts the deck at 1."""
    if 1 <= number <= count:
        return number, []
    return 1, [
        _("We ignored slide={number}: this set of slides has {count}.").format(number=number, count=count)
    ]
