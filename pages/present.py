"""Coach mode: large-type slides, one idea each, with previous and next, and the handout."""

import datetime as dt
from dataclasses import replace

import streamlit as st

from dashboard import matching, slides, ui
from dashboard.i18n import _
from dashboard.ui import lang, slide_view
from dashboard.view import View
from dashboard.view import holds as link_holds

ds = ui.dataset()
view = ui.current_view()
ds = ui.priced(view)  # a coach's local prices, when the link or session has them
deck = slides.build_slides(ds, view, dt.date.today())
number, slide_notices = slides.fit_slide(view.slide, len(deck))
ui.notices(slide_notices)
ui.keep(replace(view, slide=number))


def move(step: int) -> None:
    here = ui.saved_view()
    ui.keep(replace(here, slide=min(max(1, here.slide + step), len(deck))))


@st.fragment
def presenter(built_for: View) -> None:
    """The slides and the coach's tools, redrawn on their own when the coach moves between
    slides or switches Presenting. A change the slides are built from (the options) reruns
    the whole page, so the deck is built again."""
    lang.apply()  # a fragment's own rerun skips the entry script, which sets the language
    with ui.fair_turn():  # and which takes this client's turn: the fragment takes its own
        _presenter(built_for)


def _presenter(built_for: View) -> None:
    view = ui.saved_view()
    if replace(view, slide=1) != replace(built_for, slide=1):
        st.rerun(scope="app")
    shown = matching.chosen_or_shortlist(ds, view)  # what the coach chose, else Find's first three
    query = ui.publish(view, "present")
    slide = deck[view.slide - 1]
    presenting = slide_view.slide_controls(view.slide, len(deck), move, slide_view.drawn_on_every_slide(deck))
    slide_view.slide_body(
        ds.for_duration(view.situation.duration),
        slide,
        view.slide,
        shown,
        view,
        early=presenting or view.slide > 1,
    )
    slide_view.move_focus_to_slide()
    if view.pack is not None and not presenting:
        ui.pack_note(ds, view)

    if not presenting:
        slide_view.coach_notes(slide)
        with st.expander(_("For the coach: options, handout and link")):
            slide_view.present_picker(ds, shown)
            slide_view.coach_details(view)
            ui.handout_button(
                ds, replace(view, options=tuple(shown)), key="present", link=ui.view_link("present", query)
            )
            ui.share_link(
                "present",
                query,
                holds=link_holds("present"),
                view=view,
            )
        ui.footer(ds)


presenter(ui.saved_view())
