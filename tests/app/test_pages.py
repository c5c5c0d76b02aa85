"""App tests: every page run in-process with streamlit.testing.v1.AppTest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import checkin, matching, safety, slides, ui
from dashboard.data import DATA_FILES
from dashboard.situation import Situation
from dashboard.view import View
from tests.conftest import EditCell, fixture_dataset

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


def app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at


def open_page(page: str, **params: str) -> AppTest:
    """Run the app once, then switch to a page with these query parameters."""
    at = app().run()
    at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    return at.switch_page(f"../pages/{page}.py").run()


def opened(at: AppTest, *keys: str) -> AppTest:
    """Open the expanders with these keys, as a click does: what they hold is drawn only then."""
    for key in keys:
        at.session_state[key] = True
    return at.run()


def plain_texts(at: AppTest) -> list[str]:
    """What the page draws as plain text (`ui.parts.plain`: escaped HTML), as a person reads it."""
    return [lxml.html.fromstring(h.value).text_content() for h in at.html if 'class="relief-' in h.value]


def texts(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [s.value for s in at.subheader] + [h.value for h in at.header]
    parts += [c.value for c in at.caption] + [t.value for t in at.title] + plain_texts(at)
    return "\n".join(str(p) for p in parts)


def card_titles(at: AppTest) -> list[str]:
    """The ranked option cards on Find, in order: '1. Massage therapy', ..."""
    return [m.value.split("\n", 1)[0].removeprefix("### ") for m in at.markdown if m.value.startswith("### ")]


def order(at: AppTest) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                out.append(child.type)
                walk(child)

    walk(at.main)
    return out


# ------------------------------------------------------------------- shell


def test_shell_runs_find_by_default_with_the_footer() -> None:
    at = app().run()
    assert not at.exception
    assert at.title[0].value == "Find my options"
    assert any("Not medical advice" in c.value and "27 November 2026" in c.value for c in at.caption)


@pytest.mark.parametrize("page", ["find", "compare", "guidance", "present", "checkin", "pack", "about"])
def test_every_page_runs_without_an_exception(page: str) -> None:
    at = open_page(page)
    assert not at.exception
    assert at.title


# --------------------------------------------------------------------- find


def test_find_default_view() -> None:
    at = app().run()
    assert not at.success  # no all-clear before the person has checked the signs
    assert safety.NOT_CHECKED_MESSAGE in [c.value for c in at.caption]
    at.button(key="no_signs").click().run()
    assert (
        at.success[0].value == "No warning signs ticked. Most new back pain gets better within a few weeks."
    )
    assert at.segmented_control(key="severity").value == "moderate"
    ds, view = fixture_dataset(), View(Situation().confirmed())
    ms = matching.match(ds.options, view.situation, ds.cautions)
    ranked = matching.rank(ms, view.ranking_weights)
    count = len(ranked) + len(matching.ask_doctor_first(ms))
    assert f"Options that fit you ({count})" in [h.value for h in at.header]
    assert card_titles(at) == [
        f"{p}. {r.option.name}" for p, r in zip(matching.places(ranked), ranked, strict=True)
    ]
    assert {t.split(". ", 1)[1] for t in card_titles(at)[:2]} == {"Stay active", "Heat wrap or heating pad"}
    assert [h.value for h in at.subheader][:2] == [
        "Guidelines suggest these first",
        "Also an option in guidelines",
    ]
    page_text = texts(at)
    assert "For pain that has lasted under 4 weeks, guidelines suggest starting with: " in page_text
    assert "About everyday back pain" in [h.value for h in at.subheader]
    assert "Closest match to the usual things that matter (set yours in Step 3):" in page_text
    assert "best" not in page_text.lower().replace("best-", "")
    assert at.query_params["severity"] == "moderate"


def test_find_long_lasting_pain_reads_the_evidence_for_it() -> None:
    at = app(duration="chronic").run()
    at.button(key="no_signs").click().run()
    assert at.success[0].value.startswith("No warning signs ticked. Keep watching for them.")
    page_text = texts(at)
    assert "guidelines suggest starting with: Exercise program; Stay active." in page_text
    assert "84 in 100" not in page_text
    titles = [t.split(". ", 1)[1] for t in card_titles(at)]
    assert titles.index("Exercise program") < titles.index("Massage therapy")
    assert "so the score is a range" in page_text  # stay active: unknowns make a range, and it says so


def test_find_health_answers_move_options_and_stay_out_of_the_link() -> None:
    at = app(severity="mild").run()
    assert "Ibuprofen or naproxen (store-bought)" in " ".join(card_titles(at))
    opened(at, "health_open").checkbox(key="health_pregnant").check().run()
    assert "Ask a doctor before you try these" in [h.value for h in at.subheader]
    assert "Ibuprofen or naproxen (store-bought)" not in " ".join(card_titles(at))
    assert "The label says not to use it from 20 weeks of pregnancy" in texts(at)
    assert "pregnant" not in str(dict(at.query_params)) and "health" not in str(dict(at.query_params))


def test_find_prefilled_from_the_url() -> None:
    at = app(severity="severe", doctor="no").run()
    assert at.segmented_control(key="severity").value == "severe"
    assert at.segmented_control(key="doctor").value == "no"
    headers = [h.value for h in at.header]
    assert "Options that fit you (3)" in headers
    assert "It needs a prescription, and you said you'd rather not see a doctor." in texts(at)


def test_find_invalid_parameter_gives_a_notice_not_an_error() -> None:
    at = app(severity="extreme", budget="lots").run()
    assert not at.exception
    notice = at.warning[0].value.replace("\\", "")  # the notice escapes markdown
    assert "severity='extreme'" in notice and "budget='lots'" in notice
    assert at.segmented_control(key="severity").value == "moderate"


def test_find_emergency_sign_puts_the_message_first_and_hides_options() -> None:
    at = app().run()
    at.checkbox(key="sign_numb_saddle").check().run()
    assert at.error[0].value.startswith("**Get emergency help now. [Call 911](tel:911)")
    kinds = order(at)
    assert kinds.index("error") < kinds.index("expander")
    assert not at.success
    anyway = [e for e in at.expander if e.label == "See options anyway"]
    assert anyway and not anyway[0].proto.expanded


def test_find_urgent_sign_says_contact_a_doctor_today() -> None:
    at = app().run()
    at.checkbox(key="sign_fever").check().run()
    assert at.warning[0].value.startswith("**Contact a doctor today.")
    assert "See options anyway" not in [e.label for e in at.expander]


def test_find_changing_severity_changes_the_results() -> None:
    at = app().run()
    before = card_titles(at)
    at.segmented_control(key="severity").set_value("mild").run()
    after = card_titles(at)
    assert before != after
    assert at.query_params["severity"] == "mild"


def test_find_weights_change_the_order_only() -> None:
    at = app().run()
    before = card_titles(at)
    opened(at, "matters_open").select_slider(key="weight_cost").set_value(3).run()
    after = card_titles(at)
    assert sorted(x.split(". ", 1)[1] for x in before) == sorted(x.split(". ", 1)[1] for x in after)
    # Weights reorder within a guideline group, never across groups.
    names = {x.split(". ", 1)[1] for x in after[:2]}
    assert names == {"Stay active", "Heat wrap or heating pad"}


# ------------------------------------------------------------------ compare


def test_compare_without_options_starts_with_finds_first_three() -> None:
    at = open_page("compare", severity="severe", doctor="no")
    first = matching.shortlist(fixture_dataset(), View(Situation(severity="severe", doctor="no")))
    assert at.multiselect(key="compare_options").value == first
    assert "What usually happens" in [h.value for h in at.header]
    shown = texts(at).replace("- ", "")
    assert (
        "About 84 in 100 people with new back pain had recovered by 12 weeks. (Williams CM, et al (2014))"
        in shown
    )
    assert "PACE2014" not in shown  # a citation, never a raw id (usability-2 R11)


def test_compare_with_options_and_notices() -> None:
    at = open_page("compare", options="massage,water_therapy,otc_nsaid,nope,heat,opioid")
    assert at.multiselect(key="compare_options").value == ["massage", "water_therapy", "otc_nsaid", "heat"]
    notice = at.warning[0].value.replace("\\", "")  # the notice escapes markdown
    assert "unknown option ids: nope" in notice and "left out opioid" in notice
    names = [s.value for s in at.subheader][:4]
    assert names == [
        "Massage therapy",
        "Water exercise therapy",
        "Ibuprofen or naproxen (store-bought)",
        "Heat wrap or heating pad",
    ]
    assert at.query_params["options"] == "massage,water_therapy,otc_nsaid,heat"


def test_compare_single_option_gets_a_partner() -> None:
    at = open_page("compare", options="heat")
    assert at.multiselect(key="compare_options").value == ["heat", "stay_active"]


# ----------------------------------------------------------------- guidance


def test_guidance_shows_quotes_and_verdicts() -> None:
    at = open_page("guidance")
    quote = "In severe cases the doctor may prescribe a strong pain relief medication such as a narcotic medication."
    values = [m.value.replace("\\", "") for m in at.markdown]
    assert any(quote in v and "paragraph 7" in v for v in values)
    card = next(v for v in values if v.startswith("**In severe cases a doctor may prescribe a narcotic.**"))
    assert ":red-badge[:material/cancel: Disagrees]" in card  # the claim's verdict, in words
    assert any("Of the article's 17 claims and causes" in v for v in values)


# ------------------------------------------------------------------ present


def deck(**params: str) -> list[slides.Slide]:
    """The deck Coach mode builds for these link values (the same function the page calls)."""
    view = View(options=tuple(params.get("options", "").split(",")) if params.get("options") else ())
    return slides.build_slides(fixture_dataset(), view)


def test_present_next_and_previous() -> None:
    at = open_page("present", options="massage,heat")
    count = len(deck(options="massage,heat"))
    assert any(f"Slide 1 of {count}" in m.value for m in at.markdown)
    at.button[1].click().run()  # Next
    assert any(f"Slide 2 of {count}" in m.value for m in at.markdown)
    assert at.title[0].value == "Is it safe to manage this yourself?"
    assert at.query_params["slide"] == "2"
    at.button[0].click().run()  # Previous
    assert any(f"Slide 1 of {count}" in m.value for m in at.markdown)


def test_present_resumes_at_the_slide_in_the_url() -> None:
    number = next(i for i, s in enumerate(deck(options="massage,heat"), start=1) if s.option_id == "massage")
    at = open_page("present", options="massage,heat", slide=str(number))
    assert at.title[0].value == "Massage therapy"


def test_present_invalid_slide_is_ignored_with_a_notice() -> None:
    at = open_page("present", options="massage,heat", slide="99")
    assert not at.exception
    assert "slide=99: this set of slides has" in at.warning[0].value.replace("\\", "")
    assert any(f"Slide 1 of {len(deck(options='massage,heat'))}" in m.value for m in at.markdown)


def test_present_last_slide_disables_next() -> None:
    at = open_page("present", options="massage,heat", slide=str(len(deck(options="massage,heat"))))
    assert at.button[1].disabled and not at.button[0].disabled


# -------------------------------------------------------------------- about


def test_about_lists_sources_dictionary_and_downloads() -> None:
    at = open_page("about")
    headers = [h.value for h in at.header]
    for expected in (
        "Not medical advice",
        "Sources",
        "Update policy",
        "Funding and conflicts of interest",
        "Data dictionary",
        "How easy it is to read",
    ):
        assert expected in headers
    sources = next(t.value for t in at.table if "How sure" in t.value.columns)
    assert len(sources) == len(fixture_dataset().sources)
    assert all(link.startswith(("[Open](https://", "[Open](http://")) for link in sources["Link"] if link)
    assert len(at.get("download_button")) == len(DATA_FILES)
    assert "no funding and no conflicts of interest" in texts(at)


# ---------------------------------------------------------------- bad data


@pytest.fixture
def broken_data(data_copy: Path, edit_cell: EditCell, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    edit_cell("options.csv", "heat", "doctor_needed", "maybe")
    monkeypatch.setenv(ui.DATA_DIR_ENV, str(data_copy))
    ui.loaders._load.clear()
    yield data_copy
    ui.loaders._load.clear()


def test_broken_data_shows_the_report_not_a_traceback(broken_data: Path) -> None:
    at = app().run()
    assert not at.exception
    assert at.error[0].value.startswith("The app's data has problems")
    assert "options.csv:3 doctor_needed — must be one of: no, sometimes, yes (maybe)" in at.code[0].value


def test_a_link_in_a_parameter_is_shown_as_text_never_as_a_link() -> None:
    at = app(severity="[x](https://e.org)").run()
    notice = at.warning[0].value
    assert "severity\\=\\(a value we don't show\\)" in notice
    assert "https" not in notice
    # A bare address becomes a link in Markdown however it is escaped: it is never quoted.
    at = app(severity="www.evil.example", options="name@evil.example").run()
    assert "evil" not in at.warning[0].value


def test_find_weights_come_from_the_link_and_go_back_into_it() -> None:
    at = app(weights="cost:3,speed:0").run()
    assert opened(at, "matters_open").select_slider(key="weight_cost").value == 3
    assert card_titles(at)[:2] == ["=1. Heat wrap or heating pad", "=1. Stay active"]  # heat's price: unknown
    assert at.query_params["weights"] == "speed:0,cost:3"
    link = at.text_input(key="share_link_find").value or ""
    assert link.endswith("&weights=speed:0,cost:3&lang=en")


def test_none_of_these_apply_closes_the_safety_check_and_is_kept() -> None:
    at = app().run()
    at.button(key="no_signs").click().run()
    step = next(e for e in at.expander if e.label.startswith("**Step 1. Safety check:**"))
    assert "you said none of these apply" in step.label
    assert not at.exception
    at.switch_page("../pages/compare.py").run()
    at.switch_page("../pages/find.py").run()
    step = next(e for e in at.expander if e.label.startswith("**Step 1. Safety check:**"))
    assert "you said none of these apply" in step.label


def test_a_ticked_sign_gets_its_advice_right_under_it_and_is_kept_across_pages() -> None:
    at = app().run()
    at.checkbox(key="sign_fever").check().run()
    assert any(
        "Contact a doctor today" in w.value for w in at.warning[1:]
    )  # beside the sign, not only at the top
    assert any(m.value.startswith("**While you arrange to see a doctor today:") for m in at.markdown)
    at.switch_page("../pages/about.py").run()
    at.switch_page("../pages/find.py").run()
    assert at.checkbox(key="sign_fever").value
    assert at.warning[0].value.startswith("**Contact a doctor today.")


def test_until_the_person_answers_the_options_say_they_use_typical_answers() -> None:
    at = app().run()
    notice = next(i.value for i in at.info if "Based on typical answers" in i.value)
    assert "moderate pain" in notice and "relief this week" in notice
    assert "we used moderate, the usual answer" in texts(at)
    at.segmented_control(key="severity").set_value("severe").run()
    notice = next(i.value for i in at.info if "Based on typical answers" in i.value)
    assert "severe pain" not in notice and "moderate pain" not in notice
    at.button(key="confirm_answers").click().run()
    assert not [i for i in at.info if "Based on typical answers" in i.value]
    assert "you said yours is severe" in texts(at)
    assert "the usual answer" not in texts(at)


def test_a_link_counts_as_answers_given() -> None:
    at = app(severity="mild", duration="acute", doctor="yes", medication="ok", need="today").run()
    assert not [i for i in at.info if "Based on typical answers" in i.value]


# ------------------------------------------------------------------- check in


def test_checkin_without_a_plan_asks_what_they_are_trying() -> None:
    at = open_page("checkin")
    assert not at.exception
    assert at.multiselect(key="plan_options").value == []
    at.multiselect(key="plan_options").set_value(["heat"]).run()
    assert "Your plan: Heat wrap or heating pad" in [h.value for h in at.header]
    assert at.query_params["plan"] == "heat"


def test_a_saved_check_in_goes_into_the_link_and_the_history() -> None:
    at = open_page("checkin", plan="heat,stay_active", planned="2026-11-27")
    at.select_slider(key="checkin_form_pain").set_value(3)
    at.radio(key="checkin_form_helped").set_value("yes")
    at.radio(key="checkin_form_warn").set_value("no")
    next(b for b in at.button if b.label == "Save this check-in").click().run()
    assert not at.exception
    assert "Your check-ins (1)" in [h.value for h in at.header]
    assert ".3.5.y.n.0" in at.query_params["checkins"]


def test_a_tampered_check_in_link_gives_a_notice_not_an_error() -> None:
    at = open_page("checkin", plan="heat", checkins="20261127.6.5.s.n.0_garbage_20261299.1.1.y.n.0")
    assert not at.exception
    assert any("We left out 2 check-ins" in w.value.replace("\\", "") for w in at.warning)
    assert "Your check-ins (1)" in [h.value for h in at.header]


def test_a_warning_sign_at_a_check_in_comes_first() -> None:
    at = open_page("checkin", plan="heat", planned="2026-11-27", checkins="20261127.6.5.s.n.1")
    assert at.error[0].value.startswith("**At your last check-in a warning sign applied.")


def test_coach_mode_shows_a_progress_slide_when_the_link_has_check_ins() -> None:
    raw = "20261127.6.5.s.n.0_20261204.3.7.y.n.0"
    history, _ = checkin.parse_checkins(raw)
    view = View(plan=("heat",), planned=dt.date(2026, 11, 27), checkins=history)
    number = next(
        i for i, s in enumerate(slides.build_slides(fixture_dataset(), view), 1) if s.kind == "progress"
    )
    at = open_page("present", plan="heat", planned="2026-11-27", checkins=raw, slide=str(number))
    assert at.title[0].value == "How it is going"
    assert not at.exception
    plain = open_page("present", slide=str(number))
    assert plain.title[0].value != "How it is going"


def test_coach_and_client_names_reach_the_handout_and_never_the_link() -> None:
    at = open_page("present", options="heat,massage")
    at.text_input(key="coach_name").input("Dan Reyes, 555-0100").run()
    at.text_input(key="client_name").input("Maria").run()
    view = at.session_state["view"]
    assert (view.coach, view.client) == ("Dan Reyes, 555-0100", "Maria")
    link = str(dict(at.query_params))
    assert "Maria" not in link and "Dan" not in link


CANT_PRINT = "The handout can't print these letters"


def test_coach_mode_says_which_typed_letters_the_handout_cannot_print() -> None:
    at = open_page("present", options="heat,massage")
    at.text_input(key="coach_name").input("Zoë Ærø").run()
    assert not any(CANT_PRINT in t for t in plain_texts(at))
    at.text_input(key="client_name").input("王小明 [x](https://example.com)").run()
    notes = [t for t in plain_texts(at) if CANT_PRINT in t]
    assert notes == [
        "The handout can't print these letters: 王 小 明. In the PDF they show as blanks. "
        "You can write them with the letters A to Z instead."
    ]


def page_links(at: AppTest) -> list[str]:
    return [str(getattr(p, "label", "")) for p in at.get("page_link")]


def test_find_offers_compare_only_when_two_or_more_options_fit() -> None:
    at = app(severity="mild", duration="acute", medication="avoid", article="only").run()
    assert card_titles(at) == ["1. Massage therapy"]
    assert not [p for p in page_links(at) if p.startswith("Compare the first")]
    at = app(severity="moderate", duration="acute").run()
    assert "Compare the first 3 side by side" in page_links(at)


def test_more_about_this_option_shows_compares_answers_for_one_option() -> None:
    at = app(severity="moderate", duration="acute").run()
    assert "More about this option" in [e.label for e in at.expander]
    assert "The article says:" not in " ".join(plain_texts(at))  # drawn only when opened
    opened(at, "more_massage")
    answers = " ".join(plain_texts(at))
    for label in ("How long it lasts", "Harms", "The article says", "Guidelines say", "Evidence", "Sources"):
        assert f"{label}:" in answers
    massage = fixture_dataset().for_duration("acute").option("massage")
    assert massage.harms in answers and massage.what_its_like in answers


def test_none_of_these_apply_is_offered_above_the_list_too() -> None:
    at = app().run()
    top, bottom = at.button(key="no_signs_top"), at.button(key="no_signs")
    assert top.label == bottom.label == "None of these apply"
    top.click().run()
    assert at.session_state["view"].no_signs
    assert not [c for c in at.checkbox if str(c.key).startswith("sign_")]  # Step 1 closed


def sign_boxes(at: AppTest) -> list[str]:
    return [str(c.key) for c in at.checkbox if str(c.key).startswith("sign_")]


def test_a_health_answer_that_adds_warning_signs_opens_step_1_again() -> None:
    # "None of these apply" was said before pregnancy added its own signs: it no longer holds.
    at = app().run()
    at.button(key="no_signs").click().run()
    assert not sign_boxes(at)
    opened(at, "health_open").checkbox(key="health_pregnant").check().run()
    assert "sign_preg_fever" in sign_boxes(at)  # Step 1 is open again, with the new signs
    assert not at.session_state["view"].no_signs
    assert not [s for s in at.success if "none of these" in s.value.lower()]
    step = next(e for e in at.expander if e.label.startswith("**Step 1. Safety check:**"))
    assert "do any of these apply to you?" in step.label


def test_a_ticked_sign_that_stops_applying_is_dropped_so_step_1_can_be_answered() -> None:
    at = app().run()
    opened(at, "health_open").checkbox(key="health_pregnant").check().run()
    at.checkbox(key="sign_preg_fever").check().run()
    assert at.session_state["view"].signs == {"preg_fever"}
    at.checkbox(key="health_pregnant").uncheck().run()
    assert at.session_state["view"].signs == frozenset()
    assert at.button(key="no_signs")  # "None of these apply" is offered again


def test_a_closed_step_1_still_shows_what_a_ticked_sign_means() -> None:
    at = app().run()
    opened(at, "health_open").checkbox(key="health_pregnant").check().run()
    at.checkbox(key="sign_preg_fever").check().run()
    advice = next(s for s in fixture_dataset().warning_signs if s.id == "preg_fever").what_to_do
    assert advice.startswith("Call your OB or midwife")  # its own advice, not the page's urgent message
    at.session_state["safety_step"] = False  # the person folds Step 1 away
    at.run()
    assert not sign_boxes(at)
    assert any(advice in w.value for w in at.warning)
