"""Small made-up options and warning signs for testing the rules, apart from today's data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dashboard.data import Evidence, Option, WarningSign

EVIDENCE_DEFAULTS: dict[str, Any] = {
    "guideline_verdict": "option",
    "guideline_says": "Made up for a test.",
    "onset_hours_low": 1.0,
    "onset_hours_high": 1.0,
    "onset_text": "An hour.",
    "onset_confidence": "V",
    "lasts_hours_low": 100.0,
    "lasts_hours_high": 100.0,
    "lasts_text": "Days.",
    "lasts_confidence": "V",
    "benefits": "Some.",
    "effect_size": "small",
    "evidence_quality": "moderate",
    "caveat": "",
    "label_limit_days": None,
    "source_ids": ("ACP2017",),
}


def evidence(option_id: str, stage: str = "new", **changes: Any) -> Evidence:
    fields: dict[str, Any] = {"option_id": option_id, "stage": stage}
    return Evidence(**(fields | EVIDENCE_DEFAULTS | changes))


def option(
    option_id: str = "made_up", *, stages: dict[str, dict[str, Any]] | None = None, **changes: Any
) -> Option:
    """An option that fits every situation, with evidence for new and long-lasting pain.
    `stages={"long": {...}}` changes one stage's evidence; other keyword arguments change the option."""
    stages = stages or {}
    fields: dict[str, Any] = {
        "id": option_id,
        "name": option_id.replace("_", " ").capitalize(),
        "category": "self_care",
        "is_medicine": False,
        "named_in_article": False,
        "summary": "Made up for a test.",
        "cost_low_usd": 10.0,
        "cost_high_usd": 10.0,
        "cost_unit": "month",
        "cost_basis": "Made up.",
        "cost_confidence": "V",
        "visit_cost_low_usd": None,
        "visit_cost_high_usd": None,
        "doctor_needed": "no",
        "severities": ("mild", "moderate", "severe"),
        "durations": ("acute", "subacute", "chronic"),
        "harms": "None.",
        "harm_level": "low",
        "what_its_like": "Easy.",
        "base_source_ids": ("ACP2017",),
        "last_reviewed": dt.date(2026, 11, 27),
        "evidence": tuple(evidence(option_id, s, **stages.get(s, {})) for s in ("new", "long")),
    }
    return Option(**(fields | changes))


def warning_sign(sign_id: str, level: str = "soon", **changes: Any) -> WarningSign:
    fields: dict[str, Any] = {
        "id": sign_id,
        "level": level,
        "symptom": f"Made up for a test ({sign_id}).",
        "what_to_do": "Made up.",
        "source_ids": ("ACP2017",),
    }
    return WarningSign(**(fields | changes))
