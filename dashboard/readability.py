"""How easy the text the project writes is to read (not the article's words or citations).

English: the Flesch–Kincaid grade (8 or lower). Spanish: the Fernández-Huerta score (70 or
more; higher is easier), by textstat's Spanish rules. Both use textstat 0.7.3, which counts
syllables with pyphen and works offline.

textstat's module-level functions share one English instance: `textstat.set_lang()` would
change it for every session. The Spanish score has an instance of its own instead, so the
English figures never change when a Spanish one is measured.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pandas as pd
import textstat
from textstat.textstat import textstatistics

from dashboard import i18n
from dashboard.data import Dataset
from dashboard.i18n import N_, _

MAX_GRADE = 8.0  # English: Flesch–Kincaid grade at most this
MIN_EASE = 70.0  # Spanish: Fernández-Huerta score at least this
SPANISH = "es"  # the language the Fernández-Huerta score is for

_SPANISH = textstatistics()
_SPANISH.set_lang(SPANISH)
_SPANISH.set_rounding(False)  # the English grade's rounding of its parts would shift the score


def _passage(texts: Iterable[str]) -> str:
    return " ".join(t.strip() for t in texts if t.strip())


def _sentences(texts: Iterable[str]) -> list[str]:
    out = []
    for text in texts:
        out += [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if len(s.split()) >= 3]
    return out


def grade(texts: Iterable[str]) -> float:
    """Flesch–Kincaid grade of the texts read as one passage."""
    body = _passage(texts)
    return float(textstat.flesch_kincaid_grade(body)) if body else 0.0


def sentence_grades(texts: Iterable[str]) -> list[tuple[float, str]]:
    """Each sentence with its own grade, hardest first."""
    return sorted(((float(textstat.flesch_kincaid_grade(s)), s) for s in _sentences(texts)), reverse=True)


def ease(texts: Iterable[str]) -> float:
    """Fernández-Huerta score of Spanish texts read as one passage (higher is easier)."""
    body = _passage(texts)
    return float(_SPANISH.fernandez_huerta(body)) if body else 0.0


def sentence_eases(texts: Iterable[str]) -> list[tuple[float, str]]:
    """Each Spanish sentence with its own score, hardest (lowest) first."""
    return sorted((float(_SPANISH.fernandez_huerta(s)), s) for s in _sentences(texts))


def said_in(lang: str, texts: Callable[[], Iterable[str]]) -> list[str]:
    """The texts as a run in `lang` says them. A message not yet translated stays English,
    so its language's figure changes when the translation lands."""
    with i18n.using(lang):
        return list(texts())


@dataclass(frozen=True)
class Measured:
    """One row of the table: a group of text (its name a message), in both languages."""

    name: str
    grade: float  # of the English
    ease: float  # of the Spanish


def measured(name: str, english: Iterable[str], spanish: Iterable[str]) -> Measured:
    return Measured(name, grade(english), ease(spanish))


def field_groups(ds: Dataset) -> dict[str, list[str]]:
    """The data's text by group, in the language of `ds` (each group's name is a message)."""
    o = ds.options
    ev = [e for x in o for e in x.evidence]  # both stages: new pain and over 12 weeks
    return {
        N_("Option summaries"): [x.summary for x in o],
        N_("Benefits"): [e.benefits for e in ev],
        N_("Harms"): [x.harms for x in o] + [c.reason for c in ds.cautions],
        N_("What it is like"): [x.what_its_like for x in o],
        N_("Timing and cost notes"): [e.onset_text for e in ev]
        + [e.lasts_text for e in ev]
        + [e.caveat for e in ev if e.caveat]
        + [x.cost_basis for x in o],
        N_("What guidelines say"): [e.guideline_says for e in ev] + [c.guidelines_say for c in ds.claims],
        N_("Claim reasons"): [c.reason for c in ds.claims] + [c.claim for c in ds.claims],
        N_("Causes"): [c.what_helps for c in ds.causes] + [c.evidence_says for c in ds.causes],
        N_("Warning signs"): [w.symptom + "." for w in ds.warning_signs]
        + sorted({w.what_to_do for w in ds.warning_signs}),
    }


def measured_groups(english: Dataset, spanish: Dataset | None = None) -> list[Measured]:
    """Each group of the data's text: the English grade of `english`, the Spanish score of
    `spanish` (the same data with its Spanish overlay; the English data if there is none)."""
    es = field_groups(spanish or english)
    return [measured(name, texts, es[name]) for name, texts in field_groups(english).items()]


def _figure(value: float) -> str:
    return i18n.format_number(round(value, 1), 1)  # "5.8", not "5.8000"


def yes_no(ok: bool) -> str:
    return _("Yes") if ok else _("No")


def table(rows: Iterable[Measured]) -> pd.DataFrame:
    """The reading table, in this run's language: each group's grade and score, and whether
    each meets its goal."""
    return pd.DataFrame(
        [
            {
                _("Text"): _(row.name),
                _("Grade"): _figure(row.grade),
                _("Goal met"): yes_no(row.grade <= MAX_GRADE),
                _("Spanish score (Fernández-Huerta)"): _figure(row.ease),
                _("Spanish goal met"): yes_no(row.ease >= MIN_EASE),
            }
            for row in rows
        ]
    )


def grade_table(english: Dataset, spanish: Dataset | None = None) -> pd.DataFrame:
    return table(measured_groups(english, spanish))
