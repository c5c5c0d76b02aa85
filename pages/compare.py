"""Compare: two to four options side by side, the questions people ask as rows, then charts."""

from dataclasses import replace

import streamlit as st

from dashboard import charts, compare, scoring, ui, vocab
from dashboard.ui import cards

st.set_page_config(layout="wide")
ds = ui.dataset()

st.title("Compare options")
st.markdown(
    "Pick two to four options. Each question is answered for every option in the same detail, "
    "harms as well as benefits."
)
view = ui.current_view()
names = {o.id: o.name for o in ds.options}
picked = st.session_state.get("compare_options")  # the picker's own last value, if it is on screen
start = list(view.options) if picked == list(view.options) else compare.starting_choice(view.options, ds)
if len(start) > len(view.options) > 0:
    st.caption(f"We added {names[start[-1]]} so you have something to compare with.")
chosen = st.multiselect(
    "Options to compare",
    ds.option_ids,
    format_func=names.__getitem__,
    max_selections=compare.MAX_OPTIONS,
    help="Choose 2 to 4. The link below updates so you can share this view.",
    **ui.bind("compare_options", start, lambda v, ids: replace(v, options=tuple(ids))),
)
if view.options or chosen != compare.default_choice(ds):
    view = replace(view, options=tuple(chosen))  # the usual choice is shown, not taken as theirs
query = ui.publish(view, "compare")

if len(chosen) < compare.MIN_OPTIONS:
    st.info("Pick at least two options to compare them.")
    ui.footer(ds)
    st.stop()

ds = ds.for_duration(view.situation.duration)  # verdicts, timing and effects for this duration of pain
options = [ds.option(i) for i in chosen]
st.caption(
    f"Facts shown for {vocab.STAGE_LABELS[ds.stage].lower()}, from your answers. "
    "Change how long you have had pain on Find my options."
)

# ------------------------------------------------------------------- the grid
st.header("Side by side")
st.markdown(
    "On a phone, each question lists the options one under another. "
    f"{cards.WEAK_SOURCE} marks a figure from a weak or unconfirmed source."
)
header = st.columns(len(options))
for col, option in zip(header, options, strict=True):
    with col:
        st.subheader(option.name)
        st.markdown(
            f"{vocab.CATEGORY_LABELS[option.category]}\n\n{ui.verdict_badge(option.guideline_verdict, option.facts_stage)}"
        )

option_cells = {o.id: compare.cells(ds, o) for o in options}
for question in compare.QUESTIONS:
    st.markdown(f"#### {question}")
    for col, option in zip(st.columns(len(options)), options, strict=True):
        cell = option_cells[option.id][question]
        quoted = compare.QUESTION_FACTS[question] == "article"
        col.markdown(cards.grid_cell(option.name, cell.text, cell.low_confidence, quoted))

st.page_link(
    "../pages/guidance.py",
    label="Read the article's advice next to the evidence",
    icon=":material/menu_book:",
)

# --------------------------------------------------------- the "wait" comparator
if compare.COMPARATOR in chosen and ds.stage == "long":
    # The new-pain course (most recover within weeks) does not apply after 12 weeks.
    st.header("If your pain has lasted over 12 weeks")
    with st.container(border=True):
        stay = ds.option(compare.COMPARATOR)
        st.markdown(f"{stay.benefits}\n\n{stay.caveat}")
        st.caption(f"Sources: {', '.join(stay.ev.source_ids)}. Your own course may differ.")
elif compare.COMPARATOR in chosen:
    st.header("If you stay active and wait")
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
                ui.icon_array(
                    recovered.value, recovered.out_of, "recovered by 12 weeks", "not yet recovered"
                ),
                config={"displayModeBar": False},
                alt=f"{recovered.value} of {recovered.out_of} dots filled. {recovered.text}",
            )
            st.caption(recovered.text)

# ------------------------------------------------------------------- charts
st.header("Charts")
figures = ui.compare_charts(tuple(chosen), view.situation.duration)
_, missing = charts.plotted_and_missing(options)
not_shown = (
    f" Not shown, because a figure is unknown: {', '.join(o.name for o in missing)}." if missing else ""
)
ui.chart(
    figures["cost"][0],
    alt="Chart of the cost to try each option against the time until it helps. The table below has the same data.",
    caption="Each dot is an option. Further right means it takes longer to start helping. Higher means it "
    "costs more. Lines show the range. Shape shows if you need a doctor: circle no, diamond "
    "sometimes, square yes." + not_shown,
    table=figures["cost"][1],
    table_label="Cost and timing as a table",
    key="cost_table",
)
ui.chart(
    figures["timeline"][0],
    alt="Timeline of when each option starts to help and how long it lasts. The table below has the same data.",
    caption="The diamond shows when each option starts to help. The bar shows how long the benefit lasts, "
    "where a figure exists. No bar means we don't know how long it lasts.",
    table=figures["timeline"][1],
    table_label="Timeline as a table",
    key="timeline_table",
)
ui.chart(
    figures["profile"][0],
    alt="Bar chart of each option's 0 to 5 scores. The table below has the same data.",
    caption="Each option scored 0 to 5 on the same scale. Higher is better. No bar means not known: "
    "unknown is never counted as 0.",
    table=figures["profile"][1],
    table_label="Scores as a table, and the scoring rules",
    key="profile_table",
    note="\n".join(f"- **{scoring.ATTRIBUTE_LABELS[a]}:** {rule}" for a, rule in scoring.SCALE_RULES.items()),
)

# ---------------------------------------------------------------- take it away
st.header("Save or share")
st.download_button(
    "Download this comparison (CSV)",
    lambda: compare.to_csv(compare.grid(ds, chosen)),
    file_name="relief-comparison.csv",
    mime="text/csv",
    icon=":material/download:",
)
ui.handout_button(ds, view, key="compare")
ui.share_link("compare", query)

ui.footer(ds)
