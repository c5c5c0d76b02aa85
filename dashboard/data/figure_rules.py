"""Rules about the figures behind a score and about harms, doctors and medicines, across
files. Each is one small function from `Tables` to the problems it finds; `rules.RULES`
runs them with the others."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dashboard import vocab
from dashboard.data.kinds import is_number, sentences, split_ids
from dashboard.data.problems import Problem
from dashboard.data.tables import Row, Tables

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
        for sentence in sentences(row.get("main_harm", ""))
        if sentence not in row.get("harms", "")
    ]


def main_harm_leaves_out_a_warning(t: Tables) -> list[Problem]:
    """No boxed warning and no "do not use" line of harms is left out of the main harm, so
    nothing that summarises an option (a card, a slide, the handout) can cut one."""
    return [
        Problem("options.csv", line, "main_harm", "must include every boxed warning and 'do not' line", s)
        for line, row in t.lines("options.csv")
        for s in sentences(row.get("harms", ""))
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


def subacute_cover_on_a_long_row(t: Tables) -> list[Problem]:
    """Only a new-pain row can cover pain of 4 to 12 weeks: a long-pain row says no."""
    return [
        Problem("evidence.csv", line, "covers_subacute", "must be no on a row for stage long", "yes")
        for line, row in t.lines("evidence.csv")
        if row.get("stage") == "long" and row.get("covers_subacute") == "yes"
    ]
