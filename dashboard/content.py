"""The words every page shares, written once: an option's facts, the sources cited,
the warning-sign summary, the disclaimer and the questions for a doctor.

Find, Compare, Coach mode and the handout all take their text from here, so a
fact reads the same on a phone, on a projector and on paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dashboard import vocab
from dashboard.data import Dataset, LocalService, Option, Source, WarningSign
from dashboard.i18n import N_, _, format_date, ngettext
from dashboard.matching import Ranked, headline
from dashboard.safety import by_level
from dashboard.text import (
    cited_briefly,
    confidence_words,
    continued,
    cost_in_sentence,
    cost_range,
    duration_words,
    first_sentence,
    hours_in_sentence,
    money_range,
    onset_short,
    severity_words,
    stage_words,
    verdict_for,
    with_confidence,
)
from dashboard.text import source_brief as source_brief
from dashboard.view import USUAL_WEIGHTS, View

DISCLAIMER = N_(
    "Not medical advice. This tool gives general facts about back pain relief options. "
    "It does not diagnose and does not replace a doctor. "
    "If a warning sign applies, or you are worried, get medical help."
)

QUESTIONS_FOR_DOCTOR = (
    N_("Could anything serious be causing my pain?"),
    N_("Which of these options would you suggest for me, and why?"),
    N_("What side effects should I watch for?"),
    N_("How soon should I feel better, and when should I come back?"),
    N_("Is there anything I should stop doing, or keep doing?"),
)


def questions_for_doctor() -> tuple[str, ...]:
    """QUESTIONS_FOR_DOCTOR in this run's language."""
    return tuple(_(q) for q in QUESTIONS_FOR_DOCTOR)


def disclaimer(ds: Dataset) -> str:
    reviewed = _("Data last reviewed {date}.").format(date=format_date(ds.last_reviewed, "long_date"))
    return f"{_(DISCLAIMER)} {reviewed}"


# ------------------------------------------------------------------ the answer for a view


def answer_lines(ranked: Sequence[Ranked], view: View, level: str | None) -> list[str]:
    """The first lines on Find. While an urgent sign is ticked, they speak to that first.
    "What you said matters" only once the person has set what matters."""
    usual = view.weights == USUAL_WEIGHTS and not view.situation.said("need")
    return headline(ranked, view.situation).lines(usual=usual, urgent=level == "urgent")


# ------------------------------------------------------------------ an option's facts

# How big the benefit is, inside a sentence: "For new pain (under 12 weeks): a small benefit."
EFFECT_WORDS = {
    "none": N_("no benefit found"),
    "small": N_("a small benefit"),
    "moderate": N_("a moderate benefit"),
    "unknown": N_("benefit unknown"),
}


@dataclass(frozen=True)
class Fact:
    label: str  # in this run's language, like the rest
    short: str  # for a card, a slide or the handout, in this run's language
    text: str  # the whole answer, for the comparison grid
    low_confidence: bool = False  # the figure comes from a weak or unconfirmed source


# A figure from studies of newer pain than the person's (`Option.stage_gap`), said before it.
OTHER_STUDIES = N_("From studies of newer pain than yours (not known for pain of 4 to 12 weeks): {text}")


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
    words = confidence_words(confidence)
    return f"({words}, {year})" if year else f"({words})"


def _year(ds: Dataset | None, source_ids: Sequence[str]) -> int | None:
    """The oldest year among a figure's sources."""
    years = [ds.sources[s].year for s in source_ids if ds is not None and s in ds.sources]
    return min(years) if years else None


def _gap(option: Option, data_text: str) -> str:
    """A data text, said to be from studies of newer pain when it is (`Option.stage_gap`)."""
    return _(OTHER_STUDIES).format(text=continued(data_text)) if option.stage_gap else data_text


def _onset(option: Option, then: str = "") -> str:
    """How soon it helps, with `then` (the data's words) after it; from other studies when it is."""
    if not option.stage_gap:
        short = onset_short(option)
        return f"{short}. {then}" if then else short
    figure = hours_in_sentence(option.onset_hours_low, option.onset_hours_high)
    return _(OTHER_STUDIES).format(text=f"{figure}. {then}" if then else figure)


START_TODAY = N_("You can start today.")


def how_soon(option: Option, ds: Dataset | None = None) -> Fact:
    """How soon it helps. An option a person can start on their own today says so first:
    the start is known even when how soon it eases pain is not."""
    brief = _onset(option)
    if option.can_start_today:
        if not option.beat_placebo:
            eases = f"{brief}."
        elif option.onset_known:
            eases = _("Time to help: {time}.").format(time=brief)
        else:
            eases = _("How soon it eases pain is not known.")
        brief = f"{_(START_TODAY)} {eases}"
    return _figure(
        _("How soon it helps"),
        brief,
        _onset(option, option.onset_text),
        option.onset_confidence,
        option.onset_known,
        _year(ds, option.ev.onset_source_ids),
    )


def how_long(option: Option, ds: Dataset | None = None) -> Fact:
    has_figure = option.lasts_hours_high is not None
    text = _gap(option, option.lasts_text)
    return _figure(
        _("How long it lasts"),
        text,
        text,
        option.lasts_confidence,
        has_figure,
        _year(ds, option.ev.lasts_source_ids),
    )


def _local_cost(option: Option) -> Fact:
    """A coach's price: marked as local and signed, with our national figure beside it.
    With a doctor visit, only the medicine's price is local; the visit is our figure."""
    local = option.local
    assert local is not None
    short = _("Local price: {price}. {signed}").format(price=local.price, signed=local.signed)
    if option.visit_cost_low_usd is not None and option.visit_cost_high_usd is not None:
        visit = money_range(option.visit_cost_low_usd, option.visit_cost_high_usd)
        short = _(
            "Doctor visit {visit} (national figure), plus the medicine at a local price: {price}. {signed}"
        ).format(visit=visit, price=local.price, signed=local.signed)
    national = _("National figure: {national}.").format(national=local.national)
    return Fact(_("Cost"), short, f"{short}. {national} {local.national_basis}")


def cost(option: Option, ds: Dataset | None = None) -> Fact:
    local = option.local
    if local is not None and local.price:
        return _local_cost(option)
    short = cost_range(option)
    priced_near = [s for s in local.services if s.priced] if local is not None else []
    if priced_near:
        # A local service with its own price leads; our national figure is "typical elsewhere".
        short = _("Near you: {price}.").format(price=priced_near[0].price)
        if option.cost_known:
            short += " " + _("Typical elsewhere: {cost}.").format(cost=cost_in_sentence(option))
        return Fact(_("Cost"), short, f"{short} {option.cost_basis}")
    if option.cost_known and option.cost_confidence in vocab.LOW_CONFIDENCE:
        mark = weak_mark(option.cost_confidence, _year(ds, option.cost_source_ids))
        return Fact(_("Cost"), f"{short} {mark}", f"{short}. {option.cost_basis} {mark}", True)
    owned = f". {option.if_owned}" if option.if_owned else ""
    return Fact(
        _("Cost"),
        f"{short}{owned}",
        with_confidence(f"{short}. {option.cost_basis}", option.cost_confidence),
    )


def _service_line(service: LocalService) -> str:
    parts = [_("{name}: {price}").format(name=service.name, price=service.price)]
    if service.where:
        parts.append(_("Where: {where}").format(where=service.where))
    if service.contact:
        parts.append(_("Contact: {contact}").format(contact=service.contact))
    return ". ".join(parts) + "." + (f" {service.note}" if service.note else "")


def near_you(option: Option) -> Fact:
    """What a coach's pack says is offered near the person: "" when there is no pack for it.
    Every word but ours is the coach's, so show it as plain text, never as markup."""
    local = option.local
    if local is None or (local.offered and not local.services):
        return Fact(_("Near you"), "", "")
    lines = []
    if not local.offered:
        lines.append(
            _("Not offered here, says {name}.").format(name=local.set_by)
            if local.set_by
            else _("Not offered here, says your coach.")
        )
    lines += [_service_line(service) for service in local.services]
    if local.services:
        same = ngettext(
            "It has the same evidence, harms and warnings as this option.",
            "Each has the same evidence, harms and warnings as this option.",
            len(local.services),
        )
        lines.append(f"{local.signed}. {same}")
    return Fact(_("Near you"), " ".join(lines), "\n".join(lines))


def doctor(option: Option) -> Fact:
    if option.doctor_reason:
        yes = {"new": _("Yes, for new pain."), "long": _("Yes, for pain over 12 weeks.")}[option.stage]
        words = f"{yes} {option.doctor_reason}"
        return Fact(_("Doctor"), words, words)
    words = _(vocab.DOCTOR_LABELS[option.doctor_needed])
    return Fact(_("Doctor"), words, words)


def main_harm(option: Option) -> Fact:
    """The most serious harms: every boxed warning and "do not use" line (a data rule), for
    each option with a moderate or high harm grade; otherwise the first line of its harms."""
    if option.main_harm:
        return Fact(_("Main harm"), option.main_harm, option.harms)
    return Fact(_("Harms"), first_sentence(option.harms), option.harms)


def suits(option: Option) -> Fact:
    text = _("Pain: {severities}. How long: {durations}.").format(
        severities=", ".join(severity_words(s) for s in option.severities),
        durations=", ".join(duration_words(d) for d in option.durations),
    )
    return Fact(_("Suits"), text, text)


def guidelines(option: Option) -> Fact:
    return Fact(_("Guidelines say"), verdict_for(option), f"{verdict_for(option)}. {option.guideline_says}")


def evidence(option: Option) -> Fact:
    words = {
        "stage": stage_words(option.ev.stage),
        "effect": _(EFFECT_WORDS[option.effect_size]),
        "quality": vocab.evidence_words(option.evidence_quality),
    }
    text = (
        _(
            "From studies of newer pain than yours (not known for pain of 4 to 12 weeks): for {stage}: "
            "{effect}. How sure: {quality}."
        )
        if option.stage_gap
        else _("For {stage}: {effect}. How sure: {quality}.")
    ).format(**words)
    return Fact(_("Evidence"), text, text)


def article_says(ds: Dataset, option: Option) -> Fact:
    """The article's own words about this option, verbatim, with the paragraph."""
    quotes = ds.quotes_for(option.id)
    if not quotes:
        words = _("The article does not name this option.")
        return Fact(_("The article says"), words, words)
    return Fact(
        _("The article says"),
        f"“{quotes[-1].text}”",
        "\n".join(
            _("“{quote}” (paragraph {paragraph})").format(quote=q.text, paragraph=q.paragraph) for q in quotes
        ),
    )


def sources(ds: Dataset, option: Option) -> Fact:
    """Cited as the handout cites them ("NICE NG59 (2016)"), never by id; weak ones marked."""
    text = cited_briefly(ds.sources[s] for s in option.source_ids)
    return Fact(_("Sources"), text, text)


def try_it(option: Option) -> Fact:
    """How to start. When this stage needs a doctor though the option does not always (a
    store-bought pill for pain over 12 weeks), the doctor comes first."""
    first = option.doctor_needed == "yes" and option.base_doctor_needed != "yes"
    return plain(N_("Try it"), _("Ask a doctor first.") + " " + option.try_it if first else option.try_it)


def plain(label: str, text: str) -> Fact:
    return Fact(label, text, text)


def option_facts(ds: Dataset, option: Option) -> dict[str, Fact]:
    """Every fact about one option, read for the pain stage `ds` is set to, in one order."""
    return {
        "summary": plain(N_("What it is"), option.summary),
        "how_soon": how_soon(option, ds),
        "how_long": how_long(option, ds),
        "cost": cost(option, ds),
        "near_you": near_you(option),
        "doctor": doctor(option),
        "suits": suits(option),
        "benefits": Fact(
            _("Benefits"), _gap(option, first_sentence(option.benefits)), _gap(option, option.benefits)
        ),
        "harms": Fact(_("Harms"), main_harm(option).short, option.harms),
        "main_harm": main_harm(option),
        "like": plain(N_("What it is like"), option.what_its_like),
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
    return f"{source.citation} ({source.year}; {confidence_words(source.confidence)})"


# ------------------------------------------------------------------ warning signs


@dataclass(frozen=True)
class SignGroup:
    level: str
    what_to_do: str
    symptoms: tuple[str, ...]
    left_out: int = 0  # signs not listed here to keep it short; the text always says so

    def line(self) -> str:
        """What to do, then the signs, each as the data says it, going on the sentence."""
        words = {"what_to_do": self.what_to_do, "listed": "; ".join(continued(s) for s in self.symptoms)}
        if not self.left_out:
            return _("{what_to_do} If any of these apply: {listed}.").format(**words)
        return ngettext(
            "{what_to_do} If any of these apply: {listed}; or any of {n} more sign at this level. "
            "See the full list on Find my options or on the handout.",
            "{what_to_do} If any of these apply: {listed}; or any of {n} more signs at this level. "
            "See the full list on Find my options or on the handout.",
            self.left_out,
        ).format(n=self.left_out, **words)


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
