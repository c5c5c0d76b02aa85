"""Every data file's columns, declared once.

A file is a `Table`: its name, what it is for, and its `Column`s. A column has a
name, a `Kind` (what a good cell looks like, and the Python value it becomes) and
its meaning in plain words. From these declarations come

- the pandera schemas (`SCHEMAS`) that check each file on its own,
- the data dictionary on the About page (`dashboard.dictionary`),
- the objects: `load.py` converts each cell by its kind and passes the columns, by
  name, to the model dataclass (`Column.field` names the field where it differs).
"""

from __future__ import annotations

import pandera.pandas as pa

from dashboard import vocab
from dashboard.data.kinds import (
    ID_LIST,
    SLUG,
    Column,
    Kind,
    Table,
    date,
    days_or_empty,
    is_date,
    is_number,
    is_whole,
    list_of,
    note,
    number_or_unknown,
    one_of,
    slug,
    source_id,
    source_list,
    split_ids,
    split_list,
    template,
    text,
    to_number,
    topics,
    web_address,
    whole,
    year,
    yes_no,
)
from dashboard.data.option_tables import EVIDENCE, HEALTH_CAUTIONS, OPTIONS, SOURCE_IDS_OF_ROW
from dashboard.i18n import N_

__all__ = [
    "DATA_FILES",
    "ID_LIST",
    "SCHEMAS",
    "SLUG",
    "SOURCE_IDS_OF_ROW",
    "TABLE",
    "TABLES",
    "Column",
    "Kind",
    "Table",
    "date",
    "days_or_empty",
    "files_with",
    "is_date",
    "is_number",
    "is_whole",
    "list_of",
    "note",
    "number_or_unknown",
    "one_of",
    "slug",
    "source_id",
    "source_list",
    "split_ids",
    "split_list",
    "template",
    "text",
    "to_number",
    "topics",
    "web_address",
    "whole",
    "year",
    "yes_no",
]


SOURCES = Table(
    "sources.csv",
    N_("Every source we cite, with its year, web address and how sure we are of it."),
    (
        Column("id", source_id(), N_("Short fixed name of the source.")),
        Column("citation", text(), N_("Who wrote it, the title and where it appeared.")),
        Column("year", year(), N_("Year it was published.")),
        Column("url", web_address(), N_("Web address where we read it.")),
        Column("confidence", one_of(vocab.CONFIDENCE), N_("V verified, S secondary, W weak, U unconfirmed.")),
        Column(
            "kind",
            one_of(vocab.SOURCE_KINDS),
            N_(
                "What kind of source it is. Only a guideline, journal, cochrane, drug_label, nhs, "
                "regulator or gov_price source may stand behind a figure that feeds a score."
            ),
        ),
    ),
)

QUOTES = Table(
    "quotes.csv",
    N_("The article's own words, copied exactly, with the paragraph they come from."),
    (
        Column("id", slug(), N_("Short fixed name of the quote.")),
        Column(
            "paragraph",
            whole("must be a paragraph number from 1", minimum=1),
            N_("Paragraph number in the article (the title is paragraph 1)."),
        ),
        Column(
            "topics",
            topics("must be option ids, cause ids, general or causes, joined by |"),
            N_("The options or causes it is about, or general (joined by |)."),
        ),
        Column(
            "role",
            one_of(vocab.QUOTE_ROLES),
            N_("guidance if it gives advice, context if it only sets the scene."),
        ),
        Column("text", text(), N_("The article's words, copied exactly.")),
    ),
)

CLAIMS = Table(
    "claims.csv",
    N_("Each piece of advice in the article, next to what guidelines say."),
    (
        Column("id", slug(), N_("Short fixed name of the claim.")),
        Column("quote_id", slug(unique=False), N_("The quote the claim comes from.")),
        Column(
            "topics",
            topics("must be option ids or general, joined by |"),
            N_("The options it is about, or general (joined by |)."),
        ),
        Column("claim", text(), N_("The advice, in short.")),
        Column("guidelines_say", text(), N_("What guidelines and reviews say about it.")),
        Column(
            "verdict",
            one_of(vocab.CLAIM_VERDICTS),
            N_("Agrees, partly agrees, not supported by evidence, disagrees or not addressed."),
        ),
        Column("reason", text(), N_("Why we gave that verdict.")),
        Column("source_ids", source_list(required=True), N_("The sources behind the verdict.")),
    ),
)

CAUSES = Table(
    "causes.csv",
    N_("The causes the article names, what helps, and what the evidence says."),
    (
        Column("id", slug(), N_("Short fixed name of the cause.")),
        Column("name", text(), N_("The cause, as the article puts it.")),
        Column("quote_id", slug(unique=False), N_("The quote that names it.")),
        Column("what_helps", text(), N_("What a person can do about it.")),
        Column("evidence_says", text(), N_("What the evidence says.")),
        Column(
            "verdict",
            one_of(vocab.CLAIM_VERDICTS),
            N_("Agrees, partly agrees, not supported by evidence, disagrees or not addressed."),
        ),
        Column(
            "source_ids",
            source_list(required=False),
            N_("The sources behind the verdict. Empty if we found none."),
        ),
    ),
)

WARNING_SIGNS = Table(
    "warning_signs.csv",
    N_("Signs that mean you should get medical help, and how fast."),
    (
        Column("id", slug(), N_("Short fixed name of the sign.")),
        Column(
            "level",
            one_of(vocab.WARNING_LEVELS),
            N_("emergency (call 911 now), urgent (a doctor today) or soon (book a visit)."),
        ),
        Column("symptom", text(), N_("The sign, in plain words.")),
        Column("what_to_do", text(), N_("What to do if you have it.")),
        Column(
            "condition",
            Kind(
                "must be empty, or one of: " + ", ".join(vocab.HEALTH_CONDITIONS),
                lambda x: x == "" or x in vocab.HEALTH_CONDITIONS,
            ),
            N_(
                "Empty if the sign is for everyone; a health answer (such as pregnant) if it is shown "
                "only to people who gave that answer."
            ),
        ),
        Column("source_ids", source_list(required=True), N_("The sources behind it.")),
    ),
)

PAIN_COURSE = Table(
    "pain_course.csv",
    N_(
        "The average course of back pain in studies, for new pain and for pain over 12 weeks, "
        "as pain out of 100. An average, not a forecast for one person."
    ),
    (
        Column("stage", one_of(vocab.STAGES), N_("new (pain under 12 weeks) or long (pain over 12 weeks).")),
        Column("weeks", whole("must be a whole number of weeks"), N_("Weeks from the start of the study.")),
        Column(
            "mean_pain",
            whole("must be a whole number from 0 to 100"),
            N_("Average pain out of 100 at that time, across the studies."),
        ),
        Column("low", whole("must be a whole number from 0 to 100"), N_("Low end of its 95% range.")),
        Column("high", whole("must be a whole number from 0 to 100"), N_("High end of its 95% range.")),
        Column("source_ids", source_list(required=True), N_("The sources behind it.")),
    ),
)

NATURAL_COURSE = Table(
    "natural_course.csv",
    N_("What usually happens to new back pain over time, as numbers out of 100."),
    (
        Column("id", slug(), N_("Short fixed name of the figure.")),
        Column(
            "statement",
            template("value", "out_of"),
            N_("The figure as a sentence, with {value} and {out_of} filled in."),
        ),
        Column("value", whole("must be a whole number"), N_("How many people, or the pain score.")),
        Column(
            "out_of",
            whole("must be a whole number above 0", minimum=1),
            N_("Out of how many (always 100 here, so figures compare)."),
        ),
        Column(
            "weeks",
            whole("must be a whole number of weeks"),
            N_("When it was measured, in weeks from the start."),
        ),
        Column("source_ids", source_list(required=True), N_("The sources behind it.")),
    ),
)

# In load order: options first, as before.
TABLES: tuple[Table, ...] = (
    OPTIONS,
    SOURCES,
    QUOTES,
    CLAIMS,
    CAUSES,
    WARNING_SIGNS,
    PAIN_COURSE,
    NATURAL_COURSE,
    EVIDENCE,
    HEALTH_CAUTIONS,
)
TABLE: dict[str, Table] = {t.name: t for t in TABLES}
DATA_FILES: tuple[str, ...] = tuple(TABLE)
SCHEMAS: dict[str, pa.DataFrameSchema] = {t.name: t.schema() for t in TABLES}


def files_with(column: str) -> tuple[str, ...]:
    """The files that have this column, in DATA_FILES order."""
    return tuple(t.name for t in TABLES if column in t.column_names)
