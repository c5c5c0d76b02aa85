"""Rules that join files, or a file and the article. They run after every file passed its schema.

Each rule is one small function from `Tables` to the problems it finds; `RULES` lists
them all and `check` runs them. Rows are plain dicts of text, as in the CSV files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from dashboard import vocab
from dashboard.data.dataset import Article
from dashboard.data.problems import Problem
from dashboard.data.schema import files_with, is_number, is_whole, split_ids, split_list
from dashboard.data.tables import Row, Tables

Rule = Callable[[Tables], list[Problem]]


# ------------------------------------------------------------ ids across files


# Source columns that no score reads (those are checked with their figures, in figure_rules).
SOURCE_COLUMNS = ("source_ids", "try_it_source_ids")


def unknown_source_ids(t: Tables) -> list[Problem]:
    """Every source id is a row of sources.csv."""
    known = t.values("sources.csv", "id")
    return [
        Problem(name, line, column, "unknown source id", sid)
        for column in SOURCE_COLUMNS
        for name in files_with(column)
        for line, row in t.lines(name)
        for sid in split_ids(row.get(column, ""))
        if sid not in known
    ]


def unknown_option_ids(t: Tables) -> list[Problem]:
    """Evidence rows and health cautions name an option of options.csv."""
    known = t.values("options.csv", "id")
    return [
        Problem(name, line, "option_id", "unknown option id", row["option_id"])
        for name in files_with("option_id")
        for line, row in t.lines(name)
        if row["option_id"] not in known
    ]


def unknown_quote_ids(t: Tables) -> list[Problem]:
    """Claims and causes name a quote of quotes.csv."""
    known = t.values("quotes.csv", "id")
    return [
        Problem(name, line, "quote_id", "unknown quote id", row["quote_id"])
        for name in files_with("quote_id")
        for line, row in t.lines(name)
        if row["quote_id"] not in known
    ]


def unknown_quote_topics(t: Tables) -> list[Problem]:
    """A quote is about options, causes, or a general topic."""
    known = t.values("options.csv", "id") | t.values("causes.csv", "id") | set(vocab.GENERAL_TOPICS)
    rule = "unknown topic (not an option id, cause id, general or causes)"
    return [
        Problem("quotes.csv", line, "topics", rule, topic)
        for line, row in t.lines("quotes.csv")
        for topic in split_list(row["topics"])
        if topic not in known
    ]


def unknown_claim_topics(t: Tables) -> list[Problem]:
    """A claim is about options, or is general."""
    known = t.values("options.csv", "id") | {"general"}
    rule = "unknown topic (not an option id or general)"
    return [
        Problem("claims.csv", line, "topics", rule, topic)
        for line, row in t.lines("claims.csv")
        for topic in split_list(row["topics"])
        if topic not in known
    ]


# ------------------------------------------------------------------ ranges

RANGES = {
    "options.csv": (("cost_low_usd", "cost_high_usd"), ("visit_cost_low_usd", "visit_cost_high_usd")),
    "evidence.csv": (("onset_hours_low", "onset_hours_high"), ("lasts_hours_low", "lasts_hours_high")),
}


class RangeCells(NamedTuple):
    file: str
    line: int
    low_column: str
    high_column: str
    low: str
    high: str


def _ranges(t: Tables) -> Iterator[RangeCells]:
    """Every low/high pair whose cells are numbers or empty (anything else fails the schema)."""
    for name, pairs in RANGES.items():
        for line, row in t.lines(name):
            for low, high in pairs:
                cells = RangeCells(name, line, low, high, row[low], row[high])
                if all(is_number(x) or x == "" for x in (cells.low, cells.high)):
                    yield cells


def range_half_set(t: Tables) -> list[Problem]:
    """Low and high are both empty (unknown) or both set."""
    return [
        Problem(
            r.file,
            r.line,
            r.high_column,
            f"must be empty when {r.low_column} is empty, and set when it is set",
            r.high,
        )
        for r in _ranges(t)
        if (r.low == "") != (r.high == "")
    ]


def range_low_above_high(t: Tables) -> list[Problem]:
    """Low is not above high."""
    return [
        Problem(r.file, r.line, r.high_column, f"must not be below {r.low_column}", f"{r.high} < {r.low}")
        for r in _ranges(t)
        if r.low and r.high and float(r.low) > float(r.high)
    ]


# ---------------------------------------------------------------- evidence


def _evidence_keys(t: Tables) -> set[tuple[str, str]]:
    """(option id, stage) of every evidence row."""
    return {(row["option_id"], row["stage"]) for _, row in t.lines("evidence.csv")}


def evidence_stage_repeated(t: Tables) -> list[Problem]:
    """A known option has at most one evidence row for each stage."""
    options = t.values("options.csv", "id")
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for line, row in t.lines("evidence.csv"):
        key = (row["option_id"], row["stage"])
        if key in seen and row["option_id"] in options:
            rule = "this option already has a row for this stage"
            problems.append(Problem("evidence.csv", line, "stage", rule, row["stage"]))
        seen.add(key)
    return problems


def evidence_row_missing_for_duration(t: Tables) -> list[Problem]:
    """An option has an evidence row for the stage of every duration of pain it suits."""
    have = _evidence_keys(t)
    problems: list[Problem] = []
    for line, row in t.lines("options.csv"):
        for duration in split_list(row["durations"]):
            stage = vocab.STAGE_OF_DURATION.get(duration)
            if stage and (row["id"], stage) not in have:
                rule = f"needs a row in evidence.csv for stage {stage}, since it suits {duration} pain"
                problems.append(Problem("options.csv", line, "durations", rule, duration))
    return problems


def option_without_evidence(t: Tables) -> list[Problem]:
    """Every option has at least one evidence row."""
    with_evidence = {option_id for option_id, _ in _evidence_keys(t)}
    return [
        Problem("options.csv", line, "id", "has no row in evidence.csv", row["id"])
        for line, row in t.lines("options.csv")
        if row["id"] not in with_evidence
    ]


# ---------------------------------------------------- quotes and the article


def _paragraph(row: Row, article: Article) -> int | None:
    """The quote's paragraph number, or None when it is not a paragraph of the article."""
    if not is_whole(row["paragraph"]):
        return None
    number = int(row["paragraph"])
    return number if 1 <= number <= len(article.paragraphs) else None


def _is_verbatim(row: Row, article: Article) -> bool:
    number = _paragraph(row, article)
    return number is not None and row["text"] in article.paragraph(number)


def quote_paragraph_out_of_range(t: Tables) -> list[Problem]:
    """A quote's paragraph number is a paragraph of the article."""
    rule = f"the article has paragraphs 1 to {len(t.article.paragraphs)}"
    return [
        Problem("quotes.csv", line, "paragraph", rule, row["paragraph"])
        for line, row in t.lines("quotes.csv")
        if is_whole(row["paragraph"]) and _paragraph(row, t.article) is None
    ]


def quote_not_in_article(t: Tables) -> list[Problem]:
    """A quote is copied exactly from its paragraph."""
    problems: list[Problem] = []
    for line, row in t.lines("quotes.csv"):
        number = _paragraph(row, t.article)
        if number is not None and row["text"] not in t.article.paragraph(number):
            rule = f"is not verbatim in paragraph {number} of the article"
            problems.append(Problem("quotes.csv", line, "text", rule, row["text"][:60]))
    return problems


def paragraph_without_quote(t: Tables) -> list[Problem]:
    """Every paragraph of the article has at least one quote that is verbatim in it."""
    covered = {int(row["paragraph"]) for _, row in t.lines("quotes.csv") if _is_verbatim(row, t.article)}
    rule = "article paragraph has no quote (add one as guidance or context)"
    return [
        Problem("quotes.csv", 0, "paragraph", rule, str(number))
        for number in range(1, len(t.article.paragraphs) + 1)
        if number not in covered
    ]


def guidance_quote_unused(t: Tables) -> list[Problem]:
    """A quote that gives advice is checked by a claim or a cause."""
    used = t.values("claims.csv", "quote_id") | t.values("causes.csv", "quote_id")
    return [
        Problem("quotes.csv", line, "id", "guidance quote is not used by any claim or cause", row["id"])
        for line, row in t.lines("quotes.csv")
        if row["role"] == "guidance" and row["id"] not in used
    ]


# ----------------------------------------------------------- natural course


def course_value_above_out_of(t: Tables) -> list[Problem]:
    """A figure out of N is not above N."""
    return [
        Problem("natural_course.csv", line, "value", "must not be above out_of", row["value"])
        for line, row in t.lines("natural_course.csv")
        if is_whole(row["value"]) and is_whole(row["out_of"]) and int(row["value"]) > int(row["out_of"])
    ]


def label_limit_not_in_caveat(t: Tables) -> list[Problem]:
    """A label's day limit is also said in words in the caveat, so the two never disagree."""
    return [
        Problem(
            "evidence.csv",
            line,
            "label_limit_days",
            f"the caveat must say '{row['label_limit_days']} days'",
            row["caveat"],
        )
        for line, row in t.lines("evidence.csv")
        if row.get("label_limit_days") and f"{row['label_limit_days']} days" not in row["caveat"]
    ]


def course_mean_outside_range(t: Tables) -> list[Problem]:
    """A study's average lies inside its own range."""
    return [
        Problem("pain_course.csv", line, "mean_pain", "must be between low and high", row["mean_pain"])
        for line, row in t.lines("pain_course.csv")
        if all(is_whole(row[c]) for c in ("mean_pain", "low", "high"))
        and not int(row["low"]) <= int(row["mean_pain"]) <= int(row["high"])
    ]


from dashboard.data.figure_rules import (  # noqa: E402 (they use the Tables above)
    doctor_stage_without_reason,
    figure_source_ids_unknown,
    main_harm_leaves_out_a_warning,
    main_harm_missing,
    main_harm_not_in_harms,
    price_too_old,
    same_medicine_unknown,
    score_figure_source_not_allowed,
    score_figure_without_source,
    subacute_cover_on_a_long_row,
)

RULES: tuple[Rule, ...] = (
    unknown_source_ids,
    unknown_option_ids,
    unknown_quote_ids,
    unknown_quote_topics,
    unknown_claim_topics,
    range_half_set,
    range_low_above_high,
    evidence_stage_repeated,
    evidence_row_missing_for_duration,
    option_without_evidence,
    quote_paragraph_out_of_range,
    quote_not_in_article,
    paragraph_without_quote,
    guidance_quote_unused,
    course_value_above_out_of,
    label_limit_not_in_caveat,
    course_mean_outside_range,
    figure_source_ids_unknown,
    score_figure_without_source,
    score_figure_source_not_allowed,
    price_too_old,
    main_harm_missing,
    main_harm_not_in_harms,
    main_harm_leaves_out_a_warning,
    doctor_stage_without_reason,
    same_medicine_unknown,
    subacute_cover_on_a_long_row,
)


def check(tables: Tables) -> list[Problem]:
    """Every problem every rule finds."""
    return [problem for rule in RULES for problem in rule(tables)]
