"""The handout's printing parts: the page with its footer and fonts, headings, paragraphs,
bullets, and keeping a block on one page. Pure fpdf2; their only words (the page number and
the document's title) are in this run's language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

from dashboard import i18n
from dashboard.i18n import _

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


class _Handout(FPDF):
    footer_text = ""

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FAMILY, size=8)
        self.set_text_color(90, 90, 90)
        # fpdf2 puts the page count where "{nb}" is, once the last page is known.
        page = _("Page {page} of {pages}").format(page=self.page_no(), pages="{nb}")
        self.cell(0, 5, f"{self.footer_text}   {page}", align="C")


def _pdf() -> _Handout:
    pdf = _Handout(format="Letter")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font(FAMILY, "", FONTS / "DejaVuSans.ttf")
    pdf.add_font(FAMILY, "B", FONTS / "DejaVuSans-Bold.ttf")
    pdf.set_title(_("Back pain relief options: your summary"))
    pdf.set_author("Relief Explorer")
    pdf.set_lang(i18n.locale().replace("_", "-"))  # "en-US", "es-US"
    return pdf


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font(FAMILY, "B", 12)
    pdf.set_text_color(11, 83, 148)
    pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)


def _para(pdf: FPDF, text: str, size: float = 9.5, bold: bool = False) -> None:
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _bullets(pdf: FPDF, lines: Sequence[str], size: float = 9.5) -> None:
    for line in lines:
        _together(pdf, _height(pdf, f"•  {line}", size) + size * 0.5)  # a bullet is never split
        pdf.set_font(FAMILY, "", size)
        pdf.set_x(pdf.l_margin + 2)
        pdf.multi_cell(0, size * 0.5, f"•  {line}", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _together(pdf: FPDF, height: float) -> None:
    """Start a new page if a block of this height (mm) would be split by the page end."""
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()


def _height(pdf: FPDF, text: str, size: float) -> float:
    """How tall (mm) `_para` would print this text."""
    pdf.set_font(FAMILY, "", size)
    lines = pdf.multi_cell(0, size * 0.5, text, dry_run=True, output=MethodReturnValue.LINES)
    assert isinstance(lines, list)
    return float(len(lines)) * size * 0.5
