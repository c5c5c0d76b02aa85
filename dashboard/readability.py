"""Reading grade of the text the project writes (not the article's words or citations).

Uses textstat 0.7.3, which counts syllables with pyphen and works offline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd
import textstat

from dashboard.data import Dataset

MAX_GRADE = 8.0


def grade(texts: Iterable[str]) -> float:
    """Flesch–Kincaid grade of the texts read as one passage."""
    body = " ".join(t.strip() for t in texts if t.strip())
    return float(textstat.flesch_kincaid_grade(body)) if body else 0.0


def sentence_grades(texts: Iterable[str]) -> list[tuple[float, str]]:
    """Each sentence with its own grade, hardest first."""
    out: list[tuple[float, str]] = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
            if len(sentence.split()) >= 3:
                out.append((float(textstat.flesch_kincaid_grade(sentence)), sentence))
    return sorted(out, reverse=True)


def field_groups(ds: Dataset) -> dict[str, list[str]]:
    o = ds.options
    ev = [e for x in o for e in x.evidence]  # both stages: new pain and over 12 weeks
    return {
        "Option summaries": [x.summary for x in o],
        "Benefits": [e.benefits for e in ev],
        "Harms": [x.harms for x in o] + [c.reason for c in ds.cautions],
        "What it is like": [x.what_its_like for x in o],
        "Timing and cost notes": [e.onset_text for e in ev]
        + [e.lasts_text for e in ev]
        + [e.caveat for e in ev if e.caveat]
        + [x.cost_basis for x in o],
        "What guidelines say": [e.guideline_says for e in ev] + [c.guidelines_say for c in ds.claims],
        "Claim reasons": [c.reason for c in ds.claims] + [c.claim for c in ds.claims],
        "Causes": [c.what_helps for c in ds.causes] + [c.evidence_says for c in ds.causes],
        "Warning signs": [w.symptom + "." for w in ds.warning_signs]
        + sorted({w.what_to_do for w in ds.warning_signs}),
    }


def grade_table(ds: Dataset) -> pd.DataFrame:
    rows = [
        {
            "Text": name,
            "Grade": round(grade(texts), 1),
            "Goal met": "Yes" if grade(texts) <= MAX_GRADE else "No",
        }
        for name, texts in field_groups(ds).items()
    ]
    return pd.DataFrame(rows)
