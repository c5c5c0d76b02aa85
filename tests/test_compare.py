"""The comparison grid and its CSV download.

The grid tests read today's bundled options on purpose: the names, prices and quotes
below are what a reader sees for them now, and change with the data."""

from __future__ import annotations

import csv
import datetime as dt
import io

from hypothesis import given
from hypothesis import strategies as st

from dashboard import compare, matching
from dashboard.data import Dataset
from dashboard.matching import match
from dashboard.situation import Situation
from dashboard.view import View
from tests.builders import option


def test_grid_has_every_question_for_every_option(ds: Dataset) -> None:
    grid = compare.grid(ds, ["massage", "water_therapy", "otc_nsaid"])
    # "What is offered near you?" is asked only when a coach's local pack is in use.
    assert list(grid.index) == [q for q in compare.QUESTIONS if q != compare.LOCAL_QUESTION]
    assert list(grid.columns) == [
        "Massage therapy",
        "Water exercise therapy",
        "Ibuprofen or naproxen (store-bought)",
    ]
    assert grid.notna().all().all()
    assert (grid != "").all().all()


def test_low_confidence_figures_are_marked_with_their_year(ds: Dataset) -> None:
    source = next(iter(ds.sources))
    weak = option(
        "weak", cost_low_usd=21.0, cost_high_usd=28.0, cost_confidence="W", cost_source_ids=(source,)
    )
    cost = compare.cells(ds, weak)["What does it cost?"]
    year = ds.sources[source].year
    assert cost.low_confidence and cost.text.endswith(f"(weak source, {year})")
    assert cost.text.startswith("$21 to $28 a month.")
    assert not compare.cells(ds, option("sure"))["What does it cost?"].low_confidence
    # "We found no price" is not a weak figure: nothing to mark.
    assert not compare.cells(ds, ds.option("heat"))["What does it cost?"].low_confidence
    rx = compare.cells(ds, ds.option("opioid"))["What does it cost?"].text
    assert rx.startswith("Doctor visit $138 to $183, plus the medicine (price unknown).")


def test_article_cell_quotes_verbatim_or_says_not_named(ds: Dataset) -> None:
    question = "What does the article say?"
    assert compare.cells(ds, ds.option("heat"))[question].text == "The article does not name this option."
    text = compare.cells(ds, ds.option("opioid"))[question].text
    assert (
        "“In severe cases the doctor may prescribe a strong pain relief medication such as a narcotic medication.” (paragraph 7)"
        in text
    )


def test_compare_starts_with_finds_first_three_so_every_option_fits(ds: Dataset) -> None:
    for view in (View(), View(Situation(duration="chronic", medication="avoid"))):
        choice = compare.default_choice(ds, view)
        assert choice == matching.shortlist(ds, view)
        fits = {m.option.id for m in match(ds.options, view.situation) if m.fits}
        assert set(choice) <= fits


def test_a_single_option_gets_a_partner(ds: Dataset) -> None:
    assert compare.with_partner(["heat"], ds, View()) == ["heat", "stay_active"]
    after = [i for i in matching.shortlist(ds, View(), len(ds.options)) if i != "stay_active"]
    assert compare.with_partner(["stay_active"], ds, View()) == ["stay_active", after[0]]
    assert compare.with_partner(["heat", "massage"], ds, View()) == ["heat", "massage"]


def test_csv_has_questions_as_rows(ds: Dataset) -> None:
    data = compare.to_csv(compare.grid(ds, ["massage", "heat"])).decode()
    rows = list(csv.reader(io.StringIO(data)))
    assert rows[0] == ["Question", "Massage therapy", "Heat wrap or heating pad"]
    assert [r[0] for r in rows[1:]] == [q for q in compare.QUESTIONS if q != compare.LOCAL_QUESTION]


@given(st.text())
def test_no_cell_can_start_a_formula(text: str) -> None:
    safe = compare.spreadsheet_safe(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert safe.endswith(text)


def test_formula_cells_are_neutralised() -> None:
    assert compare.spreadsheet_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert compare.spreadsheet_safe("-5") == "'-5"
    assert compare.spreadsheet_safe("@SUM") == "'@SUM"
    assert compare.spreadsheet_safe("fine") == "fine"


def test_a_verdict_names_the_pain_its_facts_are_for(ds: Dataset) -> None:
    # Heat has evidence for new pain only: compared for pain over 12 weeks, it must not
    # be called "recommended for pain over 12 weeks".
    heat = ds.for_duration("chronic").option("heat")
    assert heat.facts_stage == "new"
    text = compare.cells(ds, heat)["What do guidelines say?"].text
    assert text.startswith("Recommended for new pain (under 12 weeks).")


def test_a_coach_pack_in_the_comparison_csv_can_never_start_a_formula(ds: Dataset) -> None:
    from dashboard import pack

    service = pack.PackRow("service", "massage", name="=HYPERLINK(1)", note="@SUM(A1)")
    local = pack.apply(ds, pack.Pack("+Dana", dt.date(2026, 11, 20), (service,)))
    rows = list(csv.reader(io.StringIO(compare.to_csv(compare.grid(local, ["massage", "heat"])).decode())))
    near = next(r for r in rows if r[0] == compare.LOCAL_QUESTION)
    assert near[1].startswith("'=HYPERLINK(1)")
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
