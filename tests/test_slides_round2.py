"""Coach mode slides, round 2 (usability-2 D3, ipdas-pemat §2(d) and §1.6 defects 6, 10, 13):
the decision on the title slide, the numbered next steps, the usual answers marked, a chart
slide that says how to act on it, five facts to an option slide, and a "Not known" label
where a score is missing."""

from __future__ import annotations

import datetime as dt

import pytest
import textstat

from dashboard import charts, content, guide_text, scoring, slides
from dashboard.charts import scores
from dashboard.checkin import CheckIn
from dashboard.data import Dataset
from dashboard.plan import plan_for
from dashboard.situation import Situation
from dashboard.view import LINK_NAMES, PAGES, View, to_query


def one(deck: list[slides.Slide], kind: str) -> slides.Slide:
    (slide,) = [s for s in deck if s.kind == kind]
    return slide


def test_the_title_slide_says_the_decision(ds: Dataset) -> None:
    title = slides.build_slides(ds, View(options=("massage", "heat")))[0]
    assert title.kind == "title"
    assert title.lines[0] == guide_text.DECISION


def test_next_steps_are_the_shared_numbered_list_then_the_questions(ds: Dataset) -> None:
    slide = one(slides.build_slides(ds, View(options=("massage", "heat"))), "next_steps")
    assert slide.steps == guide_text.what_to_do_next()
    assert slide.lines == content.QUESTIONS_FOR_DOCTOR
    assert slide.lines_title == "Questions for your doctor:"


def test_with_a_plan_the_next_steps_carry_its_dates(ds: Dataset) -> None:
    start = dt.date(2026, 11, 20)
    view = View(
        options=("heat", "exercise"),
        plan=("heat", "exercise"),
        planned=start,
        checkins=(CheckIn(start, 5, 6, "some", "none"),),
    )
    the_plan = plan_for(ds.for_duration(view.situation.duration), view, start)
    assert the_plan is not None
    slide = one(slides.build_slides(ds, view, start), "next_steps")
    assert slide.steps == guide_text.what_to_do_next(the_plan.check_dates, the_plan.review_by)
    assert guide_text.day_month(the_plan.check_dates[0]) in " ".join(slide.steps)
    assert slide.steps != guide_text.what_to_do_next()


def test_the_situation_slide_marks_the_usual_answers_as_find_does(ds: Dataset) -> None:
    usual = one(slides.build_slides(ds, View()), "situation").lines
    assert "Pain: moderate (the usual answer)" in usual
    assert "Relief needed: this week (the usual answer)" in usual
    assert usual[-1] == slides.USUAL_NOTE
    # An answer the person gave is theirs, even when it is the usual one.
    given = View(Situation(severity="moderate", need="today").answer(severity="moderate"))
    lines = one(slides.build_slides(ds, given), "situation").lines
    assert "Pain: moderate" in lines
    assert "Relief needed: today" in lines  # not the usual answer, so said
    assert "How long: under 4 weeks (the usual answer)" in lines
    # Every answer given: nothing is marked, and no note.
    confirmed = View(Situation().confirmed())
    lines = one(slides.build_slides(ds, confirmed), "situation").lines
    assert not [line for line in lines if slides.USUAL in line]
    assert slides.USUAL_NOTE not in lines
    assert [line for line in lines] == Situation().describe()


def test_the_sources_slide_sends_for_web_addresses_only_where_they_are(ds: Dataset) -> None:
    # Defect 6: the handout prints no web addresses; it points to the Sources and method page.
    for options in (("massage", "heat"), ("opioid", "rx_anti_inflammatory", "water_therapy", "exercise")):
        last = one(slides.build_slides(ds, View(options=options)), "sources").lines[-1]
        assert "handout" not in last
        assert last.endswith("on the Sources and method page.")


def test_the_chart_slide_says_how_to_act_on_it(ds: Dataset) -> None:
    lines = one(slides.build_slides(ds, View(options=("massage", "heat"))), "chart").lines
    assert "No bar means not known. It is not a zero." in lines
    # How to act on it, without naming an option to choose.
    assert any("Pick the points that matter most to you" in line for line in lines)
    assert not any("tallest" in line or "best" in line.lower() for line in lines)


def test_an_option_slide_has_five_facts_and_the_rest_in_the_coachs_notes(ds: Dataset) -> None:
    for option_id in ds.option_ids:
        slide = one(slides.build_slides(ds, View(options=(option_id,))), "option")
        labels = [label for label, _ in slide.facts]
        extra = [label for label in labels if label in ("Ask a doctor first", "Near you")]
        assert len(labels) - len(extra) == 5, (option_id, labels)
        assert "The article says" not in labels and "Guidelines say" not in labels
        assert {label for label, _ in slide.notes} <= {"Try it", "The article says", "Guidelines say"}
        assert "Guidelines say" in dict(slide.notes)


def test_a_health_caution_stays_on_the_slide(ds: Dataset) -> None:
    view = View(Situation(health=frozenset({"blood_thinner"})), options=("otc_nsaid",))
    slide = one(slides.build_slides(ds, view), "option")
    assert "Ask a doctor first" in dict(slide.facts)


@pytest.mark.parametrize("text", [None, 22])
def test_a_missing_score_is_labelled_not_known_where_its_bar_would_be(ds: Dataset, text: int | None) -> None:
    options = [ds.option("massage"), ds.option("water_therapy"), ds.option("exercise")]
    fig = charts.profile_chart(options, text=text)
    missing = [
        (i, j)
        for i, o in enumerate(options)
        for j, a in enumerate(scoring.ATTRIBUTES)
        if scoring.profile(o).as_dict()[a] is None
    ]
    assert missing, "the fixture has unknown scores"
    labels = [a for a in fig.layout.annotations if a.text == scores.NOT_KNOWN]
    assert len(labels) == len(missing)
    width = (1 - scores.BAR_GAP) / len(options)
    for (i, j), label in zip(missing, labels, strict=True):
        # In the missing bar's own slot of its group, upright from the axis.
        assert j - 0.4 + width * i < label.x < j - 0.4 + width * (i + 1)
        assert (label.y, label.yanchor, label.textangle) == (0, "bottom", -90)
        assert label.font.color == charts.THEME_TEXT
    # The bars themselves are unchanged: an unknown score is still a gap, not a 0.
    assert [list(t.y) for t in fig.data] == [list(scoring.profile(o).as_dict().values()) for o in options]


def test_the_slide_chart_has_large_type_with_room_for_it(ds: Dataset) -> None:
    options = [ds.option("massage"), ds.option("heat")]
    small, large = (
        charts.profile_chart(options, plot=160, text=15),
        charts.profile_chart(options, plot=260, text=22),
    )
    assert large.layout.legend.font.size == 22 and large.layout.xaxis.tickfont.size == 22
    assert large.layout.height > small.layout.height
    for fig in (small, large):
        top = round((1 - fig.layout.legend.y) * fig.layout.height)
        assert top == fig.layout.margin.t  # the legend under the title, the plot under the legend


def test_the_handout_only_words_are_never_in_any_link() -> None:
    view = View(
        options=("heat",),
        coach="Dan Reyes",
        client="Maya",
        agreed="Walk each morning",
        next_session=dt.date(2026, 12, 18),
    )
    assert {"agreed", "next_session", "coach", "client"}.isdisjoint(n.reads for n in LINK_NAMES)
    for page in PAGES:
        written = " ".join(f"{k}={v}" for k, v in to_query(view, page).items())
        for secret in ("Walk", "Dan", "Maya", "2026-12-18", "20261218"):
            assert secret not in written, (page, secret)


def test_new_slide_words_are_plain(ds: Dataset) -> None:
    for text in (*slides.CHART_LINES, slides.USUAL_NOTE):
        assert textstat.flesch_kincaid_grade(text) <= 8, text
    sources = one(slides.build_slides(ds, View(options=("massage", "heat"))), "sources").lines[-1]
    assert textstat.flesch_kincaid_grade(sources) <= 8
