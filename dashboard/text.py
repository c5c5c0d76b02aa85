"""Plain-word formatting of figures, shared by pages, charts and the handout.

Every function returns words in this run's language (`dashboard.i18n`). A text that goes
inside a sentence has its own form (`cost_in_sentence`, `severity_words`): no text is
lower-cased here to be put into another.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from dashboard import vocab
from dashboard.data import Option, Source
from dashboard.i18n import N_, _, format_number, ngettext, pgettext
from dashboard.i18n import join_words as join_words  # used from here by the text-making modules

HOURS_PER_WEEK = 168
HOURS_PER_MONTH = 730  # a year over 12, rounded
HOURS_PER_YEAR = 8760


def _round(value: float) -> int:
    """Round half up (2.5 -> 3), as people do; Python's round() gives 2."""
    return math.floor(value + 0.5)


def _count(value: int, unit: str) -> str:
    counts = {
        "minute": ngettext("{n} minute", "{n} minutes", value),
        "hour": ngettext("{n} hour", "{n} hours", value),
        "day": ngettext("{n} day", "{n} days", value),
        "week": ngettext("{n} week", "{n} weeks", value),
        "month": ngettext("{n} month", "{n} months", value),
        "year": ngettext("{n} year", "{n} years", value),
    }
    return counts[unit].format(n=value)


def human_hours(hours: float) -> str:
    """12 -> '12 hours', 0.33 -> '20 minutes', 384 -> '16 days', 672 -> '4 weeks'.

    Each unit is used below the next one: under 60 minutes, under 48 hours, under
    28 days, under 26 weeks, under 12 months, then years. A value that rounds up to
    the next unit's start is said in that unit (59.9 minutes is "1 hour", not "60 minutes").
    """
    if hours <= 0:
        return _("right away")
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


def span(low_words: str, high_words: str) -> str:
    """Two ends of a range: '1 hour to 2 days'; one figure when both ends read the same."""
    if low_words == high_words:
        return low_words
    return _("{low} to {high}").format(low=low_words, high=high_words)


def hours_range(low: float | None, high: float | None) -> str:
    """'1 hour to 2 days'; one figure when both ends read the same; 'Unknown' if an end is missing."""
    if low is None or high is None:
        return _("Unknown")
    return span(human_hours(low), human_hours(high))


def hours_in_sentence(low: float | None, high: float | None) -> str:
    """`hours_range` as it reads inside a sentence: "...: unknown." when an end is missing."""
    if low is None or high is None:
        return pgettext("inside a sentence", "unknown")
    return hours_range(low, high)


def money(value: float) -> str:
    """Whole dollars, rounded half up: 1234.5 -> '$1,235'."""
    return "$" + format_number(_round(value))


def money_range(low: float, high: float) -> str:
    """'$21 to $28'; one figure when both ends read the same."""
    return span(money(low), money(high))


# A price with what it covers, the same words everywhere a cost is shown.
PRICE_PER_UNIT = {
    "month": N_("{price} a month"),
    "course": N_("{price} a course"),
    "one_off": N_("{price} one-off"),
}

CostState = Literal["unknown", "free", "priced"]


def _local_price(option: Option) -> bool:
    """True when the option's cost is a coach's local price (a pack)."""
    return option.local is not None and bool(option.local.price)


def own_cost_state(option: Option) -> CostState:
    """Whether the option's own cost (a coach's local price, else ours) is unknown, free or a price."""
    if not _local_price(option) and (option.cost_low_usd is None or option.cost_high_usd is None):
        return "unknown"
    return "free" if option.cost_high_usd == 0 else "priced"


def own_cost(option: Option) -> str:
    """The cost of the option itself, with what it covers: "$21 to $28 a course", "Free", "Unknown"."""
    if option.local is not None and option.local.price:
        return option.local.price  # a coach's local price, in the words they gave it
    state = own_cost_state(option)
    if state == "unknown" or option.cost_low_usd is None or option.cost_high_usd is None:
        return _("Unknown")
    if state == "free":
        return _("Free")
    price = money_range(option.cost_low_usd, option.cost_high_usd)
    return _(PRICE_PER_UNIT[option.cost_unit]).format(price=price)


def _visit(option: Option) -> str | None:
    """The doctor visit's price range, or None when the option needs no known visit."""
    if option.visit_cost_low_usd is None or option.visit_cost_high_usd is None:
        return None
    return money_range(option.visit_cost_low_usd, option.visit_cost_high_usd)


def cost_range(option: Option) -> str:
    """The cost in words, the same everywhere. A prescription shows the visit and the
    medicine as separate parts: "Doctor visit $138 to $183, plus the medicine (price unknown)"."""
    visit = _visit(option)
    if visit is None:
        return own_cost(option)
    state = own_cost_state(option)
    if state == "unknown":
        return _("Doctor visit {visit}, plus the medicine (price unknown)").format(visit=visit)
    if state == "free":
        return _("Doctor visit {visit}; the medicine itself is free").format(visit=visit)
    return _("Doctor visit {visit}, plus the medicine at {price}").format(visit=visit, price=own_cost(option))


def cost_in_sentence(option: Option) -> str:
    """`cost_range` as it reads inside a sentence: "Its cost (doctor visit $138 to $183, ...)"."""
    visit = _visit(option)
    state = own_cost_state(option)
    if visit is not None and state == "unknown":
        return _("doctor visit {visit}, plus the medicine (price unknown)").format(visit=visit)
    if visit is not None and state == "free":
        return _("doctor visit {visit}; the medicine itself is free").format(visit=visit)
    if visit is not None:
        return _("doctor visit {visit}, plus the medicine at {price}").format(
            visit=visit, price=own_cost(option)
        )
    if state == "unknown":
        return pgettext("inside a sentence", "unknown")
    if state == "free":
        return pgettext("inside a sentence", "free")
    return own_cost(option)  # a price: it starts with its figure


def severity_words(severity: str) -> str:
    """How bad the pain is, inside a sentence: "It is meant for mild pain"."""
    return {
        "mild": pgettext("pain", "mild"),
        "moderate": pgettext("pain", "moderate"),
        "severe": pgettext("pain", "severe"),
    }[severity]


def confidence_words(code: str) -> str:
    """How sure we are of a figure or a source, inside a sentence: "weak source"."""
    return _(vocab.CONFIDENCE_WORDS[code])


def confidence_note(code: str) -> str:
    """A visible marker for weak figures; empty for verified ones."""
    if code in vocab.LOW_CONFIDENCE:
        return f"({confidence_words(code)})"
    return ""


def with_confidence(text: str, code: str) -> str:
    note = confidence_note(code)
    return f"{text} {note}" if note else text


SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def first_sentence(text: str) -> str:
    """Up to the first '.', '?' or '!' that a space or line break follows; all of it if none.
    Abbreviations such as "e.g." are not known, so keep them out of text shown this way."""
    return SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def continued(data_text: str) -> str:
    """A data text (already in the reader's language: `data/` and its overlays) that goes on
    a sentence, after a colon or "If": its first letter in lower case, as English and Spanish
    both write it. Only for data texts, never for our own messages, which each have a whole
    form for every place they are used."""
    return data_text[:1].lower() + data_text[1:]


MAX_NAMED = 3  # a notice names at most this many things, then "and N more"


def named(parts: Sequence[str], most: int = MAX_NAMED) -> str:
    """Things for a notice, each once, at most `most` of them: "a, b, c and 4 more"."""
    unique = list(dict.fromkeys(parts))
    rest = len(unique) - most
    listed = ", ".join(unique[:most])
    if rest <= 0:
        return listed
    return ngettext("{items} and {n} more", "{items} and {n} more", rest).format(items=listed, n=rest)


# The last joint of a list, by the word `join_words` is asked for.
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


def stage_words(stage: str) -> str:
    """The stage of pain inside a sentence: "new pain (under 12 weeks)"."""
    return _(vocab.STAGE_WORDS[stage])


def duration_words(duration: str) -> str:
    """How long the pain has lasted, inside a sentence: "under 4 weeks"."""
    return vocab.duration_words(duration)


def verdict_for(option: Option) -> str:
    """The guideline verdict with the pain it is for: "Recommended for new pain (under 12 weeks)"."""
    return _("{verdict} for {stage}").format(
        verdict=_(vocab.VERDICT_LABELS[option.guideline_verdict]), stage=stage_words(option.facts_stage)
    )


def onset_short(option: Option) -> str:
    """How soon it helps, short, the same on every page: a range, "Unknown", or no benefit."""
    if not option.beat_placebo:
        return _("No sooner than a dummy pill (it did not beat one in trials)")
    return hours_range(option.onset_hours_low, option.onset_hours_high)


def source_brief(source: Source) -> str:
    """For a slide or a handout: the citation's first part and the year. A citation is
    never translated, so this reads the citation as published."""
    first = source.citation.split(". ")[0].rstrip(".")
    return first if str(source.year) in first else f"{first} ({source.year})"


def weak_tag(source: Source) -> str:
    """ " [weak source]" after a weak or unconfirmed source, else "": the same on every page."""
    return f" [{confidence_words(source.confidence)}]" if source.confidence in vocab.LOW_CONFIDENCE else ""


def cited_briefly(sources: Iterable[Source]) -> str:
    """Sources as the handout cites them ("NICE NG59 (2016)"), weak ones marked, never by id."""
    return "; ".join(source_brief(s) + weak_tag(s) for s in sources)
