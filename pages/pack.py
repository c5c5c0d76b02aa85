"""Local prices and services: a coach's own prices and local services, in a link and a file."""

import streamlit as st

from dashboard import ui
from dashboard.i18n import _
from dashboard.ui import pack_editor

ds = ui.dataset()

st.title(_("Local prices and services"))
st.markdown(
    _(
        "For coaches. Put in what things cost near you, and the local services you know. "
        "Your clients then see your prices on every page and in the handout, marked as yours. "
        "The evidence, harms and warnings stay ours."
    )
)
view = ui.current_view()
pack_editor.sync(ds, view)
pack_editor.upload(ds)
author = pack_editor.author()
prices, services = pack_editor.tables(ds)
view, broken = pack_editor.check(ds, view, author, prices, services)
ui.publish(view, "pack")
pack_editor.share(ds, view, broken)

ui.footer(ds)
