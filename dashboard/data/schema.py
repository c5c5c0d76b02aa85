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

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandera.pandas as pa

from dashboard import vocab

SLUG = r"^[a-z][a-z0-9_]*$"
ID_LIST = r"^([A-Za-z0-9_]+(;[A-Za-z0-9_]+)*)?$"


# ------------------------------------------------------------ cell helpers


def is_number(text: str) -> bool:
    try:
        return float(text) >= 0
    except ValueError:
        return False


def is_whole(text: str) -> bool:
    return re.fullmatch(r"[0-9]+", text) is not None


def is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def split_ids(text: str) -> tuple[str, ...]:
    """Source ids are joined by ; and may be empty."""
    return tuple(x for x in text.split(";") if x)


def split_list(text: str) -> tuple[str, ...]:
    """Lists of words (severities, topics, ...) are joined by |."""
    return tuple(text.split("|"))


def to_number(text: str) -> float | None:
    """An empty cell means unknown."""
    return None if text == "" else float(text)


# ------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class Kind:
    """What a good cell looks like, and the value it becomes.

    `rule` says what a good cell is, in plain words; it is the message bad data gets.
    `ok` is None when any text will do. `values` are the allowed words, for a column
    that takes a fixed set of them (the model field's Literal type has the same)."""

    rule: str
    ok: Callable[[str], bool] | None = None
    convert: Callable[[str], Any] = str
    unique: bool = False
    values: tuple[str, ...] = ()

    def schema_column(self) -> pa.Column:
        checks = None if self.ok is None else pa.Check(self.ok, element_wise=True, error=self.rule)
        return pa.Column(str, checks, unique=self.unique)


def text() -> Kind:
    return Kind("must not be empty", lambda x: x.strip() != "")


def note() -> Kind:
    """Free text that may be empty; spaces around it are dropped."""
    return Kind("any text, or empty", None, str.strip)


def slug(unique: bool = True) -> Kind:
    return Kind(
        "must be a lowercase id (a-z, 0-9, _)", lambda x: re.fullmatch(SLUG, x) is not None, unique=unique
    )


def one_of(values: Iterable[str]) -> Kind:
    allowed = tuple(values)
    return Kind(f"must be one of: {', '.join(allowed)}", lambda x: x in allowed, values=allowed)


def yes_no() -> Kind:
    return Kind(one_of(vocab.YES_NO).rule, lambda x: x in vocab.YES_NO, lambda x: x == "yes")


def list_of(values: Iterable[str]) -> Kind:
    allowed = tuple(values)
    return Kind(
        f"must be one or more of {', '.join(allowed)}, joined by |",
        lambda x: x != "" and all(v in allowed for v in x.split("|")),
        split_list,
        values=allowed,
    )


def topics(rule: str) -> Kind:
    """Ids joined by |. Which ids are known is a rule across files (rules.py)."""
    return Kind(rule, lambda x: all(re.fullmatch(SLUG, t) for t in x.split("|")), split_list)


def number_or_unknown() -> Kind:
    return Kind("must be a number ≥ 0, or empty for unknown", lambda x: x == "" or is_number(x), to_number)


def days_or_empty() -> Kind:
    return Kind(
        "must be a whole number of days, or empty",
        lambda x: x == "" or (is_whole(x) and int(x) >= 1),
        lambda x: None if x == "" else int(x),
    )


def whole(rule: str, minimum: int = 0) -> Kind:
    return Kind(rule, lambda x: is_whole(x) and int(x) >= minimum, int)


def source_list(required: bool) -> Kind:
    def ok(x: str) -> bool:
        return re.fullmatch(ID_LIST, x) is not None and (x != "" or not required)

    rule = "must be source ids joined by ;" if required else "must be empty or source ids joined by ;"
    return Kind(rule, ok, split_ids)


def date() -> Kind:
    return Kind("must be a date like 2026-11-27", is_date, dt.date.fromisoformat)


def source_id() -> Kind:
    return Kind(
        "must be an id (A-Z, 0-9, _)", lambda x: re.fullmatch(r"^[A-Za-z0-9_]+$", x) is not None, unique=True
    )


def year() -> Kind:
    return Kind("must be a year like 2017", lambda x: re.fullmatch(r"(19|20)\d\d", x) is not None, int)


def web_address() -> Kind:
    return Kind("must be a web address", lambda x: re.match(r"^https?://\S+$", x) is not None)


def template(*names: str) -> Kind:
    """A sentence with {name} slots that are filled in when shown."""
    slots = tuple("{" + n + "}" for n in names)
    return Kind(f"must contain {' and '.join(slots)}", lambda x: all(s in x for s in slots))


# ---------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    means: str
    field: str = ""
    """The model field this column fills, when it is not `name`."""

    @property
    def field_name(self) -> str:
        return self.field or self.name


@dataclass(frozen=True)
class Table:
    name: str
    purpose: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def schema(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema({c.name: c.kind.schema_column() for c in self.columns}, strict=True)

    def convert(self, row: Mapping[str, str]) -> dict[str, Any]:
        """The row's cells as Python values, keyed by the model field each fills."""
        return {c.field_name: c.kind.convert(row[c.name]) for c in self.columns}


SOURCE_IDS_OF_ROW = "The sources behind this row (ids from sources.csv, joined by ;)."

TABLES: tuple[Table, ...] = (
    Table(
        "options.csv",
        "One row per relief option, with its costs, timing, benefits, harms and sources.",
        (
            Column("id", slug(), "Short fixed name of the option, used in links and tests."),
            Column("name", text(), "The option's name."),
            Column(
                "category",
                one_of(vocab.CATEGORIES),
                "Kind of option: self-care, store-bought medicine, prescription medicine or therapy.",
            ),
            Column("is_medicine", yes_no(), "Yes if it is a medicine."),
            Column("named_in_article", yes_no(), "Yes if the article names it."),
            Column("summary", text(), "What it is, in a sentence or two."),
            Column(
                "cost_low_usd",
                number_or_unknown(),
                "Low end of the option's own cost in US dollars, for the cost_unit. Empty means unknown.",
            ),
            Column(
                "cost_high_usd",
                number_or_unknown(),
                "High end of the option's own cost in US dollars, for the cost_unit. Empty means unknown.",
            ),
            Column(
                "cost_unit",
                one_of(vocab.COST_UNITS),
                "What the cost covers: month (a month), course (one course, as the label allows) or one_off.",
            ),
            Column("cost_basis", text(), "How we worked out the cost, and what it leaves out."),
            Column(
                "cost_source_ids",
                source_list(required=False),
                "The sources behind the cost figure (empty when the cost is unknown).",
            ),
            Column(
                "cost_confidence",
                one_of(vocab.CONFIDENCE),
                "How sure we are of the cost (V, S, W or U, see below).",
            ),
            Column(
                "visit_cost_low_usd",
                number_or_unknown(),
                "Low end of a doctor visit, when one is needed. Empty if none is needed.",
            ),
            Column(
                "visit_cost_high_usd",
                number_or_unknown(),
                "High end of a doctor visit, when one is needed. Empty if none is needed.",
            ),
            Column(
                "doctor_needed",
                one_of(vocab.DOCTOR_NEEDED),
                "Whether you need a doctor: no, sometimes or yes. A stage may say otherwise (evidence.csv).",
                field="base_doctor_needed",
            ),
            Column(
                "severities",
                list_of(vocab.SEVERITIES),
                "Which pain it suits: mild, moderate, severe (joined by |).",
            ),
            Column(
                "durations",
                list_of(vocab.DURATIONS),
                "How long the pain has lasted: acute (under 4 weeks), subacute (4 to 12 weeks), "
                "chronic (over 12 weeks).",
            ),
            Column("harms", text(), "Side effects and risks, in the same detail as the benefits."),
            Column(
                "main_harm",
                note(),
                "The most serious harms, copied from harms: every boxed warning and every "
                "'do not use' line. Needed when harm_level is moderate or high.",
            ),
            Column(
                "harm_level",
                one_of(vocab.HARM_LEVELS),
                "Our harm grade: low (only minor harms), moderate (label warns of serious harm), "
                "high (boxed warning), or unknown (we found no safety data).",
            ),
            Column(
                "harm_source_ids",
                source_list(required=False),
                "The sources behind the harm grade (empty when it is unknown).",
            ),
            Column(
                "same_medicine_as",
                Kind("must be empty or an option id", lambda x: x == "" or re.fullmatch(SLUG, x) is not None),
                "For a prescription form: the store-bought option with the same kind of medicine. "
                "Every health caution of that option applies to this one too.",
            ),
            Column("what_its_like", text(), "What doing it is like day to day."),
            Column("source_ids", source_list(required=True), SOURCE_IDS_OF_ROW, field="base_source_ids"),
            Column("last_reviewed", date(), "The date we last checked this row."),
        ),
    ),
    Table(
        "sources.csv",
        "Every source we cite, with its year, web address and how sure we are of it.",
        (
            Column("id", source_id(), "Short fixed name of the source."),
            Column("citation", text(), "Who wrote it, the title and where it appeared."),
            Column("year", year(), "Year it was published."),
            Column("url", web_address(), "Web address where we read it."),
            Column("confidence", one_of(vocab.CONFIDENCE), "V verified, S secondary, W weak, U unconfirmed."),
            Column(
                "kind",
                one_of(vocab.SOURCE_KINDS),
                "What kind of source it is. Only a guideline, journal, cochrane, drug_label, nhs, "
                "regulator or gov_price source may stand behind a figure that feeds a score.",
            ),
        ),
    ),
    Table(
        "quotes.csv",
        "The article's own words, copied exactly, with the paragraph they come from.",
        (
            Column("id", slug(), "Short fixed name of the quote."),
            Column(
                "paragraph",
                whole("must be a paragraph number from 1", minimum=1),
                "Paragraph number in the article (the title is paragraph 1).",
            ),
            Column(
                "topics",
                topics("must be option ids, cause ids, general or causes, joined by |"),
                "The options or causes it is about, or general (joined by |).",
            ),
            Column(
                "role",
                one_of(vocab.QUOTE_ROLES),
                "guidance if it gives advice, context if it only sets the scene.",
            ),
            Column("text", text(), "The article's words, copied exactly."),
        ),
    ),
    Table(
        "claims.csv",
        "Each piece of advice in the article, next to what guidelines say.",
        (
            Column("id", slug(), "Short fixed name of the claim."),
            Column("quote_id", slug(unique=False), "The quote the claim comes from."),
            Column(
                "topics",
                topics("must be option ids or general, joined by |"),
                "The options it is about, or general (joined by |).",
            ),
            Column("claim", text(), "The advice, in short."),
            Column("guidelines_say", text(), "What guidelines and reviews say about it."),
            Column(
                "verdict",
                one_of(vocab.CLAIM_VERDICTS),
                "Agrees, partly agrees, disagrees or not addressed.",
            ),
            Column("reason", text(), "Why we gave that verdict."),
            Column("source_ids", source_list(required=True), "The sources behind the verdict."),
        ),
    ),
    Table(
        "causes.csv",
        "The causes the article names, what helps, and what the evidence says.",
        (
            Column("id", slug(), "Short fixed name of the cause."),
            Column("name", text(), "The cause, as the article puts it."),
            Column("quote_id", slug(unique=False), "The quote that names it."),
            Column("what_helps", text(), "What a person can do about it."),
            Column("evidence_says", text(), "What the evidence says."),
            Column(
                "verdict",
                one_of(vocab.CLAIM_VERDICTS),
                "Agrees, partly agrees, disagrees or not addressed.",
            ),
            Column(
                "source_ids",
                source_list(required=False),
                "The sources behind the verdict. Empty if we found none.",
            ),
        ),
    ),
    Table(
        "warning_signs.csv",
        "Signs that mean you should get medical help, and how fast.",
        (
            Column("id", slug(), "Short fixed name of the sign."),
            Column(
                "level",
                one_of(vocab.WARNING_LEVELS),
                "emergency (call 911 now), urgent (a doctor today) or soon (book a visit).",
            ),
            Column("symptom", text(), "The sign, in plain words."),
            Column("what_to_do", text(), "What to do if you have it."),
            Column(
                "condition",
                Kind(
                    "must be empty, or one of: " + ", ".join(vocab.HEALTH_CONDITIONS),
                    lambda x: x == "" or x in vocab.HEALTH_CONDITIONS,
                ),
                "Empty if the sign is for everyone; a health answer (such as pregnant) if it is shown "
                "only to people who gave that answer.",
            ),
            Column("source_ids", source_list(required=True), "The sources behind it."),
        ),
    ),
    Table(
        "pain_course.csv",
        "The average course of back pain in studies, for new pain and for pain over 12 weeks, "
        "as pain out of 100. An average, not a forecast for one person.",
        (
            Column("stage", one_of(vocab.STAGES), "new (pain under 12 weeks) or long (pain over 12 weeks)."),
            Column("weeks", whole("must be a whole number of weeks"), "Weeks from the start of the study."),
            Column(
                "mean_pain",
                whole("must be a whole number from 0 to 100"),
                "Average pain out of 100 at that time, across the studies.",
            ),
            Column("low", whole("must be a whole number from 0 to 100"), "Low end of its 95% range."),
            Column("high", whole("must be a whole number from 0 to 100"), "High end of its 95% range."),
            Column("source_ids", source_list(required=True), "The sources behind it."),
        ),
    ),
    Table(
        "natural_course.csv",
        "What usually happens to new back pain over time, as numbers out of 100.",
        (
            Column("id", slug(), "Short fixed name of the figure."),
            Column(
                "statement",
                template("value", "out_of"),
                "The figure as a sentence, with {value} and {out_of} filled in.",
            ),
            Column("value", whole("must be a whole number"), "How many people, or the pain score."),
            Column(
                "out_of",
                whole("must be a whole number above 0", minimum=1),
                "Out of how many (always 100 here, so figures compare).",
            ),
            Column(
                "weeks",
                whole("must be a whole number of weeks"),
                "When it was measured, in weeks from the start.",
            ),
            Column("source_ids", source_list(required=True), "The sources behind it."),
        ),
    ),
    Table(
        "evidence.csv",
        "What is known about each option for new pain and for pain over 12 weeks: "
        "what guidelines say, how soon it helps, how long it lasts, and how strong the evidence is.",
        (
            Column("option_id", slug(unique=False), "The option this row is about."),
            Column("stage", one_of(vocab.STAGES), "new (pain under 12 weeks) or long (pain over 12 weeks)."),
            Column(
                "guideline_verdict",
                one_of(vocab.VERDICTS),
                "What guidelines say for this stage: recommended, option, last resort, "
                "not recommended or not covered.",
            ),
            Column("guideline_says", text(), "What guidelines say, in a sentence or two."),
            Column(
                "onset_hours_low",
                number_or_unknown(),
                "Soonest it starts to help, in hours. Empty means unknown.",
            ),
            Column(
                "onset_hours_high",
                number_or_unknown(),
                "Latest it starts to help, in hours. Empty means unknown.",
            ),
            Column("onset_text", text(), "How soon it helps, in words."),
            Column(
                "onset_source_ids",
                source_list(required=False),
                "The sources behind the onset hours (empty when they are unknown).",
            ),
            Column(
                "onset_confidence",
                one_of(vocab.CONFIDENCE),
                "How sure we are of the timing (V, S, W or U).",
            ),
            Column(
                "lasts_hours_low",
                number_or_unknown(),
                "Shortest time the benefit lasts, in hours. Empty means unknown.",
            ),
            Column(
                "lasts_hours_high",
                number_or_unknown(),
                "Longest time the benefit lasts, in hours. Empty means unknown.",
            ),
            Column("lasts_text", text(), "How long the benefit lasts, in words."),
            Column(
                "lasts_source_ids",
                source_list(required=False),
                "The sources behind the lasting hours (empty when they are unknown).",
            ),
            Column(
                "lasts_confidence",
                one_of(vocab.CONFIDENCE),
                "How sure we are of how long it lasts (V, S, W or U).",
            ),
            Column("benefits", text(), "What it can do for you, with numbers where we have them."),
            Column(
                "effect_size",
                one_of(vocab.EFFECT_SIZES),
                "How big the benefit was in trials: none (no better than a dummy pill), small, "
                "moderate or unknown.",
            ),
            Column(
                "evidence_quality",
                one_of(vocab.EVIDENCE_QUALITY),
                "How sure the trials are: high, moderate, low, very low or unknown.",
            ),
            Column(
                "effect_source_ids",
                source_list(required=False),
                "The sources behind the effect size and how sure it is (empty when unknown).",
            ),
            Column(
                "covers_subacute",
                yes_no(),
                "For a new-pain row: yes if its evidence also covers pain of 4 to 12 weeks. If no, "
                "people with pain of 4 to 12 weeks see its figures as not known for them. "
                "Always no for a long-pain row.",
            ),
            Column(
                "doctor_needed",
                Kind(
                    "must be empty, or one of: " + ", ".join(vocab.DOCTOR_NEEDED),
                    lambda x: x == "" or x in vocab.DOCTOR_NEEDED,
                    lambda x: x or None,
                ),
                "For this stage only, when it differs from options.csv: no, sometimes or yes. "
                "Empty means the option's own answer.",
            ),
            Column(
                "doctor_reason",
                note(),
                "Why a doctor is needed at this stage, in the label's words. Needed when doctor_needed is set.",
            ),
            Column(
                "caveat",
                note(),
                "A note shown with the option for this stage, such as a label's time limit. May be empty.",
            ),
            Column(
                "label_limit_days",
                days_or_empty(),
                "The label's limit: ask a doctor if you still need it after this many days. "
                "Empty if the label sets none. The caveat says the same in words.",
            ),
            Column("source_ids", source_list(required=True), SOURCE_IDS_OF_ROW),
        ),
    ),
    Table(
        "health_cautions.csv",
        "Where a label says to ask a doctor first, for each health answer.",
        (
            Column("option_id", slug(unique=False), "The option the label is for."),
            Column(
                "condition",
                one_of(vocab.HEALTH_CONDITIONS),
                "The health answer: pregnant, heart, kidney, ulcer, blood_thinner or age65.",
            ),
            Column("reason", text(), "What the label says, in plain words."),
            Column("source_ids", source_list(required=True), "The label or source behind it."),
        ),
    ),
)

TABLE: dict[str, Table] = {t.name: t for t in TABLES}
DATA_FILES: tuple[str, ...] = tuple(TABLE)
SCHEMAS: dict[str, pa.DataFrameSchema] = {t.name: t.schema() for t in TABLES}


def files_with(column: str) -> tuple[str, ...]:
    """The files that have this column, in DATA_FILES order."""
    return tuple(t.name for t in TABLES if column in t.column_names)
