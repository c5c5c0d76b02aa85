"""Which options fit a situation, why or why not, and in what order.

`match` returns every option, each with its fit and every reason in plain
words. `rank` orders the fitting ones by what matters to the user. Weights
change the order only, never which options fit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dashboard import scoring, vocab
from dashboard.data import Option
from dashboard.situation import NEED_HOURS, Situation, shown
from dashboard.text import cost_range, hours_range, join_words, money

WEIGHT_LEVELS = (0, 1, 2, 3)
WEIGHT_LABELS = {0: "Not important", 1: "A little", 2: "Important", 3: "Very important"}
DEFAULT_WEIGHTS: dict[str, int] = {a: 1 for a in scoring.ATTRIBUTES}


def parse_weights(raw: str | None) -> tuple[dict[str, int], list[str]]:
    """Read `weights=speed:3,cost:0` from a link. Names not given keep their default."""
    weights = dict(DEFAULT_WEIGHTS)
    if not raw:
        return weights, []
    bad: list[str] = []
    for part in raw.split(","):
        name, _, level = part.strip().partition(":")
        if name in weights and level in {str(x) for x in WEIGHT_LEVELS}:
            weights[name] = int(level)
        elif part.strip():
            bad.append(shown(part.strip()))
    notices = (
        [
            f"We ignored part of weights: {', '.join(bad)}. Use names like speed or cost with 0 to 3, as in speed:3."
        ]
        if bad
        else []
    )
    return weights, notices


def weights_to_query(weights: Mapping[str, int]) -> str:
    """The link form of the weights that differ from the default ("" when none do)."""
    return ",".join(f"{a}:{weights[a]}" for a in scoring.ATTRIBUTES if weights.get(a) != DEFAULT_WEIGHTS[a])


@dataclass(frozen=True)
class Match:
    option: Option
    reasons_out: tuple[str, ...]
    caveats: tuple[str, ...]
    why: str

    @property
    def fits(self) -> bool:
        return not self.reasons_out


@dataclass(frozen=True)
class Ranked:
    match: Match
    score: float
    parts: dict[str, float]

    @property
    def option(self) -> Option:
        return self.match.option


def _severity_words(option: Option) -> str:
    return join_words(list(option.severities))


def _duration_words(option: Option) -> str:
    return join_words([vocab.DURATION_LABELS[d].lower() for d in option.durations])


def match_option(option: Option, situation: Situation) -> Match:
    out: list[str] = []
    caveats: list[str] = []
    if situation.severity not in option.severities:
        out.append(
            f"It is meant for {_severity_words(option)} pain, and you said yours is {situation.severity}."
        )
    if situation.duration not in option.durations:
        out.append(
            f"It is meant for pain that has lasted {_duration_words(option)}, and yours "
            f"has lasted {vocab.DURATION_LABELS[situation.duration].lower()}."
        )
    if not situation.wants_doctor:
        if option.doctor_needed == "yes":
            out.append("It needs a prescription, and you said you'd rather not see a doctor.")
        elif option.doctor_needed == "sometimes":
            caveats.append("Some forms need a doctor's referral, for example to be covered.")
    if situation.avoids_medicine and option.is_medicine:
        out.append("It is a medicine, and you said you'd rather avoid medicines.")
    if situation.budget is not None:
        low, high = option.cost_low_usd, option.cost_high_usd
        if low is None or high is None:
            caveats.append("We could not find its cost, so check the price first.")
        elif low > situation.budget:
            out.append(
                f"It costs {cost_range(option)}, more than your budget of {money(situation.budget)} a month."
            )
        elif high > situation.budget:
            caveats.append(f"Only the cheaper end of its cost ({cost_range(option)}) fits your budget.")
    if situation.article_only and not option.named_in_article:
        out.append("The article does not name it, and you asked for only the article's options.")

    limit = NEED_HOURS.get(situation.need)
    if limit is not None:
        when = "today" if situation.need == "today" else "this week"
        low = option.onset_hours_low
        if low is None:
            caveats.append(f"We don't know how soon it helps, and you need relief {when}.")
        elif low > limit:
            took = hours_range(option.onset_hours_low, option.onset_hours_high)
            caveats.append(f"It takes about {took} to help, and you need relief {when}.")
    if option.guideline_verdict == "not_recommended":
        caveats.append("Guidelines do not recommend it for back pain.")
    elif option.guideline_verdict == "last_resort":
        caveats.append("Guidelines keep it as a last resort.")
    return Match(option, tuple(out), tuple(caveats), _why(option, situation) if not out else "")


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
        else ("has no known price" if cost == "Unknown" else f"costs {cost}")
    )
    return (
        f"It suits {situation.severity} pain that has lasted "
        f"{vocab.DURATION_LABELS[situation.duration].lower()}, {doctor}, and {cost_words}."
    )


def match(options: Iterable[Option], situation: Situation) -> list[Match]:
    return [match_option(o, situation) for o in options]


def rank(matches: Iterable[Match], weights: Mapping[str, int]) -> list[Ranked]:
    """Order the fitting options by the weighted average of their 0–5 scores."""
    total = sum(max(0, weights.get(a, 0)) for a in scoring.ATTRIBUTES)
    ranked: list[Ranked] = []
    for m in matches:
        if not m.fits:
            continue
        prof = scoring.profile(m.option).as_dict()
        if total == 0:
            parts = {a: 0.0 for a in scoring.ATTRIBUTES}
        else:
            parts = {a: max(0, weights.get(a, 0)) * prof[a] / total for a in scoring.ATTRIBUTES}
        ranked.append(Ranked(m, round(sum(parts.values()), 6), parts))
    ranked.sort(key=lambda r: (-r.score, r.option.name))
    return ranked
