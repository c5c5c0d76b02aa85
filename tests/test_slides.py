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
    assert facts["Cost"] == "$240 to $248 a month"
    assert deck[0].lines[1] == (
        "For pain that has lasted under 4 weeks, guidelines suggest starting with: "
        "Stay active; Heat wrap or heating pad."
    )
    assert facts["The article says"].startswith("“This back pain massage therapy helps")
    assert "911" in deck[1].lines[0]


def test_shortlist_is_the_top_three(ds: Dataset) -> None:
    # The answer's order: the recommended group first, then the rest.
    assert slides.shortlist(ds, Situation()) == ["stay_active", "heat", "otc_nsaid"]
    assert slides.shortlist(ds, Situation(duration="chronic"))[:2] == ["stay_active", "exercise"]


def test_slides_read_the_facts_for_the_duration(ds: Dataset) -> None:
    deck = slides.build_slides(ds, Situation(duration="chronic"), ["stay_active"])
    facts = dict(deck[3].facts)
    assert "84" not in facts["Benefits"]
    assert facts["Guidelines say"].startswith("Recommended for long-lasting pain (over 12 weeks).")
    assert "most new back pain" not in " ".join(deck[1].lines).lower()


def test_parse_slide_bounds() -> None:
    assert slides.parse_slide(None, 8) == (1, None)
    assert slides.parse_slide("3", 8) == (3, None)
    assert slides.parse_slide("8", 8) == (8, None)
    assert slides.parse_slide("9", 8) == (1, "We ignored slide='9': it must be a number from 1 to 8.")
    assert slides.parse_slide("0", 8)[1] is not None
    assert slides.parse_slide("two", 8)[1] is not None


def test_parse_slide_never_raises_on_odd_digits() -> None:
    assert slides.parse_slide("²", 8)[0] == 1
