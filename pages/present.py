"""Coach mode: large-type slides, one idea each, with previous and next, and the handout."""

from dataclasses import replace

import streamlit as st

from dashboard import content, slides, ui
from dashboard.ui import cards

st.set_page_config(layout="wide")
ds = ui.dataset()
view = ui.current_view()
shown = tuple(content.chosen_or_shortlist(ds, view))  # what the coach chose, else Find's first three
deck = slides.build_slides(ds, view)
number, slide_notices = slides.fit_slide(view.slide, len(deck))
ui.notices(slide_notices)
view = replace(view, slide=number)
query = ui.publish(view, "present")
ui.presentation_style()


def move(step: int) -> None:
    here = ui.saved_view()
    ui.keep(replace(here, slide=min(max(1, here.slide + step), len(deck))))


back, where, forward = st.columns([1, 2, 1], vertical_alignment="center")
back.button(
    "Previous",
    shortcut="ArrowLeft",
    icon=":material/arrow_back:",
    on_click=move,
    args=(-1,),
    disabled=number == 1,
    width="stretch",
)
where.markdown(f"**Slide {number} of {len(deck)}**", text_alignment="center")
forward.button(
    "Next",
    shortcut="ArrowRight",
    icon=":material/arrow_forward:",
    icon_position="right",
    on_click=move,
    args=(1,),
    disabled=number == len(deck),
    width="stretch",
    type="primary",
)

slide = deck[number - 1]
with st.container(key="slide", border=True):
    st.title(slide.title)
    if slide.kind == "option" and slide.option_id:
        stage_option = ds.for_duration(view.situation.duration).option(slide.option_id)
        st.markdown(cards.verdict_badge(stage_option.guideline_verdict, stage_option.facts_stage))
    for line in slide.lines:
        st.markdown(f"- {line}" if slide.kind not in ("title", "option", "chart") else line)
    if slide.facts:
        left, right = st.columns(2)
        for i, (label, text) in enumerate(slide.facts):
            (left if i < 4 else right).markdown(f"**{label}:** {text}")
    if slide.kind == "chart":
        profile_figure, profile_table = ui.compare_charts(shown, view.situation.duration)["profile"]
        ui.chart(
            profile_figure,
            alt="Bar chart of each option's 0 to 5 scores. The table below has the same data.",
            table=profile_table,
            key="present_chart_table",
        )

with st.expander("For the coach: handout and link"):
    ui.handout_button(ds, view, key="present")
    ui.share_link("present", query)

ui.footer(ds)
