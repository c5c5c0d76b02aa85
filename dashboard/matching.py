"""Which options fit a situation, why or why not, and in what order.

`match` returns every option, read for the person's duration of pain, each
with its fit and every reason in plain words. `rank` orders the fitting ones:
first by what guidelines say for this duration (recommended, then options,
then last resort), and only within a group by what the person said matters.
Options guidelines advise against for this duration are never among them
(`advised_against` lists them apart). Weights change the order within a group,
never which options fit and never the order of the groups.

An unknown is never a penalty and never a prize: an option's score is a range
over every value its unknown factors could take, and one option is placed
above another only when that holds for all of them. Otherwise they tie.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dashboard import scoring, vocab
from dashboard.data import Dataset, HealthCaution, Option
from dashboard.situation import NEED_HOURS, Situation
from dashboard.text import cost_range, hours_range, join_words, money

if TYPE_CHECKING:  # the view imports this module; this one only needs its shape
    from dashboard.view import View

WEIGHT_LEVELS = (0, 1, 2, 3)
WEIGHT_LABELS = {0: "Not important", 1: "A little", 2: "Important", 3: "Very important"}
DEFAULT_WEIGHTS: dict[str, int] = {a: 1 for a in scoring.ATTRIBUTES}
# "How soon do you need relief?" changes the order: Fast relief counts at least this much.
NEED_SPEED = {"today": 3, "week": 2}


def weights_for(weights: Mapping[str, int], need: str) -> dict[str, int]:
    """What matters, with how soon relief is needed folded in. Needing relief today makes Fast
    relief "Very important", this week at least "Important". An unknown speed still counts
    for nothing either way: it is left out of the score."""
    floor = NEED_SPEED.get(need, 0)
    return dict(weights) | {"speed": max(weights["speed"], floor)}


@dataclass(frozen=True)
class Match:
    option: Option
    reasons_out: tuple[str, ...]
    caveats: tuple[str, ...]
    why: str
    # The label's "ask a doctor first" reasons that match the person's health answers.
    ask_doctor: tuple[str, ...] = ()

    @property
    def fits(self) -> bool:
        """True when nothing in the person's answers rules it out. An option guidelines
        advise against is still never counted or worded as fitting (`advised_against`)."""
        return not self.reasons_out

    @property
    def advised_against(self) -> bool:
        return self.fits and self.option.guideline_verdict == "not_recommended"

    @property
    def ask_doctor_first(self) -> bool:
        return self.fits and bool(self.ask_doctor) and not self.advised_against

    @property
    def counted(self) -> bool:
        """Counted among "options that fit you": it fits, and guidelines do not advise against it."""
        return self.fits and not self.advised_against


@dataclass(frozen=True)
class Ranked:
    match: Match
    low: float  # the score if every unknown factor were 0
    high: float  # the score if every unknown factor were 5
    parts: dict[str, float]  # each known factor's share of the score; unknown factors are absent
    scored_on: int  # how many of the weighed factors are known
    weighed: int  # how many factors the person gave any weight
    place: int = 1  # 1 + how many options are above it for sure (earlier groups included)

    @property
    def option(self) -> Option:
        return self.match.option

    @property
    def group(self) -> str:
        return self.option.guideline_verdict

    @property
    def shown_low(self) -> float:
        return round(self.low, 1)

    @property
    def shown_high(self) -> float:
        return round(self.high, 1)

    @property
    def exact(self) -> bool:
        return self.shown_low == self.shown_high

    @property
    def score(self) -> float | None:
        """The score, when it is one number: every factor the person weighs is known."""
        return self.low if self.exact else None

    @property
    def shown(self) -> str:
        """ "3.2", or "2.5 to 3.8" when unknown factors leave a range."""
        return f"{self.shown_low:.1f}" if self.exact else f"{self.shown_low:.1f} to {self.shown_high:.1f}"

    def above(self, other: Ranked) -> bool:
        """True when this option scores higher whatever the unknowns of both turn out to be."""
        return self.shown_low > other.shown_high


def _severity_words(option: Option) -> str:
    return join_words(list(option.severities))


def _duration_words(option: Option) -> str:
    return join_words([vocab.DURATION_LABELS[d].lower() for d in option.durations])


def match_option(option: Option, situation: Situation, cautions: Iterable[HealthCaution] = ()) -> Match:
    """One option, read for the person's duration: why it is out, what to watch, why it fits."""
    option = option.for_duration(situation.duration)
    out, caveats = _answers(option, situation)
    caveats += _timing(option, situation) + _evidence(option)
    health = vocab.with_implied(situation.health)
    ask = tuple(c.reason for c in cautions if c.option_id == option.id and c.condition in health)
    return Match(option, tuple(out), tuple(caveats), _why(option, situation) if not out else "", ask)


def _answers(option: Option, situation: Situation) -> tuple[list[str], list[str]]:
    """What rules the option out given the person's answers, and what to watch for."""
    out: list[str] = []
    caveats: list[str] = []
    if situation.severity not in option.severities:
        yours = (
            f"you said yours is {situation.severity}"
            if situation.said("severity")
            else f"we used {situation.severity}, the usual answer (change it in Step 2)"
        )
        out.append(f"It is meant for {_severity_words(option)} pain, and {yours}.")
    if situation.duration not in option.durations:
        lasted = vocab.DURATION_LABELS[situation.duration].lower()
        yours = (
            f"yours has lasted {lasted}"
            if situation.said("duration")
            else f"we used {lasted}, the usual answer (change it in Step 2)"
        )
        out.append(f"It is meant for pain that has lasted {_duration_words(option)}, and {yours}.")
    if not situation.wants_doctor and option.doctor_needed == "yes":
        out.append(
            f"{option.doctor_reason} You said you'd rather not see a doctor."
            if option.doctor_reason
            else "It needs a prescription, and you said you'd rather not see a doctor."
        )
    if not situation.wants_doctor and option.doctor_needed == "sometimes":
        caveats.append("Some forms need a doctor's referral, for example to be covered.")
    if situation.avoids_medicine and option.is_medicine:
        out.append("It is a medicine, and you said you'd rather avoid medicines.")
    if situation.budget is not None:
        reason, caveat = _budget(option, situation.budget)
        out += [reason] if reason else []
        caveats += [caveat] if caveat else []
    if situation.article_only and not option.named_in_article:
        out.append("The article does not name it, and you asked for only the article's options.")
    return out, caveats


def _timing(option: Option, situation: Situation) -> list[str]:
    """A caveat when the person needs relief soon and the option is known to take longer.
    An unknown onset gets none: it is shown as unknown, and never counts against an option."""
    limit = NEED_HOURS.get(situation.need)
    if limit is None or not option.beat_placebo or option.stage_gap:
        return []
    when = "today" if situation.need == "today" else "this week"
    need = f"you need relief {when}" if situation.said("need") else f"we assumed you want relief {when}"
    if option.onset_hours_low is not None and option.onset_hours_low > limit:
        took = hours_range(option.onset_hours_low, option.onset_hours_high)
        return [f"It takes about {took} to help, and {need}."]
    return []


def _evidence(option: Option) -> list[str]:
    """What the evidence and guidelines say that a person should know before trying it."""
    caveats = []
    if option.stage_gap:
        caveats.append(
            "Its studies were of newer pain than yours, so how well it works for pain of 4 to 12 weeks "
            "is not known."
        )
    elif not option.beat_placebo and option.is_medicine:
        caveats.append("In trials it did no better than a dummy pill for pain like yours.")
    elif not option.beat_placebo:
        caveats.append("Trials found no benefit from it for pain like yours.")
    if option.guideline_verdict == "not_recommended":
        caveats.append("Guidelines advise against it for pain like yours.")
    elif option.guideline_verdict == "last_resort":
        caveats.append("Guidelines keep it as a last resort.")
    if option.caveat:
        caveats.append(option.caveat)
    if not option.has_stage_evidence:
        caveats.append(f"What we show is known for {vocab.STAGE_LABELS[option.ev.stage].lower()}.")
    return caveats


def _budget(option: Option, budget: int) -> tuple[str, str]:
    """(reason it is left out, caveat), either may be empty. Only a known cost can rule an
    option out; a known doctor visit is a known floor even when the medicine's price is unknown."""
    low, high = option.total_cost_low, option.total_cost_high
    visit = option.visit_cost_low_usd
    if low is None and visit is not None and visit > budget:
        return (
            f"A doctor visit alone costs {money(visit)} or more, more than your budget of {money(budget)}.",
            "",
        )
    if low is None or high is None:
        return "", "We could not find its full cost, so check the price first."
    cost = lower_first(cost_range(option))
    its = "its local price" if _local_price(option) else "its cost"
    if low > budget:
        return f"{its.capitalize()} ({cost}) is more than your budget of {money(budget)}.", ""
    if high > budget:
        return "", f"Only the cheaper end of {its} ({cost}) fits your budget."
    return "", ""


def _local_price(option: Option) -> bool:
    """True when the option's cost is a coach's local price (a pack), which every reason marks."""
    return option.local is not None and bool(option.local.price)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _why(option: Option, situation: Situation) -> str:
    how_long = vocab.DURATION_LABELS[situation.duration].lower()
    if option.guideline_verdict == "not_recommended":
        return f"Guidelines advise against it for pain that has lasted {how_long}."
    doctor = {
        "no": "needs no doctor",
        "sometimes": "may need a doctor's referral",
        "yes": (
            "needs a doctor's check first, which you are open to"
            if option.doctor_reason
            else "needs a doctor's prescription, which you are open to"
        ),
    }[option.doctor_needed]
    cost = cost_range(option)
    cost_words = (
        "costs nothing"
        if cost == "Free"
        else ("has no price we could find" if cost == "Unknown" else f"costs {lower_first(cost)}")
    ) + (" (a local price)" if _local_price(option) and cost != "Unknown" else "")
    return f"It suits {situation.severity} pain that has lasted {how_long}, {doctor}, and {cost_words}."


def match(
    options: Iterable[Option], situation: Situation, cautions: Iterable[HealthCaution] = ()
) -> list[Match]:
    cautions = tuple(cautions)
    return [match_option(o, situation, cautions) for o in options]


def score(option: Option, weights: Mapping[str, int]) -> tuple[float, float, dict[str, float], int, int]:
    """The weighted mean of the 0–5 scores, as a range: an unknown factor counts as 0 for the
    low end and 5 for the high end, so an unknown is neither a penalty nor a prize.
    Returns (low, high, each known factor's share, known weighed factors, weighed factors)."""
    prof = scoring.profile(option).as_dict()
    weighed = [a for a in scoring.ATTRIBUTES if weights.get(a, 0) > 0]
    if not weighed:
        return 0.0, 0.0, {a: 0.0 for a in scoring.ATTRIBUTES if prof[a] is not None}, 0, 0
    total = sum(weights[a] for a in weighed)
    known = [a for a in weighed if prof[a] is not None]
    parts = {a: weights[a] * float(prof[a] or 0) / total for a in known}
    unknown = sum(weights[a] for a in weighed if prof[a] is None)
    low = sum(parts.values())
    return round(low, 6), round(low + 5.0 * unknown / total, 6), parts, len(known), len(weighed)


def group_index(verdict: str) -> int:
    return vocab.VERDICT_ORDER.index(verdict)


def rank(matches: Iterable[Match], weights: Mapping[str, int]) -> list[Ranked]:
    """The options that fit (except those to check with a doctor first, and those guidelines
    advise against), grouped by the guideline verdict for this duration. Within a group, an
    option's place is 1 + how many options are above it for sure; equal places are ties,
    listed A to Z. An unknown can only turn an order into a tie, never reverse it."""
    clean = {a: max(0, w) for a, w in weights.items()}
    scored = []
    for m in matches:
        if not m.counted or m.ask_doctor_first:
            continue
        low, high, parts, scored_on, weighed = score(m.option, clean)
        scored.append(Ranked(m, low, high, parts, scored_on, weighed))
    ranked: list[Ranked] = []
    for verdict in vocab.VERDICT_ORDER:
        members = [r for r in scored if r.group == verdict]
        before = len(ranked)
        lows = sorted(o.shown_low for o in members)  # above(o, r) is o.shown_low > r.shown_high
        placed = [
            replace(r, place=before + 1 + len(lows) - bisect_right(lows, r.shown_high)) for r in members
        ]
        ranked += sorted(placed, key=lambda r: (r.place, r.option.name))
    return ranked


def ask_doctor_first(matches: Iterable[Match]) -> list[Match]:
    """Fitting options whose label says to ask a doctor first, given the health answers."""
    return [m for m in matches if m.ask_doctor_first]


def advised_against(matches: Iterable[Match]) -> list[Match]:
    """Options that would fit the person's answers, but that guidelines advise against for
    this duration of pain. Shown apart, with why; never counted or worded as fitting."""
    return [m for m in matches if m.advised_against]


def places(ranked: Sequence[Ranked]) -> list[str]:
    """Place labels, with ties shown as ties: "1", "=2", "=2", "4"."""
    counts: dict[int, int] = {}
    for r in ranked:
        counts[r.place] = counts.get(r.place, 0) + 1
    return [f"={r.place}" if counts[r.place] > 1 else str(r.place) for r in ranked]


def grouped(ranked: Sequence[Ranked]) -> list[tuple[str, list[tuple[str, Ranked]]]]:
    """(verdict, [(place, ranked), ...]) in group order, for the page, the slides and the handout."""
    labels = places(ranked)
    groups: dict[str, list[tuple[str, Ranked]]] = {}
    for label, r in zip(labels, ranked, strict=True):
        groups.setdefault(r.group, []).append((label, r))
    return [(v, groups[v]) for v in vocab.VERDICT_ORDER if v in groups]


MAX_CLOSEST = 3  # more options than this that no other is above for sure: none stands out


@dataclass(frozen=True)
class Headline:
    """What guidelines suggest first for this duration, and, apart from that, which options
    score highest on what the person said matters. Never a "best" option."""

    guideline_first: tuple[str, ...]  # the fitting options guidelines recommend, A to Z
    closest: tuple[str, ...]  # names of the top-scoring options (ties together)
    duration: str

    def lines(self) -> list[str]:
        how_long = vocab.DURATION_LABELS[self.duration].lower()
        first = (
            f"For pain that has lasted {how_long}, guidelines suggest starting with: "
            f"{'; '.join(self.guideline_first)}."
            if self.guideline_first
            else f"None of the options guidelines suggest first for pain that has lasted {how_long} "
            "fits your answers. See why below."
        )
        lines = [first]
        if len(self.closest) > MAX_CLOSEST:
            lines.append(
                "Closest match to what you said matters: none stands out. Too much about these "
                "options is not known to put one above the others."
            )
        elif self.closest:
            lines.append(f"Closest match to what you said matters: {'; '.join(self.closest)}.")
        return lines


def headline(ranked: Sequence[Ranked], situation: Situation) -> Headline:
    first = tuple(sorted((r.option.name for r in ranked if r.group == "recommended"), key=str.casefold))
    # The closest match leaves out options guidelines advise against or keep as a last resort:
    # the options no other candidate is above for sure, whatever the unknowns turn out to be.
    candidates = [r for r in ranked if r.group not in ("not_recommended", "last_resort") and r.weighed]
    top = max((o.shown_low for o in candidates), default=0.0)  # no candidate is above r: top <= r's high
    closest = tuple(r.option.name for r in candidates if top <= r.shown_high)
    return Headline(first, closest, situation.duration)


# ------------------------------------------------------------------ the answer for a view


def ranked_for(ds: Dataset, view: View) -> list[Ranked]:
    """The answer's order for this view: guideline groups first, then what matters to the person."""
    return rank(match(ds.options, view.situation, ds.cautions), view.ranking_weights)


def shortlist(ds: Dataset, view: View, count: int = 3) -> list[str]:
    """The first options for a view, in the answer's order (the same as Find's)."""
    return [r.option.id for r in ranked_for(ds, view)[:count]]


def chosen_or_shortlist(ds: Dataset, view: View) -> list[str]:
    return list(view.options) or shortlist(ds, view)
