"""One shared 0–5 scale for the things people weigh.

Each rule turns data in `options.csv` into a score from 0 (worst or unknown)
to 5 (best). The rules are written out in `SCALE_RULES`, which the About and
Compare pages show, so anyone can check a score by hand. Unknown values score
0: we give no credit for what we cannot show.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dashboard.data import Option

ATTRIBUTES = ("speed", "cost", "side_effects", "no_doctor", "lasting", "evidence")
ATTRIBUTE_LABELS = {
    "speed": "Fast relief",
    "cost": "Low cost",
    "side_effects": "Fewer side effects",
    "no_doctor": "No doctor visit",
    "lasting": "Lasting benefit",
    "evidence": "Stronger evidence",
}

SCALE_RULES = {
    "speed": "How soon it starts to help: within 1 hour 5, within a day 4, within a week 3, "
    "within 4 weeks 2, longer 1, unknown 0.",
    "cost": "Top of the monthly cost range: free 5, up to $25 4, up to $100 3, up to $300 2, "
    "more 1, unknown 0.",
    "side_effects": "Harms: only minor ones 5, label warnings of serious harm 3, "
    "a boxed warning (the strongest label warning) 1.",
    "no_doctor": "No doctor needed 5, sometimes 3, a prescription needed 0.",
    "lasting": "How long the benefit lasts: a year or more 5, months 4, weeks 3, days 2, hours 1, unknown 0.",
    "evidence": "Size of the benefit in trials (none 0, small 2, moderate 3) plus how sure "
    "we are (high +2, moderate +1, low 0, very low -1, but never below 1 when there is a "
    "benefit). Unknown 0.",
}

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


def speed_score(option: Option) -> int:
    low = option.onset_hours_low
    if low is None:
        return 0
    for limit, score in ((HOUR, 5), (DAY, 4), (WEEK, 3), (4 * WEEK, 2)):
        if low <= limit:
            return score
    return 1


def cost_score(option: Option) -> int:
    high = option.cost_high_usd
    if high is None:
        return 0
    for limit, score in ((0, 5), (25, 4), (100, 3), (300, 2)):
        if high <= limit:
            return score
    return 1


def side_effect_score(option: Option) -> int:
    return {"low": 5, "moderate": 3, "high": 1}[option.harm_level]


def no_doctor_score(option: Option) -> int:
    return {"no": 5, "sometimes": 3, "yes": 0}[option.doctor_needed]


def lasting_score(option: Option) -> int:
    high = option.lasts_hours_high
    if high is None:
        return 0
    for limit, score in ((DAY, 1), (WEEK, 2), (3 * MONTH, 3), (YEAR, 4)):
        if high < limit:
            return score
    return 5


def evidence_score(option: Option) -> int:
    size = {"none": 0, "small": 2, "moderate": 3, "unknown": 0}[option.effect_size]
    if size == 0:
        return 0
    bonus = {"high": 2, "moderate": 1, "low": 0, "very_low": -1, "unknown": 0}[option.evidence_quality]
    return max(1, min(5, size + bonus))


@dataclass(frozen=True)
class Profile:
    speed: int
    cost: int
    side_effects: int
    no_doctor: int
    lasting: int
    evidence: int

    def as_dict(self) -> dict[str, int]:
        return {a: getattr(self, a) for a in ATTRIBUTES}


def profile(option: Option) -> Profile:
    return Profile(
        speed=speed_score(option),
        cost=cost_score(option),
        side_effects=side_effect_score(option),
        no_doctor=no_doctor_score(option),
        lasting=lasting_score(option),
        evidence=evidence_score(option),
    )
