"""Compare: two to four options side by side, the questions people ask as rows, then charts."""

from dataclasses import replace

import streamlit as st

from dashboard import compare, ui, vocab
from dashboard.ui import sections, tracker
from dashboard.view import holds as link_holds

ds = ui.dataset()

st.title("Compare options")
st.markdown(
    "Pick two to four options. Each question is answered for every option in the same detail, "
    "harms as well as benefits."
)
view = ui.current_view()
ds = ui.priced(view)  # a coach's local prices, when the link or session has them: they order the picks
view, chosen = sections.option_picker(ds, view)
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

ui.pack_note(ds, view)
sections.comparison_grid(ds, options)
st.page_link(
    "../pages/guidance.py",
    label="Read the article's advice next to the evidence",
    icon=":material/menu_book:",
)
if compare.COMPARATOR in chosen:
    sections.if_you_wait(ds)
sections.comparison_charts(options, view.situation.duration, view.pack)

tracker.try_this(ds, view, chosen)

st.header("Save or share")
st.download_button(
    "Download this comparison (CSV)",
    lambda: compare.to_csv(compare.grid(ds, chosen)),
    file_name="relief-comparison.csv",
    mime="text/csv",
    icon=":material/download:",
)
ui.page_link(
    "../pages/present.py",
    "Present these in Coach mode",
    ":material/co_present:",
    replace(view, options=tuple(chosen), slide=1),
    "present",
)
ui.handout_button(
    ds, replace(view, options=tuple(chosen)), key="compare", link=ui.view_link("compare", query)
)
ui.share_link(
    "compare",
    query,
    holds=link_holds("compare"),
    view=view,
)

ui.footer(ds)
