"""Check in's form in AppTest after the second usability review: "Did it help?" and "Any
warning signs now?" are asked, not assumed; the signs are Step 1's grouped boxes, drawn only
after "Yes"; the entry keeps the most serious level ticked; "Saved" is said with the copy
button; the plan's stop signs are lists, one a level (PEMAT 8)."""

from __future__ import annotations

import lxml.html
from streamlit.testing.v1 import AppTest

from tests.app.test_pages import open_page, texts

PLAN = {"plan": "heat", "planned": "2026-11-27"}


def said(at: AppTest) -> list[str]:
    """The status region that says what Save did."""
    return [
        lxml.html.fromstring(h.value).text_content()
        for h in at.html
        if 'role="status"' in h.value and "relief-said" in h.value
    ]


def save(at: AppTest) -> AppTest:
    return at.button(key="checkin_form_save").click().run()


def sign_boxes(at: AppTest) -> list[str]:
    return [str(c.key) for c in at.checkbox if str(c.key).startswith("checkin_form_sign_")]


def test_save_with_nothing_answered_asks_and_saves_nothing() -> None:
    at = open_page("checkin", **PLAN)
    assert at.radio(key="checkin_form_helped").value is None
    assert at.radio(key="checkin_form_warn").value is None
    at.select_slider(key="checkin_form_pain").set_value(8)
    save(at)
    (message,) = said(at)
    assert message.startswith(
        "Not saved yet. Please pick an answer for “Did it help?” and answer “Any warning signs now?”"
    )
    assert "checkins" not in at.query_params
    assert at.select_slider(key="checkin_form_pain").value == 8  # nothing entered is lost


def test_the_signs_show_only_after_yes_grouped_by_level() -> None:
    at = open_page("checkin", **PLAN)
    assert not sign_boxes(at)
    assert not [m for m in at.multiselect if "warning" in m.label.lower()]  # no dropdown
    at.radio(key="checkin_form_warn").set_value("yes").run()
    assert "checkin_form_sign_fever" in sign_boxes(at)
    page = texts(at)
    for heading in (
        "Get emergency help now if you have:",
        "Contact a doctor today if you have:",
        "Book a visit with your doctor if you have:",
    ):
        assert heading in page
    at.radio(key="checkin_form_warn").set_value("no").run()
    assert not sign_boxes(at)


def test_the_entry_keeps_the_most_serious_level_ticked() -> None:
    at = open_page("checkin", **PLAN)
    at.radio(key="checkin_form_helped").set_value("no")
    at.radio(key="checkin_form_warn").set_value("yes").run()
    at.checkbox(key="checkin_form_sign_fever").check().run()  # urgent
    assert any("Contact a doctor today" in w.value for w in at.warning)  # said under the box at once
    soon = next(k for k in sign_boxes(at) if k.endswith("severe_worse"))
    at.checkbox(key=soon).check().run()
    save(at)
    assert at.query_params["checkins"].endswith(".n.n.u")
    (message,) = said(at)
    assert message == "Saved. Your link has changed: copy it or bookmark this page again."
    assert any('data-copy-from="share_link_checkin"' in h.value for h in at.html)


def test_no_after_ticking_saves_no_sign() -> None:
    at = open_page("checkin", **PLAN)
    at.radio(key="checkin_form_helped").set_value("yes")
    at.radio(key="checkin_form_warn").set_value("yes").run()
    at.checkbox(key="checkin_form_sign_fever").check().run()
    at.radio(key="checkin_form_warn").set_value("no").run()
    save(at)
    assert at.query_params["checkins"].endswith(".y.n.0")


def test_the_stop_signs_are_lists_one_a_level() -> None:
    at = open_page("checkin", **PLAN)
    page = texts(at)
    assert (
        "**Call 911 (or your local emergency number) or go to the emergency room now.** If you have:" in page
    )
    assert "- Chest pain" in page
    assert "; chest pain;" not in page.lower()
