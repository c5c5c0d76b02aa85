"""Plain-word formatting of figures, shared by pages, charts and the handout."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

from dashboard import vocab
from dashboard.data import Option, Source

HOURS_PER_WEEK = 168
HOURS_PER_MONTH = 730  # a year over 12, rounded
HOURS_PER_YEAR = 8760


def _round(value: float) -> int:
    """Round half up (2.5 -> 3), as people do; Python's round() gives 2."""
    return math.floor(value + 0.5)


def _count(value: int, unit: str) -> str:
    return f"{value} {unit}" if value == 1 else f"{value} {unit}s"


def human_hours(hours: float) -> str:
    """12 -> '12 hours', 0.33 -> '20 minutes', 384 -> '16 days', 672 -> '4 weeks'.

    Each unit is used below the next one: under 60 minutes, under 48 hours, under
    28 days, under 26 weeks, under 12 months, then years. A value that rounds up to
    the next unit's start is said in that unit (59.9 minutes is "1 hour", not "60 minutes").
    """
    if hours <= 0:
        return "right away"
    minutes = _round(hours * 60)
    if minutes < 60:
        return _count(max(minutes, 1), "minute")
    if _round(hours) < 48:
        return _count(_round(hours), "hour")
    if _round(hours / 24) < 28:
        return _count(_round(hours / 24), "day")
    if _round(hours / HOURS_PER_WEEK) < 26:
        return _count(_round(hours / HOURS_PER_WEEK), "week")
    if _round(hours / HOURS_PER_MONTH) < 12:
        return _count(_round(hours / HOURS_PER_MONTH), "month")
    return _count(_round(hours / HOURS_PER_YEAR), "year")


def hours_range(low: float | None, high: float | None) -> str:
    """'1 hour to 2 days'; one figure when both ends read the same; 'Unknown' if an end is missing."""
    if low is None or high is None:
        return "Unknown"
    low_words, high_words = human_hours(low), human_hours(high)
    return low_words if low_words == high_words else f"{low_words} to {high_words}"


def money(value: float) -> str:
    """Whole dollars, rounded half up: 1234.5 -> '$1,235'."""
    return f"${_round(value):,}"


def money_range(low: float, high: float) -> str:
    """'$21 to $28'; one figure when both ends read the same."""
    low_words, high_words = money(low), money(high)
    return low_words if low_words == high_words else f"{low_words} to {high_words}"


def own_cost(option: Option) -> str:
    """The cost of the option itself, with what it covers: "$21 to $28 a course", "Free", "Unknown"."""
    if option.local is not None and option.local.price:
        return option.local.price  # a coach's local price, in the words they gave it
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
    if medicine == "Free":
        return f"{visit}; the medicine itself is free"
    return f"{visit}, plus the medicine at {medicine}"


def confidence_note(code: str) -> str:
    """A visible marker for weak figures; empty for verified ones."""
    if code in vocab.LOW_CONFIDENCE:
        return f"({vocab.CONFIDENCE_LABELS[code].lower()})"
    return ""


def with_confidence(text: str, code: str) -> str:
    note = confidence_note(code)
    return f"{text} {note}" if note else text


SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text: str) -> str:
    """Up to the first '.', '?' or '!' that a space or line break follows; all of it if none.
    Abbreviations such as "e.g." are not known, so keep them out of text shown this way."""
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0]


MAX_NAMED = 3  # a notice names at most this many things, then "and N more"


def named(parts: Sequence[str], most: int = MAX_NAMED) -> str:
    """Things for a notice, each once, at most `most` of them: "a, b, c and 4 more"."""
    unique = list(dict.fromkeys(parts))
    rest = len(unique) - most
    return ", ".join(unique[:most]) + (f" and {rest} more" if rest > 0 else "")


def join_words(words: list[str], last: str = "or") -> str:
    """['a', 'b', 'c'] -> 'a, b or c'."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


# Every character with a markdown meaning in Streamlit: "=" underlines a heading, "&"
# starts an entity such as "&copy;", ":" starts a directive such as ":red[...]".
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:=&])")


def escape_markdown(text: str) -> str:
    """Show text exactly as written, with no markdown meaning (no links, no emphasis)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


# A cell a spreadsheet would run as a formula (CSV injection) starts with one of these.
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object, quote_quotes: bool = False) -> str:
    """A cell as every CSV of ours writes it: a leading ' stops a spreadsheet running it as a
    formula. With `quote_quotes`, a value that starts with ' gets one more, so a reader that
    takes exactly one ' off (a coach's pack file) reads back what was written."""
    text = "" if value is None else str(value)
    risky = (*DANGEROUS_START, "'") if quote_quotes else DANGEROUS_START
    return "'" + text if text.startswith(risky) else text


def verdict_for(option: Option) -> str:
    """The guideline verdict with the pain it is for: "Recommended for new pain (under 12 weeks)"."""
    return f"{vocab.VERDICT_LABELS[option.guideline_verdict]} for {vocab.STAGE_LABELS[option.facts_stage].lower()}"


def onset_short(option: Option) -> str:
    """How soon it helps, short, the same on every page: a range, "Unknown", or no benefit."""
    if not option.beat_placebo:
        return "No sooner than a dummy pill (it did not beat one in trials)"
    return hours_range(option.onset_hours_low, option.onset_hours_high)


def source_brief(source: Source) -> str:
    """For a slide or a handout: the citation's first part and the year."""
    first = source.citation.split(". ")[0].rstrip(".")
    return first if str(source.year) in first else f"{first} ({source.year})"


def weak_tag(source: Source) -> str:
    """ " [weak source]" after a weak or unconfirmed source, else "": the same on every page."""
    return (
        f" [{vocab.CONFIDENCE_LABELS[source.confidence].lower()}]"
        if source.confidence in vocab.LOW_CONFIDENCE
        else ""
    )


def cited_briefly(sources: Iterable[Source]) -> str:
    """Sources as the handout cites them ("NICE NG59 (2016)"), weak ones marked, never by id."""
    return "; ".join(source_brief(s) + weak_tag(s) for s in sources)
