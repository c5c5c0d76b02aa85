"""Options guidelines suggest first that are left out only by the budget, and only just.

A budget is a soft line near its edge: an option guidelines put first for this pain is
never dropped without a word for being a little over it. It is listed apart, with the
amount, and it is never counted as fitting or given a place in the order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from dashboard.data import HealthCaution, Option
from dashboard.matching import Match, match_option
from dashboard.situation import Situation

# "Just over": at most half the budget again, and at least this many dollars over it.
JUST_OVER_SHARE = 0.5
JUST_OVER_DOLLARS = 10.0


@dataclass(frozen=True)
class JustOver:
    option: Option
    cost_low: float  # the cheapest it is known to cost, doctor visit included
    over_by: float  # dollars over the budget, always more than 0
    # The label's "ask a doctor first" reasons that match the person's health answers: said
    # beside it, as for the options that fit.
    ask_doctor: tuple[str, ...] = ()


def margin(budget: float) -> float:
    """How far over the budget still counts as "just over"."""
    return max(JUST_OVER_DOLLARS, budget * JUST_OVER_SHARE)


def just_over(
    matches: Iterable[Match], situation: Situation, cautions: Sequence[HealthCaution] = ()
) -> list[JustOver]:
    """Guideline-first options ruled out by nothing but a known cost a little over the
    budget, cheapest first. An unknown cost never rules an option out, so it is never here."""
    budget = situation.budget
    if budget is None:
        return []
    free = replace(situation, budget=None)
    found = []
    for m in matches:
        o = m.option
        low = o.total_cost_low
        if m.fits or o.guideline_verdict != "recommended" or low is None or low <= budget:
            continue
        if low - budget > margin(budget):
            continue
        without = match_option(o, free, cautions)
        if without.fits:  # the budget is the only reason it is out
            found.append(JustOver(o, low, low - budget, without.ask_doctor))
    return sorted(found, key=lambda j: (j.over_by, j.option.name))
