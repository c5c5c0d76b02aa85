"""Coach-mode slides: built from the same view, so in the same order, as Find."""

from __future__ import annotations

from dashboard import content, slides
from dashboard.data import Dataset
from dashboard.situation import Situation
from dashboard.view import View


def test_deck_has_one_idea_per_slide(ds: Dataset) -> None:
    deck = slides.build_slides(ds, View(options=("massage", "heat")))
    kinds = [s.kind for s in deck]
    safety = ["safety"] * len([s for s in deck if s.kind == "safety"])
    assert kinds == ["title", *safety, "situation", "option", "option", "chart", "next_steps", "sources"]
    massage = next(s for s in deck if s.option_id == "massage")
    facts = dict(massage.facts)
    assert facts["Cost"] == content.cost(ds.option("massage")).short
    assert (
        deck[0]
        .lines[1]
        .startswith("For pain that has lasted under 4 weeks, guidelines suggest starting with: ")
    )
    assert facts["The article says"].startswith("“This back pain massage therapy helps")
    assert "911" in deck[1].lines[0]


def test_without_chosen_options_the_deck_shows_the_answers_first_three(ds: Dataset) -> None:
    view = View()
    first = [r.option.id for r in content.ranked_for(ds, view)[:3]]
    assert [s.option_id for s in slides.build_slides(ds, view) if s.kind == "option"] == first


def test_the_deck_follows_what_matters_to_the_person(ds: Dataset) -> None:
    # The same order as Find: what matters changes the order within a guideline group.
    cheap = View().with_weights(dict.fromkeys(View().weight_map, 0) | {"cost": 3})
    usual = View().with_weights(dict.fromkeys(View().weight_map, 0) | {"evidence": 3})
    for view in (cheap, usual):
        expected = [r.option.id for r in content.ranked_for(ds, view)[:3]]
        assert content.shortlist(ds, view) == expected
        assert [s.option_id for s in slides.build_slides(ds, view) if s.kind == "option"] == expected


def test_every_emergency_sign_is_on_a_slide_and_the_rest_say_when_they_leave_signs_out(ds: Dataset) -> None:
    """Content review 2, m15: the safety slides never cut an emergency sign."""
    for view in (View(), View(Situation(health=frozenset({"pregnant"})))):
        signs = ds.signs_for(view.situation.health)
        safety = [s for s in slides.build_slides(ds, view) if s.kind == "safety"]
        lines = [line for s in safety for line in s.lines]
        for sign in signs:
            if sign.level == "emergency":
                assert sign.symptom in lines, sign.id
        others = content.warning_summary(
            [s for s in signs if s.level != "emergency"], limit=slides.SIGNS_PER_LEVEL
        )
        # Every other sign is either listed or counted in "any of N more".
        assert sum(len(g.symptoms) + g.left_out for g in others) == len(
            [s for s in signs if s.level != "emergency"]
        )
        for group in others:
            assert group.line() in safety[-1].lines
            if group.left_out:
                assert f"any of {group.left_out} more signs" in group.line()
        assert all(len(s.lines) <= slides.EMERGENCY_PER_SLIDE + 1 for s in safety[:-1])


def test_slides_read_the_facts_for_the_duration(ds: Dataset) -> None:
    deck = slides.build_slides(ds, View(Situation(duration="chronic"), options=("stay_active",)))
    (slide,) = [s for s in deck if s.kind == "option"]
    facts = dict(slide.facts)
    assert "84" not in facts["Benefits"]
    assert facts["Guidelines say"].startswith("Recommended for long-lasting pain (over 12 weeks).")
    safety = " ".join(line for s in deck if s.kind == "safety" for line in s.lines).lower()
    assert "most new back pain" not in safety


def test_a_slide_past_the_end_starts_the_deck_at_one() -> None:
    assert slides.fit_slide(3, 8) == (3, [])
    assert slides.fit_slide(8, 8) == (8, [])
    assert slides.fit_slide(9, 8) == (1, ["We ignored slide=9: this set of slides has 8."])


def test_the_sources_slide_shows_the_surest_first_and_says_how_many_more(ds: Dataset) -> None:
    view = View(options=("opioid", "rx_anti_inflammatory", "water_therapy", "exercise"))
    sources = content.cited(ds, view.options)
    deck = slides.build_slides(ds, view)
    (sources_slide,) = [s for s in deck if s.kind == "sources"]
    listed = sources_slide.lines[:-1]
    assert len(listed) == min(len(sources), slides.SOURCES_ON_SLIDE)
    order = [slides.CONFIDENCE_ORDER.index(s.confidence) for s in sources]
    assert sorted(order)[: len(listed)] == [
        slides.CONFIDENCE_ORDER.index(next(s for s in sources if content.source_brief(s) == line).confidence)
        for line in listed
    ]
    if len(sources) > slides.SOURCES_ON_SLIDE:
        assert sources_slide.lines[-1].startswith(f"{len(sources) - slides.SOURCES_ON_SLIDE} more")
