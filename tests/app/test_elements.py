"""Find draws few elements: each option is one block, and what is folded away is drawn only
when opened (the benchmark counts the elements of every page: bench/elements.py)."""

from __future__ import annotations

from bench import elements
from dashboard import matching, scoring
from dashboard.view import View
from tests.app.test_pages import app, opened
from tests.conftest import fixture_dataset


def test_each_option_on_find_is_one_element() -> None:
    at = app(severity="moderate", duration="acute").run()
    ranked = matching.ranked_for(fixture_dataset(), View())
    cards = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert len(cards) == len(ranked) > 0
    # Heading, summary, badge, facts, why it fits and the score: all in the one block.
    for card in cards:
        assert "Guidelines:" in card and "**Why it fits:**" in card and "Score" in card


def test_your_health_and_step_3_are_drawn_only_when_opened() -> None:
    at = app().run()
    closed = elements.count(at).elements
    assert not [c for c in at.checkbox if str(c.key).startswith("health_")]
    assert not at.select_slider
    opened(at, "health_open", "matters_open")
    assert len([c for c in at.checkbox if str(c.key).startswith("health_")]) > 0
    assert [s.key for s in at.select_slider] == [f"weight_{a}" for a in scoring.ATTRIBUTES]
    assert elements.count(at).elements > closed + len(scoring.ATTRIBUTES)


def test_the_safety_check_once_answered_draws_its_boxes_only_when_opened_again() -> None:
    at = app().run()
    signs = len([c for c in at.checkbox if str(c.key).startswith("sign_")])
    assert signs == len(fixture_dataset().signs_for(()))
    at.button(key="no_signs").click().run()
    assert not [c for c in at.checkbox if str(c.key).startswith("sign_")]
    opened(at, "safety_step")
    assert len([c for c in at.checkbox if str(c.key).startswith("sign_")]) == signs
