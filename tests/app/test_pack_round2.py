"""The Local prices page, round 2 (usability-2 D6): every price row shows with no scrolling
inside the table, local services are added with a labelled form that is checked only when
the coach presses "Add this service", the help no longer points at a "+", and the file's
"one_off" never reaches the page."""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard import pack_tables
from dashboard.data import Dataset, Problem
from tests.app.test_pages import open_page, texts


def editors(at: AppTest) -> list[Any]:
    return list(at.get("data_editor"))


def add_button(at: AppTest) -> Any:
    return next(b for b in at.button if b.label == "Add this service")


def fill(at: AppTest, **fields: object) -> AppTest:
    for column, value in fields.items():
        key = pack_tables_key(column)
        if column in ("option_id", "price_unit"):
            at.selectbox(key=key).set_value(value)
        elif column in ("price_low_usd", "price_high_usd", "per_month"):
            at.number_input(key=key).set_value(cast(float, value))
        else:
            at.text_input(key=key).input(str(value))
    return at


def pack_tables_key(column: str) -> str:
    return f"pack_new_{column}"


def services(at: AppTest) -> pd.DataFrame:
    return cast(pd.DataFrame, editors(at)[1].value)


def test_a_table_is_as_tall_as_its_rows() -> None:
    # Streamlit's rows and header are 35 px, and the border 2 px (the browser test measures it).
    assert [pack_tables.table_height(n) for n in (1, 16)] == [73, 598]


def test_the_help_says_how_to_add_and_never_points_at_a_plus() -> None:
    page = texts(open_page("pack"))
    assert "+ below" not in page and "with the +" not in page
    assert 'Add one with "Add a local service" below.' in page


def test_a_half_filled_service_is_checked_only_on_add_and_is_not_added(ds: Dataset) -> None:
    at = open_page("pack")
    fill(at, option_id="water_therapy", name="Aqua back class, Eastside Y", price_low_usd=8.0)
    at.text_input(key="pack_set_by").input("Dan Ortiz Wellness").run()  # a run before Add
    assert not at.error  # typing is never an error: the form is checked when the coach presses Add
    fill(at, option_id="water_therapy", name="Aqua back class, Eastside Y", price_low_usd=8.0)
    add_button(at).click().run()
    assert len(services(at)) == 0
    (error,) = at.error
    assert error.value.startswith("We did not add this service yet.")
    problems = texts(at)
    assert "must be given too" in problems and "one_off" not in problems
    # What was typed is kept, to finish.
    assert at.text_input(key="pack_new_name").value == "Aqua back class, Eastside Y"


def test_a_whole_service_is_added_to_the_table_and_the_form_empties(ds: Dataset) -> None:
    at = open_page("pack")
    at.text_input(key="pack_set_by").input("Dan Ortiz Wellness").run()
    fill(
        at,
        option_id="water_therapy",
        name="Aqua back class, Eastside Y",
        price_low_usd=8.0,
        price_high_usd=8.0,
        price_unit="visit",
        per_month=8,
        where="Eastside Y pool",
    )
    add_button(at).click().run()
    assert not at.error
    table = services(at)
    assert list(table["name"]) == ["Aqua back class, Eastside Y"]
    assert list(table["where"]) == ["Eastside Y pool"]
    assert at.text_input(key="pack_new_name").value == ""
    assert at.selectbox(key="pack_new_option_id").value is None
    pack = at.session_state["view"].pack
    assert pack is not None and [s.name for s in pack.services()] == ["Aqua back class, Eastside Y"]
    # A second one joins it.
    fill(at, option_id="massage", name="Back massage, Main St", price_low_usd=60.0, price_high_usd=70.0)
    fill(at, price_unit="session", per_month=2)
    add_button(at).click().run()
    assert list(services(at)["name"]) == ["Aqua back class, Eastside Y", "Back massage, Main St"]


def test_one_off_is_said_in_words_on_the_page() -> None:
    problems = [
        Problem(
            "x", 2, "price_unit", "must say what the price covers: session, visit, month, course or one_off"
        ),
        Problem("x", 2, "per_month", "is only for a price per session or per visit; leave it empty", "2"),
        Problem(
            "x",
            2,
            "price_unit",
            "must be one of: session, visit, month, course, one_off, or empty",
            "one_off",
        ),
    ]
    places = [pack_tables.Place(pack_tables.SERVICES_TABLE, 1, "Aqua")]
    frame = pack_tables.page_problems(problems, places)
    text = frame.to_string()
    assert "one_off" not in text
    assert "course or one-off" in text and "one-off" in list(frame["Value"])
