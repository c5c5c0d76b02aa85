"""The safety rules as invariants (content review 2): each rule is written once and checked
over every situation, weight set and health answer, on the real data and on made-up options.
Check-in histories are covered in tests/test_checkin.py."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import content, matching, plan, scoring, slides, vocab
from dashboard.data import Dataset, Option
from dashboard.handout import build_handout
from dashboard.matching import match, rank
from dashboard.situation import DOCTOR_CHOICES, MEDICATION_CHOICES, NEEDS, Situation
from dashboard.ui import cards
from dashboard.view import View
from tests.builders import option
from tests.test_handout import text_of
from tests.test_view import situations

DAY = dt.date(2026, 12, 4)
weights = st.fixed_dictionaries({a: st.integers(0, 3) for a in scoring.ATTRIBUTES})
health: st.SearchStrategy[frozenset[vocab.HealthCondition]] = st.frozensets(
    st.sampled_from(vocab.HEALTH_CONDITIONS), max_size=3
)


def every_situation() -> list[Situation]:
    """The review's 108: severity × duration × doctor × medicines × need."""
    return [
        Situation(severity=s, duration=d, doctor=doc, medication=m, need=n).confirmed()
        for s, d, doc, m, n in itertools.product(
            vocab.SEVERITIES, vocab.DURATIONS, DOCTOR_CHOICES, MEDICATION_CHOICES, NEEDS
        )
    ]


# ------------------------------------------------ advised-against options never "fit"


@given(situations, weights, health)
def test_no_advised_against_option_is_counted_or_worded_as_fitting(
    ds: Dataset, situation: Situation, w: dict[str, int], answers: frozenset[vocab.HealthCondition]
) -> None:
    situation = replace(situation, health=answers)
    ms = match(ds.options, situation, ds.cautions)
    ranked = rank(ms, w)
    assert all(r.group != "not_recommended" for r in ranked)
    for m in matching.advised_against(ms):
        assert "suits" not in m.why.lower() and m.why.startswith("Guidelines advise against")
        assert m not in matching.ask_doctor_first(ms)
    # The headline never names one, and the slides and the handout take their order from `rank`.
    line = matching.headline(ranked, situation).lines()[-1]
    for m in matching.advised_against(ms):
        assert m.option.name not in line


def test_the_108_situations_of_the_review_never_count_an_opioid_for_new_pain(ds: Dataset) -> None:
    for situation in every_situation():
        ranked = rank(match(ds.options, situation, ds.cautions), matching.DEFAULT_WEIGHTS)
        if situation.duration != "chronic":
            assert "opioid" not in {r.option.id for r in ranked}, situation


# ------------------------------------------------ cautions: complete, and on every page


def test_every_caution_of_a_store_bought_drug_applies_to_its_prescription_form(ds: Dataset) -> None:
    forms = [o for o in ds.options if o.same_medicine_as]
    assert forms, "the data has a prescription form of a store-bought medicine"
    for rx in forms:
        store = {c.condition for c in ds.cautions if c.option_id == rx.same_medicine_as}
        own = {c.condition for c in ds.cautions if c.option_id == rx.id}
        assert store <= own, (rx.id, store - own)


@given(situations, weights, health)
@settings(max_examples=60)
def test_a_health_answer_a_label_names_is_never_lost(
    ds: Dataset, situation: Situation, w: dict[str, int], answers: frozenset[vocab.HealthCondition]
) -> None:
    """On Find the option moves to "ask a doctor first"; the plan, each slide and the handout
    say the label's reason."""
    situation = replace(situation, health=answers)
    ms = match(ds.options, situation, ds.cautions)
    ranked_ids = {r.option.id for r in rank(ms, w)}
    for m in ms:
        reasons = {c.reason for c in ds.cautions_for(m.option.id, answers)}
        if reasons and m.counted:
            assert m.option.id not in ranked_ids and set(m.ask_doctor) == reasons
    chosen = tuple(o.id for o in ds.options if ds.cautions_for(o.id, answers))[:2]
    if not chosen:
        return
    view = View(situation, options=chosen, plan=chosen)
    made = plan.make_plan(ds, view, DAY)
    assert made is not None
    for item in made.options:
        assert set(item.cautions) == {c.reason for c in ds.cautions_for(item.option_id, answers)}
    deck = slides.build_slides(ds, view)
    for option_id in chosen:
        (slide,) = [s for s in deck if s.option_id == option_id]
        said = {text for label, text in slide.facts if label == "Ask a doctor first"}
        assert said == {c.reason for c in ds.cautions_for(option_id, answers)}


def test_the_handout_says_the_labels_reason_for_each_health_answer(ds: Dataset) -> None:
    for condition in vocab.HEALTH_CONDITIONS:
        chosen = tuple(o.id for o in ds.options if ds.cautions_for(o.id, {condition}))[:3]
        if not chosen:
            continue
        view = View(Situation(health=frozenset({condition})), options=chosen, plan=chosen[:1])
        _, text = text_of(build_handout(ds, view, DAY))
        flat = " ".join(text.split())
        for option_id in chosen:
            for c in ds.cautions_for(option_id, {condition}):
                assert " ".join(c.reason.split()) in flat, (condition, option_id)


def test_65_or_older_is_also_60_or_older(ds: Dataset) -> None:
    older = {c.condition for c in ds.cautions_for("otc_nsaid", {"age65"})}
    assert "age60" in older
    assert ds.cautions_for("muscle_relaxant", {"age65"}) and not ds.cautions_for("muscle_relaxant", {"age60"})


# ------------------------------------------------ an unknown never moves an option


FIGURES: dict[str, dict[str, Any]] = {
    "speed": {"stages": {"new": {"onset_hours_low": None, "onset_hours_high": None}}},
    "cost": {"cost_low_usd": None, "cost_high_usd": None},
    "side_effects": {"harm_level": "unknown"},
    "lasting": {"stages": {"new": {"lasts_hours_low": None, "lasts_hours_high": None}}},
    "evidence": {"stages": {"new": {"effect_size": "unknown"}}},
}
built = st.builds(
    lambda i, cost, onset, lasts, harm, effect: option(
        f"o{i}",
        cost_low_usd=float(cost),
        cost_high_usd=float(cost),
        harm_level=harm,
        stages={
            "new": {
                "onset_hours_low": float(onset),
                "onset_hours_high": float(onset),
                "lasts_hours_low": float(lasts),
                "lasts_hours_high": float(lasts),
                "effect_size": effect,
            }
        },
    ),
    st.integers(0, 10**6),
    st.sampled_from((0, 20, 80, 250, 900)),
    st.sampled_from((0.5, 12, 100, 500, 2000)),
    st.sampled_from((10, 100, 1000, 9000)),
    st.sampled_from(("low", "moderate", "high")),
    st.sampled_from(("small", "moderate")),
)


@given(st.lists(built, min_size=2, max_size=6, unique_by=lambda o: o.id), weights, st.data())
def test_an_option_never_moves_up_or_down_when_a_figure_becomes_unknown(
    options: list[Option], w: dict[str, int], data: st.DataObject
) -> None:
    """A missing figure can only turn "above" or "below" into a tie: it never puts the option
    above one it was below, never below one it was above, and never makes a new order."""
    target = data.draw(st.sampled_from(options))
    figure = data.draw(st.sampled_from(sorted(FIGURES)))
    changes = dict(FIGURES[figure])
    stages = changes.pop("stages", None)
    blank = replace(target, **changes)
    if stages:
        blank = replace(blank, evidence=tuple(replace(e, **stages.get(e.stage, {})) for e in blank.evidence))
    before = {r.option.id: r for r in rank(match(options, Situation()), w)}
    after = {
        r.option.id: r for r in rank(match([blank if o is target else o for o in options], Situation()), w)
    }
    t = target.id
    for other in before:
        if other == t:
            continue
        if after[t].above(after[other]):
            assert before[t].above(before[other])  # never a prize
        if after[other].above(after[t]):
            assert before[other].above(before[t])  # never a penalty
    assert after[t].low <= before[t].low and after[t].high >= before[t].high


@given(situations, weights)
@settings(max_examples=40)
def test_on_the_real_data_no_unknown_ever_beats_or_loses_for_sure(
    ds: Dataset, situation: Situation, w: dict[str, int]
) -> None:
    for r in rank(match(ds.options, situation), w):
        unknown = [a for a in scoring.ATTRIBUTES if w.get(a, 0) > 0 and a not in r.parts]
        assert (r.low == r.high) == (not unknown) or r.weighed == 0


# ------------------------------------------------ harms where choices are made


durations: st.SearchStrategy[vocab.Duration] = st.sampled_from(vocab.DURATIONS)


@given(situations, weights, durations)
@settings(max_examples=40)
def test_every_moderate_or_high_harm_shows_its_main_harm_on_find_slides_and_handout(
    ds: Dataset, situation: Situation, w: dict[str, int], duration: vocab.Duration
) -> None:
    situation = replace(situation, duration=duration)
    stage = ds.for_duration(duration)
    ranked = rank(match(ds.options, situation, ds.cautions), w)
    for place, r in zip(matching.places(ranked), ranked, strict=True):
        if r.option.harm_level in ("moderate", "high"):
            assert r.option.main_harm and r.option.main_harm in cards.option_card(stage, place, r)
    heavy = tuple(o.id for o in ds.options if o.harm_level in ("moderate", "high"))
    for chunk in (heavy[:4], heavy[4:]):
        view = View(situation, options=chunk)
        for slide in slides.build_slides(ds, view):
            if slide.option_id:
                assert dict(slide.facts)["Main harm"] == ds.option(slide.option_id).main_harm


def test_the_handout_never_cuts_a_main_harm(ds: Dataset) -> None:
    heavy = [o for o in ds.options if o.harm_level in ("moderate", "high")]
    for chunk in (heavy[:4], heavy[4:]):
        _, text = text_of(build_handout(ds, View(options=tuple(o.id for o in chunk)), DAY))
        flat = " ".join(text.split())
        for o in chunk:
            assert " ".join(o.main_harm.split()) in flat, o.id


def test_a_store_bought_nsaid_for_pain_over_12_weeks_needs_a_doctor(ds: Dataset) -> None:
    """Content review 2, M2: its own 10-day label."""
    for situation in every_situation():
        if situation.duration != "chronic":
            continue
        ms = {m.option.id: m for m in match(ds.options, situation, ds.cautions)}
        for option_id in ("otc_nsaid", "aspirin"):
            m = ms[option_id]
            assert m.option.doctor_needed == "yes"
            if situation.doctor == "no":
                assert any("10 days" in reason for reason in m.reasons_out)
            if m.fits:
                assert content.doctor(m.option).short.startswith("Yes")
