"""Parts every page shares: a chart with its table, the footer, the link notices and the
note that local prices are in use."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import compare, i18n
from dashboard import pack as packs
from dashboard.content import Fact, disclaimer
from dashboard.data import Dataset
from dashboard.i18n import _, ngettext
from dashboard.matching import Ranked
from dashboard.text import escape_markdown
from dashboard.ui import cards
from dashboard.view import View


def chart(
    figure: go.Figure | Callable[[], go.Figure],
    *,
    alt: str,
    table: pd.DataFrame | Callable[[], pd.DataFrame],
    key: str,
    caption: str = "",
    table_label: str | None = None,
    note: str = "",
    show_label: str = "",
    shown: bool | None = None,
) -> None:
    """A Plotly chart with its text alternatives: an accessible name, a caption, and the same
    data as a table in an expander that is drawn only when opened (it reruns lazily).
    Pass the table as a function to build it only then too.

    With `show_label`, the chart itself waits until the person asks for it (a switch with
    that label): Plotly's code is megabytes, so only those who want the chart fetch it.
    The caption and the table are there either way. Pass the figure as a function to
    build it only then too. `shown` decides instead, for charts that share one switch.
    The words (`alt`, `caption`, the labels, `note`) are shown in this run's language."""
    wanted = shown if shown is not None else (not show_label or _chart_wanted(show_label, key))
    if wanted:
        st.plotly_chart(
            figure() if callable(figure) else figure, config={"displayModeBar": False}, alt=_(alt)
        )
    if caption:
        st.caption(_(caption))
    box = st.expander(
        _(table_label) if table_label else _("The chart as a table"), key=key, on_change="rerun"
    )
    if box.open:
        box.table(table() if callable(table) else table, hide_index=True)
        if note:
            box.markdown(_(note))


def footer(ds: Dataset) -> None:
    st.divider()
    st.caption(
        _(
            "**Relief Explorer**: free, no ads, no account, and nothing about you is stored. {disclaimer}"
        ).format(disclaimer=disclaimer(ds))
    )


# ------------------------------------------------------------------ plain text
# Text from a person, a pack or a link is drawn as escaped HTML: it never passes through
# Markdown, so nothing in it can become a link (not even a bare www.example.org or
# name@host, which Markdown turns into links however it is escaped), emphasis or a heading.


def plain(text: str, where: Any = st, *, small: bool = False) -> None:
    """One paragraph of plain text; `small` for the size of a caption."""
    small_class = " relief-small" if small else ""
    where.html(f'<p class="relief-plain{small_class}" lang="{i18n.html_lang()}">{html.escape(text)}</p>')


def plain_facts(facts: Sequence[tuple[str, str]], where: Any = st, *, as_list: bool = True) -> None:
    """Facts as "Label: text", a bulleted list (or one paragraph each), all plain text. A fact
    with no label is its text alone."""
    items = [
        f"<strong>{html.escape(label)}:</strong> {html.escape(text)}" if label else html.escape(text)
        for label, text in facts
    ]
    lang = i18n.html_lang()
    if as_list:
        where.html(
            f'<ul class="relief-plain" lang="{lang}">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        )
    else:
        where.html("".join(f'<p class="relief-plain" lang="{lang}">{i}</p>' for i in items))


def plain_table(frame: pd.DataFrame, where: Any = st) -> None:
    """A table whose every cell and heading is plain text (st.table reads cells as Markdown)."""
    table = frame.fillna("").to_html(index=False, escape=True, border=0, classes="relief-table")
    where.html(f'<div class="relief-table-wrap" lang="{i18n.html_lang()}">{table}</div>')


def option_card(ds: Dataset, place: str, r: Ranked) -> None:
    """One option on Find in a bordered box: one Markdown block, or, when a coach's pack
    gives it local words, its facts drawn as plain text between the Markdown parts. Under it,
    "More about this option": Compare's answers for this one option, drawn only when opened."""
    box = st.container(border=True)
    if not cards.has_local_text(r):
        box.markdown(cards.option_card(ds, place, r))
    else:
        head, facts, tail = cards.card_parts(ds, place, r)
        box.markdown(head)
        plain_facts([(label, text) for _key, label, text in facts], box)
        box.markdown(tail)
    more = box.expander(_("More about this option"), key=f"more_{r.option.id}", on_change="rerun")
    if more.open:
        answers = compare.cells(ds, r.option)
        shown = [q for q in compare.questions([answers]) if compare.QUESTION_FACTS[q] not in MORE_SKIPS]
        plain_facts([fact for q in shown for fact in _answer_facts(ds, r.option.id, q, answers[q])], more)


def _answer_facts(ds: Dataset, option_id: str, question: str, answer: Fact) -> list[tuple[str, str]]:
    """One answer of "More about this option" as (label, text); the article's quotes one a line,
    each with our translation beside it, where there is one."""
    label = _(answer.label)
    quotes = cards.translated_quotes(ds, option_id) if compare.QUESTION_FACTS[question] == "article" else []
    lines = [line for pair in quotes for line in pair if line]
    if not lines:
        return [(label, answer.text)]
    return [(label, lines[0])] + [("", line) for line in lines[1:]]


# Already on the card itself (its summary), so "More about this option" leaves it out.
MORE_SKIPS = ("summary",)


def notices(messages: Iterable[str]) -> None:
    """Show what we ignored from the link, as one plain notice."""
    messages = list(messages)
    if messages:
        st.warning(
            _("Part of this link was not understood, so we used the usual settings instead.")
            + "\n\n"
            # The messages quote what was in the link: escape it so it can never become a link.
            + "\n".join(f"- {escape_markdown(m)}" for m in messages),
            icon=":material/info:",
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
    # The name is the coach's own text: the whole note is plain text, never Markdown.
    words = ngettext(
        "{signed}. They give prices for {priced} of {total} options and {services} local service. "
        'Each is marked "Local price".',
        "{signed}. They give prices for {priced} of {total} options and {services} local services. "
        'Each is marked "Local price".',
        services,
    ).format(signed=pack.signed, priced=priced, total=len(ds.options), services=services)
    heading = _("Local prices in use.")
    st.html(
        f'<div class="relief-note" role="note" lang="{i18n.html_lang()}">'
        f"<strong>{html.escape(heading)}</strong> {html.escape(words)}</div>"
    )
    box = st.expander(_("Our national prices, for comparison"), key="national_prices", on_change="rerun")
    if box.open:
        # Cells as plain text: st.table reads Markdown, and a price has two $ signs.
        box.table(packs.national_table(ds).map(escape_markdown), hide_index=True)


def _chart_wanted(label: str, key: str) -> bool:
    """A switch that says whether to draw a chart. Measured against an expander that reruns
    when opened: the same bytes on the first visit and the same wait for the chart, and a
    switch says plainly what it does."""
    return st.toggle(label, key=f"{key}_shown")
