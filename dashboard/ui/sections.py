"""The larger parts of Compare and Coach mode, so those pages read like a list of their parts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, checkin, compare, scoring, vocab
from dashboard.data import Dataset, Option
from dashboard.pack import Pack
from dashboard.slides import Slide
from dashboard.ui.cards import WEAK_SOURCE, grid_cell, verdict_badge
from dashboard.ui.loaders import compare_charts, icon_array, pack_key, with_pack
from dashboard.ui.parts import chart, plain, plain_facts
from dashboard.ui.state import bind
from dashboard.view import View

PICKER_KEY = "compare_options"


def option_picker(ds: Dataset, view: View) -> tuple[View, list[str]]:
    """Compare's picker. It starts from the options the person chose (one gets a partner),
    else the usual choice, which is shown but not taken as theirs."""
    names = {o.id: o.name for o in ds.options}
    picked = st.session_state.get(PICKER_KEY)  # the picker's own last value, if it is on screen
    start = (
        list(view.options)
        if picked == list(view.options)
        else compare.starting_choice(view.options, ds, view)
    )
    if len(start) > len(view.options) > 0:
        st.caption(f"We added {names[start[-1]]} so you have something to compare with.")
    chosen = st.multiselect(
        "Options to compare",
        ds.option_ids,
        format_func=names.__getitem__,
        max_selections=compare.MAX_OPTIONS,
        help="Choose 2 to 4. The link below updates so you can share this view.",
        **bind(PICKER_KEY, start, lambda v, ids: replace(v, options=tuple(ids))),
    )
    if view.options or chosen != compare.default_choice(ds, view):
        view = replace(view, options=tuple(chosen))
    return view, chosen


def present_picker(ds: Dataset, shown: Sequence[str]) -> None:
    """Coach mode's own picker: the options on the slides. A change starts the slides again."""
    names = {o.id: o.name for o in ds.options}
    st.multiselect(
        "Options on the slides",
        ds.option_ids,
        format_func=names.__getitem__,
        max_selections=compare.MAX_OPTIONS,
        help="Choose 1 to 4. Leave it empty to show the first three from Find my options. "
        "A change starts the slides again.",
        **bind("present_options", list(shown), lambda v, ids: _new_options(v, tuple(ids), tuple(shown))),
    )


NAME_LIMIT = 80


def _new_options(view: View, ids: tuple[str, ...], shown: tuple[str, ...]) -> View:
    """New options on the slides start them again; the same options change nothing."""
    return view if ids == shown else replace(view, options=ids, slide=1)


def coach_details(view: View) -> None:
    """Optional names for the handout. Kept for this session only: never in a link."""
    left, right = st.columns(2)
    left.text_input(
        "Your name and contact (on the handout)",
        max_chars=NAME_LIMIT,
        placeholder="For example: Dan Reyes, 555-0100",
        **bind("coach_name", view.coach, lambda v, text: replace(v, coach=str(text or "").strip())),
    )
    right.text_input(
        "Client's first name (on the handout)",
        max_chars=NAME_LIMIT,
        **bind("client_name", view.client, lambda v, text: replace(v, client=str(text or "").strip())),
    )
    st.caption("Names are printed on the handout only. They are never put in a link, and we store nothing.")


def comparison_grid(ds: Dataset, options: Sequence[Option]) -> None:
    """The questions people ask as rows, one column per option, every cell in the same detail."""
    st.header("Side by side")
    st.markdown(
        "On a phone, each question lists the options one under another. "
        f"{WEAK_SOURCE} marks a figure from a weak or unconfirmed source."
    )
    for col, option in zip(st.columns(len(options)), options, strict=True):
        col.subheader(option.name)
        col.markdown(
            f"{vocab.CATEGORY_LABELS[option.category]}\n\n"
            f"{verdict_badge(option.guideline_verdict, option.facts_stage)}"
        )
    option_cells = {o.id: compare.cells(ds, o) for o in options}
    for question in compare.questions(option_cells.values()):
        st.markdown(f"#### {question}")
        key = compare.QUESTION_FACTS[question]
        for col, option in zip(st.columns(len(options)), options, strict=True):
            cell = option_cells[option.id][question]
            if key in compare.PLAIN_FACTS and option.local is not None:
                # A coach's own words (a pack): plain text, never Markdown.
                col.markdown(grid_cell(option.name, "", cell.low_confidence, quoted=False))
                plain(cell.text, col)
            else:
                col.markdown(grid_cell(option.name, cell.text, cell.low_confidence, key == "article"))


def usual_course(ds: Dataset) -> str:
    """The average course of back pain in studies of this stage, in one or two sentences."""
    points = sorted((p for p in ds.pain_course if p.stage == ds.stage), key=lambda p: p.weeks)
    if len(points) < 2:
        return ""
    first, *rest = points
    steps = ", ".join(f"about {p.mean_pain} by {p.weeks} weeks" for p in rest)
    kind = "pain that had lasted a while" if ds.stage == "long" else "new back pain"
    sources = ", ".join(dict.fromkeys(s for p in points for s in p.source_ids))
    return (
        f"In studies of {kind}, average pain out of 100 went from about {first.mean_pain} at the start "
        f"to {steps} ({sources})."
    )


def if_you_wait(ds: Dataset) -> None:
    """What usually happens to back pain over time, whatever the option: shown once, beside
    every option, and never as the benefit of one option."""
    if ds.stage == "long":
        # The new-pain course (most recover within weeks) does not apply after 12 weeks.
        st.header("What usually happens when pain has lasted over 12 weeks")
        with st.container(border=True):
            st.markdown(usual_course(ds))
            st.caption("This is the average in studies, with any care or none. Your own course may differ.")
        return
    st.header("What usually happens")
    with st.container(border=True):
        recovered = next(n for n in ds.natural_course if n.id == "recovered_12_weeks")
        left, right = st.columns([3, 2])
        with left:
            for fact in ds.natural_course:
                st.markdown(f"- {fact.text} ({', '.join(fact.source_ids)})")
            st.caption(
                "Figures come from large studies of people with new back pain. Your own course may differ."
            )
        with right:
            st.plotly_chart(
                icon_array(recovered.value, recovered.out_of, "recovered by 12 weeks", "not yet recovered"),
                config={"displayModeBar": False},
                alt=f"{recovered.value} of {recovered.out_of} dots filled. {recovered.text}",
            )
            st.caption(recovered.text)


SCORES_ALT = "Bar chart of each option's 0 to 5 scores. The table below has the same data."


def comparison_charts(options: Sequence[Option], duration: str, pack: Pack | None = None) -> None:
    """Cost against timing, the timeline and the scores, each with its table. The charts
    wait for one switch (Plotly's code is megabytes); the tables are there either way."""
    st.header("Charts")
    shown = st.toggle(
        "Show the charts",
        key="compare_charts_shown",
        help="Cost and timing, when it helps and for how long, and the scores. "
        "Each chart's table is below it, switched on or not.",
    )
    figures = compare_charts(tuple(o.id for o in options), duration, pack_key(pack), pack)
    _, missing = charts.plotted_and_missing(list(options))
    not_shown = (
        f" Not shown, because a figure is unknown: {', '.join(o.name for o in missing)}." if missing else ""
    )
    if (gap := charts.too_few_points(options, "cost")) is not None:
        _sentence_and_table(gap, figures["cost"][1], "Cost and timing")
    else:
        chart(
            figures["cost"][0],
            alt="Chart of the cost to try each option against the time until it helps. "
            "The table below has the same data.",
            caption="Each dot is an option. Further right means it takes longer to start helping. Higher means "
            "it costs more. Lines show the range. Shape shows if you need a doctor: circle no, diamond "
            "sometimes, square yes." + not_shown,
            table=figures["cost"][1],
            table_label="Cost and timing as a table",
            key="cost_table",
            shown=shown,
        )
    if (gap := charts.too_few_points(options, "timeline")) is not None:
        _sentence_and_table(gap, figures["timeline"][1], "When it helps, and for how long")
    else:
        chart(
            figures["timeline"][0],
            alt="Timeline of when each option starts to help and how long it lasts. "
            "The table below has the same data.",
            caption="The diamond shows when each option starts to help. The bar shows how long the benefit "
            "lasts, where a figure exists. No bar means we don't know how long it lasts.",
            table=figures["timeline"][1],
            table_label="Timeline as a table",
            key="timeline_table",
            shown=shown,
        )
    chart(
        figures["profile"][0],
        alt=SCORES_ALT,
        caption="Each option scored 0 to 5 on the same scale. Higher is better. No bar means not known: "
        "unknown is never counted as 0.",
        table=figures["profile"][1],
        table_label="Scores as a table, and the scoring rules",
        key="profile_table",
        shown=shown,
        note="\n".join(
            f"- **{scoring.ATTRIBUTE_LABELS[a]}:** {rule}" for a, rule in scoring.SCALE_RULES.items()
        ),
    )


# Static CSS written by us for Coach mode; never built from data or user input. Type scales
# with the screen's height, so a slide fits a 1280x800 laptop and a 1920x1080 projector.
SLIDE_CSS = """
<style>
.st-key-slide { padding: clamp(0.75rem, 2vh, 1.5rem) clamp(1rem, 2.5vw, 2rem); }
.st-key-slide h1 { font-size: clamp(1.9rem, 5vh, 3.2rem) !important; line-height: 1.15; padding-top: 0; }
.st-key-slide p, .st-key-slide li { font-size: clamp(1.05rem, 2.5vh, 1.6rem) !important; line-height: 1.4; }
.st-key-slide li { margin-bottom: 0.3rem; }
.st-key-slide .stMarkdownBadge { font-size: 0.85em !important; }
.st-key-slide [data-testid="stExpander"] summary p { font-size: 1rem !important; }
</style>
"""
# While presenting, the client sees only the slide and the small controls.
PRESENTING_CSS = """
<style>
[data-testid="stHeader"] { display: none; }
[data-testid="stMainBlockContainer"] { padding-top: 1rem; padding-bottom: 1rem; }
</style>
"""
PRESENTING_KEY = "presenting"


def _sentence_and_table(sentence: str, table: pd.DataFrame, title: str) -> None:
    """Instead of a chart with fewer than two points: a sentence, and what we know as a table."""
    st.subheader(title, anchor=False)
    st.markdown(sentence)
    st.table(table, hide_index=True)


def slide_controls(number: int, count: int, move: Callable[[int], None]) -> bool:
    """Previous and next (the arrow keys work too), where we are, and the presenting switch.
    Returns True while presenting."""
    back, where, forward, mode = st.columns([2, 3, 2, 2], vertical_alignment="center")
    back.button(
        "Previous",
        shortcut="ArrowLeft",
        on_click=move,
        args=(-1,),
        disabled=number == 1,
        width="stretch",
    )
    where.markdown(f"**Slide {number} of {count}**", text_alignment="center")
    forward.button(
        "Next",
        shortcut="ArrowRight",
        on_click=move,
        args=(1,),
        disabled=number == count,
        width="stretch",
        type="primary",
    )
    presenting = mode.toggle(
        "Presenting",
        key=PRESENTING_KEY,
        help="Hides the menu, the coach's tools and the footer, so the client sees only the slide.",
    )
    st.html(SLIDE_CSS + (PRESENTING_CSS if presenting else ""))
    return presenting


SLIDE_PLOT = 170  # px: the scores chart's plot area on a slide, so the slide fits 1280x800


@st.cache_resource(show_spinner=False, max_entries=64)
def _slide_profile(option_ids: tuple[str, ...], duration: str, pack: str, _pack: Pack | None) -> go.Figure:
    ds = with_pack(pack, _pack).for_duration(duration)
    return charts.profile_chart([ds.option(i) for i in option_ids], plot=SLIDE_PLOT)


def slide_body(
    ds: Dataset, slide: Slide, shown: Sequence[str], duration: str, view: View | None = None
) -> None:
    """One slide in large type. `ds` is read for the person's duration of pain."""
    with st.container(key="slide", border=True):
        st.title(slide.title)
        if slide.kind == "option" and slide.option_id:
            option = ds.option(slide.option_id)
            st.markdown(verdict_badge(option.guideline_verdict, option.facts_stage))
        for line in slide.lines:
            st.markdown(f"- {line}" if slide.kind not in ("title", "option", "chart") else line)
        if slide.facts:
            left, right = st.columns(2)
            for i, (label, text) in enumerate(slide.facts):
                # Plain text: a fact may hold a coach's own words (their local prices).
                plain_facts([(label, text)], left if i < 4 else right, as_list=False)
        if slide.kind == "progress" and view is not None:
            course = [p for p in ds.pain_course if p.stage == ds.stage]
            start = view.planned or view.checkins[0].day
            chart(
                charts.progress_chart(view.checkins, course, start, vocab.STAGE_LABELS[ds.stage].lower()),
                alt="Line chart of the client's pain over time beside the average in studies.",
                table=checkin.history_table(view.checkins),
                key="present_progress_table",
            )
        if slide.kind == "chart":
            pack = view.pack if view is not None else None
            table = compare_charts(tuple(shown), duration, pack_key(pack), pack)["profile"][1]
            chart(
                _slide_profile(tuple(shown), duration, pack_key(pack), pack),
                alt=SCORES_ALT,
                table=table,
                key="present_chart_table",
            )
