"""Coach mode slides: one idea per slide, built from the person's view (the same order as Find)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from dashboard.checkin import HELPED_LABELS, SIDE_EFFECT_LABELS
from dashboard.content import (
    QUESTIONS_FOR_DOCTOR,
    chosen_or_shortlist,
    cited,
    option_facts,
    ranked_for,
    source_brief,
    warning_summary,
)
from dashboard.data import Dataset
from dashboard.matching import headline
from dashboard.plan import make_plan, started, status
from dashboard.safety import all_clear
from dashboard.view import View


@dataclass(frozen=True)
class Slide:
    kind: str  # title | safety | situation | option | chart | next_steps | sources
    title: str
    lines: tuple[str, ...] = ()
    option_id: str | None = None
    facts: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def build_slides(ds: Dataset, view: View, today: dt.date | None = None) -> list[Slide]:
    """One idea per slide: title, safety, situation, each chosen option, chart, next steps, sources.
    `today` dates the progress slide's status (by default, the day of the last check-in)."""
    ds = ds.for_duration(view.situation.duration)
    option_ids = chosen_or_shortlist(ds, view)
    return [
        _title(ds, view, option_ids),
        *_safety(ds, view),
        Slide("situation", "Your situation", tuple(view.situation.describe())),
        *_progress(ds, view, today),
        *(_option(ds, option_id, view) for option_id in option_ids),
        Slide(
            "chart",
            "How the options compare",
            ("Each option scored 0 to 5 on the same scale. Higher is better.",),
        ),
        Slide(
            "next_steps",
            "Next steps and questions for your doctor",
            (
                "Pick one or two options to try, and stay as active as you can.",
                "Get help fast if a warning sign appears.",
                *QUESTIONS_FOR_DOCTOR,
            ),
        ),
        *_sources(ds, option_ids),
    ]


def _progress(ds: Dataset, view: View, today: dt.date | None) -> list[Slide]:
    """When the link has check-ins: how it is going, for the coach's next session. The same
    status as the Check in page (`plan.status`)."""
    if not view.checkins:
        return []
    today = today or max(c.day for c in view.checkins)
    the_plan = make_plan(ds, view, started(view, today))
    result = status(ds, view, today)
    first, latest = view.checkins[0], view.checkins[-1]
    lines = [f"Trying: {the_plan.names}, since {the_plan.made:%d %B}." if the_plan else "Check-ins so far."]
    lines += [
        result.message,
        *([result.earlier_line] if result.earlier_line else []),
        f"{len(view.checkins)} check-ins since {first.day:%d %B}. Last time: can do {latest.able} of 10, "
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
    more = (
        f"{rest} more, and each source's web address and how sure we are of it"
        if rest > 0
        else ("Each source's web address and how sure we are of it")
    )
    return [
        Slide(
            "sources",
            "Sources",
            (*(source_brief(s) for s in shown), f"{more}: on the handout and the Sources and method page."),
        )
    ]


def _title(ds: Dataset, view: View, option_ids: Sequence[str]) -> Slide:
    names = [ds.option(i).name for i in option_ids]
    return Slide(
        "title",
        "Back pain relief: your options",
        (
            "What fits your situation, what helps, and what to watch for.",
            headline(ranked_for(ds, view), view.situation).lines()[0],
            "Options today: " + ", ".join(names) + ".",
        ),
    )


SIGNS_PER_LEVEL = 4  # urgent and soon signs on a slide; the line says how many more there are
EMERGENCY_PER_SLIDE = 8  # every emergency sign is shown, over as many slides as it takes


def _safety(ds: Dataset, view: View) -> list[Slide]:
    """Every emergency sign (none is cut), then the signs for a doctor today or soon."""
    signs = ds.signs_for(view.situation.health)
    emergency = [s for s in signs if s.level == "emergency"]
    chunks = [emergency[i : i + EMERGENCY_PER_SLIDE] for i in range(0, len(emergency), EMERGENCY_PER_SLIDE)]
    slides = [
        Slide(
            "safety",
            "Is it safe to manage this yourself?"
            if i == 0
            else "Call 911 now if any of these apply (continued)",
            (
                f"{chunk[0].what_to_do} If any of these apply:",
                *(s.symptom for s in chunk),
            ),
        )
        for i, chunk in enumerate(chunks)
    ]
    groups = warning_summary([s for s in signs if s.level != "emergency"], limit=SIGNS_PER_LEVEL)
    slides.append(
        Slide(
            "safety",
            "When to see a doctor today, or soon",
            (
                *(g.line() for g in groups),
                "If none of these apply: "
                + all_clear(view.situation.duration).removeprefix("No warning signs ticked. "),
            ),
        )
    )
    return slides


def _option(ds: Dataset, option_id: str, view: View) -> Slide:
    o = ds.option(option_id)
    facts = option_facts(ds, o)
    cautions = ds.cautions_for(o.id, view.situation.health)
    return Slide(
        "option",
        o.name,
        (o.summary,),
        option_id=option_id,
        facts=(
            (facts["how_soon"].label, facts["how_soon"].short),
            (facts["cost"].label, facts["cost"].short),
            (facts["doctor"].label, facts["doctor"].short),
            (facts["article"].label, facts["article"].short),
            (facts["benefits"].label, facts["benefits"].short),
            (facts["main_harm"].label, facts["main_harm"].short),
            *(("Ask a doctor first", c.reason) for c in cautions),
            (facts["guidelines"].label, facts["guidelines"].text),
            *([(facts["near_you"].label, facts["near_you"].short)] if facts["near_you"].short else []),
        ),
    )


def fit_slide(number: int, count: int) -> tuple[int, list[str]]:
    """A slide number from a link that is past the end of this deck starts the deck at 1."""
    if 1 <= number <= count:
        return number, []
    return 1, [f"We ignored slide={number}: this set of slides has {count}."]
