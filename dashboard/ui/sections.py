"""The larger parts of Compare, so the page reads like a list of its parts (Coach mode's are in
`slide_view`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import charts, compare, scoring, vocab
from dashboard.data import Dataset, Option
from dashboard.guide_text import cited_names, usual_course
from dashboard.i18n import N_, _
from dashboard.pack import Pack
from dashboard.ui.cards import grid_cell, translated_quotes, verdict_badge, weak_source
from dashboard.ui.loaders import compare_charts, icon_array, pack_key
from dashboard.ui.parts import chart, plain
from dashboard.ui.state import bind
from dashboard.view import View

PICKER_KEY = "compare_options"


def option_picker(ds: Dataset, view: View) -> tuple[View, list[str]]:
    """Compare's picker. It starts from the options the person chose (one gets a partner),
    else the usual choice, which is shown but not taken as theirs."""
    names = {o.id: o.name for o in ds.options}
    picked = st.session_state.get(PICKER_KEY)  # the picker's own last value, if it is on screen
    start = (
        list(view.options)
        if picked == list(view.options)
        else compare.starting_choice(view.options, ds, view)
    )
    if len(start) > len(view.options) > 0:
        st.caption(
            _("We added {option} so you have something to compare with.").format(option=names[start[-1]])
        )
    chosen = st.multiselect(
        _("Options to compare"),
        ds.option_ids,
        format_func=names.__getitem__,
        max_selections=compare.MAX_OPTIONS,
        placeholder=_("Choose options"),
        select_all=False,  # "Select all" can't work in a picker of 2 to 4 (usability-2 R9)
        help=_("Choose 2 to 4. The link below updates so you can share this view."),
        **bind(PICKER_KEY, start, lambda v, ids: replace(v, options=tuple(ids))),
    )
    if view.options or chosen != compare.default_choice(ds, view):
        view = replace(view, options=tuple(chosen))
    return view, chosen


def comparison_grid(ds: Dataset, options: Sequence[Option]) -> None:
    """The questions people ask as rows, one column per option, every cell in the same detail."""
    st.header(_("Side by side"))
    st.markdown(
        _(
            "On a phone, each question lists the options one under another. "
            "{weak_source} marks a figure from a weak or unconfirmed source."
        ).format(weak_source=weak_source())
    )
    for col, option in zip(st.columns(len(options)), options, strict=True):
        col.subheader(option.name)
        col.markdown(
            f"{_(vocab.CATEGORY_LABELS[option.category])}\n\n"
            f"{verdict_badge(option.guideline_verdict, option.facts_stage)}"
        )
    option_cells = {o.id: compare.cells(ds, o) for o in options}
    for question in compare.questions(option_cells.values()):
        st.markdown(f"#### {_(question)}")
        key = compare.QUESTION_FACTS[question]
        for col, option in zip(st.columns(len(options)), options, strict=True):
            cell = option_cells[option.id][question]
            if key == "article" and (quotes := translated_quotes(ds, option.id)):
                # Each quote in the article's words, and our translation beside it as plain text.
                col.markdown(grid_cell(option.name, "", cell.low_confidence, quoted=False))
                for quote, translation in quotes:
                    col.markdown(f"> {quote}")
                    if translation:
                        plain(translation, col, small=True)
            elif key in compare.PLAIN_FACTS and option.local is not None:
                # A coach's own words (a pack): plain text, never Markdown.
                col.markdown(grid_cell(option.name, "", cell.low_confidence, quoted=False))
                plain(cell.text, col)
            else:
                col.markdown(grid_cell(option.name, cell.text, cell.low_confidence, key == "article"))


def if_you_wait(ds: Dataset) -> None:
    """What usually happens to back pain over time, whatever the option: shown once, beside
    every option, and never as the benefit of one option."""
    if ds.stage == "long":
        # The new-pain course (most recover within weeks) does not apply after 12 weeks.
        st.header(_("What usually happens when pain has lasted over 12 weeks"))
        with st.container(border=True):
            st.markdown(usual_course(ds))
            st.caption(
                _("This is the average in studies, with any care or none. Your own course may differ.")
            )
        return
    st.header(_("What usually happens"))
    with st.container(border=True):
        recovered = next(n for n in ds.natural_course if n.id == "recovered_12_weeks")
        left, right = st.columns([3, 2])
        with left:
            for fact in ds.natural_course:
                st.markdown(f"- {fact.text} ({cited_names(ds, fact.source_ids)})")
            st.caption(
                _("Figures come from large studies of people with new back pain. Your own course may differ.")
            )
        with right:
            st.plotly_chart(
                icon_array(
                    recovered.value, recovered.out_of, _("recovered by 12 weeks"), _("not yet recovered")
                ),
                config={"displayModeBar": False},
                alt=_("{value} of {out_of} dots filled. {text}").format(
                    value=recovered.value, out_of=recovered.out_of, text=recovered.text
                ),
            )
            st.caption(recovered.text)


SCORES_ALT = N_("Bar chart of each option's 0 to 5 scores. The table below has the same data.")


def comparison_charts(options: Sequence[Option], duration: str, pack: Pack | None = None) -> None:
    """Cost against timing, the timeline and the scores, each with its table. The charts
    wait for one switch (Plotly's code is megabytes); the tables are there either way."""
    st.header(_("Charts"))
    shown = st.toggle(
        _("Show the charts"),
        key="compare_charts_shown",
        help=_(
            "Cost and timing, when it helps and for how long, and the scores. "
            "Each chart's table is below it, switched on or not."
        ),
    )
    figures = compare_charts(tuple(o.id for o in options), duration, pack_key(pack), pack)
    _plotted, missing = charts.plotted_and_missing(list(options))
    not_shown = (
        " "
        + _("Not shown, because a figure is unknown: {options}.").format(
            options=", ".join(o.name for o in missing)
        )
        if missing
        else ""
    )
    if (gap := charts.too_few_points(options, "cost")) is not None:
        _sentence_and_table(gap, figures["cost"][1], _("Cost and timing"))
    else:
        chart(
            figures["cost"][0],
            alt=_(
                "Chart of the cost to try each option against the time until it helps. "
                "The table below has the same data."
            ),
            caption=_(
                "Each dot is an option. Further right means it takes longer to start helping. Higher means "
                "it costs more. Lines show the range. Shape shows if you need a doctor: circle no, diamond "
                "sometimes, square yes."
            )
            + not_shown,
            table=figures["cost"][1],
            table_label=_("Cost and timing as a table"),
            key="cost_table",
            shown=shown,
        )
    if (gap := charts.too_few_points(options, "timeline")) is not None:
        _sentence_and_table(gap, figures["timeline"][1], _("When it helps, and for how long"))
    else:
        chart(
            figures["timeline"][0],
            alt=_(
                "Timeline of when each option starts to help and how long it lasts. "
                "The table below has the same data."
            ),
            caption=_(
                "The diamond shows when each option starts to help. The bar shows how long the benefit "
                "lasts, where a figure exists. No bar means we don't know how long it lasts."
            ),
            table=figures["timeline"][1],
            table_label=_("Timeline as a table"),
            key="timeline_table",
            shown=shown,
        )
    chart(
        figures["profile"][0],
        alt=_(SCORES_ALT),
        caption=_(
            "Each option scored 0 to 5 on the same scale. Higher is better. No bar means not known: "
            "unknown is never counted as 0."
        ),
        table=figures["profile"][1],
        table_label=_("Scores as a table, and the scoring rules"),
        key="profile_table",
        shown=shown,
        note="\n".join(
            f"- **{_(scoring.ATTRIBUTE_LABELS[a])}:** {_(rule)}" for a, rule in scoring.SCALE_RULES.items()
        ),
    )


def _sentence_and_table(sentence: str, table: pd.DataFrame, title: str) -> None:
    """Instead of a chart with fewer than two points: a sentence, and what we know as a table."""
    st.subheader(title, anchor=False)
    st.markdown(_(sentence))
    st.table(table, hide_index=True)
