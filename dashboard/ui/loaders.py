"""The cached loaders: the dataset (or its error screen), the dataset with a pack's prices,
and the figures every session shares. Each cache key names what the figure depends on,
the language of its words included (`lang`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar, cast

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, i18n
from dashboard import pack as packs
from dashboard.data import DATA_DIR, DataError, Dataset, load_dataset
from dashboard.i18n import _
from dashboard.matching import Match, Ranked, match, rank
from dashboard.view import View

DATA_DIR_ENV = "RELIEF_DATA_DIR"  # lets tests point the app at a broken copy of the data


@st.cache_resource(show_spinner=False, max_entries=len(i18n.LANGUAGES) + 1)
def _load(lang: str) -> Dataset | DataError:
    # Cached once per process for each language. The dataset is frozen, so one shared copy is safe.
    try:
        return load_dataset(Path(os.environ.get(DATA_DIR_ENV, DATA_DIR)), lang=lang)
    except DataError as exc:
        return exc


def dataset() -> Dataset:
    """The validated dataset in this run's language, or a clear report of what is wrong, then stop."""
    loaded = _load(i18n.language())
    if isinstance(loaded, DataError):
        st.error(_("The app's data has problems, so it cannot show options safely."))
        st.markdown(_("Fix these and restart the app:"))
        st.code("\n".join(str(p) for p in loaded.problems), language=None)
        st.stop()
        raise AssertionError("unreachable")  # st.stop() raises; this keeps type checkers happy
    return loaded


@st.cache_resource(show_spinner=False, max_entries=64)
def _priced(token: str, lang: str, _pack: packs.Pack) -> Dataset:
    # Keyed by the pack's link form (`token`): one shared copy per pack and language.
    return packs.apply(dataset(), _pack)


def with_pack(key: str, pack: packs.Pack | None) -> Dataset:
    """The dataset with a pack's local prices, or the plain one. `key` is `pack_key(pack)`:
    cached figures take it as an argument, so each pack has its own copy."""
    return dataset() if pack is None else _priced(key, i18n.language(), pack)


def priced(view: View) -> Dataset:
    """The dataset with this view's local prices (a coach's pack), or the plain one."""
    return with_pack(pack_key(view.pack), view.pack)


def pack_key(pack: packs.Pack | None) -> str:
    """A cache key for a pack: its link form, "" for none."""
    return "" if pack is None else packs.to_link(pack)


@st.cache_resource(show_spinner=False, max_entries=256)
def _compare_charts(
    option_ids: tuple[str, ...], duration: str, lang: str, pack: str = "", _pack: packs.Pack | None = None
) -> dict[str, tuple[go.Figure, pd.DataFrame]]:
    ds = with_pack(pack, _pack).for_duration(duration)
    options = [ds.option(i) for i in option_ids]
    return {
        "cost": (charts.cost_vs_onset(options), charts.cost_onset_table(options)),
        "timeline": (charts.timeline(options), charts.timeline_table(options)),
        "profile": (charts.profile_chart(options), charts.profile_table(options)),
    }


def compare_charts(
    option_ids: tuple[str, ...], duration: str, pack: str = "", _pack: packs.Pack | None = None
) -> dict[str, tuple[go.Figure, pd.DataFrame]]:
    """Compare's charts in this run's language. `pack` is `pack_key(_pack)`: the cache key
    for the local prices."""
    return _compare_charts(option_ids, duration, i18n.language(), pack, _pack)


@st.cache_resource(show_spinner=False, max_entries=8)
def _icon_array(value: int, out_of: int, label: str, rest: str, lang: str) -> go.Figure:
    return charts.icon_array(value, out_of, label, rest)


def icon_array(value: int, out_of: int, label: str, rest: str) -> go.Figure:
    return _icon_array(value, out_of, label, rest, i18n.language())


T = TypeVar("T")


def kept_for_session(slot: str, key: object, build: Callable[[], T]) -> T:
    """`build()`, kept in this session's state under `slot` until `key` changes. For what
    holds a person's answers (health, check-ins): no cache shared by sessions may keep them."""
    kept = st.session_state.get(slot)
    if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == key:
        return cast(T, kept[1])
    value = build()
    st.session_state[slot] = (key, value)
    return value


def _view_key(view: View) -> tuple[object, ...]:
    # The situation's equality leaves out which answers were given; the reasons' words use them.
    s = view.situation
    return (pack_key(view.pack), s, s.health, s.answered, view.ranking_weights, i18n.language())


def score_chart(view: View) -> go.Figure:
    """Find's score chart for this view, kept for the session for each situation, weights,
    health answers and pack (health answers are private)."""
    return kept_for_session(
        "score_chart",
        _view_key(view),
        lambda: charts.score_breakdown(answer(with_pack(pack_key(view.pack), view.pack), view)[1]),
    )


def answer(ds: Dataset, view: View) -> tuple[list[Match], list[Ranked]]:
    """Every option matched to this view's situation, and the fitting ones ranked by its
    weights, kept for the session for each situation, weights and pack."""

    def work() -> tuple[list[Match], list[Ranked]]:
        matches = match(ds.options, view.situation, ds.cautions)
        return matches, rank(matches, view.ranking_weights)

    return kept_for_session("answer", _view_key(view), work)


def verdict_chart() -> go.Figure:
    return _verdict_chart(i18n.language())


@st.cache_resource(show_spinner=False, max_entries=len(i18n.LANGUAGES) + 1)
def _verdict_chart(lang: str) -> go.Figure:
    ds = dataset()
    return charts.verdict_counts(ds.claims, [c.verdict for c in ds.causes])
