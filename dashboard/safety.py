"""The warning-sign check. It never diagnoses: it only says how soon to get help."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dashboard.data import WarningSign
from dashboard.vocab import WARNING_LEVELS, WarningLevel

EMERGENCY_MESSAGE = (
    "Get emergency help now. Call 911 (or your local emergency number), "
    "or go to the nearest emergency room. Do not wait to see if it gets better."
)
URGENT_MESSAGE = (
    "Contact a doctor today. If you cannot reach one, go to urgent care. "
    "You can still read about relief options below."
)
SOON_MESSAGE = "Book a visit with your doctor. Until then, the options below may help."
# Content review 2, m22: severe pain that stops daily life is the NHS's own reason to see a GP.
SEVERE_NOTE = (
    "If the pain stops you doing your daily activities, NHS advice is to see a doctor. "
    "Book a visit with your doctor."
)
NOT_CHECKED_MESSAGE = (
    "First, check the warning signs in Step 1. The options below are for back pain without them."
)
ALL_CLEAR_MESSAGE = "No warning signs ticked. Most new back pain gets better within a few weeks."
ALL_CLEAR_SUBACUTE_MESSAGE = (
    "No warning signs ticked. In studies, back pain often kept easing after the first weeks, "
    "but more slowly. If yours is not getting better, book a visit with your doctor."
)
ALL_CLEAR_LONG_MESSAGE = (
    "No warning signs ticked. Keep watching for them. If your pain changes, gets worse, "
    "or stops you doing daily tasks, book a visit with your doctor."
)


def all_clear(duration: str) -> str:
    """The all-clear fits the person's pain: "gets better within weeks" is only for pain under
    4 weeks (content review 2, m25)."""
    return {"chronic": ALL_CLEAR_LONG_MESSAGE, "subacute": ALL_CLEAR_SUBACUTE_MESSAGE}.get(
        duration, ALL_CLEAR_MESSAGE
    )


def highest_level(signs: Sequence[WarningSign], ticked: Iterable[str]) -> WarningLevel | None:
    """The most serious level among the ticked signs, or None if none is ticked.
    Ids that name no sign are ignored."""
    ticked_ids = set(ticked)  # once: `ticked` may be an iterator that can be read only once
    chosen = {s.level for s in signs if s.id in ticked_ids}
    for level in WARNING_LEVELS:
        if level in chosen:
            return level
    return None


def by_level(signs: Sequence[WarningSign]) -> dict[str, list[WarningSign]]:
    """The signs grouped by level, most serious first; every level is a key, even an empty one."""
    return {level: [s for s in signs if s.level == level] for level in WARNING_LEVELS}
