"""Find's guide parts: the decision, whose local prices these are, what everyday back pain
usually does (with a picture of 100 people), options just over the budget, and the numbered
"What to do next". Words come from `dashboard.content`; text a coach typed is plain text."""

from __future__ import annotations

import html
from collections.abc import Sequence

import streamlit as st

from dashboard import guide_text, i18n
from dashboard.budget import JustOver
from dashboard.data import Dataset
from dashboard.i18n import _
from dashboard.ui.parts import plain
from dashboard.view import View

FILLED = "#1f63a6"  # 6.1:1 on white
EMPTY = "#8a8f98"  # an outline, 3.3:1 on white (a non-text part)


def dot_array(value: int, out_of: int, label: str) -> str:
    """`value` of `out_of` dots filled, ten to a row, as one HTML picture with its label (our
    HTML sanitiser drops SVG). No chart library, so Find loads nothing more for it."""
    dot = "display:inline-block;width:10px;height:10px;margin:2px;border-radius:50%;box-sizing:border-box;"
    on = f'<span class="dot-on" style="{dot}background:{FILLED}"></span>'
    off = f'<span class="dot-off" style="{dot}border:1.5px solid {EMPTY}"></span>'
    rows = [
        "".join(on if i < value else off for i in range(start, min(start + 10, out_of)))
        for start in range(0, out_of, 10)
    ]
    lines = "".join(f'<div style="line-height:0">{row}</div>' for row in rows)
    return f'<div role="img" aria-label="{html.escape(label)}" style="margin:0.25rem 0 0.5rem">{lines}</div>'


def decision() -> None:
    st.markdown(f"**{_(guide_text.DECISION)}**")


def pack_banner(view: View) -> None:
    """A client link from a coach says so at the top: "Local prices from <coach>"."""
    if view.pack is None:
        return
    words = (
        _("Local prices from {coach}").format(coach=view.pack.set_by)
        if view.pack.set_by
        else _("Local prices from your coach")
    )
    st.html(f'<p class="relief-plain" lang="{i18n.html_lang()}"><strong>{html.escape(words)}</strong></p>')


def about_back_pain(ds: Dataset) -> None:
    """ "About everyday back pain": how it usually goes, apart from any option. For new pain,
    the share of people recovered by 12 weeks as 100 dots; after 12 weeks, the average course."""
    box = st.container(border=True)
    box.subheader(_("About everyday back pain"))
    words, _sources = guide_text.about_back_pain(ds)
    box.markdown(words)
    recovered = next((n for n in ds.natural_course if n.id == "recovered_12_weeks"), None)
    if ds.stage == "new" and recovered is not None:
        source = _("Source: {sources}.").format(sources=guide_text.cited_names(ds, recovered.source_ids))
        box.html(
            f'<div class="relief-dots" lang="{i18n.html_lang()}">'
            f"{dot_array(recovered.value, recovered.out_of, recovered.text)}"
            f'<p class="relief-plain">{html.escape(recovered.text)} {html.escape(source)}</p></div>'
        )
    box.caption(_("This is with any care or none. Your own course may differ."))


def just_over(items: Sequence[JustOver], budget: int | None) -> None:
    """Guideline-first options a little over the budget: listed apart, with the amount, and
    a label's "ask a doctor first" for the person's health beside each, as for the others."""
    if not items or budget is None:
        return
    st.subheader(_("Just over your budget"))
    st.caption(_("Guidelines suggest these first. Only the price is more than you said."))
    for item in items:
        plain(guide_text.just_over_line(item, budget))  # a price may be a coach's: plain text
        for reason in item.ask_doctor:
            plain(_("Ask a doctor first: {reason}").format(reason=_(reason)), small=True)


def what_to_do_next(steps: Sequence[str]) -> None:
    st.header(_("What to do next"))
    st.markdown("\n".join(f"{n}. {_(step)}" for n, step in enumerate(steps, start=1)))
