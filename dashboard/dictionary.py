"""The data dictionary: every column of every file in plain words.

A unit test checks that this covers exactly the columns the schemas define.
"""

from __future__ import annotations

FILE_PURPOSE = {
    "options.csv": "One row per relief option, with its costs, timing, benefits, harms and sources.",
    "sources.csv": "Every source we cite, with its year, web address and how sure we are of it.",
    "quotes.csv": "The article's own words, copied exactly, with the paragraph they come from.",
    "claims.csv": "Each piece of advice in the article, next to what guidelines say.",
    "causes.csv": "The causes the article names, what helps, and what the evidence says.",
    "warning_signs.csv": "Signs that mean you should get medical help, and how fast.",
    "natural_course.csv": "What usually happens to new back pain over time, as numbers out of 100.",
    "evidence.csv": "What is known about each option for new pain and for pain over 12 weeks: "
    "what guidelines say, how soon it helps, how long it lasts, and how strong the evidence is.",
    "health_cautions.csv": "Where a label says to ask a doctor first, for each health answer.",
}

COLUMNS: dict[str, dict[str, str]] = {
    "options.csv": {
        "id": "Short fixed name of the option, used in links and tests.",
        "name": "The option's name.",
        "category": "Kind of option: self-care, store-bought medicine, prescription medicine or therapy.",
        "is_medicine": "Yes if it is a medicine.",
        "named_in_article": "Yes if the article names it.",
        "summary": "What it is, in a sentence or two.",
        "cost_low_usd": "Low end of the option's own cost in US dollars, for the cost_unit. Empty means unknown.",
        "cost_high_usd": "High end of the option's own cost in US dollars, for the cost_unit. Empty means unknown.",
        "cost_unit": "What the cost covers: month (a month), course (one course, as the label allows) or one_off.",
        "cost_basis": "How we worked out the cost, and what it leaves out.",
        "cost_confidence": "How sure we are of the cost (V, S, W or U, see below).",
        "visit_cost_low_usd": "Low end of a doctor visit, when one is needed. Empty if none is needed.",
        "visit_cost_high_usd": "High end of a doctor visit, when one is needed. Empty if none is needed.",
        "doctor_needed": "Whether you need a doctor: no, sometimes or yes.",
        "severities": "Which pain it suits: mild, moderate, severe (joined by |).",
        "durations": "How long the pain has lasted: acute (under 4 weeks), subacute (4 to 12 weeks), chronic (over 12 weeks).",
        "harms": "Side effects and risks, in the same detail as the benefits.",
        "harm_level": "Our harm grade: low (only minor harms), moderate (label warns of serious harm), high (boxed warning).",
        "what_its_like": "What doing it is like day to day.",
        "source_ids": "The sources behind this row (ids from sources.csv, joined by ;).",
        "last_reviewed": "The date we last checked this row.",
    },
    "evidence.csv": {
        "option_id": "The option this row is about.",
        "stage": "new (pain under 12 weeks) or long (pain over 12 weeks).",
        "guideline_verdict": "What guidelines say for this stage: recommended, option, last resort, "
        "not recommended or not covered.",
        "guideline_says": "What guidelines say, in a sentence or two.",
        "onset_hours_low": "Soonest it starts to help, in hours. Empty means unknown.",
        "onset_hours_high": "Latest it starts to help, in hours. Empty means unknown.",
        "onset_text": "How soon it helps, in words.",
        "onset_confidence": "How sure we are of the timing (V, S, W or U).",
        "lasts_hours_low": "Shortest time the benefit lasts, in hours. Empty means unknown.",
        "lasts_hours_high": "Longest time the benefit lasts, in hours. Empty means unknown.",
        "lasts_text": "How long the benefit lasts, in words.",
        "lasts_confidence": "How sure we are of how long it lasts (V, S, W or U).",
        "benefits": "What it can do for you, with numbers where we have them.",
        "effect_size": "How big the benefit was in trials: none (no better than a dummy pill), small, "
        "moderate or unknown.",
        "evidence_quality": "How sure the trials are: high, moderate, low, very low or unknown.",
        "caveat": "A note shown with the option for this stage, such as a label's time limit. May be empty.",
        "source_ids": "The sources behind this row (ids from sources.csv, joined by ;).",
    },
    "health_cautions.csv": {
        "option_id": "The option the label is for.",
        "condition": "The health answer: pregnant, heart, kidney, ulcer, blood_thinner or age65.",
        "reason": "What the label says, in plain words.",
        "source_ids": "The label or source behind it.",
    },
    "sources.csv": {
        "id": "Short fixed name of the source.",
        "citation": "Who wrote it, the title and where it appeared.",
        "year": "Year it was published.",
        "url": "Web address where we read it.",
        "confidence": "V verified, S secondary, W weak, U unconfirmed.",
    },
    "quotes.csv": {
        "id": "Short fixed name of the quote.",
        "paragraph": "Paragraph number in the article (the title is paragraph 1).",
        "topics": "The options or causes it is about, or general (joined by |).",
        "role": "guidance if it gives advice, context if it only sets the scene.",
        "text": "The article's words, copied exactly.",
    },
    "claims.csv": {
        "id": "Short fixed name of the claim.",
        "quote_id": "The quote the claim comes from.",
        "topics": "The options it is about, or general (joined by |).",
        "claim": "The advice, in short.",
        "guidelines_say": "What guidelines and reviews say about it.",
        "verdict": "Agrees, partly agrees, disagrees or not addressed.",
        "reason": "Why we gave that verdict.",
        "source_ids": "The sources behind the verdict.",
    },
    "causes.csv": {
        "id": "Short fixed name of the cause.",
        "name": "The cause, as the article puts it.",
        "quote_id": "The quote that names it.",
        "what_helps": "What a person can do about it.",
        "evidence_says": "What the evidence says.",
        "verdict": "Agrees, partly agrees, disagrees or not addressed.",
        "source_ids": "The sources behind the verdict. Empty if we found none.",
    },
    "warning_signs.csv": {
        "id": "Short fixed name of the sign.",
        "level": "emergency (call 911 now), urgent (a doctor today) or soon (book a visit).",
        "symptom": "The sign, in plain words.",
        "what_to_do": "What to do if you have it.",
        "source_ids": "The sources behind it.",
    },
    "natural_course.csv": {
        "id": "Short fixed name of the figure.",
        "statement": "The figure as a sentence, with {value} and {out_of} filled in.",
        "value": "How many people, or the pain score.",
        "out_of": "Out of how many (always 100 here, so figures compare).",
        "weeks": "When it was measured, in weeks from the start.",
        "source_ids": "The sources behind it.",
    },
}
