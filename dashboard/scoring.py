"""One shared 0–5 scale for the things people weigh.

Each rule turns the data for one stage of pain into a score from 0 (worst) to
5 (best), or None when the value is unknown. The rules are written out in
`SCALE_RULES`, which the About and Compare pages show, so anyone can check a
score by hand. The labels and rules are marked with `N_()`: translate them with `_()` where shown.

Three rules keep the scores honest:
- Unknown is never a penalty and never a prize: an unknown factor could be
  anything from 0 to 5, so an option's score is a range (`matching.score`), and
  one option is put above another only when it stays above whatever the
  unknowns turn out to be. Otherwise the two are shown as equal.
- An option that did no better than a dummy pill for this stage of pain gets 0
  for speed and lasting benefit: there is no benefit to arrive or to last.
- Figures from studies of newer pain are not scored for pain of 4 to 12 weeks
  (`Option.stage_gap`): for that stage they are unknown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dashboard.data import Option
from dashboard.i18n import N_

ATTRIBUTES = ("speed", "cost", "side_effects", "no_doctor", "lasting", "evidence")
ATTRIBUTE_LABELS = {
    "speed": N_("Fast relief"),
    "cost": N_("Low cost"),
    "side_effects": N_("Fewer side effects"),
    "no_doctor": N_("No doctor visit"),
    "lasting": N_("Lasting benefit"),
    "evidence": N_("Stronger evidence"),
}
# The same inside a sentence ("Not known: fast relief, low cost"): never a label lower-cased.
ATTRIBUTE_WORDS = {
    "speed": N_("fast relief"),
    "cost": N_("low cost"),
    "side_effects": N_("fewer side effects"),
    "no_doctor": N_("no doctor visit"),
    "lasting": N_("lasting benefit"),
    "evidence": N_("stronger evidence"),
}

SCALE_RULES = {
    "speed": N_(
        "How soon it starts to help: within 1 hour 5, within a day 4, within a week 3, "
        "within 4 weeks 2, longer 1. If it did no better than a dummy pill, 0."
    ),
    "cost": N_(
        "Top of its own cost (a month, a course or one-off): free 5, up to $25 4, up to $100 3, "
        "up to $300 2, more 1. A doctor visit counts under No doctor visit, not here."
    ),
    "side_effects": N_(
        "Harms: only minor ones 5, label warnings of serious harm 3, "
        "a boxed warning (the strongest label warning) 1. No safety data: unknown."
    ),
    "no_doctor": N_("No doctor needed 5, sometimes 3, a prescription needed 0."),
    "lasting": N_(
        "How long the benefit lasts: a year or more 5, months 4, weeks 3, days 2, hours 1. "
        "If it did no better than a dummy pill, 0."
    ),
    "evidence": N_(
        "Size of the benefit in trials (none 0, small 2, moderate 3) plus how sure "
        "we are (high +2, moderate +1, low 0, very low -1, but never below 1 when there is a "
        "benefit)."
    ),
}
UNKNOWN_RULE = N_(
    "An unknown is never a penalty and never a prize. We count an unknown factor as anything "
    "from 0 to 5, so an option's score can be a range, such as 2.5 to 3.8. We put one option "
    "above another only if it stays above whatever the unknowns turn out to be. If not, we show "
    "them as equal (=) and list them A to Z."
)

HOUR = 1.0
DAY = 24.0
WEEK = 168.0
MONTH = 730.0
YEAR = 8760.0


def typical_onset_hours(option: Option) -> float | None:
    """A single onset value: the geometric middle of the range (0 stays 0)."""
    low, high = option.onset_hours_low, option.onset_hours_high
    if low is None or high is None:
        return None
    if low == 0:
        return high / 2 if high > 0 else 0.0
    return math.sqrt(low * high)


def speed_score(option: Option) -> int | None:
    if option.stage_gap:
        return None
    if not option.beat_placebo:
        return 0
    low = option.onset_hours_low
    if low is None:
        return None
    for limit, score in ((HOUR, 5), (DAY, 4), (WEEK, 3), (4 * WEEK, 2)):
        if low <= limit:
            return score
    return 1


def cost_score(option: Option) -> int | None:
    high = option.cost_high_usd
    if high is None:
        return None
    for limit, score in ((0, 5), (25, 4), (100, 3), (300, 2)):
        if high <= limit:
            return score
    return 1


def side_effect_score(option: Option) -> int | None:
    return {"low": 5, "moderate": 3, "high": 1, "unknown": None}[option.harm_level]


def no_doctor_score(option: Option) -> int:
    return {"no": 5, "sometimes": 3, "yes": 0}[option.doctor_needed]


def lasting_score(option: Option) -> int | None:
    if option.stage_gap:
        return None
    if not option.beat_placebo:
        return 0
    high = option.lasts_hours_high
    if high is None:
        return None
    for limit, score in ((DAY, 1), (WEEK, 2), (3 * MONTH, 3), (YEAR, 4)):
        if high < limit:
            return score
    return 5


def evidence_score(option: Option) -> int | None:
    if option.stage_gap:
        return None
    if option.effect_size == "none":
        return 0
    if option.effect_size == "unknown":
        return None
    size = {"small": 2, "moderate": 3}[option.effect_size]
    bonus = {"high": 2, "moderate": 1, "low": 0, "very_low": -1, "unknown": 0}[option.evidence_quality]
    return max(1, min(5, size + bonus))


@dataclass(frozen=True)
class Profile:
    speed: int | None
    cost: int | None
    side_effects: int | None
    no_doctor: int
    lasting: int | None
    evidence: int | None

    def as_dict(self) -> dict[str, int | None]:
        return {a: getattr(self, a) for a in ATTRIBUTES}

    @property
    def known(self) -> tuple[str, ...]:
        return tuple(a for a in ATTRIBUTES if getattr(self, a) is not None)


def profile(option: Option) -> Profile:
    return Profile(
        speed=speed_score(option),
        cost=cost_score(option),
        side_effects=side_effect_score(option),
        no_doctor=no_doctor_score(option),
        lasting=lasting_score(option),
        evidence=evidence_score(option),
    )
