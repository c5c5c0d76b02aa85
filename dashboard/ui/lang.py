"""The language of each run, and the switch that changes it.

The language is the link's `lang`, else this session's, else the browser's
(`st.context.locale`). `apply()` sets it for the run (dashboard/i18n.py keeps it in a
context variable): the entry script calls it first, and every fragment too, since a
fragment's rerun skips the entry script.
"""

from __future__ import annotations

import os
from dataclasses import replace

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard import i18n
from dashboard.i18n import _
from dashboard.ui.state import VIEW_KEY, WRITTEN_KEY, saved_view
from dashboard.view import View

SWITCH_KEY = "language_switch"
# For the pseudo-language browser test only: every run in ⟦…⟧ words (dashboard/i18n.py).
PSEUDO_ENV = "RELIEF_PSEUDO_LANGUAGE"


def chosen() -> str:
    """This run's language, by the rule above."""
    if os.environ.get(PSEUDO_ENV) == "1":
        return i18n.PSEUDO
    raw = st.query_params.get("lang")
    if raw in i18n.LANGUAGES:
        return str(raw)
    saved = st.session_state.get(VIEW_KEY)
    if isinstance(saved, View):
        return saved.lang
    return i18n.from_locale(st.context.locale)


def _from_session() -> str | None:
    """The language outside a run's own start: in a callback, the session's; with no
    session at all (a download built on click, a test), none."""
    if get_script_run_ctx(suppress_warning=True) is None:
        return None
    return chosen()


i18n.set_fallback(_from_session)


def apply() -> str:
    lang = chosen()
    i18n.set_language(lang)
    return lang


def _switched() -> None:
    new = st.session_state.get(SWITCH_KEY)
    if new not in i18n.LANGUAGES:
        return
    st.session_state[VIEW_KEY] = replace(saved_view(), lang=new)
    st.query_params["lang"] = new
    written = st.session_state.get(WRITTEN_KEY)
    if isinstance(written, dict):  # the page's own link, in the new language: still not news
        st.session_state[WRITTEN_KEY] = written | {"lang": new}


def switch() -> None:
    """English | Español, each name in its own language, at the top right of every page.
    While a coach presents, Coach mode's style hides it (`.st-key-language_bar`): the client
    sees only the slide, and the presenting switch reruns only its fragment, not this."""
    current = i18n.language()
    st.session_state[SWITCH_KEY] = current if current in i18n.LANGUAGES else i18n.SOURCE
    with st.container(key="language_bar", horizontal=True, horizontal_alignment="right"):
        st.segmented_control(
            _("Language"),
            i18n.LANGUAGES,
            required=True,
            format_func=i18n.NATIVE_NAMES.__getitem__,
            key=SWITCH_KEY,
            on_change=_switched,
            label_visibility="collapsed",
        )


def keep_in_link(publishes: bool) -> None:
    """A page with no view of its own (About, the article's guidance) still keeps `lang` in
    its link, so a shared or bookmarked address opens in the same language."""
    if not publishes:
        st.query_params["lang"] = i18n.language()
