"""Coach mode slides: one idea per slide, built from the situation and chosen options."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dashboard import vocab
from dashboard.data import Dataset
from dashboard.handout import QUESTIONS_FOR_DOCTOR
from dashboard.matching import DEFAULT_WEIGHTS, headline, match, rank
from dashboard.safety import all_clear, by_level
from dashboard.situation import Situation, shown
from dashboard.text import cost_range, verdict_for


@dataclass(frozen=True)
class Slide:
    kind: str  # title | safety | situation | option | chart | next_steps | sources
    title: str
    lines: tuple[str, ...] = ()
    option_id: str | None = None
    facts: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def shortlist(ds: Dataset, situation: Situation, count: int = 3) -> list[str]:
    """The first options for a situation, in the answer's order (guideline groups first)."""
    return [r.option.id for r in rank(match(ds.options, situation, ds.cautions), DEFAULT_WEIGHTS)[:count]]


def build_slides(ds: Dataset, situation: Situation, option_ids: Sequence[str]) -> list[Slide]:
    ds = ds.for_duration(situation.duration)
    names = [ds.option(i).name for i in option_ids]
    ranked = rank(match(ds.options, situation, ds.cautions), DEFAULT_WEIGHTS)
    slides = [
        Slide(
            "title",
            "Back pain relief: your options",
            (
                "What fits your situation, what helps, and what to watch for.",
                headline(ranked, situation).lines()[0],
                "Options today: " + ", ".join(names) + ".",
            ),
        )
    ]
    levels = by_level(ds.warning_signs)
    slides.append(
        Slide(
            "safety",
            "Is it safe to manage this yourself?",
            (
                "Call 911 now if you have: "
                + "; ".join(s.symptom.lower() for s in levels["emergency"][:5])
                + ", or other emergency signs.",
                "See a doctor today if you have: "
                + "; ".join(s.symptom.lower() for s in levels["urgent"][:4])
                + ".",
                "If none of these apply: "
                + all_clear(situation.duration).removeprefix("No warning signs ticked. "),
            ),
        )
    )
    slides.append(Slide("situation", "Your situation", tuple(situation.describe())))
    for option_id in option_ids:
        o = ds.option(option_id)
        quotes = ds.quotes_for(option_id)
        article = f"“{quotes[-1].text}”" if quotes else "The article does not name this option."
        slides.append(
            Slide(
                "option",
                o.name,
                (o.summary,),
                option_id=option_id,
                facts=(
                    ("How soon", o.onset_text),
                    ("Cost", cost_range(o)),
                    ("Doctor", vocab.DOCTOR_LABELS[o.doctor_needed]),
                    ("The article says", article),
                    ("Benefits", o.benefits),
                    ("Harms", o.harms),
                    (
                        "Guidelines say",
                        f"{verdict_for(o)}. {o.guideline_says}",
                    ),
                ),
            )
        )
    slides.append(
        Slide(
            "chart",
            "How the options compare",
            ("Each option scored 0 to 5 on the same scale. Higher is better.",),
        )
    )
    slides.append(
        Slide(
            "next_steps",
            "Next steps and questions for your doctor",
            (
                "Pick one or two options to try, and stay as active as you can.",
                "Get help fast if a warning sign appears.",
                *QUESTIONS_FOR_DOCTOR,
            ),
        )
    )
    cited: list[str] = []
    for option_id in option_ids:
        cited += [s for s in ds.option(option_id).source_ids if s not in cited]
    slides.append(
        Slide(
            "sources",
            "Sources",
            tuple(
                f"{ds.sources[s].citation} ({ds.sources[s].year}; "
                f"{vocab.CONFIDENCE_LABELS[ds.sources[s].confidence].lower()})"
                for s in cited
            ),
        )
    )
    return slides


def parse_slide(raw: str | None, count: int) -> tuple[int, str | None]:
    """`slide=` is 1-based. Anything else is ignored with a notice, and we start at 1."""
    if raw is None or raw == "":
        return 1, None
    text = raw.strip()
    if text.isascii() and text.isdigit() and 1 <= int(text) <= count:
        return int(text), None
    return 1, f"We ignored slide={shown(raw)}: it must be a number from 1 to {count}."
