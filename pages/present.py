"""Coach mode: large-type slides, one idea each, with previous and next, and the handout."""

import streamlit as st

from dashboard import situation, slides, ui

st.set_page_config(layout="wide")
ds = ui.dataset()
current, url_notices = ui.situation_from_url()
chosen, option_notices = situation.parse_option_ids(st.query_params.get_all("options") or None, ds.option_ids)
chosen = chosen or slides.shortlist(ds, current)
deck = slides.build_slides(ds, current, chosen)
start, slide_notice = slides.parse_slide(st.query_params.get("slide"), len(deck))
ui.notices(url_notices + option_notices + ([slide_notice] if slide_notice else []))

st.session_state.setdefault("slide_number", start)
st.session_state["slide_number"] = min(max(1, st.session_state["slide_number"]), len(deck))


def move(step: int) -> None:
    st.session_state["slide_number"] = min(max(1, st.session_state["slide_number"] + step), len(deck))


number = st.session_state["slide_number"]
query = ui.with_situation({"options": ",".join(chosen), "slide": str(number)}, current)
st.query_params.from_dict(query)
ui.presentation_style()

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
        stage_option = ds.for_duration(current.duration).option(slide.option_id)
        st.markdown(ui.verdict_badge(stage_option.guideline_verdict, stage_option.facts_stage))
    for line in slide.lines:
        st.markdown(f"- {line}" if slide.kind not in ("title", "option", "chart") else line)
    if slide.facts:
        left, right = st.columns(2)
        for i, (label, text) in enumerate(slide.facts):
            (left if i < 4 else right).markdown(f"**{label}:** {text}")
    if slide.kind == "chart":
        profile_figure, profile_table = ui.compare_charts(tuple(chosen), current.duration)["profile"]
        ui.chart(
            profile_figure,
            alt="Bar chart of each option's 0 to 5 scores. The table below has the same data.",
            table=profile_table,
            key="present_chart_table",
        )

with st.expander("For the coach: handout and link"):
    ui.handout_button(ds, current, chosen, key="present")
    ui.share_link("present", query)

ui.footer(ds)
