"""Compare: two to four options side by side, the questions people ask as rows, then charts."""

from dataclasses import replace

import streamlit as st

from dashboard import compare, ui
from dashboard.i18n import N_, _
from dashboard.ui import sections, tracker
from dashboard.ui.sharing import in_language
from dashboard.view import holds as link_holds

# Which facts are shown, for each stage of pain (one whole sentence each).
FACTS_FOR = {
    "new": N_(
        "Facts shown for new pain (under 12 weeks), from your answers. "
        "Change how long you have had pain on Find my options."
    ),
    "long": N_(
        "Facts shown for long-lasting pain (over 12 weeks), from your answers. "
        "Change how long you have had pain on Find my options."
    ),
}

ds = ui.dataset()

st.title(_("Compare options"))
st.markdown(
    _(
        "Pick two to four options. Each question is answered for every option in the same detail, "
        "harms as well as benefits."
    )
)
view = ui.current_view()
ds = ui.priced(view)  # a coach's local prices, when the link or session has them: they order the picks
view, chosen = sections.option_picker(ds, view)
query = ui.publish(view, "compare")

if len(chosen) < compare.MIN_OPTIONS:
    st.info(_("Pick at least two options to compare them."))
    ui.footer(ds)
    st.stop()

ds = ds.for_duration(view.situation.duration)  # verdicts, timing and effects for this duration of pain
options = [ds.option(i) for i in chosen]
st.caption(_(FACTS_FOR[ds.stage]))

ui.pack_note(ds, view)
sections.comparison_grid(ds, options)
st.page_link(
    "../pages/guidance.py",
    label=_("Read the article's advice next to the evidence"),
    icon=":material/menu_book:",
)
if compare.COMPARATOR in chosen:
    sections.if_you_wait(ds)
sections.comparison_charts(options, view.situation.duration, view.pack)

tracker.try_this(ds, view, chosen)

st.header(_("Save or share"))
st.download_button(
    _("Download this comparison (CSV)"),
    in_language(lambda: compare.to_csv(compare.grid(ds, chosen))),
    file_name=_("relief-comparison.csv"),
    mime="text/csv",
    icon=":material/download:",
)
ui.page_link(
    "../pages/present.py",
    _("Present these in Coach mode"),
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
