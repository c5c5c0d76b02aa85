"""The handout after the second usability review: the decision, what to do next (with the
plan's dates), everyday back pain's usual course, options just over the budget, and what a
coach and client agreed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from dashboard import content, guide_text
from dashboard.data import Dataset
from dashboard.handout import build_handout
from dashboard.plan import plan_for
from dashboard.situation import Situation
from dashboard.view import View
from tests.builders import option
from tests.test_handout import text_of

DAY = dt.date(2026, 12, 7)


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_handout_says_the_decision_and_what_to_do_next(ds: Dataset) -> None:
    _, text = text_of(build_handout(ds, View(Situation().confirmed()), DAY))
    assert words(guide_text.DECISION) in text
    assert "What to do next" in text
    for n, step in enumerate(guide_text.what_to_do_next(), start=1):
        assert f"{n}. {words(step)}" in text
    assert text.index(words(guide_text.DECISION)) < text.index("Your shortlist")


def test_with_a_plan_the_next_steps_carry_its_check_in_dates(ds: Dataset) -> None:
    view = View(Situation().confirmed(), plan=("stay_active",), planned=DAY)
    the_plan = plan_for(ds, view, DAY)
    assert the_plan is not None
    _, text = text_of(build_handout(ds, view, DAY))
    step = guide_text.what_to_do_next(the_plan.check_dates, the_plan.review_by)[3]
    assert words(step) in text
    assert guide_text.day_month(the_plan.check_dates[0]) in step


def test_about_everyday_back_pain_is_printed_and_cited(ds: Dataset) -> None:
    _, text = text_of(build_handout(ds, View(Situation(duration="acute").confirmed()), DAY))
    assert "About everyday back pain" in text
    recovered = next(n for n in ds.natural_course if n.id == "recovered_12_weeks")
    assert words(recovered.text) in text
    sources = text.split("Questions to ask your doctor")[-1]
    for sid in (*guide_text.ABOUT_BACK_PAIN_SOURCES, *recovered.source_ids):
        assert content.source_brief(ds.sources[sid]) in sources


def test_what_we_agreed_is_printed_only_when_the_coach_gives_it(ds: Dataset) -> None:
    plain = View(Situation().confirmed())
    _, text = text_of(build_handout(ds, plain, DAY))
    assert "What we agreed" not in text and "Next session" not in text
    agreed = replace(plain, agreed="Heat twice a day and a short walk.", next_session=dt.date(2026, 12, 21))
    _, text = text_of(build_handout(ds, agreed, DAY))
    assert "What we agreed Heat twice a day and a short walk." in text
    assert "Next session: December 21, 2026" in text


def test_a_guideline_first_option_just_over_the_budget_is_printed_with_the_amount(ds: Dataset) -> None:
    first = {s: {"guideline_verdict": "recommended"} for s in ("new", "long")}
    heat = option("heat_test", name="Heat pad", cost_low_usd=21.0, cost_high_usd=24.0, stages=first)
    made = replace(ds, options=(*ds.options, heat))
    _, text = text_of(build_handout(made, View(Situation(budget=20).confirmed()), DAY))
    assert "Just over your budget" in text
    assert "Heat pad: $21 to $24 a month. At its lowest, that is $1 over your budget of $20." in text


def test_answers_the_person_never_gave_are_marked_as_the_usual_answer(ds: Dataset) -> None:
    _, text = text_of(build_handout(ds, View(Situation()), DAY))  # nothing given yet
    assert "Pain: moderate (the usual answer)" in text
    assert "means you did not give this answer" in text
    _, text = text_of(build_handout(ds, View(Situation().confirmed()), DAY))
    assert "Pain: moderate" in text and "(the usual answer)" not in text
