"""The PDF handout, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader

from dashboard.data import Dataset
from dashboard.handout import build_handout
from dashboard.situation import Situation

DAY = dt.date(2026, 11, 27)


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_handout_holds_the_situation_options_disclaimer_and_date(ds: Dataset) -> None:
    pdf = build_handout(ds, Situation(severity="severe", doctor="no", budget=60), ["massage", "heat"], DAY)
    assert pdf.startswith(b"%PDF-")
    pages, text = text_of(pdf)
    assert 1 <= pages <= 2
    for expected in (
        "Back pain relief options: your summary",
        "Made on 27 November 2026",
        "Pain: severe",
        "Willing to see a doctor: no",
        "Budget: $60 a month",
        "Massage therapy",
        "Heat wrap or heating pad",
        "Call 911",
        "Questions to ask your doctor",
        "Not medical advice",
        "Data last reviewed 27 November 2026",
    ):
        assert expected in text, expected


def test_four_options_still_fit_on_two_pages(ds: Dataset) -> None:
    pages, _ = text_of(
        build_handout(ds, Situation(), ["massage", "water_therapy", "opioid", "rx_anti_inflammatory"], DAY)
    )
    assert pages <= 2


def test_unicode_characters_print(ds: Dataset) -> None:
    odd = replace(ds.option("heat"), name="Café heat – ≤ 5 days’ use")
    patched = replace(ds, options=(odd,))
    _, text = text_of(build_handout(patched, Situation(), ["heat"], DAY))
    assert "Café heat – ≤ 5 days’ use" in text
