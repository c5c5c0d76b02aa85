"""Coach mode, round 2 (usability-2 D1, D7; ipdas-pemat §2(d) item 13): the switch says how to
move, the coach's notes hold what would crowd a slide, and what the coach and client agreed
and their next session reach the view for the handout, never a link."""

from __future__ import annotations

import datetime as dt

from dashboard import slides
from dashboard.view import View
from tests.app.test_pages import open_page, opened, plain_texts
from tests.conftest import fixture_dataset


def option_slide(option_id: str, *options: str) -> int:
    deck = slides.build_slides(fixture_dataset(), View(options=options))
    return next(n for n, s in enumerate(deck, 1) if s.option_id == option_id)


def test_the_presenting_switch_says_how_to_move() -> None:
    at = open_page("present", options="heat,massage")
    switch = at.toggle(key="presenting")
    assert "Use ← → to move." in str(switch.help)


def test_what_we_agreed_and_the_next_session_reach_the_view_and_never_the_link() -> None:
    at = open_page("present", options="heat,massage")
    at.text_area(key="coach_agreed").input("Walk 10 minutes each morning; heat at night").run()
    at.date_input(key="coach_next_session").set_value(dt.date(2026, 12, 18)).run()
    view = at.session_state["view"]
    assert view.agreed == "Walk 10 minutes each morning; heat at night"
    assert view.next_session == dt.date(2026, 12, 18)
    link = str(dict(at.query_params)) + str(at.text_input(key="share_link_present").value)
    for secret in ("Walk", "morning", "2026-12-18", "20261218", "12/18"):
        assert secret not in link, secret
    # Emptied again, they are gone from the view too.
    at.text_area(key="coach_agreed").input("").run()
    at.date_input(key="coach_next_session").set_value(None).run()
    view = at.session_state["view"]
    assert (view.agreed, view.next_session) == ("", None)


def test_what_we_agreed_is_at_most_200_characters() -> None:
    at = open_page("present", options="heat,massage")
    assert at.text_area(key="coach_agreed").max_chars == 200


def test_an_option_slides_extra_words_are_the_coachs_notes() -> None:
    number = option_slide("massage", "massage", "heat")
    at = opened(open_page("present", options="massage,heat", slide=str(number)), "slide_notes")
    notes = " ".join(plain_texts(at))
    assert "The article says:" in notes and "Guidelines say:" in notes
    # On the slide itself, only five facts.
    slide_text = next(h.value for h in at.html if 'class="relief-slide ' in h.value)
    assert "The article says" not in slide_text
    assert slide_text.count("<strong>") == 5
