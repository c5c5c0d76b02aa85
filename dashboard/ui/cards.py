"""Cards and badges as Markdown text. Pure functions, so unit tests can read them.

The text comes from `dashboard.content`, so a card says what the grid, the
slides and the handout say. Badges use words and an icon, never colour alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from dashboard import scoring, vocab
from dashboard.compare import PLAIN_FACTS
from dashboard.content import option_facts
from dashboard.data import Dataset
from dashboard.i18n import N_, _, ngettext
from dashboard.matching import Match, Ranked
from dashboard.text import escape_markdown

VERDICT_COLOURS = {
    "recommended": "green",
    "option": "blue",
    "last_resort": "orange",
    "not_recommended": "red",
    "not_addressed": "gray",
}
VERDICT_ICONS = {
    "recommended": ":material/check_circle:",
    "option": ":material/radio_button_checked:",
    "last_resort": ":material/warning:",
    "not_recommended": ":material/cancel:",
    "not_addressed": ":material/help:",
}
CLAIM_COLOURS = {
    "agrees": "green",
    "partly_agrees": "orange",
    "not_supported": "orange",
    "disagrees": "red",
    "not_addressed": "gray",
}
CLAIM_ICONS = {
    "agrees": ":material/check_circle:",
    "partly_agrees": ":material/adjust:",
    "not_supported": ":material/help:",
    "disagrees": ":material/cancel:",
    "not_addressed": ":material/help:",
}
WEAK_SOURCE_WORDS = N_("weak source")
WEAK_SOURCE = f":orange-badge[:material/warning: {WEAK_SOURCE_WORDS}]"  # in English; see weak_source()

# What guidelines say of an option, in brackets after its name: "(recommended in guidelines)".
IN_GUIDELINES = {
    "recommended": N_("recommended in guidelines"),
    "option": N_("an option in guidelines"),
    "last_resort": N_("last resort only in guidelines"),
    "not_recommended": N_("not recommended in guidelines"),
    "not_addressed": N_("not covered in guidelines"),
}


def weak_source() -> str:
    """The "weak source" badge, in this run's language."""
    return f":orange-badge[:material/warning: {_(WEAK_SOURCE_WORDS)}]"


def verdict_badge(verdict: str, stage: str | None = None) -> str:
    """A guideline verdict badge. With a stage (an option's `facts_stage`), it says which
    pain the verdict is for."""
    says = _(vocab.VERDICT_LABELS[verdict])
    label = (
        _("Guidelines: {verdict} {stage}").format(verdict=says, stage=_(vocab.STAGE_SHORT[stage]))
        if stage
        else _("Guidelines: {verdict}").format(verdict=says)
    )
    return f":{VERDICT_COLOURS[verdict]}-badge[{VERDICT_ICONS[verdict]} {label}]"


def claim_badge(verdict: str) -> str:
    """A badge for how a claim of the article compares with guidelines."""
    return f":{CLAIM_COLOURS[verdict]}-badge[{CLAIM_ICONS[verdict]} {_(vocab.CLAIM_VERDICT_LABELS[verdict])}]"


def score_line(r: Ranked) -> str:
    """How an option's score was made, saying which factors were unknown."""
    if r.weighed and r.scored_on == 0:
        return _("Not scored: we know none of the things you said matter for this option.")
    missing = [_(scoring.ATTRIBUTE_WORDS[a]) for a in scoring.ATTRIBUTES if a not in r.parts]
    unknown = (
        " " + _("Not known: {factors}, so the score is a range.").format(factors=", ".join(missing))
        if missing and r.scored_on < r.weighed
        else ""
    )
    # English says "factors" even for one: the same words as before there were languages.
    scored = ngettext(
        "Score {score} out of 5 on what matters to you, scored on {scored_on} of {weighed} factors.",
        "Score {score} out of 5 on what matters to you, scored on {scored_on} of {weighed} factors.",
        r.weighed,
    ).format(score=r.shown, scored_on=r.scored_on, weighed=r.weighed)
    return scored + unknown


Fact = tuple[str, str, str]  # (key, label, text)


def card_parts(ds: Dataset, place: str, r: Ranked) -> tuple[str, list[Fact], str]:
    """An option on Find in three parts: its heading, summary and guideline badge (Markdown);
    its key facts as (key, label, text); and why it fits and its score (Markdown)."""
    o = r.option
    facts = option_facts(ds, o)
    caveats = "".join(f"\n\n:orange[:material/info:] {_(caveat)}" for caveat in r.match.caveats)
    keys = CARD_FACTS if facts["near_you"].short else tuple(k for k in CARD_FACTS if k != "near_you")
    named = (
        " :violet-badge[:material/menu_book: " + _("Named in the article") + "]" if o.named_in_article else ""
    )
    head = (
        f"### {place}. {o.name}\n\n{o.summary}\n\n{verdict_badge(o.guideline_verdict, o.facts_stage)}{named}"
    )
    tail = _("- **Why it fits:** {why}").format(why=_(r.match.why)) + f"{caveats}\n\n:gray[{score_line(r)}]"
    return head, [(k, _(facts[k].label), facts[k].short) for k in keys if facts[k].short], tail


def has_local_text(r: Ranked) -> bool:
    """True when a card's facts may hold a coach's own words (a pack): the UI then draws the
    facts as plain text (`ui.parts.plain_facts`), never through Markdown."""
    return r.option.local is not None


def option_card(ds: Dataset, place: str, r: Ranked) -> str:
    """One option on Find as one block of Markdown: its place, what it is, the guideline
    badge, key facts and why it fits."""
    head, facts, tail = card_parts(ds, place, r)
    lines = "".join(
        f"- **{label}:** {escape_markdown(text) if key in PLAIN_FACTS else text}\n"
        for key, label, text in facts
    )
    return f"{head}\n\n{lines}{tail}"


# The facts on a Find card, in order: how to start, what it costs, where, how soon, the
# doctor, the main benefit and the main harm (in the same detail; every option with a moderate
# or high harm grade shows its main harm).
CARD_FACTS = ("try_it", "cost", "near_you", "how_soon", "doctor", "benefits", "main_harm")


def advised_against_list(matches: Iterable[Match]) -> str:
    """Options guidelines advise against for this duration, each with why. Never "It suits"."""
    return "\n\n".join(
        f"**{m.option.name}**\n- {_(m.why)}\n- {m.option.guideline_says}"
        + "".join(
            "\n- " + _("Ask a doctor first: {reason}").format(reason=_(reason)) for reason in m.ask_doctor
        )
        + ("\n- " + _("**Main harm:** {harm}").format(harm=m.option.main_harm) if m.option.main_harm else "")
        for m in matches
    )


def ask_doctor_list(matches: Iterable[Match]) -> str:
    """Options that fit but whose label says to ask a doctor first, with the label's reasons."""
    return "\n\n".join(
        f"**{m.option.name}** ({_(IN_GUIDELINES[m.option.guideline_verdict])})\n"
        + "\n".join(f"- {_(reason)}" for reason in m.ask_doctor)
        for m in matches
    )


def excluded_list(matches: Iterable[Match]) -> str:
    """Options that do not fit, each with every reason."""
    return "\n\n".join(
        f"**{m.option.name}**\n" + "\n".join(f"- {_(reason)}" for reason in m.reasons_out) for m in matches
    )


def translated_quotes(ds: Dataset, option_id: str) -> list[tuple[str, str]]:
    """The article's quotes about an option, each as its verbatim words with the paragraph and
    our translation beside it, as plain text. Empty when none has a translation (English)."""
    quotes = ds.quotes_for(option_id)
    if not any(q.translation for q in quotes):
        return []
    return [
        (
            _("“{quote}” (paragraph {paragraph})").format(quote=q.text, paragraph=q.paragraph),
            _("Our translation: {text}").format(text=q.translation) if q.translation else "",
        )
        for q in quotes
    ]


def grid_cell(name: str, text: str, low_confidence: bool, quoted: bool) -> str:
    """One cell of the comparison grid; the article's words are shown as a quote."""
    weak = f"\n\n{weak_source()}" if low_confidence else ""
    body = "\n\n".join(f"> {line}" for line in text.splitlines()) if quoted else text
    return f"**{name}**{weak}\n\n{body}"
