"""The comparison grid: the questions people ask as rows, the chosen options as columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from dashboard.content import Fact, option_facts
from dashboard.data import Dataset, Option
from dashboard.i18n import N_, _
from dashboard.matching import shortlist
from dashboard.text import spreadsheet_safe as spreadsheet_safe  # re-exported: the CSV rule lives in text.py
from dashboard.view import View

MIN_OPTIONS = 2
MAX_OPTIONS = 4

# The rows: the questions people ask, each answered by one shared fact (dashboard.content).
# Each question is an English message id (marked with N_): a key here, translated with _() where shown.
QUESTION_FACTS = {
    N_("What is it?"): "summary",
    N_("How soon does it help?"): "how_soon",
    N_("How long does the benefit last?"): "how_long",
    N_("What does it cost?"): "cost",
    N_("What is offered near you?"): "near_you",
    N_("Do I need a doctor?"): "doctor",
    N_("Which pain does it suit?"): "suits",
    N_("What are the benefits?"): "benefits",
    N_("What are the harms and side effects?"): "harms",
    N_("What is it like to do?"): "like",
    N_("What does the article say?"): "article",
    N_("What do guidelines say?"): "guidelines",
    N_("How strong is the evidence?"): "evidence",
    N_("Sources"): "sources",
}
QUESTIONS = tuple(QUESTION_FACTS)
LOCAL_QUESTION = "What is offered near you?"  # asked only when a coach's pack says something
# Facts that may hold a coach's own words (a pack): always shown as plain text, never markup.
PLAIN_FACTS = ("cost", "near_you")


COMPARATOR = "stay_active"


def default_choice(ds: Dataset, view: View) -> list[str]:
    """With no options chosen: the answer's first three for this view, the same as Find's,
    so Compare never starts with an option that does not fit the person."""
    first = shortlist(ds, view)
    return first if len(first) >= MIN_OPTIONS else with_partner(first, ds, view)


def with_partner(option_ids: Sequence[str], ds: Dataset, view: View) -> list[str]:
    """A single option gets "stay active" beside it (or, for "stay active", the next in the answer)."""
    chosen = list(option_ids)
    if len(chosen) != 1:
        return chosen
    others = [i for i in [COMPARATOR, *shortlist(ds, view, len(ds.options))] if i not in chosen]
    return [*chosen, *others[:1]]


def starting_choice(option_ids: Sequence[str], ds: Dataset, view: View) -> list[str]:
    """What Compare shows on arrival: the person's options (one gets a partner), else Find's first three."""
    return with_partner(option_ids, ds, view) if option_ids else default_choice(ds, view)


def cells(ds: Dataset, option: Option) -> dict[str, Fact]:
    """One option's answer to each question. Read `ds` for the person's duration first."""
    facts = option_facts(ds, option)
    return {question: facts[key] for question, key in QUESTION_FACTS.items()}


def questions(option_cells: Iterable[Mapping[str, Fact]]) -> tuple[str, ...]:
    """The grid's rows: every question, and "near you" only when a pack says something there."""
    local = any(c[LOCAL_QUESTION].text for c in option_cells)
    return tuple(q for q in QUESTIONS if local or q != LOCAL_QUESTION)


def grid(ds: Dataset, option_ids: Sequence[str]) -> pd.DataFrame:
    """Rows are questions, columns are option names, in this run's language. Read `ds` for
    the person's duration first."""
    columns = {ds.option(i).name: cells(ds, ds.option(i)) for i in option_ids}
    asked = questions(columns.values())
    return pd.DataFrame(
        {name: [c[q].text for q in asked] for name, c in columns.items()},
        index=pd.Index([_(q) for q in asked], name=_("Question")),
    )


def to_csv(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_safe(frame.index.name or "")] + [spreadsheet_safe(c) for c in frame.columns])
    for label, row in frame.iterrows():
        writer.writerow([spreadsheet_safe(label)] + [spreadsheet_safe(v) for v in row])
    return buffer.getvalue().encode("utf-8")
