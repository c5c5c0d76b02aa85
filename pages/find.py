"""Find my options: a safety check, your situation, what matters to you, then the options that fit."""

from dataclasses import replace

import streamlit as st

from dashboard import about_text, budget, charts, compare, content, guide_text, matching, safety, ui, vocab
from dashboard.data import Dataset
from dashboard.i18n import N_, _
from dashboard.matching import Match, Ranked
from dashboard.ui import cards, forms, guide, lang, tracker
from dashboard.view import View
from dashboard.view import holds as link_holds

# How the options are grouped, for each duration of pain (one whole sentence each).
GROUPED_BY = {
    "acute": N_(
        "Grouped by what guidelines say for pain that has lasted under 4 weeks. Within a group, the order "
        "follows what you said matters, where what we know can tell options apart. Ties (=) are listed A to Z."
    ),
    "subacute": N_(
        "Grouped by what guidelines say for pain that has lasted 4 to 12 weeks. Within a group, the order "
        "follows what you said matters, where what we know can tell options apart. Ties (=) are listed A to Z."
    ),
    "chronic": N_(
        "Grouped by what guidelines say for pain that has lasted over 12 weeks. Within a group, the order "
        "follows what you said matters, where what we know can tell options apart. Ties (=) are listed A to Z."
    ),
}

ds = ui.dataset()

st.title(_("Find my options"))
view = ui.current_view()
guide.pack_banner(view)  # a coach's client link says whose prices these are, first
guide.decision()
st.markdown(_("Answer a few questions. We show which back pain relief options fit you, and why."))
alert = st.container()  # filled after the safety check, so its message sits at the top
ds = ui.priced(view)  # a coach's local prices, when the link or session has them

level = forms.safety_check(ds, view)
with alert:
    all_clear = forms.safety_alert(level)
forms.situation_form(view, ds)
if view.situation.severity == "severe":
    st.info(_(safety.SEVERE_NOTE), icon=":material/event:")

if all_clear is not None and view.no_signs:
    all_clear.success(_(safety.all_clear(view.situation.duration)), icon=":material/check_circle:")
elif all_clear is not None:
    all_clear.caption(_(safety.NOT_CHECKED_MESSAGE))

with alert:
    if level != "emergency":
        # What guidelines suggest, apart from what matters (A to Z: no weight reorders it).
        matches_now, ranked_now = ui.answer(ds, view)
        st.markdown(f"**{_(content.answer_lines(ranked_now, view, level)[0])}**")
        over = guide_text.just_over_headline(budget.just_over(matches_now, view.situation, ds.cautions))
        if over:
            ui.plain(over)  # a price may be a coach's
        st.caption(_("This is general guidance, not advice to choose one option. The full list is below."))
        forms.typical_answers(view)


@st.fragment
def matters_and_results(level: str | None) -> None:
    """Step 3 and the options, redrawn on their own when what matters changes: the sliders
    reorder the options, never which fit, so the rest of the page stays as it is."""
    lang.apply()  # a fragment's own rerun skips the entry script, which sets the language
    with ui.fair_turn():  # a fragment's own rerun skips the entry script: it takes its turn here
        _matters_and_results(level)


def _matters_and_results(level: str | None) -> None:
    view = ui.saved_view()  # a slider's change is already in it
    ds = ui.priced(view)
    forms.weights_form(view)
    query = ui.publish(view, "find")
    matches, ranked = ui.answer(ds, view)
    if level != "emergency":
        closest = content.answer_lines(ranked, view, level)[1:]
        if closest:
            st.markdown("\n\n".join(f"**{_(line)}**" for line in closest))
    if level == "emergency":
        with st.expander(_("See options anyway")):
            show_results(ds, view, query, matches, ranked)
    else:
        show_results(ds, view, query, matches, ranked)


def show_results(
    ds: Dataset, view: View, query: dict[str, str], matches: list[Match], ranked: list[Ranked]
) -> None:
    situation = view.situation
    check_first = matching.ask_doctor_first(matches)
    against = matching.advised_against(matches)  # shown apart, never counted as fitting
    excluded = [m for m in matches if not m.fits]
    stage_ds = ds.for_duration(situation.duration)  # the facts for this duration of pain, read once
    shortlist = replace(view, options=tuple(r.option.id for r in ranked[:3]))  # for the handout and Compare
    ui.pack_note(ds, view)
    st.header(_("Options that fit you ({count})").format(count=len(ranked) + len(check_first)))
    st.caption(_(GROUPED_BY[situation.duration]))
    if not ranked and not check_first:
        st.info(
            _("No option fits all your answers. Try a higher budget, or say you are open to seeing a doctor.")
        )
    over = budget.just_over(matches, situation, ds.cautions)
    _groups(stage_ds, ranked, over, situation.budget)
    if check_first:
        st.subheader(_("Ask a doctor before you try these"))
        st.caption(_("They fit your answers, but their label says to ask a doctor first, given your health."))
        st.markdown(cards.ask_doctor_list(check_first))
    if len(ranked) >= compare.MIN_OPTIONS:  # one option has nothing to be compared with
        ui.page_link(
            "../pages/compare.py",
            _("Compare the first {count} side by side").format(count=len(shortlist.options)),
            ":material/view_column:",
            shortlist,
            "compare",
        )
    if ranked:
        ui.chart(
            lambda: ui.score_chart(view),
            alt=_(
                "Bar chart of how each option's score is made up. The same numbers are in the table below."
            ),
            caption=_(
                "A longer bar is a closer match to what you said matters. An unknown factor could be "
                "anything from 0 to 5: it is the open, striped part. Before you choose, compare the ones you are "
                "thinking about."
            ),
            table=lambda: charts.score_breakdown_table(ranked),
            key="find_chart_table",
            table_label=_("The scores as a table"),
            show_label=_("Show the chart of the scores"),
        )
    if against:
        st.header(
            _("Guidelines advise against these for pain like yours ({count})").format(count=len(against))
        )
        st.caption(_("They are not counted above. This is why guidelines advise against them."))
        st.markdown(cards.advised_against_list(against))
    guide.about_back_pain(stage_ds)
    if excluded:
        st.header(_("Not a fit for you right now ({count})").format(count=len(excluded)))
        st.markdown(cards.excluded_list(excluded))
    # "I'll try this" offers the options that fit, then those to ask a doctor about and those
    # just over the budget (usability-2 R8): the person may own a heating pad.
    also = [m.option.id for m in check_first] + [j.option.id for j in over]
    _more_and_keep(ds, view, query, [r.option.id for r in ranked] + also, shortlist)


def _groups(stage_ds: Dataset, ranked: list[Ranked], over: list[budget.JustOver], limit: int | None) -> None:
    """The cards by guideline group, with the guideline-first options just over the budget
    right after the options guidelines put first (or first of all, when none of those fits)."""
    groups = matching.grouped(ranked)
    if not any(verdict == "recommended" for verdict, _members in groups):
        guide.just_over(over, limit)
    for verdict, members in groups:
        st.subheader(_(vocab.GROUP_HEADINGS[verdict]))
        for place, r in members:
            ui.option_card(stage_ds, place, r)
        if verdict == "recommended":
            guide.just_over(over, limit)


def _more_and_keep(
    ds: Dataset, view: View, query: dict[str, str], to_try: list[str], shortlist: View
) -> None:
    """What guidelines name that we leave out, the article, and the plan, handout and link."""
    not_covered = st.expander(
        _("Care guidelines name that we do not cover"), key="not_covered", on_change="rerun"
    )
    if not_covered.open:  # drawn only when opened
        not_covered.markdown(about_text.not_covered())
    st.page_link("../pages/guidance.py", label=_("What does the article say?"), icon=":material/menu_book:")

    guide.what_to_do_next(guide_text.what_to_do_next())
    if to_try:
        tracker.try_this(ds, view, to_try)
        st.header(_("Save or share"))
        ui.handout_button(ds, shortlist, key="find", link=ui.view_link("", query))
        ui.share_link(
            "",
            query,
            holds=link_holds("find"),
            view=view,
        )


matters_and_results(level)

ui.footer(ds)
