"""Text and tables for the About page, kept out of the page so tests can read them."""

from __future__ import annotations

import pandas as pd

from dashboard import content, vocab
from dashboard.data import Dataset

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
    "We took every option the article names: aspirin, acetaminophen, prescription muscle "
    "relaxants and anti-inflammatories, narcotic (opioid) medicine, massage and water therapy. "
    "We added the options that US and UK guidelines put first but the article leaves out: "
    "staying active, heat, store-bought ibuprofen or naproxen, and exercise. "
    "Each fact comes from a source listed below. Where we found no figure, we say unknown."
)

HOW_SCORED = (
    "On *Find my options*, the answer is ordered in two steps.\n\n"
    "1. **What guidelines say comes first.** We read what guidelines say for how long your pain has lasted: "
    "new pain (under 12 weeks) or pain over 12 weeks. The advice is often not the same. "
    "Options that fit you are put in groups: first what guidelines suggest, then other options, "
    "then last resorts, then what guidelines advise against. "
    "An option from a lower group never comes above one from a higher group.\n"
    "2. **Then what matters to you.** Inside each group, you set what matters: speed, cost, side effects "
    "and so on. Each option gets a score from 0 to 5 for each of these, by the rules below. "
    "Your choices set how much each one counts. Equal scores are shown as ties.\n\n"
    "**Unknown is never a penalty and never a prize.** If we do not know a value, we leave it out of "
    'that option\'s score, and the card says so, for example "scored on 4 of 6 factors". '
    "**No credit without a benefit.** If trials found an option did no better than a dummy pill "
    "for pain like yours, it gets 0 for speed and for lasting benefit.\n\n"
    "We never say which option is best for you. We say what guidelines suggest first, and, apart "
    "from that, which options score highest on what you said matters.\n\n"
    "**Your health.** If you tell us you are pregnant, have heart, kidney or stomach problems, take a "
    "blood thinner, or are 65 or older, options whose label says to ask a doctor first move to their "
    "own list, with the label's reason. These answers are never part of a share link."
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

FUNDING = "This project has no funding and no conflicts of interest. No company paid for it or checked it."

READABILITY_TEXT = (
    "We aim for text that a 13-year-old can read (US school grade 8 or lower). "
    "The table gives the Flesch–Kincaid grade of the text we wrote, by group. "
    "It leaves out the article's own words and the source titles."
)


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
