"""Cached loaders and the widgets every page shares (data error screen, footer,
badges, notices, charts with their tables, share links, the handout button)."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import charts, vocab
from dashboard import pack as packs
from dashboard.content import disclaimer, ranked_for
from dashboard.data import DATA_DIR, DataError, Dataset, load_dataset
from dashboard.handout import build_handout, typed_texts, unprintable
from dashboard.text import escape_markdown
from dashboard.view import View, Weights, parse_situation, situation_query

DATA_DIR_ENV = "RELIEF_DATA_DIR"  # lets tests point the app at a broken copy of the data


@st.cache_resource(show_spinner=False)
def _load() -> Dataset | DataError:
    # Cached once per process. The dataset is frozen, so one shared copy is safe.
    try:
        return load_dataset(Path(os.environ.get(DATA_DIR_ENV, DATA_DIR)))
    except DataError as exc:
        return exc


def dataset() -> Dataset:
    """The validated dataset, or a clear report of what is wrong, then stop."""
    loaded = _load()
    if isinstance(loaded, DataError):
        st.error("The app's data has problems, so it cannot show options safely.")
        st.markdown("Fix these and restart the app:")
        st.code("\n".join(str(p) for p in loaded.problems), language=None)
        st.stop()
        raise AssertionError("unreachable")  # st.stop() raises; this keeps type checkers happy
    return loaded


@st.cache_resource(show_spinner=False, max_entries=64)
def _priced(token: str, _pack: packs.Pack) -> Dataset:
    # Keyed by the pack's link form (`token`): one shared copy per pack, for every session.
    return packs.apply(dataset(), _pack)


def with_pack(key: str, pack: packs.Pack | None) -> Dataset:
    """The dataset with a pack's local prices, or the plain one. `key` is `pack_key(pack)`:
    cached figures take it as an argument, so each pack has its own copy."""
    return dataset() if pack is None else _priced(key, pack)


def priced(view: View) -> Dataset:
    """The dataset with this view's local prices (a coach's pack), or the plain one."""
    return with_pack(pack_key(view.pack), view.pack)


def pack_key(pack: packs.Pack | None) -> str:
    """A cache key for a pack: its link form, "" for none."""
    return "" if pack is None else packs.to_link(pack)


# Figures take a few milliseconds each to build, more than the rest of a rerun. They
# depend only on the (frozen) dataset and these small keys, so one shared copy per key
# serves every session. Streamlit's plotly_chart only reads a figure, never changes it.


@st.cache_resource(show_spinner=False, max_entries=256)
def compare_charts(
    option_ids: tuple[str, ...], duration: str, pack: str = "", _pack: packs.Pack | None = None
) -> dict[str, tuple[go.Figure, pd.DataFrame]]:
    """Compare's charts. `pack` is `pack_key(_pack)`: the cache key for the local prices."""
    ds = with_pack(pack, _pack).for_duration(duration)
    options = [ds.option(i) for i in option_ids]
    return {
        "cost": (charts.cost_vs_onset(options), charts.cost_onset_table(options)),
        "timeline": (charts.timeline(options), charts.timeline_table(options)),
        "profile": (charts.profile_chart(options), charts.profile_table(options)),
    }


@st.cache_resource(show_spinner=False, max_entries=4)
def icon_array(value: int, out_of: int, label: str, rest: str) -> go.Figure:
    return charts.icon_array(value, out_of, label, rest)


@st.cache_resource(show_spinner=False, max_entries=256)
def _score_chart(
    situation_query: tuple[tuple[str, str], ...],
    weights: Weights,
    health: frozenset[vocab.HealthCondition],
    pack: str,
    _pack: packs.Pack | None,
) -> go.Figure:
    # Keyed by the situation's link form: plain strings hash faster than the dataclass.
    situation, _ = parse_situation(dict(situation_query))
    ds = with_pack(pack, _pack)
    return charts.score_breakdown(ranked_for(ds, View(replace(situation, health=health), weights)))


def score_chart(view: View) -> go.Figure:
    """Find's score chart for this view (one shared copy per situation, weights and pack)."""
    query = tuple(situation_query(view.situation).items())
    return _score_chart(query, view.weights, view.situation.health, pack_key(view.pack), view.pack)


@st.cache_resource(show_spinner=False, max_entries=1)
def verdict_chart() -> go.Figure:
    ds = dataset()
    return charts.verdict_counts(ds.claims, [c.verdict for c in ds.causes])


def chart(
    figure: go.Figure | Callable[[], go.Figure],
    *,
    alt: str,
    table: pd.DataFrame | Callable[[], pd.DataFrame],
    key: str,
    caption: str = "",
    table_label: str = "The chart as a table",
    note: str = "",
    show_label: str = "",
) -> None:
    """A Plotly chart with its text alternatives: an accessible name, a caption, and the same
    data as a table in an expander that is drawn only when opened (it reruns lazily).
    Pass the table as a function to build it only then too.

    With `show_label`, the chart itself waits until the person asks for it (a switch with
    that label): Plotly's code is megabytes, so only those who want the chart fetch it.
    The caption and the table are there either way. Pass the figure as a function to
    build it only then too."""
    if not show_label or _chart_wanted(show_label, key):
        st.plotly_chart(figure() if callable(figure) else figure, config={"displayModeBar": False}, alt=alt)
    if caption:
        st.caption(caption)
    box = st.expander(table_label, key=key, on_change="rerun")
    if box.open:
        box.table(table() if callable(table) else table, hide_index=True)
        if note:
            box.markdown(note)


def footer(ds: Dataset) -> None:
    st.divider()
    st.caption(
        f"**Relief Explorer**: free, no ads, no account, and nothing about you is stored. {disclaimer(ds)}"
    )


def notices(messages: Iterable[str]) -> None:
    """Show what we ignored from the link, as one plain notice."""
    messages = list(messages)
    if messages:
        st.warning(
            "Part of this link was not understood, so we used the usual settings instead.\n\n"
            # The messages quote what was in the link: escape it so it can never become a link.
            + "\n".join(f"- {escape_markdown(m)}" for m in messages),
            icon=":material/info:",
        )


def view_link(path: str, query: Mapping[str, str]) -> str:
    """The full address of `path` with this query, on the host the person is using."""
    base = "http://localhost:8501"
    try:
        url = st.context.url
    except Exception:  # no browser session, e.g. in AppTest
        url = None
    if url:
        parts = urlsplit(url)
        base = f"{parts.scheme}://{parts.netloc}"
    link = f"{base}/{path.lstrip('/')}"
    return link + ("?" + urlencode(dict(query), safe=",:") if query else "")


def share_link(path: str, query: Mapping[str, str], holds: str = "", view: View | None = None) -> str:
    """A full link that reopens this view, in a plain text box that is easy to copy on a
    phone, with a button that copies it and says so. No code block: that would fetch a
    syntax highlighter (1.6 MB) to show one line.

    `holds` says above the box what the link holds; with `view`, the sentence on a coach's
    local prices follows it (held, or too big for a link)."""
    if holds:
        st.caption(holds + (pack_share_note(view) if view is not None else ""))
    link = view_link(path, query)
    key = share_link_key(path)
    # The box always shows this view's link, even after someone types in it. Set only when it
    # differs: a widget set to its own value may fire a rerun with the old link.
    if st.session_state.get(key) != link:
        st.session_state[key] = link
    st.text_input(
        "**Link to this view.** Copy it to share or to come back later.",
        key=key,
    )
    _copy_button(key)
    return link


def handout_button(ds: Dataset, view: View, key: str, link: str) -> None:
    """Offer the take-home PDF for this view: its situation, order and options, and the way
    back: `link`, the same link as the page's share box, printed as text and a QR code."""
    st.download_button(
        "Download the handout (PDF)",
        # Built only when clicked, so reruns stay fast.
        partial(build_handout, ds, view, dt.date.today(), link),
        file_name="back-pain-options.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        key=f"handout_{key}",
        help="A one- or two-page summary to keep or show your doctor.",
    )
    unprintable_note(typed_texts(view))


def unprintable_note(texts: Iterable[str]) -> None:
    """Say which typed letters the handout can't print (its font has no shape for them).
    Nothing when every letter prints."""
    missing = unprintable(texts)
    if missing:
        shown = " ".join(missing[:20]) + (" …" if len(missing) > 20 else "")
        st.caption(
            # The letters are someone's own text: plain text, never markup.
            escape_markdown(
                f"The handout can't print these letters: {shown}. In the PDF they show as blanks. "
                "You can write them with the letters A to Z instead."
            )
        )


def pack_note(ds: Dataset, view: View) -> None:
    """Say that a coach's local prices are in use, by whom and when, with our national
    figures one click away. Nothing without a pack."""
    pack = view.pack
    if pack is None:
        return
    local = [o for o in ds.options if o.local is not None]
    priced = sum(1 for o in local if o.local is not None and o.local.price)
    services = sum(len(o.local.services) for o in local if o.local is not None)
    st.info(
        # The name is the coach's own text: shown as plain text, never markup.
        escape_markdown(
            f"Local prices in use. {pack.signed}. They give prices for {priced} of {len(ds.options)} "
            f"options and {services} local service{'' if services == 1 else 's'}. Each is marked "
            '"Local price". We have not checked them.'
        ),
        icon=":material/storefront:",
    )
    box = st.expander("Our national prices, for comparison", key="national_prices", on_change="rerun")
    if box.open:
        # Cells as plain text: st.table reads Markdown, and a price has two $ signs.
        box.table(packs.national_table(ds).map(escape_markdown), hide_index=True)


def pack_share_note(view: View) -> str:
    """What a share link says about the local prices: held, too big for a link, or nothing."""
    if view.pack is None:
        return ""
    if packs.link_value(view.pack) is None:
        return (
            " The local prices are too big for a link, so it does not hold them. "
            "Share the pack file from the Local prices page as well."
        )
    # Markdown-safe: the name is the coach's own text.
    return escape_markdown(f" It also holds the local prices set by {view.pack.set_by}.")


def share_link_key(path: str) -> str:
    """The widget key of a page's share link box: `share_link_find`, `share_link_compare`, ..."""
    return f"share_link_{path.strip('/') or 'find'}"


def _chart_wanted(label: str, key: str) -> bool:
    """A switch that says whether to draw a chart. Measured against an expander that reruns
    when opened: the same bytes on the first visit and the same wait for the chart, and a
    switch says plainly what it does."""
    return st.toggle(label, key=f"{key}_shown")


def _copy_button(source_key: str) -> None:
    """A button that copies the text of the text box with this key, then says "Copied"."""
    if not re.fullmatch(r"[a-z_]+", source_key):
        raise ValueError(f"not a widget key of ours: {source_key!r}")
    st.html(_COPY_HTML.replace("SOURCE_KEY", source_key), unsafe_allow_javascript=True)


# The copy button: static markup and a few lines of script of our own (no third-party code,
# nothing fetched). Only the widget key, a fixed slug of ours, is put into it: the link is
# read from the text box in the page, never written into HTML. Clicking into the box selects
# the whole link, ready to copy from the phone's menu.
_COPY_HTML = """
<style>
.relief-copy button {
  font: inherit; color: inherit; background: transparent; cursor: pointer;
  border: 1px solid color-mix(in srgb, currentColor 20%, transparent);
  border-radius: 0.5rem; min-height: 2.5rem; padding: 0.25rem 0.75rem;
}
.relief-copy button:hover { border-color: currentColor; }
.relief-copy button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
.relief-copy span { margin-left: 0.6rem; }
</style>
<div class="relief-copy">
<button type="button" data-copy-from="SOURCE_KEY">Copy the link</button><span role="status" aria-live="polite"></span>
</div>
<script>
if (!window.reliefCopyReady) {
  window.reliefCopyReady = true;
  const boxFor = (key) => document.querySelector(".st-key-" + key + " input");
  const selectAll = (box) => box.setSelectionRange(0, box.value.length);
  document.addEventListener("click", async (event) => {
    const button = event.target.closest && event.target.closest("button[data-copy-from]");
    if (button) {
      const box = boxFor(button.dataset.copyFrom);
      if (!box) return;
      let done = false;
      try {
        await navigator.clipboard.writeText(box.value);
        done = true;
      } catch (e) {
        box.focus();
        selectAll(box);
        try { done = document.execCommand("copy"); } catch (e2) { done = false; }
      }
      button.nextElementSibling.textContent = done ? "Copied" : "The link is selected. Now copy it.";
      return;
    }
    const box = event.target.closest && event.target.closest("input");
    const holder = box && box.closest("[class*='st-key-']");
    const key = holder && [...holder.classList].find((c) => c.startsWith("st-key-"));
    if (key && document.querySelector('button[data-copy-from="' + key.slice(7) + '"]')) selectAll(box);
  });
}
</script>
"""
