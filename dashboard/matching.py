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

from dashboard import reasons, scoring, vocab
from dashboard.data import Dataset, HealthCaution, Option
from dashboard.i18n import N_, _, format_number
from dashboard.situation import Situation

if TYPE_CHECKING:  # the view imports this module; this one only needs its shape
    from dashboard.view import View

WEIGHT_LEVELS = (0, 1, 2, 3)
WEIGHT_LABELS = {0: N_("Not important"), 1: N_("A little"), 2: N_("Important"), 3: N_("Very important")}
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
        low = format_number(self.shown_low, 1)
        return (
            low
            if self.exact
            else _("{low} to {high}").format(low=low, high=format_number(self.shown_high, 1))
        )

    def above(self, other: Ranked) -> bool:
        """True when this option scores higher whatever the unknowns of both turn out to be."""
        return self.shown_low > other.shown_high


def match_option(option: Option, situation: Situation, cautions: Iterable[HealthCaution] = ()) -> Match:
    """One option, read for the person's duration: why it is out, what to watch, why it fits."""
    option = option.for_duration(situation.duration)
    out, caveats = reasons.answers(option, situation)
    caveats += reasons.timing(option, situation) + reasons.evidence(option)
    health = vocab.with_implied(situation.health)
    ask = tuple(c.reason for c in cautions if c.option_id == option.id and c.condition in health)
    return Match(option, tuple(out), tuple(caveats), reasons.why(option, situation) if not out else "", ask)


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

    def lines(self, usual: bool = False, urgent: bool = False) -> list[str]:
        """The answer's first lines (`reasons.headline_lines`): `usual` while what matters is
        still the usual, `urgent` while an urgent warning sign is ticked."""
        stands_out = len(self.closest) <= MAX_CLOSEST
        return reasons.headline_lines(
            self.guideline_first, self.closest, self.duration, stands_out, usual, urgent
        )


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
