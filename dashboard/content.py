"""The words every page shares, written once: an option's facts, the sources cited,
the warning-sign summary, the disclaimer and the questions for a doctor.

Find, Compare, Coach mode and the handout all take their text from here, so a
fact reads the same on a phone, on a projector and on paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard import vocab
from dashboard.data import Dataset, Option, Source, WarningSign
from dashboard.matching import Ranked, headline, lower_first
from dashboard.pack.use import UNPRICED
from dashboard.safety import by_level
from dashboard.text import (
    cited_briefly,
    cost_range,
    first_sentence,
    money_range,
    onset_short,
    verdict_for,
    with_confidence,
)
from dashboard.text import source_brief as source_brief
from dashboard.view import USUAL_WEIGHTS, View

DISCLAIMER = (
    "Not medical advice. This tool gives general facts about back pain relief options. "
    "It does not diagnose and does not replace a doctor. "
    "If a warning sign applies, or you are worried, get medical help."
)

QUESTIONS_FOR_DOCTOR = (
    "Could anything serious be causing my pain?",
    "Which of these options would you suggest for me, and why?",
    "What side effects should I watch for?",
    "How soon should I feel better, and when should I come back?",
    "Is there anything I should stop doing, or keep doing?",
)


def disclaimer(ds: Dataset) -> str:
    return f"{DISCLAIMER} Data last reviewed {ds.last_reviewed:%d %B %Y}."


# ------------------------------------------------------------------ the answer for a view


USUAL_MATTERS = "Closest match to the usual things that matter (set yours in Step 3)"


def answer_lines(ranked: Sequence[Ranked], view: View, level: str | None) -> list[str]:
    """The first lines on Find. While an urgent sign is ticked, they speak to that first.
    "What you said matters" only once the person has set what matters."""
    lines = headline(ranked, view.situation).lines()
    if view.weights == USUAL_WEIGHTS and not view.situation.said("need"):
        lines = [line.replace("Closest match to what you said matters", USUAL_MATTERS) for line in lines]
    if level == "urgent" and lines:
        lines[0] = "While you arrange to see a doctor today: " + lower_first(lines[0])
    return lines


# ------------------------------------------------------------------ an option's facts

EFFECT_WORDS = {
    "none": "No benefit found",
    "small": "A small benefit",
    "moderate": "A moderate benefit",
    "unknown": "Benefit unknown",
}


@dataclass(frozen=True)
class Fact:
    label: str
    short: str  # for a card, a slide or the handout
    text: str  # the whole answer, for the comparison grid
    low_confidence: bool = False  # the figure comes from a weak or unconfirmed source


OTHER_STUDIES = "From studies of newer pain than yours (not known for pain of 4 to 12 weeks): "


def _figure(
    label: str, short: str, text: str, confidence: str, has_figure: bool, year: int | None = None
) -> Fact:
    # A confidence mark belongs to a figure: "we found no figure" is not a weak source. A weak
    # figure says so wherever it is shown, short or long, with the year of its source.
    weak = has_figure and confidence in vocab.LOW_CONFIDENCE
    if not weak:
        return Fact(label, short, text)
    mark = weak_mark(confidence, year)
    return Fact(label, f"{short} {mark}", f"{text} {mark}", True)


def weak_mark(confidence: str, year: int | None) -> str:
    """ "(weak source, 2006)": how sure we are of a figure, and how old its source is."""
    words = vocab.CONFIDENCE_LABELS[confidence].lower()
    return f"({words}, {year})" if year else f"({words})"


def _year(ds: Dataset | None, source_ids: Sequence[str]) -> int | None:
    """The oldest year among a figure's sources."""
    years = [ds.sources[s].year for s in source_ids if ds is not None and s in ds.sources]
    return min(years) if years else None


def _gap(option: Option, text: str) -> str:
    return OTHER_STUDIES + text[:1].lower() + text[1:] if option.stage_gap else text


START_TODAY = "You can start today."


def how_soon(option: Option, ds: Dataset | None = None) -> Fact:
    """How soon it helps. An option a person can start on their own today says so first:
    the start is known even when how soon it eases pain is not."""
    short = onset_short(option)
    brief = _gap(option, short)
    if option.can_start_today:
        if not option.beat_placebo:
            eases = f"{brief}."
        elif option.onset_known:
            eases = f"Time to help: {brief}."
        else:
            eases = "How soon it eases pain is not known."
        brief = f"{START_TODAY} {eases}"
    return _figure(
        "How soon it helps",
        brief,
        _gap(option, f"{short}. {option.onset_text}"),
        option.onset_confidence,
        option.onset_known,
        _year(ds, option.ev.onset_source_ids),
    )


def how_long(option: Option, ds: Dataset | None = None) -> Fact:
    has_figure = option.lasts_hours_high is not None
    text = _gap(option, option.lasts_text)
    return _figure(
        "How long it lasts",
        text,
        text,
        option.lasts_confidence,
        has_figure,
        _year(ds, option.ev.lasts_source_ids),
    )


def cost(option: Option, ds: Dataset | None = None) -> Fact:
    short = cost_range(option)
    local = option.local
    if local is not None and local.price:
        # A coach's price: marked as local and signed, with our national figure beside it.
        # With a doctor visit, only the medicine's price is local; the visit is our figure.
        short = f"Local price: {local.price}. {local.signed}"
        if option.visit_cost_low_usd is not None and option.visit_cost_high_usd is not None:
            visit = money_range(option.visit_cost_low_usd, option.visit_cost_high_usd)
            short = f"Doctor visit {visit} (national figure), plus the medicine at a local price: {local.price}. {local.signed}"
        text = f"{short}. National figure: {local.national}. {local.national_basis}"
        return Fact("Cost", short, text)
    priced_near = [s for s in local.services if s.price != UNPRICED] if local is not None else []
    if priced_near:
        # A local service with its own price leads; our national figure is "typical elsewhere".
        near = priced_near[0]
        elsewhere = f" Typical elsewhere: {lower_first(cost_range(option))}." if option.cost_known else ""
        short = f"Near you: {near.price}.{elsewhere}"
        return Fact("Cost", short, f"{short} {option.cost_basis}")
    if option.cost_known and option.cost_confidence in vocab.LOW_CONFIDENCE:
        mark = weak_mark(option.cost_confidence, _year(ds, option.cost_source_ids))
        return Fact("Cost", f"{short} {mark}", f"{short}. {option.cost_basis} {mark}", True)
    owned = f". {option.if_owned}" if option.if_owned else ""
    return Fact(
        "Cost", f"{short}{owned}", with_confidence(f"{short}. {option.cost_basis}", option.cost_confidence)
    )


def near_you(option: Option) -> Fact:
    """What a coach's pack says is offered near the person: "" when there is no pack for it.
    Every word but ours is the coach's, so show it as plain text, never as markup."""
    local = option.local
    if local is None or (local.offered and not local.services):
        return Fact("Near you", "", "")
    lines = [] if local.offered else [f"Not offered here, says {local.set_by or 'your coach'}."]
    for service in local.services:
        parts = [f"{service.name}: {service.price}"]
        parts += [
            f"{label}: {value}"
            for label, value in (("Where", service.where), ("Contact", service.contact))
            if value
        ]
        lines.append(". ".join(parts) + "." + (f" {service.note}" if service.note else ""))
    if local.services:
        same = "It has" if len(local.services) == 1 else "Each has"
        lines.append(f"{local.signed}. {same} the same evidence, harms and warnings as this option.")
    return Fact("Near you", " ".join(lines), "\n".join(lines))


def doctor(option: Option) -> Fact:
    if option.doctor_reason:
        words = f"Yes, {vocab.STAGE_SHORT[option.stage]}. {option.doctor_reason}"
        return Fact("Doctor", words, words)
    words = vocab.DOCTOR_LABELS[option.doctor_needed]
    return Fact("Doctor", words, words)


def main_harm(option: Option) -> Fact:
    """The most serious harms: every boxed warning and "do not use" line (a data rule), for
    each option with a moderate or high harm grade; otherwise the first line of its harms."""
    if option.main_harm:
        return Fact("Main harm", option.main_harm, option.harms)
    return Fact("Harms", first_sentence(option.harms), option.harms)


def suits(option: Option) -> Fact:
    severities = ", ".join(option.severities)
    durations = ", ".join(vocab.DURATION_LABELS[d].lower() for d in option.durations)
    text = f"Pain: {severities}. How long: {durations}."
    return Fact("Suits", text, text)


def guidelines(option: Option) -> Fact:
    return Fact("Guidelines say", verdict_for(option), f"{verdict_for(option)}. {option.guideline_says}")


def evidence(option: Option) -> Fact:
    quality = vocab.EVIDENCE_LABELS[option.evidence_quality].lower()
    stage = vocab.STAGE_LABELS[option.ev.stage].lower()
    text = _gap(option, f"For {stage}: {EFFECT_WORDS[option.effect_size].lower()}. How sure: {quality}.")
    return Fact("Evidence", text, text)


def article_says(ds: Dataset, option: Option) -> Fact:
    """The article's own words about this option, verbatim, with the paragraph."""
    quotes = ds.quotes_for(option.id)
    if not quotes:
        words = "The article does not name this option."
        return Fact("The article says", words, words)
    return Fact(
        "The article says",
        f"“{quotes[-1].text}”",
        "\n".join(f"“{q.text}” (paragraph {q.paragraph})" for q in quotes),
    )


def sources(ds: Dataset, option: Option) -> Fact:
    """Cited as the handout cites them ("NICE NG59 (2016)"), never by id; weak ones marked."""
    text = cited_briefly(ds.sources[s] for s in option.source_ids)
    return Fact("Sources", text, text)


def try_it(option: Option) -> Fact:
    """How to start. When this stage needs a doctor though the option does not always (a
    store-bought pill for pain over 12 weeks), the doctor comes first."""
    first = (
        "Ask a doctor first. " if option.doctor_needed == "yes" and option.base_doctor_needed != "yes" else ""
    )
    return plain("Try it", first + option.try_it)


def plain(label: str, text: str) -> Fact:
    return Fact(label, text, text)


def option_facts(ds: Dataset, option: Option) -> dict[str, Fact]:
    """Every fact about one option, read for the pain stage `ds` is set to, in one order."""
    return {
        "summary": plain("What it is", option.summary),
        "how_soon": how_soon(option, ds),
        "how_long": how_long(option, ds),
        "cost": cost(option, ds),
        "near_you": near_you(option),
        "doctor": doctor(option),
        "suits": suits(option),
        "benefits": Fact(
            "Benefits", _gap(option, first_sentence(option.benefits)), _gap(option, option.benefits)
        ),
        "harms": Fact("Harms", main_harm(option).short, option.harms),
        "main_harm": main_harm(option),
        "like": plain("What it is like", option.what_its_like),
        "try_it": try_it(option),
        "article": article_says(ds, option),
        "guidelines": guidelines(option),
        "evidence": evidence(option),
        "sources": sources(ds, option),
    }


# ------------------------------------------------------------------ sources


def cited(ds: Dataset, option_ids: Iterable[str]) -> list[Source]:
    """The sources behind these options, each once, in the order first cited."""
    seen: dict[str, Source] = {}
    for option_id in option_ids:
        for sid in ds.option(option_id).source_ids:
            seen.setdefault(sid, ds.sources[sid])
    return list(seen.values())


def source_line(source: Source) -> str:
    """Full: the citation, the year and how sure we are of it."""
    return f"{source.citation} ({source.year}; {vocab.CONFIDENCE_LABELS[source.confidence].lower()})"


# ------------------------------------------------------------------ warning signs


@dataclass(frozen=True)
class SignGroup:
    level: str
    what_to_do: str
    symptoms: tuple[str, ...]
    left_out: int = 0  # signs not listed here to keep it short; the text always says so

    def line(self) -> str:
        listed = "; ".join(s[0].lower() + s[1:] for s in self.symptoms)
        more = ""
        if self.left_out:
            more = (
                f"; or any of {self.left_out} more signs at this level. "
                "See the full list on Find my options or on the handout"
            )
        return f"{self.what_to_do} If any of these apply: {listed}{more}."


def warning_summary(signs: Sequence[WarningSign], limit: int | None = None) -> list[SignGroup]:
    """The warning signs by level, most urgent first. With a `limit`, each level lists at
    most that many signs and says how many more there are: nothing is cut silently."""
    groups = []
    for level, at_level in by_level(signs).items():
        # Signs at one level that need another action (the pregnancy signs) get their own group.
        for what_to_do in dict.fromkeys(s.what_to_do for s in at_level):
            members = [s for s in at_level if s.what_to_do == what_to_do]
            shown = members if limit is None else members[:limit]
            groups.append(
                SignGroup(level, what_to_do, tuple(s.symptom for s in shown), len(members) - len(shown))
            )
    return groups
