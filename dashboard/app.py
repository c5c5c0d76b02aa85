"""Entry script: page config, the page list, then run the chosen page.

It lives in `dashboard/`, not next to `pages/`, on purpose: with `pages/` as
its sibling, Streamlit would start in its legacy multipage mode and a shared
deep link such as /compare would run the page file alone.
"""

from pathlib import Path

import streamlit as st

from dashboard.i18n import _
from dashboard.ui import lang, style
from dashboard.ui.state import fair_turn

# Our own icon (a drawn spine), served by the app itself. A Material icon as the favicon
# would make every visit fetch it from Google's font server. It is set before the menu:
# the browser takes the page's menu icon as the favicon unless one is already set.
FAVICON = Path(__file__).parent / "static" / "favicon.png"
st.set_page_config(page_icon=FAVICON, initial_sidebar_state="collapsed")
# The language first (the link's, else this session's, else the browser's): every word of
# the run, the menu's included, is in it.
lang.apply()

PAGES = [
    st.Page("../pages/find.py", title=_("Find my options"), icon=":material/search:", default=True),
    st.Page("../pages/compare.py", title=_("Compare"), icon=":material/view_column:", url_path="compare"),
    st.Page(
        "../pages/guidance.py",
        title=_("The article's guidance"),
        icon=":material/menu_book:",
        url_path="guidance",
    ),
    st.Page("../pages/present.py", title=_("Coach mode"), icon=":material/co_present:", url_path="present"),
    st.Page(
        "../pages/checkin.py", title=_("Check in"), icon=":material/event_available:", url_path="checkin"
    ),
    st.Page("../pages/pack.py", title=_("Local prices"), icon=":material/storefront:", url_path="pack"),
    st.Page("../pages/about.py", title=_("Sources and method"), icon=":material/info:", url_path="about"),
]

# Pages that need the whole screen: the comparison grid, the slides and the price tables.
WIDE = {"compare", "present", "pack"}
# Pages that write their own link (`ui.publish`); the others only keep `lang` in theirs.
PUBLISHING = {"", "compare", "present", "checkin", "pack"}

page = st.navigation(PAGES, position="top")
# The layout is set here, once per run, from the page about to run, so it always wins:
# a page that set its own layout raced this call and the width jumped between reruns.
st.set_page_config(
    page_title=f"{page.title} · Relief Explorer",  # the app's name in the tab and the history
    layout="wide" if page.url_path in WIDE else "centered",
)
style.base_style()
lang.switch()
lang.keep_in_link(page.url_path in PUBLISHING)
# One run at a time for each client address (nginx's X-Real-IP; none without nginx), so
# one noisy client can't slow everyone else down (dashboard/turns.py).
with fair_turn():
    page.run()
