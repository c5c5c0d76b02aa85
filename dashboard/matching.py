"""Which options fit a situation, why or why not, and in what order.

`match` returns every option, read for the person's duration of pain, each
with its fit and every reason in plain words. `rank` orders the fitting ones:
first by what guidelines say for this duration (recommended, then options,
then last resort, then advised against), and only within a group by what the
person said matters. Weights change the order within a group, never which
options fit and never the order of the groups.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from dashboard import scoring, vocab
from dashboard.data import HealthCaution, Option
from dashboard.situation import NEED_HOURS, Situation
from dashboard.text import cost_range, hours_range, join_words, money

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
        return not self.reasons_out

    @property
    def ask_doctor_first(self) -> bool:
        return self.fits and bool(self.ask_doctor)


@dataclass(frozen=True)
class Ranked:
    match: Match
    score: float | None  # None when none of the factors the person weighs is known
    parts: dict[str, float]  # each known factor's share of the score; unknown factors are absent
    scored_on: int  # how many of the weighed factors are known
    weighed: int  # how many factors the person gave any weight

    @property
    def option(self) -> Option:
        return self.match.option

    @property
    def group(self) -> str:
        return self.option.guideline_verdict

    @property
    def shown_score(self) -> float | None:
        """The score as people see it (one decimal); equal shown scores are a tie."""
        return None if self.score is None else round(self.score, 1)


def _severity_words(option: Option) -> str:
    return join_words(list(option.severities))


def _duration_words(option: Option) -> str:
    return join_words([vocab.DURATION_LABELS[d].lower() for d in option.durations])


def match_option(option: Option, situation: Situation, cautions: Iterable[HealthCaution] = ()) -> Match:
    """One option, read for the person's duration: why it is out, what to watch, why it fits."""
    option = option.for_duration(situation.duration)
    out, caveats = _answers(option, situation)
    caveats += _timing(option, situation) + _evidence(option)
    ask = tuple(c.reason for c in cautions if c.option_id == option.id and c.condition in situation.health)
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
        out.append("It needs a prescription, and you said you'd rather not see a doctor.")
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
    """A caveat when the person needs relief soon and the option may not help in time."""
    limit = NEED_HOURS.get(situation.need)
    if limit is None or not option.beat_placebo:
        return []
    when = "today" if situation.need == "today" else "this week"
    need = f"you need relief {when}" if situation.said("need") else f"we assumed you want relief {when}"
    if option.onset_hours_low is None:
        return [f"We don't know how soon it helps, and {need}."]
    if option.onset_hours_low > limit:
        took = hours_range(option.onset_hours_low, option.onset_hours_high)
        return [f"It takes about {took} to help, and {need}."]
    return []


def _evidence(option: Option) -> list[str]:
    """What the evidence and guidelines say that a person should know before trying it."""
    caveats = []
    if not option.beat_placebo:
        caveats.append("In trials it did no better than a dummy pill for pain like yours.")
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
    if low > budget:
        return f"Its cost ({cost}) is more than your budget of {money(budget)}.", ""
    if high > budget:
        return "", f"Only the cheaper end of its cost ({cost}) fits your budget."
    return "", ""


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _why(option: Option, situation: Situation) -> str:
    doctor = {
        "no": "needs no doctor",
        "sometimes": "may need a doctor's referral",
        "yes": "needs a doctor's prescription, which you are open to",
    }[option.doctor_needed]
    cost = cost_range(option)
    cost_words = (
        "costs nothing"
        if cost == "Free"
        else ("has no price we could find" if cost == "Unknown" else f"costs {lower_first(cost)}")
    )
    return (
        f"It suits {situation.severity} pain that has lasted "
        f"{vocab.DURATION_LABELS[situation.duration].lower()}, {doctor}, and {cost_words}."
    )


def match(
    options: Iterable[Option], situation: Situation, cautions: Iterable[HealthCaution] = ()
) -> list[Match]:
    cautions = tuple(cautions)
    return [match_option(o, situation, cautions) for o in options]


def score(option: Option, weights: Mapping[str, int]) -> tuple[float | None, dict[str, float], int, int]:
    """The weighted mean of the known 0–5 scores. Unknown factors are left out and the
    weights of the rest renormalised, so an unknown is neither a penalty nor a prize.
    Returns (score, each known factor's share, known weighed factors, weighed factors)."""
    prof = scoring.profile(option).as_dict()
    weighed = [a for a in scoring.ATTRIBUTES if weights.get(a, 0) > 0]
    known = [a for a in weighed if prof[a] is not None]
    total = sum(weights[a] for a in known)
    if not weighed:
        return 0.0, {a: 0.0 for a in scoring.ATTRIBUTES if prof[a] is not None}, 0, 0
    if total == 0:
        return None, {}, 0, len(weighed)
    parts = {a: weights[a] * float(prof[a] or 0) / total for a in known}
    return round(sum(parts.values()), 6), parts, len(known), len(weighed)


def group_index(verdict: str) -> int:
    return vocab.VERDICT_ORDER.index(verdict)


def rank(matches: Iterable[Match], weights: Mapping[str, int]) -> list[Ranked]:
    """The fitting options (except those to check with a doctor first), grouped by the
    guideline verdict for this duration, then ordered by score within each group.
    An option with no known factor to score comes last in its group; ties go by name."""
    ranked: list[Ranked] = []
    for m in matches:
        if not m.fits or m.ask_doctor_first:
            continue
        value, parts, scored_on, weighed = score(m.option, {a: max(0, weights.get(a, 0)) for a in weights})
        ranked.append(Ranked(m, value, parts, scored_on, weighed))
    ranked.sort(
        key=lambda r: (
            group_index(r.group),
            r.shown_score is None,
            -(r.shown_score or 0.0),
            r.option.name,
        )
    )
    return ranked


def ask_doctor_first(matches: Iterable[Match]) -> list[Match]:
    """Fitting options whose label says to ask a doctor first, given the health answers."""
    return [m for m in matches if m.ask_doctor_first]


def places(ranked: Sequence[Ranked]) -> list[str]:
    """Place labels, with ties shown as ties: "1", "=2", "=2", "4". Options tie only
    within a guideline group, when their shown scores are equal."""
    labels: list[str] = []
    for i, r in enumerate(ranked):
        first = i
        while first > 0 and _tied(ranked[first - 1], r):
            first -= 1
        tied = first < i or (i + 1 < len(ranked) and _tied(r, ranked[i + 1]))
        labels.append(f"={first + 1}" if tied else str(i + 1))
    return labels


def _tied(a: Ranked, b: Ranked) -> bool:
    return a.group == b.group and a.shown_score == b.shown_score


def grouped(ranked: Sequence[Ranked]) -> list[tuple[str, list[tuple[str, Ranked]]]]:
    """(verdict, [(place, ranked), ...]) in group order, for the page, the slides and the handout."""
    labels = places(ranked)
    groups: dict[str, list[tuple[str, Ranked]]] = {}
    for label, r in zip(labels, ranked, strict=True):
        groups.setdefault(r.group, []).append((label, r))
    return [(v, groups[v]) for v in vocab.VERDICT_ORDER if v in groups]


@dataclass(frozen=True)
class Headline:
    """What guidelines suggest first for this duration, and, apart from that, which options
    score highest on what the person said matters. Never a "best" option."""

    guideline_first: tuple[str, ...]  # names of the fitting options guidelines recommend
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
        if self.closest:
            lines.append(f"Closest match to what you said matters: {'; '.join(self.closest)}.")
        return lines


def headline(ranked: Sequence[Ranked], situation: Situation) -> Headline:
    first = tuple(r.option.name for r in ranked if r.group == "recommended")
    # The closest match leaves out options guidelines advise against or keep as a last resort.
    candidates = [
        r for r in ranked if r.group not in ("not_recommended", "last_resort") and r.score is not None
    ]
    top = max((r.shown_score or 0.0 for r in candidates), default=None)
    closest = tuple(r.option.name for r in candidates if r.shown_score == top) if top is not None else ()
    return Headline(first, closest, situation.duration)
