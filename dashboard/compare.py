"""The comparison grid: the questions people ask as rows, the chosen options as columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from dashboard import vocab
from dashboard.data import Dataset, Option
from dashboard.text import cost_range, verdict_for, with_confidence

MIN_OPTIONS = 2
MAX_OPTIONS = 4

QUESTIONS = (
    "What is it?",
    "How soon does it help?",
    "How long does the benefit last?",
    "What does it cost?",
    "Do I need a doctor?",
    "Which pain does it suit?",
    "What are the benefits?",
    "What are the harms and side effects?",
    "What is it like to do?",
    "What does the article say?",
    "What do guidelines say?",
    "How strong is the evidence?",
    "Sources",
)

EFFECT_WORDS = {
    "none": "No benefit found",
    "small": "A small benefit",
    "moderate": "A moderate benefit",
    "unknown": "Benefit unknown",
}


@dataclass(frozen=True)
class Cell:
    text: str
    low_confidence: bool = False


COMPARATOR = "stay_active"


def default_choice(ds: Dataset) -> list[str]:
    """With no `options=` in the link: "stay active and wait" beside the article's
    two therapies and its first medicine."""
    named = [o.id for o in ds.options if o.named_in_article]
    therapies = [i for i in named if not ds.option(i).is_medicine]
    medicines = [i for i in named if ds.option(i).is_medicine]
    lead = [COMPARATOR] if COMPARATOR in ds.option_ids else []
    return (lead + therapies + medicines)[:MAX_OPTIONS]


def with_partner(option_ids: Sequence[str], ds: Dataset) -> list[str]:
    """A single option gets the "stay active and wait" comparator (or the default) beside it."""
    chosen = list(option_ids)
    if len(chosen) != 1:
        return chosen
    partner = COMPARATOR if chosen[0] != COMPARATOR else default_choice(ds)[1]
    return [*chosen, partner]


def suits(option: Option) -> str:
    severities = ", ".join(option.severities)
    durations = ", ".join(vocab.DURATION_LABELS[d].lower() for d in option.durations)
    return f"Pain: {severities}. How long: {durations}."


def evidence(option: Option) -> str:
    quality = vocab.EVIDENCE_LABELS[option.evidence_quality].lower()
    stage = vocab.STAGE_LABELS[option.ev.stage].lower()
    return f"For {stage}: {EFFECT_WORDS[option.effect_size].lower()}. How sure: {quality}."


def article_says(ds: Dataset, option: Option) -> str:
    quotes = ds.quotes_for(option.id)
    if not quotes:
        return "The article does not name this option."
    return "\n".join(f"“{q.text}” (paragraph {q.paragraph})" for q in quotes)


def source_list(ds: Dataset, option: Option) -> str:
    parts = []
    for sid in option.source_ids:
        s = ds.sources[sid]
        parts.append(f"{s.id} ({s.year}, {vocab.CONFIDENCE_LABELS[s.confidence].lower()})")
    return "; ".join(parts)


def _marked(text: str, confidence: str, has_figure: bool) -> Cell:
    weak = has_figure and confidence in vocab.LOW_CONFIDENCE
    return Cell(with_confidence(text, confidence) if weak else text, weak)


def cells(ds: Dataset, option: Option) -> dict[str, Cell]:
    cost_text = f"{cost_range(option)}. {option.cost_basis}"
    return {
        "What is it?": Cell(option.summary),
        # A confidence mark belongs to a figure: "we found no figure" is not a weak source.
        "How soon does it help?": _marked(option.onset_text, option.onset_confidence, option.onset_known),
        "How long does the benefit last?": _marked(
            option.lasts_text, option.lasts_confidence, option.lasts_hours_high is not None
        ),
        "What does it cost?": Cell(
            with_confidence(cost_text, option.cost_confidence),
            option.cost_confidence in vocab.LOW_CONFIDENCE,
        ),
        "Do I need a doctor?": Cell(vocab.DOCTOR_LABELS[option.doctor_needed]),
        "Which pain does it suit?": Cell(suits(option)),
        "What are the benefits?": Cell(option.benefits),
        "What are the harms and side effects?": Cell(option.harms),
        "What is it like to do?": Cell(option.what_its_like),
        "What does the article say?": Cell(article_says(ds, option)),
        "What do guidelines say?": Cell(f"{verdict_for(option)}. {option.guideline_says}"),
        "How strong is the evidence?": Cell(evidence(option)),
        "Sources": Cell(source_list(ds, option)),
    }


def grid(ds: Dataset, option_ids: Sequence[str]) -> pd.DataFrame:
    """Rows are questions, columns are option names. Read `ds` for the person's duration first."""
    columns = {ds.option(i).name: cells(ds, ds.option(i)) for i in option_ids}
    return pd.DataFrame(
        {name: [c[q].text for q in QUESTIONS] for name, c in columns.items()},
        index=pd.Index(QUESTIONS, name="Question"),
    )


DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """Stop a spreadsheet from running a cell as a formula (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(DANGEROUS_START) else text


def to_csv(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_safe(frame.index.name or "")] + [spreadsheet_safe(c) for c in frame.columns])
    for label, row in frame.iterrows():
        writer.writerow([spreadsheet_safe(label)] + [spreadsheet_safe(v) for v in row])
    return buffer.getvalue().encode("utf-8")
