"""Plain-word formatting of figures, shared by pages, charts and the handout."""

from __future__ import annotations

import re

from dashboard import vocab
from dashboard.data import Option


def human_hours(hours: float) -> str:
    """12 -> '12 hours', 0.33 -> '20 minutes', 384 -> '16 days', 672 -> '4 weeks'."""
    if hours <= 0:
        return "right away"
    if hours < 1:
        minutes = round(hours * 60)
        return f"{minutes} minutes"
    if hours < 48:
        value = round(hours)
        return f"{value} hour" if value == 1 else f"{value} hours"
    if hours < 24 * 28:
        return f"{round(hours / 24)} days"
    if hours < 24 * 365:
        weeks = round(hours / 168)
        return f"{weeks} weeks" if weeks < 26 else f"{round(hours / 730)} months"
    years = round(hours / 8760)
    return "1 year" if years == 1 else f"{years} years"


def hours_range(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "Unknown"
    if low == high:
        return human_hours(low)
    return f"{human_hours(low)} to {human_hours(high)}"


def money(value: float) -> str:
    return f"${value:,.0f}"


def money_range(low: float, high: float) -> str:
    return money(low) if low == high else f"{money(low)} to {money(high)}"


def own_cost(option: Option) -> str:
    """The cost of the option itself, with what it covers: "$21 to $28 a course", "Free", "Unknown"."""
    low, high = option.cost_low_usd, option.cost_high_usd
    if low is None or high is None:
        return "Unknown"
    if high == 0:
        return "Free"
    return f"{money_range(low, high)} {vocab.COST_UNIT_WORDS[option.cost_unit]}"


def cost_range(option: Option) -> str:
    """The cost in words, the same everywhere. A prescription shows the visit and the
    medicine as separate parts: "Doctor visit $138 to $183, plus the medicine (price unknown)"."""
    if option.visit_cost_low_usd is None or option.visit_cost_high_usd is None:
        return own_cost(option)
    visit = f"Doctor visit {money_range(option.visit_cost_low_usd, option.visit_cost_high_usd)}"
    medicine = own_cost(option)
    if medicine == "Unknown":
        return f"{visit}, plus the medicine (price unknown)"
    return f"{visit}, plus the medicine at {medicine}"


def confidence_note(code: str) -> str:
    """A visible marker for weak figures; empty for verified ones."""
    if code in vocab.LOW_CONFIDENCE:
        return f"({vocab.CONFIDENCE_LABELS[code].lower()})"
    return ""


def with_confidence(text: str, code: str) -> str:
    note = confidence_note(code)
    return f"{text} {note}" if note else text


def first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end == -1 else text[: end + 1]


def join_words(words: list[str], last: str = "or") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:])")


def escape_markdown(text: str) -> str:
    """Show text exactly as written, with no markdown meaning (no links, no emphasis)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def verdict_for(option: Option) -> str:
    """The guideline verdict with the pain it is for: "Recommended for new pain (under 12 weeks)"."""
    return f"{vocab.VERDICT_LABELS[option.guideline_verdict]} for {vocab.STAGE_LABELS[option.facts_stage].lower()}"


def onset_short(option: Option) -> str:
    """How soon it helps, short, the same on every page: a range, "Unknown", or no benefit."""
    if not option.beat_placebo:
        return "No sooner than a dummy pill (it did not beat one in trials)"
    return hours_range(option.onset_hours_low, option.onset_hours_high)
