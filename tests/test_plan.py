"""The plan after a choice: from the data, for the person's stage of pain, unknowns said."""

from __future__ import annotations

import datetime as dt

from dashboard import content, plan
from dashboard.data import Dataset
from dashboard.situation import Situation
from dashboard.view import View

DAY = dt.date(2026, 11, 27)


def test_no_choice_no_plan(ds: Dataset) -> None:
    assert plan.make_plan(ds, View(), DAY) is None


def test_a_plan_says_how_when_the_limit_and_what_next(ds: Dataset) -> None:
    made = plan.make_plan(ds, View(plan=("otc_nsaid",)), DAY)
    assert made is not None
    (item,) = made.options
    option = ds.for_duration("acute").option("otc_nsaid")
    assert item.how == option.what_its_like
    assert item.when == content.how_soon(option).text
    assert item.limit == option.caveat and item.limit_days == 10
    # The label's limit comes before the 4-week check-in.
    assert made.review_by == DAY + dt.timedelta(days=10)
    assert "10 days" in made.review_why
    assert made.check_dates == (
        DAY + dt.timedelta(days=7),
        DAY + dt.timedelta(days=14),
        DAY + dt.timedelta(days=28),
    )
    assert made.next_steps[0].startswith("Guidelines also suggest for new pain (under 12 weeks): ")
    assert "Stay active" in made.next_steps[0]
    assert made.next_steps[-1] == "See your doctor about what else could help."


def test_without_a_label_limit_the_review_is_the_4_week_check_in(ds: Dataset) -> None:
    made = plan.make_plan(ds, View(plan=("stay_active", "massage")), DAY)
    assert made is not None
    assert made.review_by == DAY + dt.timedelta(days=plan.REVIEW_DAYS)
    assert made.review_why.startswith(
        "Your 4-week check-in. If the pain has not got better after a few weeks"
    )


def test_an_unknown_onset_is_said_not_hidden(ds: Dataset) -> None:
    made = plan.make_plan(ds, View(Situation(duration="chronic"), plan=("massage",)), DAY)
    assert made is not None
    assert made.options[0].when.startswith("Unknown")
    assert made.stage_words == "long-lasting pain (over 12 weeks)"


def test_the_stop_signs_are_every_emergency_and_urgent_sign(ds: Dataset) -> None:
    made = plan.make_plan(ds, View(plan=("heat",)), DAY)
    assert made is not None
    listed = " ".join(made.stop_signs).lower()
    for sign in ds.signs_for(()):
        if sign.level != "soon":
            assert sign.symptom[0].lower() + sign.symptom[1:] in listed, sign.id


def test_a_plan_carries_the_health_cautions_and_the_pregnancy_signs(ds: Dataset) -> None:
    view = View(Situation(health=frozenset({"pregnant", "age65"})), plan=("otc_nsaid", "muscle_relaxant"))
    made = plan.make_plan(ds, view, DAY)
    assert made is not None
    cautions = {o.option_id: o.cautions for o in made.options}
    assert {c.reason for c in ds.cautions_for("otc_nsaid", {"pregnant", "age60"})} == set(
        cautions["otc_nsaid"]
    )
    assert any("Beers" in c for c in cautions["muscle_relaxant"])
    assert any("pregnant" in c for c in cautions["muscle_relaxant"])
    listed = " ".join(made.stop_signs).lower()
    assert "you are pregnant and bleeding" in listed
    # The muscle relaxant's 21-day label limit is a label limit too (content review 2, M12).
    assert {lim.days for lim in made.limits} == {10, 21}


def test_readiness_gives_a_next_step_for_each_no_and_never_blocks() -> None:
    assert plan.readiness_tips({}) == []
    tips = plan.readiness_tips({"know": False, "values": True, "support": None, "sure": False})
    assert tips == [plan.READINESS[0][2], plan.READINESS[3][2]]
