"""Check in: the plan for what the person chose to try, how it is going, and reminders.
Nothing is stored on the server: the plan and the check-ins live in the link."""

import datetime as dt

import streamlit as st

from dashboard import plan, ui
from dashboard.i18n import _
from dashboard.ui import tracker
from dashboard.view import holds as link_holds

ds = ui.dataset()
st.title(_("Check in"))
st.markdown(_("Your plan for what you chose to try, and a place to record how it is going."))
alert = st.container()  # how it is going: filled once the plan is known, shown first
view = ui.current_view()

if not view.plan:
    st.info(_("Pick one or two options to try. You get a plan, then you can check in as you go."))
    tracker.plan_picker(ds, view, ds.option_ids, label=_("What are you trying?"))
    view = ui.saved_view()
query = ui.publish(view, "checkin")
link = ui.view_link("checkin", query)

the_plan = plan.plan_for(ds, view, dt.date.today())
with alert:
    tracker.status(plan.status(the_plan, view, dt.date.today()))
if the_plan:
    tracker.show_plan(ds.for_duration(view.situation.duration), the_plan)
    tracker.readiness()
    with st.expander(_("Change what you are trying")):
        tracker.plan_picker(ds, view, ds.option_ids, label=_("What are you trying?"))

tracker.checkin_form(ds)
tracker.history(
    view, ds, ds.for_duration(view.situation.duration).stage, the_plan.review_by if the_plan else None
)

st.header(_("Keep it"))
tracker.reminders(view, link, the_plan)
if the_plan:
    ui.handout_button(ds, view, key="checkin", link=link)
ui.share_link(
    "checkin",
    query,
    holds=" ".join(
        [
            _(
                "Your plan and check-ins are kept only in this link and in the files you download. We store "
                "nothing. Anyone you give the link to can see your check-ins."
            ),
            link_holds("checkin"),
        ]
    ),
    view=view,
)
ui.footer(ds)
