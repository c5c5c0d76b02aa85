"""Coach mode slides: one idea per slide, built from the person's view (the same order as Find)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from dashboard import scoring
from dashboard.checkin import HELPED_LABELS, SIDE_EFFECT_LABELS
from dashboard.content import QUESTIONS_FOR_DOCTOR, cited, option_facts, source_brief, warning_summary
from dashboard.data import Dataset
from dashboard.guide_text import DECISION, day_month, what_to_do_next
from dashboard.matching import chosen_or_shortlist, headline, ranked_for
from dashboard.plan import plan_for, status
from dashboard.safety import all_clear
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


CHART_LINES = (
    f"Each option is scored 0 to 5 on {len(scoring.ATTRIBUTES)} points. A taller bar is better on that point.",
    "No bar means not known. It is not a zero.",
    "Pick the points that matter most to you, and see which options do well on them.",
)
USUAL = " (the usual answer)"
USUAL_NOTE = "“The usual answer” means we assumed it. Tell your coach if it is wrong."


def build_slides(ds: Dataset, view: View, today: dt.date | None = None) -> list[Slide]:
    """One idea per slide: title, safety, situation, each chosen option, chart, next steps, sources.
    `today` dates the progress slide's status and the plan's check-in dates (by default, the
    day of the last check-in, else today)."""
    ds = ds.for_duration(view.situation.duration)
    option_ids = chosen_or_shortlist(ds, view)
    return [
        _title(ds, view, option_ids),
        *_safety(ds, view),
        Slide("situation", "Your situation", situation_lines(view.situation)),
        *_progress(ds, view, today),
        *(_option(ds, option_id, view) for option_id in option_ids),
        Slide("chart", "How the options compare", CHART_LINES),
        _next_steps(ds, view, today),
        *_sources(ds, option_ids),
    ]


# Situation.describe's first lines, in its order: the answer each one reports.
DESCRIBED = ("severity", "duration", "doctor", "medication", "budget", "need")
MARKED = ("severity", "duration", "doctor", "medication", "need")  # as Find's "based on typical answers"


def situation_lines(situation: Situation) -> tuple[str, ...]:
    """The situation, one line per answer, with the answers the person never gave (the usual
    ones, which Find calls "typical answers") marked "(the usual answer)"."""
    lines = situation.describe()
    marked = [
        line + USUAL
        if i < len(DESCRIBED) and DESCRIBED[i] in MARKED and not situation.said(DESCRIBED[i])
        else line
        for i, line in enumerate(lines)
    ]
    return (*marked, USUAL_NOTE) if marked != lines else tuple(lines)


def _next_steps(ds: Dataset, view: View, today: dt.date | None) -> Slide:
    """The numbered "What to do next" (the same list as Find and the handout, with the plan's
    dates when the link holds a plan), then the questions for the doctor."""
    day = today or (max(c.day for c in view.checkins) if view.checkins else dt.date.today())
    the_plan = plan_for(ds, view, day) if view.plan else None
    steps = what_to_do_next(the_plan.check_dates, the_plan.review_by) if the_plan else what_to_do_next()
    return Slide(
        "next_steps",
        "Next steps and questions for your doctor",
        QUESTIONS_FOR_DOCTOR,
        steps=steps,
        lines_title="Questions for your doctor:",
    )


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
        f"Trying: {the_plan.names}, since {day_month(the_plan.made)}." if the_plan else "Check-ins so far."
    ]
    lines += [
        result.message,
        *([result.earlier_line] if result.earlier_line else []),
        f"{len(view.checkins)} check-ins since {day_month(first.day)}. Last time: can do {latest.able} of 10, "
        f"helped: {HELPED_LABELS[latest.helped].lower()}, "
        f"side effects: {SIDE_EFFECT_LABELS[latest.side_effects].lower()}.",
    ]
    return [Slide("progress", "How it is going", tuple(lines))]


SOURCES_ON_SLIDE = 8
CONFIDENCE_ORDER = ("V", "S", "W", "U")


def _sources(ds: Dataset, option_ids: Sequence[str]) -> list[Slide]:
    """One slide: the surest sources first, as many as fit; it says how many more there are."""
    sources = sorted(cited(ds, option_ids), key=lambda s: CONFIDENCE_ORDER.index(s.confidence))
    shown, rest = sources[:SOURCES_ON_SLIDE], len(sources) - SOURCES_ON_SLIDE
    # Only the Sources and method page gives web addresses: the handout lists sources by
    # name (a client's only the surest) and points there too.
    more = f"{rest} more, and each" if rest > 0 else "Each"
    return [
        Slide(
            "sources",
            "Sources",
            (
                *(source_brief(s) for s in shown),
                f"{more} source's web address and how sure we are of it: on the Sources and method page.",
            ),
        )
    ]


def _title(ds: Dataset, view: View, option_ids: Sequence[str]) -> Slide:
    names = [ds.option(i).name for i in option_ids]
    return Slide(
        "title",
        "Back pain relief: your options",
        (
            DECISION,
            headline(ranked_for(ds, view), view.situation).lines()[0],
            "Options today: " + ", ".join(names) + ".",
        ),
    )


SIGNS_PER_SLIDE = 8  # every warning sign is on a slide: at most this many to a slide
LEVEL_TITLES = {
    "emergency": "Call 911 now if any of these apply",
    "urgent": "See a doctor today if any of these apply",
    "soon": "Book a visit with your doctor if any of these apply",
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
            title = "Is it safe to manage this yourself?" if not slides else LEVEL_TITLES[group.level]
            slides.append(Slide("safety", title, (f"{group.what_to_do} If any of these apply:", *chunk)))
    clear = "If none of these apply: " + all_clear(view.situation.duration).removeprefix(
        "No warning signs ticked. "
    )
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
            *(("Ask a doctor first", c.reason) for c in cautions),
            *([(facts["near_you"].label, facts["near_you"].short)] if facts["near_you"].short else []),
        ),
        notes=tuple((label, text) for label, text in notes if text),
    )


def fit_slide(number: int, count: int) -> tuple[int, list[str]]:
    """A slide number from a link that is past the end of this deck starts the deck at 1."""
    if 1 <= number <= count:
        return number, []
    return 1, [f"We ignored slide={number}: this set of slides has {count}."]
