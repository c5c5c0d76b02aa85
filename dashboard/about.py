"""Text and tables for the About page, kept out of the page so tests can read them.

Each text is a message: marked with `N_()` where it is defined and translated with `_()`
where it is shown. The long texts, one message per paragraph, are in dashboard/about_text.py
(named here too): each has an English constant for tests and a function that says it in this
run's language.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pandas as pd

from dashboard import content, i18n, readability, vocab
from dashboard.about_text import CHECKIN_RULES as CHECKIN_RULES
from dashboard.about_text import HOW_SCORED as HOW_SCORED
from dashboard.about_text import KIND_LABELS as KIND_LABELS
from dashboard.about_text import KIND_NAMES as KIND_NAMES
from dashboard.about_text import NOT_COVERED as NOT_COVERED
from dashboard.about_text import NOT_COVERED_SOURCES as NOT_COVERED_SOURCES
from dashboard.about_text import TEST_PLAN as TEST_PLAN
from dashboard.about_text import checkin_rules as checkin_rules
from dashboard.about_text import how_scored as how_scored
from dashboard.about_text import not_covered as not_covered
from dashboard.about_text import testing_plan as testing_plan
from dashboard.data import Dataset
from dashboard.i18n import N_, _, join_words, pgettext
from dashboard.text import escape_markdown

PURPOSE = N_(
    "Relief Explorer helps you compare ways to ease everyday low back pain. "
    "It is for people in pain and for coaches who help them. "
    "It starts from a popular article, *How Do You Spell Relief?*, and shows its advice word for word. "
    "Next to it, we show what medical guidelines say, with costs, harms and sources. "
    "You do not need an account, and we store nothing about you."
)

# The shared disclaimer, with what only this page has room for.
DISCLAIMER_MORE = N_(
    "It cannot tell what is causing your pain. In an emergency, call 911 or your local emergency number."
)
DISCLAIMER = f"{content.DISCLAIMER} {DISCLAIMER_MORE}"


def disclaimer() -> str:
    return f"{_(content.DISCLAIMER)} {_(DISCLAIMER_MORE)}"


HOW_CHOSEN = N_(
    "We took every option the article names. They are aspirin, acetaminophen, prescription muscle "
    "relaxants and anti-inflammatories, narcotic (opioid) medicine, massage and water therapy. "
    "Then we added what the US and UK guidelines put first but the article leaves out. "
    "That is staying active, heat, store-bought ibuprofen or naproxen, and exercise. "
    "We also added more of the care the two guidelines name. That is yoga or tai chi, spinal "
    "manipulation, acupuncture, talking therapy and team rehab programs. "
    "Each fact comes from a source listed below. Where we found no figure, we say unknown."
)

# How we handle a clash between the two guidelines: said once, under "How we found the evidence".
DISAGREEMENT_RULE = N_(
    "Sometimes one guideline suggests an option and the other says not to offer it. Then we "
    "still show it as an option, and every card, slide and handout says that the guidelines disagree."
)

CONFIDENCE_TEXT = N_(
    "Each source has a mark for how sure we are of it. "
    "**V** verified: we read the words in the original or an official summary. "
    "**S** secondary: a trusted source reports it. "
    "**W** weak: a shop, blog or news page; treat it with care. "
    "**U** unconfirmed: we could not check it."
)

UPDATE_POLICY = N_(
    "We check the data at least once a year, and sooner when a major guideline changes. "
    "The data was last reviewed on {date}. "
    "The US guideline we cite is from 2017. Its publisher says guidelines lapse after 5 years, "
    "and we could not confirm an update, so we call it the ACP 2017 guideline, not the current one."
)


def update_policy(ds: Dataset) -> str:
    return _(UPDATE_POLICY).format(date=us_date(ds.last_reviewed))


LOCAL_PRICES = N_(
    "A coach can set local prices and services on the Local prices page. They travel in the "
    "coach's link or file, never on our server. Each local price is marked and signed, we do not "
    "check it, and our national figure stays one click away. The pack file has these columns:"
)

# ------------------------------------------------------------------ who makes it, and how

# Only what is true of the project: pyproject.toml names it and its license, and nobody else.
MAINTAINERS = N_(
    "Relief Explorer is made and kept up to date by the Relief Explorer project, a small "
    "open-source team. Anyone may use, copy or change the code, under the MIT license. "
    "Each fact names its source, with a mark for how sure we are of it. "
    "No doctor, pharmacist, physical therapist or other health worker has reviewed this aid yet."
)

NOT_TESTED = N_(
    "We have not yet tested this aid with people who have back pain, with coaches or with "
    "doctors. So we do not yet know if it helps people understand their choices, or choose "
    "what fits them. Our plan for this testing is in the file docs/development.md, which "
    "comes with the code. In short:"
)

# How the Spanish was made, and what stays in English.
TRANSLATION = N_(
    "An AI model translated the app's texts and data into Spanish. It worked from the project's "
    "glossary (docs/glossary-es.md), which follows MedlinePlus en español. Then a separate review "
    "put the Spanish back into English and compared it with the original, and we fixed what it "
    "found. A professional medical translator has not reviewed the Spanish yet."
)
TRANSLATION_KEPT = N_(
    "The article's quotes and our list of sources stay in English, as they were published. Next to "
    "each quote, we show our own translation. The words that Streamlit puts on its own controls, "
    "such as the box to upload a file, also stay in English."
)

WHERE_WE_LOOKED = N_(
    "**Where we looked.** We started with the two main guidelines for back pain. One is from "
    "the American College of Physicians in the US (ACP 2017). The other is from NICE in the UK "
    "(NG59, from 2016). Then we read the reviews behind the US guideline, Cochrane reviews, FDA "
    "drug labels, NHS pages and published prices. This was not a full search of every study, "
    "the kind a systematic review does."
)

GUIDELINES_DIFFER = N_(
    "The answer to *What do guidelines say?* on Compare names which guideline says what, for "
    "new pain and for pain over 12 weeks. When only one of them names an option, we say that "
    "the other does not mention it. When one backs an option only in part, such as only with "
    "exercise, the card says so. When neither names an option, we say so and say how we placed it."
)


def us_date(day: dt.date) -> str:
    """A date as people in the US write it: "December 7, 2026" ("7 de diciembre de 2026")."""
    return i18n.format_date(day, "us_date")


def when_checked(ds: Dataset) -> str:
    """When the sources are from and when we checked the facts, read from the data."""
    years = [s.year for s in ds.sources.values()]
    days = sorted({o.last_reviewed for o in ds.options})
    values = {
        "count": len(years),
        "first_year": min(years),
        "last_year": max(years),
        "first_day": us_date(days[0]),
        "last_day": us_date(days[-1]),
        "reviewed": us_date(ds.last_reviewed),
    }
    if len(days) == 1:
        return _(
            "**When.** Our {count} sources are from {first_year} to {last_year}. "
            "We last checked each option's facts on {first_day}. "
            "The data was last reviewed on {reviewed}."
        ).format(**values)
    return _(
        "**When.** Our {count} sources are from {first_year} to {last_year}. "
        "We last checked each option's facts between {first_day} and {last_day}. "
        "The data was last reviewed on {reviewed}."
    ).format(**values)


def what_we_let_in() -> str:
    """The rule for a figure that feeds a score, from the lists the data check uses."""
    return _(
        "**What we let in.** Some figures can change the order of options: a cost, a harm "
        "level, how soon or how long it helps, and how much it helps. Each of these must come "
        "from one of these kinds of source: {kinds}. A price can be at most "
        "{years} years older than the day we checked its row. Other kinds of "
        "source, such as a news page or a maker's page, can add words but never change a score. "
        "A check on the data files stops anything else. Each source also has a mark for how sure "
        "we are of it: V, S, W or U (see Sources below)."
    ).format(
        kinds=join_words([_(KIND_LABELS[k]) for k in vocab.SCORE_SOURCE_KINDS]),
        years=vocab.MAX_PRICE_AGE_YEARS,
    )


def how_found(ds: Dataset) -> str:
    """About's "How we found the evidence": where, when and what we let in."""
    return "\n\n".join((_(WHERE_WE_LOOKED), when_checked(ds), what_we_let_in()))


def guidelines_differ() -> str:
    return f"{_(GUIDELINES_DIFFER)} {_(DISAGREEMENT_RULE)}"


def source_kinds_table(ds: Dataset) -> pd.DataFrame:
    """How many sources of each kind we use, and whether that kind may stand behind a score."""
    counts = Counter(s.kind for s in ds.sources.values())
    rows = [
        {
            _("Kind of source"): pgettext("kind of source, in a table", KIND_NAMES[kind]),
            _("Sources"): counts[kind],
            _("Can change a score"): readability.yes_no(kind in vocab.SCORE_SOURCE_KINDS),
        }
        for kind in vocab.SOURCE_KINDS
        if counts[kind]
    ]
    return pd.DataFrame(rows)


FUNDING = N_(
    "This project has no funding and no conflicts of interest. No company paid for it or checked it."
)

READABILITY_TEXT = N_(
    "We aim for text that a 13-year-old can read (US school grade 8 or lower). "
    "The table gives the Flesch–Kincaid grade of the text we wrote, by group. "
    "It leaves out the article's own words and the source titles."
)
READABILITY_SPANISH = N_(
    "For the Spanish text, we aim for a Fernández-Huerta score of {goal} or more. A higher score "
    "means the text is easier to read. The table gives this score too. We measure it with the "
    "Spanish rules of textstat, the tool that gives the English grade."
)


def readability_spanish() -> str:
    return _(READABILITY_SPANISH).format(goal=i18n.format_number(readability.MIN_EASE))


def page_texts(ds: Dataset) -> list[str]:
    """Everything this page says in its own words, in this run's language, for the table."""
    return [
        _(PURPOSE),
        disclaimer(),
        _(MAINTAINERS),
        _(NOT_TESTED),
        testing_plan(),
        _(HOW_CHOSEN),
        how_found(ds),
        _(GUIDELINES_DIFFER),
        _(DISAGREEMENT_RULE),
        how_scored(),
        checkin_rules(),
        _(CONFIDENCE_TEXT),
        update_policy(ds),
        _(FUNDING),
        _(TRANSLATION),
        _(TRANSLATION_KEPT),
        _(READABILITY_TEXT),
        readability_spanish(),
    ]


THIS_PAGE = N_("This page (Sources and method)")


def grade_table(ds: Dataset, spanish: Dataset | None = None) -> pd.DataFrame:
    """How easy each group of our text is to read, and this page's own words: the English
    grade of `ds` (the data in English) and the Spanish score of `spanish` (the same data
    with its Spanish overlay; `ds` if there is none), in this run's language."""
    page = readability.measured(
        THIS_PAGE,
        readability.said_in(i18n.SOURCE, lambda: page_texts(ds)),
        readability.said_in(readability.SPANISH, lambda: page_texts(ds)),
    )
    return readability.table([*readability.measured_groups(ds, spanish), page])


SOURCE_HEADERS = {
    "source": N_("Source"),
    "year": N_("Year"),
    "how_sure": N_("How sure"),
    "id": N_("Id"),
    "link": N_("Link"),
}


def _source_rows(ds: Dataset) -> pd.DataFrame:
    rows = [
        {
            "source": s.citation,  # as published: never translated
            "year": s.year,
            "how_sure": f"{s.confidence} ({_(vocab.CONFIDENCE_LABELS[s.confidence])})",
            "id": s.id,
            "link": s.url,
        }
        for s in sorted(ds.sources.values(), key=lambda s: (-s.year, s.id))
    ]
    return pd.DataFrame(rows, columns=list(SOURCE_HEADERS))


def _headed(table: pd.DataFrame) -> pd.DataFrame:
    return table.rename(columns={key: _(name) for key, name in SOURCE_HEADERS.items()})


def sources_table(ds: Dataset) -> pd.DataFrame:
    return _headed(_source_rows(ds))


def _open_link(url: str) -> str:
    if not url.startswith(("https://", "http://")):
        return ""
    safe = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
    return "[{open}]({url})".format(open=pgettext("a link to a source", "Open"), url=safe)


def sources_markdown(ds: Dataset) -> pd.DataFrame:
    """The sources table for st.table, which reads each cell as Markdown: our own text is
    escaped, and each web address (from data/sources.csv) is an "Open" link."""
    table = _source_rows(ds)[["source", "year", "how_sure", "link", "id"]]
    text = {c: table[c].astype(str).map(escape_markdown) for c in ("source", "how_sure", "id")}
    return _headed(table.assign(**text, link=table["link"].astype(str).map(_open_link)))
