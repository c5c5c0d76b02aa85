"""The handout's way back: the link that reopens the view, cut to fit a QR code on paper,
printed as text beside the code."""

from __future__ import annotations

import io
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import segno
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from dashboard.i18n import _, join_and, ngettext
from dashboard.pdf_parts import FAMILY, _heading, _together
from dashboard.view import View

QR_SIZE = 26  # mm
# The largest QR code a phone reads from 26 mm of paper: version 12 is 65 modules, each
# 0.4 mm; at error level M it holds 287 bytes. A longer link is cut down to fit (`paper_link`).
MAX_QR_VERSION = 12


def _fits(link: str) -> bool:
    try:
        version = segno.make(link, error="m", micro=False).version
    except segno.DataOverflowError:
        return False
    return isinstance(version, int) and version <= MAX_QR_VERSION


def paper_link(link: str) -> tuple[str, tuple[str, ...]]:
    """The link to print, and what it leaves out to fit a QR code on paper. A coach's
    local prices go first, then the oldest check-ins (the latest stay), then the rest of
    the check-ins; the link itself and every other answer (its `lang` too) stay. What it
    leaves out is said in this run's language."""
    if _fits(link):
        return link, ()
    parts = urlsplit(link)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    left_out: list[str] = []

    def built() -> str:
        return urlunsplit(parts._replace(query=urlencode(query, safe=",:")))

    if "pack" in query:
        del query["pack"]
        left_out.append(_("the local prices (the coach can send the pack file)"))
    entries = query.get("checkins", "").split("_") if query.get("checkins") else []
    dropped = 0
    while entries and not _fits(built()):
        entries.pop(0)
        dropped += 1
        if entries:
            query["checkins"] = "_".join(entries)
        else:
            del query["checkins"]
    if dropped:
        left_out.append(
            ngettext(
                "{count} older check-in (the link on the Check in page has them all)",
                "{count} older check-ins (the link on the Check in page has them all)",
                dropped,
            ).format(count=dropped)
        )
    return built(), tuple(left_out)


def _link_back(pdf: FPDF, link: str, view: View) -> None:
    """The address that reopens this view, as text and as a QR code to scan with a phone.
    Both are the same link, cut down to fit the code if it is too long (`paper_link`)."""
    link, left_out = paper_link(link)
    _together(pdf, QR_SIZE + 12)
    _heading(pdf, _("Open this again"))
    top = pdf.get_y()
    code = io.BytesIO()
    segno.make(link, error="m").save(code, kind="png", scale=6, border=2)
    pdf.image(code, x=pdf.l_margin, y=top, w=QR_SIZE, h=QR_SIZE)
    pdf.set_xy(pdf.l_margin + QR_SIZE + 4, top + 2)
    pdf.set_font(FAMILY, "", 9)
    pdf.multi_cell(
        0, 4.5, f"{_scan_words(link, left_out, view)}\n{link}", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.set_y(max(pdf.get_y(), top + QR_SIZE + 2))


def _scan_words(link: str, left_out: tuple[str, ...], view: View) -> str:
    """What the code and the printed address are for, what the link holds, and what it
    leaves out to fit on paper."""
    scan = _(
        "Scan the code with a phone camera, or type this address, to see these options again with the same answers."
    )
    holds = (
        _("It holds no health answers. It holds the local prices set by {name}.").format(
            name=view.pack.set_by
        )
        if view.pack and "pack" in dict(parse_qsl(urlsplit(link).query))
        else _("It holds no health answers and no names.")
    )
    words = f"{scan} {holds}"
    if left_out:
        words += " " + _("To fit on paper, it leaves out {things}.").format(things=join_and(list(left_out)))
    return words
