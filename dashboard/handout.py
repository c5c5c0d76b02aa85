"""The take-home handout: a short PDF (two or three pages) built on the server with fpdf2.

`build_handout` is pure: the same inputs give a PDF with the same text. It
embeds DejaVu Sans (in `dashboard/fonts/`, with its licence) so characters
such as –, ≤, ’ and é print correctly.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from dashboard import handout_guide as guide
from dashboard import vocab
from dashboard.checkin import CheckIn
from dashboard.content import QUESTIONS_FOR_DOCTOR, cited, disclaimer, option_facts, warning_summary
from dashboard.data import Dataset, Option
from dashboard.handout_link import _link_back
from dashboard.i18n import N_, _, format_date, pgettext
from dashboard.matching import chosen_or_shortlist, headline, ranked_for
from dashboard.pack import Pack
from dashboard.pdf_parts import FAMILY, FONT_FILES, FONTS, _bullets, _heading, _height, _para, _pdf, _together
from dashboard.plan import plan_for, status
from dashboard.slides import helped_words, side_effect_words, situation_answers, warning_words
from dashboard.text import cited_briefly
from dashboard.view import View

# fpdf2 logs each letter its font has no shape for, as a warning. A typed name in letters
# DejaVu lacks (李医生) would then be written to the server's log: only errors are logged.
logging.getLogger("fpdf").setLevel(logging.ERROR)

# The disclaimer's first words (`content.DISCLAIMER`), for the foot of every page.
DISCLAIMER_SHORT = N_("Not medical advice")


@functools.cache
def _printable() -> frozenset[int]:
    """The characters both of the handout's fonts have a shape for."""
    shapes: list[set[int]] = []
    for name in FONT_FILES:
        with TTFont(FONTS / name, lazy=True) as font:
            shapes.append(set(font.getBestCmap()))
    return frozenset(set.intersection(*shapes))


def unprintable(texts: Iterable[str]) -> str:
    """The letters in `texts` the handout's font has no shape for, each once, in the order
    they first appear. The PDF prints them as blanks (Chinese, Japanese and Korean, for
    example). Spaces and line breaks never count."""
    others = [t for t in texts if not (t.isascii() and t.isprintable())]  # the font has all of ASCII
    if not others:
        return ""  # the usual case: the font's letter list is never read
    printable = _printable()
    seen: dict[str, None] = {}
    for text in others:
        seen.update((c, None) for c in text if not c.isspace() and ord(c) not in printable)
    return "".join(seen)


def pack_texts(pack: Pack | None) -> list[str]:
    """What a coach typed in a pack that the handout prints: their name, and each service's
    name, where, contact and note."""
    if pack is None:
        return []
    return [pack.set_by, *(t for row in pack.rows for t in (row.name, row.where, row.contact, row.note))]


def typed_texts(view: View) -> list[str]:
    """What people typed that the handout prints: the coach's and the client's names, and
    a coach's local prices."""
    return [view.coach, view.client, *pack_texts(view.pack)]


def verdict_words(option: Option) -> str:
    """The guideline verdict inside a sentence, with the pain it is for: "recommended for new
    pain (under 12 weeks)" (the handout's "guidelines: ..."), in this run's language."""
    verdict = {
        "recommended": pgettext("guidelines say", "recommended"),
        "option": pgettext("guidelines say", "an option"),
        "last_resort": pgettext("guidelines say", "last resort only"),
        "not_recommended": pgettext("guidelines say", "not recommended"),
        "not_addressed": pgettext("guidelines say", "not covered"),
    }[option.guideline_verdict]
    stage = _(vocab.STAGE_WORDS[option.facts_stage])
    return _("{verdict} for {stage}").format(verdict=verdict, stage=stage)


def _option_block(pdf: FPDF, ds: Dataset, option: Option, view: View) -> None:
    facts = option_facts(ds, option)
    pdf.set_font(FAMILY, "B", 10.5)
    pdf.multi_cell(
        0,
        5.5,
        _("{name}  —  guidelines: {verdict}").format(name=option.name, verdict=verdict_words(option)),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    keys = (
        ("cost", "near_you", "how_soon", "doctor")
        if facts["near_you"].short
        else ("cost", "how_soon", "doctor")
    )
    lines = [_("{label}: {text}").format(label=facts[key].label, text=facts[key].short) for key in keys]
    lines += [
        _("Main benefit: {text}").format(text=facts["benefits"].short),
        _("{label}: {text}").format(label=facts["main_harm"].label, text=facts["main_harm"].short),
        *(
            _("Ask a doctor first: {reason}").format(reason=c.reason)
            for c in ds.cautions_for(option.id, view.situation.health)
        ),
        # A label's limit, or where guidelines differ.
        *([_("Note: {text}").format(text=option.caveat)] if option.caveat else []),
        _("What it involves: {text}").format(text=option.what_its_like),
    ]
    _bullets(pdf, lines, size=9)
    pdf.ln(1)


def build_handout(ds: Dataset, view: View, today: dt.date, link: str = "") -> bytes:
    """The handout as PDF bytes, for the same view (and so the same order) as the pages.
    `link` is the address that reopens this view; it is printed as text and as a QR code.
    The words are in this run's language (a download built when clicked: `ui.in_language`)."""
    ds = ds.for_duration(view.situation.duration)
    option_ids = chosen_or_shortlist(ds, view)
    pdf = _pdf()
    pdf.footer_text = _("Relief Explorer · {disclaimer} · Data reviewed {date}").format(
        disclaimer=_(DISCLAIMER_SHORT), date=format_date(ds.last_reviewed, "date")
    )
    pdf.add_page()
    _title(pdf, view, today)
    guide.decision(pdf)
    _ticked(pdf, ds, view)
    _plan(pdf, ds, view, today)

    _heading(pdf, _("Your shortlist"))
    _para(pdf, headline(ranked_for(ds, view), view.situation).lines()[0], size=9.5, bold=True)
    if view.pack is not None:
        _para(
            pdf,
            _(
                'Local prices: {signed}. Costs marked "Local price" are theirs, and we have not '
                'checked them. Our national figures are on the Compare page of the app (see "Open this again").'
            ).format(signed=view.pack.signed),
            size=8.5,
        )
    pdf.ln(1)
    for option_id in option_ids:
        _option_block(pdf, ds, ds.option(option_id), view)
    guide.just_over(pdf, ds, view)

    _heading(pdf, _("Your situation"))
    lines, assumed = situation_answers(view.situation)
    _bullets(pdf, lines, size=9)
    if assumed:  # an answer the person never gave is marked
        _para(pdf, _("“The usual answer” means you did not give this answer, so we assumed it."), size=8.5)

    guide.about_back_pain(pdf, ds)
    guide.what_to_do_next(pdf, ds, view, today)
    guide.agreed(pdf, view)

    _together(pdf, 30)  # the heading never sits alone at the foot of a page
    _heading(pdf, _("Warning signs: when to get help"))
    for group in warning_summary(ds.signs_for(view.situation.health)):
        signs = "; ".join(s[0].lower() + s[1:] if i else s for i, s in enumerate(group.symptoms)) + "."
        _together(pdf, 6 + _height(pdf, signs, 8.5))  # a level's signs are never split across pages
        _para(
            pdf,
            _("{what_to_do} If any of these apply:").format(what_to_do=group.what_to_do),
            bold=True,
            size=9,
        )
        _para(pdf, signs, size=8.5)
        pdf.ln(1)

    _together(pdf, 8 + 5.5 * len(QUESTIONS_FOR_DOCTOR))
    _heading(pdf, _("Questions to ask your doctor"))
    _bullets(pdf, [_(q) for q in QUESTIONS_FOR_DOCTOR])

    if link:
        _link_back(pdf, link, view)

    _heading(pdf, _("Sources"))
    # Every source behind a figure the handout prints, weak ones marked as weak.
    behind = cited(ds, option_ids)
    behind += [ds.sources[s] for s in guide.cited_ids(ds) if ds.sources[s] not in behind]
    _para(pdf, cited_briefly(behind) + ".", size=7.5)
    pdf.ln(1)
    _para(
        pdf,
        _("Every source, with its web address and how sure we are of it: the Sources and method page."),
        size=7.5,
    )

    pdf.ln(2)
    _para(pdf, disclaimer(ds), size=9, bold=True)
    return bytes(pdf.output())


def _title(pdf: FPDF, view: View, today: dt.date) -> None:
    pdf.set_font(FAMILY, "B", 17)
    title = (
        _("Back pain relief options for {client}").format(client=view.client)
        if view.client
        else _("Back pain relief options: your summary")
    )
    pdf.multi_cell(0, 9, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FAMILY, "", 9.5)
    day = format_date(today, "long_date")
    made = (
        _("Made on {date} with Relief Explorer by {coach}.").format(date=day, coach=view.coach)
        if view.coach
        else _("Made on {date} with Relief Explorer.").format(date=day)
    )
    pdf.multi_cell(0, 5, made, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _ticked(pdf: FPDF, ds: Dataset, view: View) -> None:
    """Signs the person ticked, and what to do, before anything else."""
    ticked = sorted(
        (sign for sign in ds.warning_signs if sign.id in view.signs),
        key=lambda s: vocab.WARNING_LEVELS.index(s.level),
    )
    if ticked:
        _heading(pdf, _("You ticked a warning sign: get medical help"))
        for sign in ticked:
            _para(
                pdf, _("{label}: {text}").format(label=sign.symptom, text=sign.what_to_do), size=10, bold=True
            )


def _plan(pdf: FPDF, ds: Dataset, view: View, today: dt.date) -> None:
    """The plan for what the person chose to try, and their check-ins so far."""
    the_plan = plan_for(ds, view, today)
    if the_plan is None:
        return
    _heading(pdf, _("Your plan: {names}").format(names=the_plan.names))
    for item in the_plan.options:
        lines = [
            _("How to use it: {how}").format(how=item.how),
            _("When people in studies felt a change: {when}").format(when=item.when),
        ]
        lines += [_("The label's limit: {limit}").format(limit=item.limit)] if item.limit else []
        lines += [_("Ask a doctor first: {reason}").format(reason=reason) for reason in item.cautions]
        _para(pdf, item.name, size=10, bold=True)
        _bullets(pdf, lines, size=9)
    dates = ", ".join(format_date(d, "day_month") for d in the_plan.check_dates)
    _bullets(
        pdf,
        [
            _("Check in on {dates}.").format(dates=dates),
            _("If it has not helped by {date}: {why}").format(
                date=format_date(the_plan.review_by, "long_date"), why=the_plan.review_why
            ),
            *list(the_plan.next_steps),
        ],
        size=9,
    )
    if view.checkins:
        result = status(the_plan, view, today)
        _para(pdf, _("How it is going: {message}").format(message=result.message), size=10, bold=True)
        if result.earlier_line:
            _para(pdf, result.earlier_line, size=9, bold=True)
        _para(pdf, _("Your check-ins ({count})").format(count=len(view.checkins)), size=10, bold=True)
        _bullets(pdf, [_checkin_line(c) for c in view.checkins], size=8.5)


def _checkin_line(c: CheckIn) -> str:
    """One check-in on the handout: "27 Nov: pain 5 of 10, can do 6 of 10, helped: ..."."""
    words = {
        "day": format_date(c.day, "day_month"),
        "pain": c.pain,
        "able": c.able,
        "helped": helped_words(c.helped),
        "side_effects": side_effect_words(c.side_effects),
    }
    if c.warning:
        return _(
            "{day}: pain {pain} of 10, can do {able} of 10, helped: {helped}, side effects: {side_effects}, "
            "warning sign: {warning}"
        ).format(**words, warning=warning_words(c.warning))
    return _(
        "{day}: pain {pain} of 10, can do {able} of 10, helped: {helped}, side effects: {side_effects}"
    ).format(**words)
