"""Rules that join files, or a file and the article. They run after every file passed its schema.

Each rule is one small function from `Tables` to the problems it finds; `RULES` lists
them all and `check` runs them. Rows are plain dicts of text, as in the CSV files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from dashboard import vocab
from dashboard.data.model import Article
from dashboard.data.problems import Problem
from dashboard.data.schema import files_with, is_number, is_whole, split_ids, split_list

Row = Mapping[str, str]


@dataclass(frozen=True)
class Tables:
    """The rows of each file (by file name) and the article, as the rules see them."""

    rows: Mapping[str, Sequence[Row]]
    article: Article

    def lines(self, name: str) -> Iterator[tuple[int, Row]]:
        """(line number, row) pairs; the header is line 1."""
        for i, row in enumerate(self.rows[name]):
            yield i + 2, row

    def values(self, name: str, column: str) -> set[str]:
        return {row[column] for row in self.rows[name]}


Rule = Callable[[Tables], list[Problem]]


# ------------------------------------------------------------ ids across files


def unknown_source_ids(t: Tables) -> list[Problem]:
    """Every source id is a row of sources.csv."""
    known = t.values("sources.csv", "id")
    return [
        Problem(name, line, "source_ids", "unknown source id", sid)
        for name in files_with("source_ids")
        for line, row in t.lines(name)
        for sid in split_ids(row["source_ids"])
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


# ------------------------------------------------------------ figures that feed a score

# Each figure that feeds a score, the cell that says it is known, and the column of the
# sources behind it. A known figure rests only on an allowed kind of source.
SCORE_FIGURES: tuple[tuple[str, str, Callable[[Row], bool], str], ...] = (
    ("options.csv", "cost", lambda r: r.get("cost_high_usd", "") != "", "cost_source_ids"),
    ("options.csv", "harm grade", lambda r: r.get("harm_level", "unknown") != "unknown", "harm_source_ids"),
    ("evidence.csv", "onset", lambda r: r.get("onset_hours_low", "") != "", "onset_source_ids"),
    ("evidence.csv", "lasting", lambda r: r.get("lasts_hours_high", "") != "", "lasts_source_ids"),
    ("evidence.csv", "effect", lambda r: r.get("effect_size", "unknown") != "unknown", "effect_source_ids"),
)


def _figure_cells(t: Tables) -> Iterator[tuple[str, int, Row, str, str, bool]]:
    for name, figure, known, column in SCORE_FIGURES:
        for line, row in t.lines(name):
            yield name, line, row, figure, column, known(row)


def figure_source_ids_unknown(t: Tables) -> list[Problem]:
    """Every id in a figure's source column is a row of sources.csv."""
    known = t.values("sources.csv", "id")
    return [
        Problem(name, line, column, "unknown source id", sid)
        for name, line, row, _, column, _ in _figure_cells(t)
        for sid in split_ids(row.get(column, ""))
        if sid not in known
    ]


def score_figure_without_source(t: Tables) -> list[Problem]:
    """A known figure that feeds a score names its sources; an unknown one names none."""
    problems = []
    for name, line, row, figure, column, known in _figure_cells(t):
        if known and not split_ids(row.get(column, "")):
            problems.append(Problem(name, line, column, f"a known {figure} needs its sources", ""))
        if not known and split_ids(row.get(column, "")):
            problems.append(
                Problem(name, line, column, f"an unknown {figure} has no sources", row.get(column, ""))
            )
    return problems


def score_figure_source_not_allowed(t: Tables) -> list[Problem]:
    """A figure that feeds a score rests only on a guideline, a journal article, Cochrane, a
    drug label, an NHS page, a regulator or government price data."""
    kinds = {row["id"]: row.get("kind", "") for row in t.rows["sources.csv"]}
    allowed = ", ".join(vocab.SCORE_SOURCE_KINDS)
    return [
        Problem(name, line, column, f"a {figure} that feeds a score needs a source of kind {allowed}", sid)
        for name, line, row, figure, column, known in _figure_cells(t)
        if known
        for sid in split_ids(row.get(column, ""))
        if sid in kinds and kinds[sid] not in vocab.SCORE_SOURCE_KINDS
    ]


def price_too_old(t: Tables) -> list[Problem]:
    """A price that feeds a score is at most MAX_PRICE_AGE_YEARS older than its row's review.
    "Free" is not a price that ages."""
    years = {row["id"]: row.get("year", "") for row in t.rows["sources.csv"]}
    limit = vocab.MAX_PRICE_AGE_YEARS
    return [
        Problem("options.csv", line, "cost_source_ids", f"a price must be at most {limit} years old", sid)
        for line, row in t.lines("options.csv")
        if is_number(row.get("cost_high_usd", ""))
        and float(row.get("cost_high_usd", "")) > 0
        and row.get("last_reviewed", "")[:4].isdigit()
        for sid in split_ids(row.get("cost_source_ids", ""))
        if years.get(sid, "").isdigit() and int(row.get("last_reviewed", "")[:4]) - int(years[sid]) > limit
    ]


# ------------------------------------------------------------ harms, doctors and medicines

SERIOUS_HARM = re.compile(r"^(Boxed warning|Heart attack and stroke warning|Do not|Not for|Never|Avoid)")


def _sentences(text: str) -> list[str]:
    return [s if s.endswith(".") else s + "." for s in re.split(r"(?<=\.) ", text.strip()) if s]


def main_harm_missing(t: Tables) -> list[Problem]:
    """An option with a moderate or high harm grade names its main harm."""
    return [
        Problem("options.csv", line, "main_harm", "needed when harm_level is moderate or high", "")
        for line, row in t.lines("options.csv")
        if row.get("harm_level", "") in ("moderate", "high") and not row.get("main_harm", "").strip()
    ]


def main_harm_not_in_harms(t: Tables) -> list[Problem]:
    """The main harm is copied from harms, sentence by sentence, so the two never disagree."""
    return [
        Problem("options.csv", line, "main_harm", "each sentence must be copied from harms", sentence)
        for line, row in t.lines("options.csv")
        for sentence in _sentences(row.get("main_harm", ""))
        if sentence not in row.get("harms", "")
    ]


def main_harm_leaves_out_a_warning(t: Tables) -> list[Problem]:
    """No boxed warning and no "do not use" line of harms is left out of the main harm, so
    nothing that summarises an option (a card, a slide, the handout) can cut one."""
    return [
        Problem("options.csv", line, "main_harm", "must include every boxed warning and 'do not' line", s)
        for line, row in t.lines("options.csv")
        for s in _sentences(row.get("harms", ""))
        if SERIOUS_HARM.match(s) and s not in row.get("main_harm", "")
    ]


def doctor_stage_without_reason(t: Tables) -> list[Problem]:
    """A stage that needs a doctor where the option does not says why, in the label's words."""
    return [
        Problem("evidence.csv", line, "doctor_reason", "needed when doctor_needed is set", "")
        for line, row in t.lines("evidence.csv")
        if row.get("doctor_needed", "") and not row.get("doctor_reason", "").strip()
    ]


def same_medicine_unknown(t: Tables) -> list[Problem]:
    """A prescription form names a store-bought option of options.csv, never itself."""
    known = t.values("options.csv", "id")
    return [
        Problem(
            "options.csv",
            line,
            "same_medicine_as",
            "must be another option id",
            row.get("same_medicine_as", ""),
        )
        for line, row in t.lines("options.csv")
        if row.get("same_medicine_as", "")
        and (
            row.get("same_medicine_as", "") not in known
            or row.get("same_medicine_as", "") == row.get("id", "")
        )
    ]


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
)


def check(tables: Tables) -> list[Problem]:
    """Every problem every rule finds."""
    return [problem for rule in RULES for problem in rule(tables)]
