"""The warning-sign check. It never diagnoses: it only says how soon to get help.

The messages are marked with `N_()`; the page that shows one translates it with `_()`.
`all_clear()` and `if_none_apply()` return words in this run's language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dashboard.data import WarningSign
from dashboard.i18n import N_, _
from dashboard.vocab import WARNING_LEVELS, WarningLevel

EMERGENCY_MESSAGE = N_(
    "Get emergency help now. Call 911 (or your local emergency number), "
    "or go to the nearest emergency room. Do not wait to see if it gets better."
)
URGENT_MESSAGE = N_(
    "Contact a doctor today. If you cannot reach one, go to urgent care. "
    "You can still read about relief options below."
)
SOON_MESSAGE = N_("Book a visit with your doctor. Until then, the options below may help.")
# Content review 2, m22: severe pain that stops daily life is the NHS's own reason to see a GP.
SEVERE_NOTE = N_(
    "If the pain stops you doing your daily activities, NHS advice is to see a doctor. "
    "Book a visit with your doctor."
)
NOT_CHECKED_MESSAGE = N_(
    "First, check the warning signs in Step 1. The options below are for back pain without them."
)
ALL_CLEAR_MESSAGE = N_("No warning signs ticked. Most new back pain gets better within a few weeks.")
ALL_CLEAR_SUBACUTE_MESSAGE = N_(
    "No warning signs ticked. In studies, back pain often kept easing after the first weeks, "
    "but more slowly. If yours is not getting better, book a visit with your doctor."
)
ALL_CLEAR_LONG_MESSAGE = N_(
    "No warning signs ticked. Keep watching for them. If your pain changes, gets worse, "
    "or stops you doing daily tasks, book a visit with your doctor."
)


# The same advice for the last warning-sign slide, after its list of signs.
IF_NONE_APPLY_MESSAGE = N_("If none of these apply: Most new back pain gets better within a few weeks.")
IF_NONE_APPLY_SUBACUTE_MESSAGE = N_(
    "If none of these apply: In studies, back pain often kept easing after the first weeks, "
    "but more slowly. If yours is not getting better, book a visit with your doctor."
)
IF_NONE_APPLY_LONG_MESSAGE = N_(
    "If none of these apply: Keep watching for them. If your pain changes, gets worse, "
    "or stops you doing daily tasks, book a visit with your doctor."
)


def all_clear(duration: str) -> str:
    """The all-clear fits the person's pain: "gets better within weeks" is only for pain under
    4 weeks (content review 2, m25). In this run's language."""
    message = {"chronic": ALL_CLEAR_LONG_MESSAGE, "subacute": ALL_CLEAR_SUBACUTE_MESSAGE}.get(
        duration, ALL_CLEAR_MESSAGE
    )
    return _(message)


def if_none_apply(duration: str) -> str:
    """The all-clear after a list of warning signs ("If none of these apply: ..."), fitted to
    the person's pain as `all_clear` is. In this run's language."""
    message = {"chronic": IF_NONE_APPLY_LONG_MESSAGE, "subacute": IF_NONE_APPLY_SUBACUTE_MESSAGE}.get(
        duration, IF_NONE_APPLY_MESSAGE
    )
    return _(message)


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
