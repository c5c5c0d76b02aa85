"""Entry script: page config, the page list, then run the chosen page.

It lives in `dashboard/`, not next to `pages/`, on purpose: with `pages/` as
its sibling, Streamlit would start in its legacy multipage mode and a shared
deep link such as /compare would run the page file alone.
"""

import streamlit as st

st.set_page_config(
    page_icon=":material/self_improvement:",
    layout="centered",
    initial_sidebar_state="collapsed",
)

PAGES = [
    st.Page("../pages/find.py", title="Find my options", icon=":material/search:", default=True),
    st.Page("../pages/compare.py", title="Compare", icon=":material/view_column:", url_path="compare"),
    st.Page(
        "../pages/guidance.py",
        title="The article's guidance",
        icon=":material/menu_book:",
        url_path="guidance",
    ),
    st.Page("../pages/present.py", title="Coach mode", icon=":material/co_present:", url_path="present"),
    st.Page("../pages/about.py", title="Sources and method", icon=":material/info:", url_path="about"),
]

st.navigation(PAGES, position="top").run()
