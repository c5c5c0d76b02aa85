"""Find after the second usability review: the decision said, cards to act on today, options
just over the budget, what to do next, and whose local prices a client link holds."""

from __future__ import annotations

from dashboard import guide_text
from dashboard import pack as packs
from dashboard.data import Dataset
from dashboard.ui.tracker import PLAN_KEY
from tests.app.test_pages import app, plain_texts
from tests.conftest import fixture_dataset

HEAT_PACK = (
    b"kind,option_id,name,price_low_usd,price_high_usd,price_unit,per_month,offered,where,contact,note,set_by,set_on\n"
    b"option,heat,,21,24,month,,yes,,,,Dan Ortiz Wellness,2026-11-20\n"
    b"service,water_therapy,Aqua back class,8,8,visit,8,yes,Eastside Y pool,,,Dan Ortiz Wellness,2026-11-20\n"
    b"service,exercise,Walking group,5,5,month,,yes,Park gate,,,Dan Ortiz Wellness,2026-11-20\n"
)


def heat_pack(ds: Dataset) -> str:
    pack, problems = packs.read_csv(HEAT_PACK, ds.option_ids)
    assert problems == [] and pack is not None
    value = packs.link_value(pack)
    assert value is not None
    return value


def test_find_says_the_decision_and_the_numbered_next_steps() -> None:
    at = app().run()
    assert not at.exception
    marks = [m.value for m in at.markdown]
    assert f"**{guide_text.DECISION}**" in marks
    assert "What to do next" in [h.value for h in at.header]
    steps = next(m for m in marks if m.startswith("1. "))
    assert steps == "\n".join(f"{n}. {s}" for n, s in enumerate(guide_text.what_to_do_next(), start=1))


def test_each_card_has_a_try_it_line_and_says_when_it_can_start_today(ds: Dataset) -> None:
    at = app(severity="moderate", duration="acute").run()
    card = next(m.value for m in at.markdown if m.value.startswith("### ") and "Stay active" in m.value)
    assert f"**Try it:** {ds.option('stay_active').try_it}" in card
    assert "You can start today." in card
    massage = next(m.value for m in at.markdown if m.value.startswith("### ") and "Massage" in m.value)
    assert "You can start today" not in massage  # it needs a therapist


def test_heat_one_dollar_over_the_budget_is_listed_with_the_amount(ds: Dataset) -> None:
    at = app(severity="moderate", duration="acute", budget="20", pack=heat_pack(ds)).run()
    assert not at.exception
    shown = plain_texts(at)
    assert (
        "Just over your budget: Heat wrap or heating pad at $21 to $24 a month (a local price)." in shown
    )  # in the top answer
    assert "Just over your budget" in [h.value for h in at.subheader]
    assert any(
        t.startswith(
            "Heat wrap or heating pad: $21 to $24 a month (a local price). At its lowest, that is $1 over your budget of $20."
        )
        for t in shown
    )
    # It is still never counted as fitting.
    titles = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert not any("Heat wrap" in t for t in titles)


def test_a_client_link_opens_with_whose_local_prices_these_are(ds: Dataset) -> None:
    at = app(pack=heat_pack(ds)).run()
    shown = plain_texts(at)
    assert shown[0] == "Local prices from Dan Ortiz Wellness"  # before anything else we write
    # A local service's price leads, with our national figure as typical elsewhere.
    at = app(duration="chronic", pack=heat_pack(ds)).run()
    card = next(t for t in plain_texts(at) if "Cost: Near you: $8 a visit, 8 a month" in t)
    assert "Typical elsewhere" not in card  # our national figure for it is unknown: nothing to say
    exercise = next(t for t in plain_texts(at) if "Walking group" in t)
    assert "Cost: Near you: $5 a month. Typical elsewhere: free." in exercise


def test_about_everyday_back_pain_draws_100_people_without_a_chart_library(ds: Dataset) -> None:
    at = app(severity="moderate", duration="acute").run()
    assert "About everyday back pain" in [h.value for h in at.subheader]
    pictures = [str(h.value) for h in at.html if 'class="relief-dots"' in str(h.value)]
    assert len(pictures) == 1
    recovered = next(n for n in ds.natural_course if n.id == "recovered_12_weeks")
    assert pictures[0].count('class="dot-on"') == recovered.value
    assert pictures[0].count('class="dot-off"') == recovered.out_of - recovered.value
    assert "PACE2014" not in pictures[0]  # a citation, not a raw id
    assert len(at.get("plotly_chart")) == 0  # Find's first visit loads no Plotly for it


def test_the_page_says_the_handout_prints_the_health_answers() -> None:
    at = app(severity="moderate", duration="acute").run()
    note = "Your health answers are printed on the handout. They are never put in the link."
    assert note not in [c.value for c in at.caption]
    at.session_state["health_open"] = True
    at.run()
    at.checkbox(key="health_blood_thinner").check().run()
    assert note in [c.value for c in at.caption]


def test_a_ticked_health_answer_says_right_under_it_what_it_changed() -> None:
    ds = fixture_dataset()  # the data the app runs on
    at = app(severity="moderate", duration="acute")
    at.session_state["health_open"] = True
    at.run()
    at.checkbox(key="health_blood_thinner").check().run()
    named = [o.name for o in ds.options if ds.cautions_for(o.id, {"blood_thinner"})]
    assert named  # the fixture's labels name a blood thinner
    said = [c.value for c in at.caption if c.value.startswith("Ask a doctor before you try ")]
    assert len(said) == 1 and all(name in said[0] for name in named)


def test_these_answers_fit_me_is_at_the_end_of_step_2_too() -> None:
    at = app().run()
    assert at.button(key="confirm_answers").label == at.button(key="confirm_answers_end").label
    at.button(key="confirm_answers_end").click().run()
    assert not [b for b in at.button if b.key in ("confirm_answers", "confirm_answers_end")]
    assert "Based on typical answers" not in " ".join(i.value for i in at.info)


def test_ill_try_this_offers_an_option_just_over_the_budget_too(ds: Dataset) -> None:
    at = app(severity="moderate", duration="acute", budget="20", pack=heat_pack(ds)).run()
    offered = at.multiselect(key=PLAN_KEY).options
    assert "Heat wrap or heating pad" in offered
    assert "Stay active" in offered
