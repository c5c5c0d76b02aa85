"""Every handout prints its way back: the page's own share link, as text and as a QR code
that a real decoder (zxing-cpp) reads back to the same link."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
import zxingcpp
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from dashboard.handout_link import paper_link
from tests.browser.conftest import no_exception, open_app
from tools.server import Server

pytestmark = pytest.mark.browser

PAGES = {
    "find": ("/?severity=mild&duration=acute", None),
    "compare": ("/compare?options=heat,massage&severity=moderate", None),
    "present": ("/present?options=heat,massage&slide=1", "For the coach: options, handout and link"),
    "checkin": ("/checkin?plan=heat&planned=2026-12-01&checkins=20261201.5.5.s.n.0_20261203.4.6.y.n.0", None),
}


@pytest.mark.parametrize("name", PAGES)
def test_the_handout_prints_the_share_link_and_a_qr_code_of_it(server: Server, page: Page, name: str) -> None:
    path, opener = PAGES[name]
    open_app(page, server.url + path)
    if opener:
        page.get_by_text(opener).click()
    box = page.get_by_role("textbox", name="Link to this view")
    expect(box).to_have_value(re.compile("^" + re.escape(server.url)))
    link = box.input_value()
    assert link.startswith(server.url)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the handout (PDF)").click()
    data = Path(info.value.path()).read_bytes()
    reader = PdfReader(io.BytesIO(data))
    text = "".join("".join(p.extract_text().split()) for p in reader.pages)
    printed, _ = paper_link(link)
    assert "Openthisagain" in text
    assert printed in text, name
    codes = [c.text for p in reader.pages for img in p.images for c in zxingcpp.read_barcodes(img.image)]
    assert codes == [printed], name
    no_exception(page)
