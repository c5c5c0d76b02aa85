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
    "covers_subacute": True,
    "onset_source_ids": ("ACP2017",),
    "lasts_source_ids": ("ACP2017",),
    "effect_source_ids": ("ACP2017",),
    "doctor_needed": None,
    "doctor_reason": "",
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
        "cost_source_ids": ("ACP2017",),
        "visit_cost_low_usd": None,
        "visit_cost_high_usd": None,
        "base_doctor_needed": changes.pop("doctor_needed", "no"),
        "severities": ("mild", "moderate", "severe"),
        "durations": ("acute", "subacute", "chronic"),
        "harms": "None.",
        "harm_level": "low",
        "main_harm": "",
        "harm_source_ids": ("ACP2017",),
        "same_medicine_as": "",
        "what_its_like": "Easy.",
        "try_it": "Made up.",
        "try_it_source_ids": ("ACP2017",),
        "start_today": False,
        "if_owned": "",
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
        "condition": "",
        "source_ids": ("ACP2017",),
    }
    return WarningSign(**(fields | changes))


# ------------------------------------------------------------------ a coach's local pack

PACK_IDS = ("stay_active", "heat", "otc_nsaid", "massage", "water_therapy", "exercise")


def pack_text(limit: int, min_size: int = 0) -> Any:
    """One line of any text a coach might type, with no spaces at the ends."""
    from hypothesis import strategies as st

    letters = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Zl", "Zp"))
    return (
        st.text(letters, min_size=min_size, max_size=limit)
        .map(str.strip)
        .filter(lambda t: len(t) >= min_size)
    )


def packs(ids: tuple[str, ...] = PACK_IDS, max_services: int = 6) -> Any:
    """Good packs: a price row for some options, some services, a name and a date."""
    from hypothesis import strategies as st

    from dashboard import pack as packs_module
    from dashboard import vocab

    limits = packs_module.TEXT_LIMITS
    cents = st.integers(min_value=0, max_value=packs_module.MAX_PRICE * 100).map(lambda c: c / 100)

    @st.composite
    def price(draw: Any) -> dict[str, Any]:
        if draw(st.booleans()):
            return {}
        low, high = sorted((draw(cents), draw(cents)))
        unit = draw(st.sampled_from(vocab.PRICE_UNITS))
        per_month = draw(st.integers(1, packs_module.MAX_PER_MONTH)) if unit in ("session", "visit") else None
        return {"price_low_usd": low, "price_high_usd": high, "price_unit": unit, "per_month": per_month}

    @st.composite
    def option_row(draw: Any, option_id: str) -> Any:
        cost = draw(price())
        offered = draw(st.booleans()) if cost else False  # a row with no price says "not offered"
        return packs_module.PackRow("option", option_id, offered=offered, **cost)

    @st.composite
    def service_row(draw: Any) -> Any:
        return packs_module.PackRow(
            "service",
            draw(st.sampled_from(ids)),
            name=draw(pack_text(limits["name"], min_size=1)),
            where=draw(pack_text(limits["where"])),
            contact=draw(pack_text(limits["contact"])),
            note=draw(pack_text(limits["note"])),
            **draw(price()),
        )

    @st.composite
    def pack(draw: Any) -> Any:
        priced = draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
        rows = [draw(option_row(i)) for i in priced]
        rows += draw(st.lists(service_row(), max_size=max_services))
        if not rows:
            rows = [packs_module.PackRow("option", ids[0], offered=False)]
        return packs_module.Pack(
            draw(pack_text(limits["set_by"], min_size=1)),
            draw(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))),
            tuple(rows),
        )

    return pack()
