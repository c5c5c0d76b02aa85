"""The one place a page gets the person's view, and gives it back.

`current_view()` reads the link first, else this session (the rule is
`dashboard.view.resolve`), and keeps the result for the session, so every
page and every handout uses the same answers. `publish(view, page)` keeps it
and writes the page's link. Widgets are bound to the view: each one starts
from the view's value, and a change goes straight back into the view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st

from dashboard import i18n
from dashboard.turns import TURNS, client_key
from dashboard.ui.loaders import dataset
from dashboard.ui.parts import notices
from dashboard.view import View, resolve, to_query

VIEW_KEY = "view"
WRITTEN_KEY = "view_link"  # the link a page last wrote: reading it back is not news


def current_view() -> View:
    """This run's view, with a notice for anything in the link we ignored."""
    params = {k: st.query_params.get_all(k) for k in st.query_params}
    saved = st.session_state.get(VIEW_KEY)
    written = st.session_state.get(WRITTEN_KEY)
    # A first visit starts in the language this run chose (ui/lang.py: the browser's).
    view, ignored = resolve(
        params,
        saved if isinstance(saved, View) else View(lang=i18n.language()),
        written if isinstance(written, dict) else None,
        dataset().option_ids,
    )
    st.session_state[VIEW_KEY] = view
    notices(ignored)
    return view


def keep(view: View) -> None:
    st.session_state[VIEW_KEY] = view


def publish(view: View, page: str) -> dict[str, str]:
    """Keep the view for the session and write `page`'s link for it. Returns the link's query."""
    keep(view)
    query = to_query(view, page)
    st.query_params.from_dict(query)  # an empty link is news too: the pack was stopped, say
    st.session_state[WRITTEN_KEY] = query
    return query


def saved_view() -> View:
    saved = st.session_state.get(VIEW_KEY)
    return saved if isinstance(saved, View) else View()


def bind(key: str, value: Any, change: Callable[[View, Any], View]) -> dict[str, Any]:
    """Start widget `key` from the view's `value`; on a change, update the view with `change`.
    Returns the keyword arguments to pass to the widget.

    The value is set on every run, even when it has not changed. That sends it to the
    browser each time. A widget the browser first drew in a run where it was not sent
    (the run that set it was cut short by a fast click) would otherwise keep the
    widget's own default there, and send that back on the next click: a quick
    "Previous" in Coach mode once emptied the options on the slides that way.
    """
    st.session_state[key] = value

    def changed() -> None:
        keep(change(saved_view(), st.session_state[key]))

    return {"key": key, "on_change": changed}


def page_link(path: str, label: str, icon: str, view: View, page: str) -> None:
    """A link to another page that keeps the view."""
    st.page_link(path, label=label, icon=icon, query_params=to_query(view, page))


@contextmanager
def fair_turn() -> Iterator[None]:
    """This client's turn (`dashboard.turns`): the entry script takes it for a page's run, and
    each fragment for its own reruns, which Streamlit runs without the entry script."""
    with TURNS.turn(client_key(st.context.headers.get("X-Real-IP"))):
        yield
