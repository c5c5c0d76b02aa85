"""The About page's long texts: several paragraphs or a list, one message per paragraph or list
item, so a translator works on one at a time. Each English constant (NOT_COVERED, ...) is the
whole text for tests and for English; the function of the same name in lower case says it in
this run's language. The kinds of source are here too, in both of their forms.
"""

from __future__ import annotations

from collections.abc import Callable

from dashboard import progress, vocab
from dashboard.i18n import N_, NP_, _

# Paragraphs (joined by a blank line), each one message or a list of them (one a line).
Blocks = tuple[tuple[str, ...], ...]


def said(blocks: Blocks, say: Callable[[str], str] = _, /, **values: object) -> str:
    """The blocks as one Markdown text: each message through `say` (`_`, or `str` for the
    English), then filled in with `values`."""
    return "\n\n".join("\n".join(say(line).format(**values) for line in para) for para in blocks)


# What guidelines name that we still leave out, and why. Shown on Find and on this page.
NOT_COVERED_BLOCKS: Blocks = (
    (
        N_(
            "Guidelines name some care we do not compare here. If you want to know more about any of "
            "these, ask your doctor."
        ),
    ),
    (
        N_(
            "- **Spinal injections.** The UK guideline says people with back pain without sciatica should not "
            "have them. The one exception is a nerve treatment (radiofrequency denervation). It is only for "
            "long-lasting pain when other care has not worked, and a specialist must test first that it "
            "could help."
        ),
        N_(
            "- **Surgery.** The UK guideline says not to offer spinal fusion surgery for back pain, except in "
            "a research study. It is not a relief option for everyday back pain."
        ),
        N_(
            "- **Duloxetine**, a prescription medicine also used for depression. The US guideline lists it "
            "as a second choice for pain over 12 weeks. The UK guideline says not to offer this type of "
            "medicine for back pain."
        ),
        N_(
            "- **TENS or PENS machines, ultrasound, back belts or corsets, shoe inserts or rocker-sole shoes, "
            "and traction.** The UK guideline says not to offer them for back pain."
        ),
        N_(
            "- **Low-level laser therapy, biofeedback, operant therapy (a kind of talking therapy that rewards "
            "being active) and progressive relaxation.** The US guideline lists them for pain over 12 weeks, "
            "with low-quality evidence. We do not compare them here yet."
        ),
    ),
    (
        N_(
            "Motor control exercise is part of the exercise program here. Sources: NICE quality standard "
            "QS155, statement 6 (2017); NICE NG59 (2016) and its 2018 review; ACP 2017."
        ),
    ),
)
NOT_COVERED = said(NOT_COVERED_BLOCKS, str)
# The sources of NOT_COVERED, by their ids in data/sources.csv (listed on this page with the rest).
NOT_COVERED_SOURCES = ("NICE_QS155_S6", "AOMRC_EBI", "NICE_NG59_SURV2018", "NICE_NG59_ACUP", "ACP2017")


def not_covered() -> str:
    """NOT_COVERED in this run's language (Find shows it too)."""
    return said(NOT_COVERED_BLOCKS)


HOW_SCORED_BLOCKS: Blocks = (
    (N_("On *Find my options*, the answer is ordered in two steps."),),
    (
        N_(
            "1. **What guidelines say comes first.** We read what guidelines say for how long your pain has "
            "lasted: new pain (under 12 weeks) or pain over 12 weeks. The advice is often not the same. "
            "Options that fit you are put in groups: first what guidelines suggest, then other options, "
            "then last resorts. An option from a lower group never comes above one from a higher group. "
            "Options that guidelines advise against for your pain are listed apart, with why. "
            "We never count them as options that fit you."
        ),
        N_(
            "2. **Then what matters to you.** Inside each group, you set what matters: speed, cost, side "
            "effects and so on. Each option gets a score from 0 to 5 for each of these, by the rules below. "
            "Your choices set how much each one counts."
        ),
    ),
    (
        N_(
            "**Unknown is never a penalty and never a prize.** If we do not know a value, it could be "
            "anything from 0 to 5. So the score becomes a range, such as 2.5 to 3.8. We put one option "
            "above another only if it stays above whatever the unknown values turn out to be. If we cannot "
            "tell, we show them as equal (=) and list them A to Z. A missing figure can only make two "
            "options equal. It never moves an option above or below another."
        ),
    ),
    (
        N_(
            "**No credit without a benefit.** If trials found an option did no better than a dummy pill "
            "(or, for care without drugs, found no benefit) for pain like yours, it gets 0 for speed and for "
            "lasting benefit. If your pain has lasted 4 to 12 weeks and the studies were only of newer pain, "
            "we do not score those figures for you, and we say so."
        ),
    ),
    (
        N_(
            "**What usually happens** to back pain over time is shown once, beside every option. It is not "
            "the benefit of any one option."
        ),
    ),
    (
        N_(
            "**Only sound sources feed a score.** A figure that feeds a score must come from a guideline, a "
            "journal or Cochrane review, a drug label, an NHS page, a government agency such as the FDA, or "
            "government price data. A price may be at most {years} years old. Otherwise we say unknown. A "
            "check on the data files stops any other source."
        ),
    ),
    (
        N_(
            "We never say which option is best for you. We say what guidelines suggest first, and, apart "
            "from that, which options score highest on what you said matters."
        ),
    ),
    (
        N_(
            "**Your health.** If you tell us you are pregnant, have heart, kidney, liver or stomach "
            "problems, take a blood thinner or an antidepressant, or are 60 or older, options whose label "
            "says to ask a doctor first move to their own list, with the label's reason. The same reason "
            "shows in your plan, on the coach's slides and on the handout. A prescription medicine gets "
            "every caution of the store-bought form of the same medicine. These answers are never part "
            "of a share link."
        ),
    ),
)
HOW_SCORED_VALUES = {"years": vocab.MAX_PRICE_AGE_YEARS}
HOW_SCORED = said(HOW_SCORED_BLOCKS, str, **HOW_SCORED_VALUES)


def how_scored() -> str:
    return said(HOW_SCORED_BLOCKS, **HOW_SCORED_VALUES)


CHECKIN_BLOCKS: Blocks = (
    (
        N_(
            "On *Check in*, we never tell you to keep going if you are getting worse. "
            "We tell you to book a visit with your doctor if:"
        ),
    ),
    (
        N_(
            "- your pain is {worse_by} or more points higher than at your first check-in, or than your lowest;"
        ),
        N_("- your pain is {very_bad} out of 10 or more;"),
        N_("- you can do {less_able_by} or more points less than you could at your best;"),
        N_("- you said it did not help at two check-ins in a row;"),
        N_(
            "- you reach the label's day limit, for example 10 days for store-bought ibuprofen, even if "
            "your pain is easing; or"
        ),
        N_("- your pain is not better by your review date."),
    ),
    (
        N_(
            '"Better" means less pain, and being able to do no less than at the start. '
            "If a warning sign applied at your last check-in, or at any check-in in the last "
            "{days} days, the most serious one comes first: call 911 for an "
            "emergency sign, see a doctor today for an urgent one, or book a visit for the rest. "
            "An older, more serious warning stays on screen as a note after later check-ins, with what to do. "
            "A check-in in a link dated after tomorrow is left out. We keep it only if it has a warning sign. "
            "If a link has two check-ins for one day, we keep the more serious warning. "
            "You get a notice each time. None of this can hide a warning."
        ),
    ),
)
# The numbers Check in's code uses, so the page states its real rules.
CHECKIN_VALUES = {
    "worse_by": progress.WORSE_BY,
    "very_bad": progress.VERY_BAD,
    "less_able_by": progress.LESS_ABLE_BY,
    "days": progress.RECENT.days,
}
CHECKIN_RULES = said(CHECKIN_BLOCKS, str, **CHECKIN_VALUES)


def checkin_rules() -> str:
    return said(CHECKIN_BLOCKS, **CHECKIN_VALUES)


TEST_PLAN_BLOCKS: Blocks = (
    (
        N_(
            "- **People try it and think out loud.** 5 to 8 people with back pain, 3 to 5 coaches, "
            "and 2 health workers who did not help make it. Each one uses it on a phone and says what "
            "they think as they go."
        ),
        N_(
            "- **A few short questions.** How easy it was to use, 5 questions on what they learned, "
            "and 4 on how sure they feel about their choice. We also time how long a choice takes."
        ),
        N_(
            "- **A check of the facts.** A doctor, pharmacist or physical therapist who did not help "
            "make it checks each data file. We will list who checked each file, and when."
        ),
        N_(
            "- **Nothing stored.** Answers stay on the person's own phone or computer, in their link or "
            "a file they download. We keep nothing on a server."
        ),
        N_("- **Shared in the open.** We will publish what we found and what we changed."),
    ),
)
TEST_PLAN = said(TEST_PLAN_BLOCKS, str)


def testing_plan() -> str:
    return said(TEST_PLAN_BLOCKS)


# What each kind of source in data/sources.csv is, in plain words, as said inside a sentence.
KIND_LABELS: dict[vocab.SourceKind, str] = {
    "guideline": N_("guideline"),
    "journal": N_("journal article"),
    "cochrane": N_("Cochrane review"),
    "drug_label": N_("drug label"),
    "nhs": N_("NHS page"),
    "regulator": N_("government agency (such as the FDA)"),
    "gov_price": N_("government price data"),
    "health_system": N_("health system page"),
    "professional_body": N_("professional group"),
    "trade_group": N_("trade group"),
    "maker": N_("maker's page"),
    "news": N_("news page"),
    "business": N_("business page"),
    "blog": N_("blog"),
    "content_site": N_("health content site"),
}
# The same at the start of a table cell (shown with `pgettext` and the same context).
KIND_NAMES: dict[vocab.SourceKind, str] = {
    "guideline": NP_("kind of source, in a table", "Guideline"),
    "journal": NP_("kind of source, in a table", "Journal article"),
    "cochrane": NP_("kind of source, in a table", "Cochrane review"),
    "drug_label": NP_("kind of source, in a table", "Drug label"),
    "nhs": NP_("kind of source, in a table", "NHS page"),
    "regulator": NP_("kind of source, in a table", "Government agency (such as the FDA)"),
    "gov_price": NP_("kind of source, in a table", "Government price data"),
    "health_system": NP_("kind of source, in a table", "Health system page"),
    "professional_body": NP_("kind of source, in a table", "Professional group"),
    "trade_group": NP_("kind of source, in a table", "Trade group"),
    "maker": NP_("kind of source, in a table", "Maker's page"),
    "news": NP_("kind of source, in a table", "News page"),
    "business": NP_("kind of source, in a table", "Business page"),
    "blog": NP_("kind of source, in a table", "Blog"),
    "content_site": NP_("kind of source, in a table", "Health content site"),
}
