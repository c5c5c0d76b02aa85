"""Coach-mode slides."""

from __future__ import annotations

from dashboard import slides
from dashboard.data import Dataset
from dashboard.situation import Situation


def test_deck_has_one_idea_per_slide(ds: Dataset) -> None:
    deck = slides.build_slides(ds, Situation(), ["massage", "heat"])
    kinds = [s.kind for s in deck]
    assert kinds == ["title", "safety", "situation", "option", "option", "chart", "next_steps", "sources"]
    massage = deck[3]
    facts = dict(massage.facts)
    assert facts["Cost"] == "$280 to $480 a month"
    assert facts["The article says"].startswith("“This back pain massage therapy helps")
    assert "911" in deck[1].lines[0]


def test_shortlist_is_the_top_three(ds: Dataset) -> None:
    assert slides.shortlist(ds, Situation()) == ["massage", "otc_nsaid", "stay_active"]


def test_parse_slide_bounds() -> None:
    assert slides.parse_slide(None, 8) == (1, None)
    assert slides.parse_slide("3", 8) == (3, None)
    assert slides.parse_slide("8", 8) == (8, None)
    assert slides.parse_slide("9", 8) == (1, "We ignored slide='9': it must be a number from 1 to 8.")
    assert slides.parse_slide("0", 8)[1] is not None
    assert slides.parse_slide("two", 8)[1] is not None


def test_parse_slide_never_raises_on_odd_digits() -> None:
    assert slides.parse_slide("²", 8)[0] == 1
