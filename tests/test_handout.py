"""The PDF handout, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader

from dashboard import content
from dashboard.data import Dataset
from dashboard.handout import build_handout
from dashboard.situation import Situation
from dashboard.view import View

DAY = dt.date(2026, 11, 27)


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())  # line breaks fall where the page is full


def test_handout_holds_the_situation_options_disclaimer_and_date(ds: Dataset) -> None:
    pdf = build_handout(
        ds, View(Situation(severity="severe", doctor="no", budget=60), options=("massage", "heat")), DAY
    )
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
        build_handout(ds, View(options=("massage", "water_therapy", "opioid", "rx_anti_inflammatory")), DAY)
    )
    assert pages <= 2


def test_unicode_characters_print(ds: Dataset) -> None:
    odd = replace(ds.option("heat"), name="Café heat – ≤ 5 days’ use")
    patched = replace(ds, options=(odd,))
    _, text = text_of(build_handout(patched, View(options=("heat",)), DAY))
    assert "Café heat – ≤ 5 days’ use" in text


def test_every_warning_sign_is_on_the_handout(ds: Dataset) -> None:
    _, text = text_of(build_handout(ds, View(), DAY))
    flat = text.lower()
    for sign in ds.warning_signs:
        assert " ".join(sign.symptom.split()).lower() in flat, sign.id


def test_without_chosen_options_the_handout_follows_what_matters(ds: Dataset) -> None:
    cheap = View().with_weights(dict.fromkeys(View().weight_map, 0) | {"cost": 3})
    _, text = text_of(build_handout(ds, cheap, DAY))
    flat = text
    names = [ds.option(i).name for i in content.shortlist(ds, cheap)]
    positions = [flat.index(f"{name} — guidelines") for name in names]
    assert positions == sorted(positions)


def test_ticked_warning_signs_come_first_with_what_to_do(ds: Dataset) -> None:
    sign = next(s for s in ds.warning_signs if s.level == "urgent")
    _, text = text_of(build_handout(ds, View(signs=frozenset({sign.id})), DAY))
    top = text.split("Your situation", 1)[0]
    assert "You ticked a warning sign: get medical help" in top
    assert " ".join(f"{sign.symptom}: {sign.what_to_do}".split()) in top
    _, plain = text_of(build_handout(ds, View(), DAY))
    assert "You ticked" not in plain
