"""The handout's guide: the decision, options just over the budget, what everyday back pain
usually does (with 100 dots), the numbered "What to do next", and what a coach and client
agreed. The words are the pages' own, from `dashboard.content`."""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from dashboard import budget, guide_text
from dashboard.data import Dataset
from dashboard.i18n import _
from dashboard.matching import match
from dashboard.pdf_parts import FAMILY, _bullets, _heading, _height, _para, _together
from dashboard.plan import plan_for
from dashboard.view import View

DOT = 2.2  # mm across
GAP = 0.9  # mm between dots


def decision(pdf: FPDF) -> None:
    _para(pdf, _(guide_text.DECISION), size=10)
    pdf.ln(1)


def just_over(pdf: FPDF, ds: Dataset, view: View) -> None:
    """Guideline-first options a little over the budget, with the amount (never dropped unsaid)."""
    situation = view.situation
    items = budget.just_over(match(ds.options, situation, ds.cautions), situation, ds.cautions)
    if items and situation.budget is not None:
        _para(pdf, _("Just over your budget (guidelines suggest these first):"), size=9, bold=True)
        lines = [
            line
            for i in items
            for line in (
                guide_text.just_over_line(i, situation.budget),
                *(_("Ask a doctor first: {reason}").format(reason=r) for r in i.ask_doctor),
            )
        ]
        _bullets(pdf, lines, size=9)


def cited_ids(ds: Dataset) -> list[str]:
    """The sources of "About everyday back pain", for the handout's source list."""
    return list(guide_text.about_back_pain(ds)[1])


def _dots(pdf: FPDF, value: int, out_of: int) -> None:
    """`value` of `out_of` dots filled, ten to a row, at the left margin."""
    top, left = pdf.get_y(), pdf.l_margin
    pdf.set_draw_color(110, 115, 125)
    pdf.set_fill_color(31, 99, 166)
    pdf.set_line_width(0.25)
    for i in range(out_of):
        x = left + (i % 10) * (DOT + GAP)
        y = top + (i // 10) * (DOT + GAP)
        pdf.circle(x, y, DOT / 2, style="F" if i < value else "D")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(top + -(-out_of // 10) * (DOT + GAP) + 1)


def about_back_pain(pdf: FPDF, ds: Dataset) -> None:
    """How everyday back pain usually goes, apart from any option: for new pain, the share of
    people recovered by 12 weeks as 100 dots beside the words; after 12 weeks, the average course."""
    words = guide_text.about_back_pain(ds)[0]
    recovered = next((n for n in ds.natural_course if n.id == "recovered_12_weeks"), None)
    dots = ds.stage == "new" and recovered is not None
    picture = -(-recovered.out_of // 10) * (DOT + GAP) + 3 if dots and recovered else 0
    _together(pdf, 11 + _height(pdf, words, 9) + picture)  # the heading, the words and the dots
    _heading(pdf, _("About everyday back pain"))
    _para(pdf, words, size=9)
    if dots and recovered is not None:
        pdf.ln(1)
        top = pdf.get_y()
        _dots(pdf, recovered.value, recovered.out_of)
        bottom = pdf.get_y()
        pdf.set_xy(pdf.l_margin + 10 * (DOT + GAP) + 4, top)
        pdf.set_font(FAMILY, "", 9)
        pdf.multi_cell(
            0,
            4.5,
            _("{text} Source: {sources}. This is with any care or none. Your own course may differ.").format(
                text=recovered.text, sources=guide_text.cited_names(ds, recovered.source_ids)
            ),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.set_y(max(pdf.get_y(), bottom))


def what_to_do_next(pdf: FPDF, ds: Dataset, view: View, today: dt.date) -> None:
    """The numbered steps Find and the slides show, with the plan's dates when there is one."""
    the_plan = plan_for(ds, view, today)
    steps = (
        guide_text.what_to_do_next(the_plan.check_dates, the_plan.review_by)
        if the_plan
        else guide_text.what_to_do_next()
    )
    _together(pdf, 8 + 5 * len(steps))
    _heading(pdf, _("What to do next"))
    pdf.set_font(FAMILY, "", 9.5)
    for n, step in enumerate(steps, start=1):
        pdf.set_x(pdf.l_margin + 2)
        pdf.multi_cell(0, 4.75, f"{n}.  {step}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # no words: a number


def agreed(pdf: FPDF, view: View) -> None:
    """What a coach and client agreed, and their next session: printed only when given."""
    if not view.agreed and view.next_session is None:
        return
    _together(pdf, 20)
    _heading(pdf, _("What we agreed"))
    if view.agreed:
        _para(pdf, view.agreed, size=9.5)
    if view.next_session is not None:
        _para(
            pdf,
            _("Next session: {day}, {year}").format(
                day=guide_text.day_month(view.next_session), year=view.next_session.year
            ),
            size=9.5,
        )
