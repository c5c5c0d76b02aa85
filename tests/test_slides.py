"""Coach-mode slides: built from the same view, so in the same order, as Find."""

from __future__ import annotations

from dashboard import content, matching, slides
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
    assert dict(massage.notes)["The article says"].startswith("“This back pain massage therapy helps")
    assert "911" in deck[1].lines[0]


def test_without_chosen_options_the_deck_shows_the_answers_first_three(ds: Dataset) -> None:
    view = View()
    first = [r.option.id for r in matching.ranked_for(ds, view)[:3]]
    assert [s.option_id for s in slides.build_slides(ds, view) if s.kind == "option"] == first


def test_the_deck_follows_what_matters_to_the_person(ds: Dataset) -> None:
    # The same order as Find: what matters changes the order within a guideline group.
    cheap = View().with_weights(dict.fromkeys(View().weight_map, 0) | {"cost": 3})
    usual = View().with_weights(dict.fromkeys(View().weight_map, 0) | {"evidence": 3})
    for view in (cheap, usual):
        expected = [r.option.id for r in matching.ranked_for(ds, view)[:3]]
        assert matching.shortlist(ds, view) == expected
        assert [s.option_id for s in slides.build_slides(ds, view) if s.kind == "option"] == expected


def test_every_warning_sign_is_on_a_slide_by_a_stated_rule(ds: Dataset) -> None:
    """Content review 2 (m15) and the maintainability review: no sign is cut, and which signs
    a slide shows is a rule (level first, file order within it, at most SIGNS_PER_SLIDE), not
    the first few rows of the file."""
    for view in (View(), View(Situation(health=frozenset({"pregnant"})))):
        signs = ds.signs_for(view.situation.health)
        safety = [s for s in slides.build_slides(ds, view) if s.kind == "safety"]
        listed = [line for s in safety for line in s.lines]
        assert [x for x in listed if x in {s.symptom for s in signs}] == [
            s.symptom for level in ("emergency", "urgent", "soon") for s in signs if s.level == level
        ]
        for slide in safety:
            action = slide.lines[0]
            assert action.endswith("If any of these apply:")
            shown = [x for x in slide.lines if x in {s.symptom for s in signs}]
            assert 1 <= len(shown) <= slides.SIGNS_PER_SLIDE
            # One action a slide: every sign on it has that action.
            assert {s.what_to_do for s in signs if s.symptom in shown} == {
                action.removesuffix(" If any of these apply:")
            }
        assert safety[0].title == "Is it safe to manage this yourself?"
        assert safety[-1].lines[-1].startswith("If none of these apply: ")


def test_slides_read_the_facts_for_the_duration(ds: Dataset) -> None:
    deck = slides.build_slides(ds, View(Situation(duration="chronic"), options=("stay_active",)))
    (slide,) = [s for s in deck if s.kind == "option"]
    facts = dict(slide.facts)
    assert "84" not in facts["Benefits"]
    assert dict(slide.notes)["Guidelines say"].startswith(
        "Recommended for long-lasting pain (over 12 weeks)."
    )
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
