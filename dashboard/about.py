"""Text and tables for the About page, kept out of the page so tests can read them."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pandas as pd

from dashboard import content, progress, readability, vocab
from dashboard.data import Dataset
from dashboard.text import escape_markdown

PURPOSE = (
    "Relief Explorer helps you compare ways to ease everyday low back pain. "
    "It is for people in pain and for coaches who help them. "
    "It starts from a popular article, *How Do You Spell Relief?*, and shows its advice word for word. "
    "Next to it, we show what medical guidelines say, with costs, harms and sources. "
    "You do not need an account, and we store nothing about you."
)

# The shared disclaimer, with what only this page has room for.
DISCLAIMER = (
    f"{content.DISCLAIMER} It cannot tell what is causing your pain. "
    "In an emergency, call 911 or your local emergency number."
)

HOW_CHOSEN = (
    "We took every option the article names. They are aspirin, acetaminophen, prescription muscle "
    "relaxants and anti-inflammatories, narcotic (opioid) medicine, massage and water therapy. "
    "Then we added what the US and UK guidelines put first but the article leaves out. "
    "That is staying active, heat, store-bought ibuprofen or naproxen, and exercise. "
    "We also added more of the care the two guidelines name. That is yoga or tai chi, spinal "
    "manipulation, acupuncture, talking therapy and team rehab programs. "
    "Each fact comes from a source listed below. Where we found no figure, we say unknown."
)

# How we handle a clash between the two guidelines: said once, under "How we found the evidence".
DISAGREEMENT_RULE = (
    "Sometimes one guideline suggests an option and the other says not to offer it. Then we "
    "still show it as an option, and every card, slide and handout says that the guidelines disagree."
)

# What guidelines name that we still leave out, and why. Shown on Find and on this page.
NOT_COVERED = (
    "Guidelines name some care we do not compare here. If you want to know more about any of "
    "these, ask your doctor.\n\n"
    "- **Spinal injections.** The UK guideline says people with back pain without sciatica should not "
    "have them. The one exception is a nerve treatment (radiofrequency denervation). It is only for "
    "long-lasting pain when other care has not worked, and a specialist must test first that it "
    "could help.\n"
    "- **Surgery.** The UK guideline says not to offer spinal fusion surgery for back pain, except in "
    "a research study. It is not a relief option for everyday back pain.\n"
    "- **Duloxetine**, a prescription medicine also used for depression. The US guideline lists it "
    "as a second choice for pain over 12 weeks. The UK guideline says not to offer this type of "
    "medicine for back pain.\n"
    "- **TENS or PENS machines, ultrasound, back belts or corsets, shoe inserts or rocker-sole shoes, "
    "and traction.** The UK guideline says not to offer them for back pain.\n"
    "- **Low-level laser therapy, biofeedback, operant therapy (a kind of talking therapy that rewards "
    "being active) and progressive relaxation.** The US guideline lists them for pain over 12 weeks, "
    "with low-quality evidence. We do not compare them here yet.\n\n"
    "Motor control exercise is part of the exercise program here. Sources: NICE quality standard "
    "QS155, statement 6 (2017); NICE NG59 (2016) and its 2018 review; ACP 2017."
)
# The sources of NOT_COVERED, by their ids in data/sources.csv (listed on this page with the rest).
NOT_COVERED_SOURCES = ("NICE_QS155_S6", "AOMRC_EBI", "NICE_NG59_SURV2018", "NICE_NG59_ACUP", "ACP2017")

HOW_SCORED = (
    "On *Find my options*, the answer is ordered in two steps.\n\n"
    "1. **What guidelines say comes first.** We read what guidelines say for how long your pain has lasted: "
    "new pain (under 12 weeks) or pain over 12 weeks. The advice is often not the same. "
    "Options that fit you are put in groups: first what guidelines suggest, then other options, "
    "then last resorts. An option from a lower group never comes above one from a higher group. "
    "Options that guidelines advise against for your pain are listed apart, with why. "
    "We never count them as options that fit you.\n"
    "2. **Then what matters to you.** Inside each group, you set what matters: speed, cost, side effects "
    "and so on. Each option gets a score from 0 to 5 for each of these, by the rules below. "
    "Your choices set how much each one counts.\n\n"
    "**Unknown is never a penalty and never a prize.** If we do not know a value, it could be "
    "anything from 0 to 5. So the score becomes a range, such as 2.5 to 3.8. We put one option "
    "above another only if it stays above whatever the unknown values turn out to be. If we cannot "
    "tell, we show them as equal (=) and list them A to Z. A missing figure can only make two "
    "options equal. It never moves an option above or below another.\n\n"
    "**No credit without a benefit.** If trials found an option did no better than a dummy pill "
    "(or, for care without drugs, found no benefit) for pain like yours, it gets 0 for speed and for "
    "lasting benefit. If your pain has lasted 4 to 12 weeks and the studies were only of newer pain, "
    "we do not score those figures for you, and we say so.\n\n"
    "**What usually happens** to back pain over time is shown once, beside every option. It is not "
    "the benefit of any one option.\n\n"
    "**Only sound sources feed a score.** A figure that feeds a score must come from a guideline, a "
    "journal or Cochrane review, a drug label, an NHS page, a government agency such as the FDA, or "
    "government price data. A price may be at most 8 years old. Otherwise we say unknown. A check "
    "on the data files stops any other source.\n\n"
    "We never say which option is best for you. We say what guidelines suggest first, and, apart "
    "from that, which options score highest on what you said matters.\n\n"
    "**Your health.** If you tell us you are pregnant, have heart, kidney, liver or stomach "
    "problems, take a blood thinner or an antidepressant, or are 60 or older, options whose label "
    "says to ask a doctor first move to their own list, with the label's reason. The same reason "
    "shows in your plan, on the coach's slides and on the handout. A prescription medicine gets "
    "every caution of the store-bought form of the same medicine. These answers are never part "
    "of a share link."
)

CHECKIN_RULES = (
    "On *Check in*, we never tell you to keep going if you are getting worse. "
    "We tell you to book a visit with your doctor if:\n\n"
    "- your pain is 2 or more points higher than at your first check-in, or than your lowest;\n"
    "- your pain is 8 out of 10 or more;\n"
    "- you can do 2 or more points less than you could at your best;\n"
    "- you said it did not help at two check-ins in a row;\n"
    "- you reach the label's day limit, for example 10 days for store-bought ibuprofen, even if "
    "your pain is easing; or\n"
    "- your pain is not better by your review date.\n\n"
    '"Better" means less pain, and being able to do no less than at the start. '
    "If a warning sign applied at your last check-in, or at any check-in in the last "
    f"{progress.RECENT.days} days, the most serious one comes first: call 911 for an "
    "emergency sign, see a doctor today for an urgent one, or book a visit for the rest. "
    "An older, more serious warning stays on screen as a note after later check-ins, with what to do. "
    "A check-in in a link dated after tomorrow is left out. We keep it only if it has a warning sign. "
    "If a link has two check-ins for one day, we keep the more serious warning. "
    "You get a notice each time. None of this can hide a warning."
)

CONFIDENCE_TEXT = (
    "Each source has a mark for how sure we are of it. "
    "**V** verified: we read the words in the original or an official summary. "
    "**S** secondary: a trusted source reports it. "
    "**W** weak: a shop, blog or news page; treat it with care. "
    "**U** unconfirmed: we could not check it."
)

UPDATE_POLICY = (
    "We check the data at least once a year, and sooner when a major guideline changes. "
    "The data was last reviewed on {date}. "
    "The US guideline we cite is from 2017. Its publisher says guidelines lapse after 5 years, "
    "and we could not confirm an update, so we call it the ACP 2017 guideline, not the current one."
)

LOCAL_PRICES = (
    "A coach can set local prices and services on the Local prices page. They travel in the "
    "coach's link or file, never on our server. Each local price is marked and signed, we do not "
    "check it, and our national figure stays one click away. The pack file has these columns:"
)

# ------------------------------------------------------------------ who makes it, and how

# Only what is true of the project: pyproject.toml names it and its license, and nobody else.
MAINTAINERS = (
    "Relief Explorer is made and kept up to date by the Relief Explorer project, a small "
    "open-source team. Anyone may use, copy or change the code, under the MIT license. "
    "Each fact names its source, with a mark for how sure we are of it. "
    "No doctor, pharmacist, physical therapist or other health worker has reviewed this aid yet."
)

NOT_TESTED = (
    "We have not yet tested this aid with people who have back pain, with coaches or with "
    "doctors. So we do not yet know if it helps people understand their choices, or choose "
    "what fits them. Our plan for this testing is in the file docs/development.md, which "
    "comes with the code. In short:"
)

TEST_PLAN = (
    "- **People try it and think out loud.** 5 to 8 people with back pain, 3 to 5 coaches, "
    "and 2 health workers who did not help make it. Each one uses it on a phone and says what "
    "they think as they go.\n"
    "- **A few short questions.** How easy it was to use, 5 questions on what they learned, "
    "and 4 on how sure they feel about their choice. We also time how long a choice takes.\n"
    "- **A check of the facts.** A doctor, pharmacist or physical therapist who did not help "
    "make it checks each data file. We will list who checked each file, and when.\n"
    "- **Nothing stored.** Answers stay on the person's own phone or computer, in their link or "
    "a file they download. We keep nothing on a server.\n"
    "- **Shared in the open.** We will publish what we found and what we changed."
)

# What each kind of source in data/sources.csv is, in plain words, as said inside a sentence.
KIND_LABELS: dict[vocab.SourceKind, str] = {
    "guideline": "guideline",
    "journal": "journal article",
    "cochrane": "Cochrane review",
    "drug_label": "drug label",
    "nhs": "NHS page",
    "regulator": "government agency (such as the FDA)",
    "gov_price": "government price data",
    "health_system": "health system page",
    "professional_body": "professional group",
    "trade_group": "trade group",
    "maker": "maker's page",
    "news": "news page",
    "business": "business page",
    "blog": "blog",
    "content_site": "health content site",
}

WHERE_WE_LOOKED = (
    "**Where we looked.** We started with the two main guidelines for back pain. One is from "
    "the American College of Physicians in the US (ACP 2017). The other is from NICE in the UK "
    "(NG59, from 2016). Then we read the reviews behind the US guideline, Cochrane reviews, FDA "
    "drug labels, NHS pages and published prices. This was not a full search of every study, "
    "the kind a systematic review does."
)

GUIDELINES_DIFFER = (
    "The answer to *What do guidelines say?* on Compare names which guideline says what, for "
    "new pain and for pain over 12 weeks. When only one of them names an option, we say that "
    "the other does not mention it. When one backs an option only in part, such as only with "
    "exercise, the card says so. When neither names an option, we say so and say how we placed it."
)


def us_date(day: dt.date) -> str:
    """A date as people in the US write it: "December 7, 2026"."""
    return f"{day:%B} {day.day}, {day.year}"


def when_checked(ds: Dataset) -> str:
    """When the sources are from and when we checked the facts, read from the data."""
    years = [s.year for s in ds.sources.values()]
    days = sorted({o.last_reviewed for o in ds.options})
    checked = (
        f"on {us_date(days[0])}" if len(days) == 1 else f"between {us_date(days[0])} and {us_date(days[-1])}"
    )
    return (
        f"**When.** Our {len(years)} sources are from {min(years)} to {max(years)}. "
        f"We last checked each option's facts {checked}. "
        f"The data was last reviewed on {us_date(ds.last_reviewed)}."
    )


def what_we_let_in() -> str:
    """The rule for a figure that feeds a score, from the lists the data check uses."""
    kinds = [KIND_LABELS[k] for k in vocab.SCORE_SOURCE_KINDS]
    return (
        "**What we let in.** Some figures can change the order of options: a cost, a harm "
        "level, how soon or how long it helps, and how much it helps. Each of these must come "
        f"from one of these kinds of source: {', '.join(kinds[:-1])} or {kinds[-1]}. A price can be at most "
        f"{vocab.MAX_PRICE_AGE_YEARS} years older than the day we checked its row. Other kinds of "
        "source, such as a news page or a maker's page, can add words but never change a score. "
        "A check on the data files stops anything else. Each source also has a mark for how sure "
        "we are of it: V, S, W or U (see Sources below)."
    )


def how_found(ds: Dataset) -> str:
    """About's "How we found the evidence": where, when and what we let in."""
    return "\n\n".join((WHERE_WE_LOOKED, when_checked(ds), what_we_let_in()))


def source_kinds_table(ds: Dataset) -> pd.DataFrame:
    """How many sources of each kind we use, and whether that kind may stand behind a score."""
    counts = Counter(s.kind for s in ds.sources.values())
    rows = [
        {
            "Kind of source": KIND_LABELS[kind][0].upper() + KIND_LABELS[kind][1:],
            "Sources": counts[kind],
            "Can change a score": "Yes" if kind in vocab.SCORE_SOURCE_KINDS else "No",
        }
        for kind in vocab.SOURCE_KINDS
        if counts[kind]
    ]
    return pd.DataFrame(rows)


def page_texts(ds: Dataset) -> list[str]:
    """Everything this page says in its own words, for the reading-grade table."""
    return [
        PURPOSE,
        DISCLAIMER,
        MAINTAINERS,
        NOT_TESTED,
        TEST_PLAN,
        HOW_CHOSEN,
        how_found(ds),
        GUIDELINES_DIFFER,
        DISAGREEMENT_RULE,
        HOW_SCORED,
        CHECKIN_RULES,
        CONFIDENCE_TEXT,
        UPDATE_POLICY.format(date=us_date(ds.last_reviewed)),
        FUNDING,
        READABILITY_TEXT,
    ]


def grade_table(ds: Dataset) -> pd.DataFrame:
    """The reading grade of each group of our text, and of this page's own words."""
    grade = readability.grade(page_texts(ds))
    page = {
        "Text": "This page (Sources and method)",
        "Grade": round(grade, 1),
        "Goal met": "Yes" if grade <= readability.MAX_GRADE else "No",
    }
    table = pd.concat([readability.grade_table(ds), pd.DataFrame([page])], ignore_index=True)
    return table.assign(Grade=table["Grade"].map(lambda g: f"{g:.1f}"))  # "5.8", not "5.8000"


FUNDING = "This project has no funding and no conflicts of interest. No company paid for it or checked it."

READABILITY_TEXT = (
    "We aim for text that a 13-year-old can read (US school grade 8 or lower). "
    "The table gives the Flesch–Kincaid grade of the text we wrote, by group. "
    "It leaves out the article's own words and the source titles."
)


def sources_markdown(ds: Dataset) -> pd.DataFrame:
    """The sources table for st.table, which reads each cell as Markdown: our own text is
    escaped, and each web address (from data/sources.csv) is an "Open" link."""
    table = sources_table(ds)[["Source", "Year", "How sure", "Link", "Id"]]
    text = {c: table[c].astype(str).map(escape_markdown) for c in ("Source", "How sure", "Id")}
    links = table["Link"].map(
        lambda url: (
            f"[Open]({url.replace('(', '%28').replace(')', '%29').replace(' ', '%20')})"
            if str(url).startswith(("https://", "http://"))
            else ""
        )
    )
    return table.assign(**text, Link=links)


def sources_table(ds: Dataset) -> pd.DataFrame:
    rows = [
        {
            "Source": s.citation,
            "Year": s.year,
            "How sure": f"{s.confidence} ({vocab.CONFIDENCE_LABELS[s.confidence]})",
            "Id": s.id,
            "Link": s.url,
        }
        for s in sorted(ds.sources.values(), key=lambda s: (-s.year, s.id))
    ]
    return pd.DataFrame(rows)
