"""The languages in a real browser.

- The pseudo-language (every message of the catalogue wrapped in ⟦…⟧, the data's words too)
  on every page: any word left unwrapped never went through the catalogue. Only the sources'
  citations, the article's own words, numbers and Streamlit's own widget texts may be.
- A browser set to Spanish starts in Spanish; the switch goes back to English; the Spanish
  handout's QR code keeps `lang=es`.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from dashboard import i18n
from dashboard.data.load import read_article
from dashboard.ui.lang import PSEUDO_ENV
from tests.browser.conftest import no_exception, open_app, wait_for_app_run
from tests.conftest import fixture_dataset
from tools.server import Server, start_server

pytestmark = pytest.mark.browser

PAGES = {
    "find": "/?severity=moderate&duration=acute",
    "compare": "/compare?options=heat,massage,otc_nsaid&severity=moderate",
    "guidance": "/guidance",
    "present": "/present?options=heat,massage&slide=1",
    "checkin": "/checkin?plan=heat&planned=2026-12-01&checkins=20261201.5.5.s.n.0_20261203.4.6.y.n.0",
    "pack": "/pack",
    "about": "/about",
}
# Streamlit's own words, which an app cannot translate (README, "Languages").
STREAMLIT_OWN = (
    "Drag and drop file here",
    "Browse files",
    "Limit 200MB per file",
    "Press Enter to apply",
    "Skip to main content",
    "Running...",
    "Stop",
    "Deploy",
    "Show password text",
    "Download as CSV",
    "Search",
    "Fullscreen",
    "Close",
)
# Words that are the same in every language: the brand and the languages' own names.
NAMES = ("Relief Explorer", *i18n.NATIVE_NAMES.values())
# Every text node of the page as a person sees it, with what each sits in.
VISIBLE_TEXT = """() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!el || !node.textContent.trim()) continue;
    if (el.closest('script, style, [aria-hidden="true"], .js-plotly-plot .modebar')) continue;
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    out.push(node.textContent);
  }
  return out;
}"""
WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")


@pytest.fixture(scope="module")
def pseudo_server() -> Iterator[Server]:
    os.environ[PSEUDO_ENV] = "1"
    try:
        srv = start_server()
    finally:
        del os.environ[PSEUDO_ENV]
    yield srv
    srv.stop()


def allowed_english() -> list[str]:
    ds = fixture_dataset()
    known = [s.citation for s in ds.sources.values()] + [q.text for q in ds.quotes]
    return [*known, *read_article().paragraphs, *STREAMLIT_OWN, *NAMES]


def leftover(text: str, allowed: list[str]) -> str:
    """What of a text node is neither wrapped nor allowed: letters only count."""
    rest = WRAPPED.sub(" ", text)
    rest = re.sub(r"[⟦⟧]", " ", rest)  # a wrapped message cut across nodes by Markdown
    for words in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.\- ]*[A-Za-zÀ-ÿ]|[A-Za-zÀ-ÿ]", rest):
        words = words.strip()
        if len(words) < 2 or any(words in a for a in allowed):
            continue
        return str(words)
    return ""


@pytest.mark.parametrize("name", PAGES)
def test_every_word_on_every_page_went_through_the_catalogue(
    pseudo_server: Server, page: Page, name: str
) -> None:
    open_app(page, pseudo_server.url + PAGES[name])
    for opener in page.locator('[data-testid="stExpander"] summary').all()[:12]:
        opener.click()
    wait_for_app_run(page)
    allowed = allowed_english()
    unwrapped = sorted({w for t in page.evaluate(VISIBLE_TEXT) if (w := leftover(t, allowed))})
    assert not unwrapped, f"{name}: words that are not in the catalogue: {unwrapped[:40]}"
    no_exception(page)


def test_a_spanish_browser_starts_in_spanish_and_the_switch_goes_back(
    server: Server, browser: Browser
) -> None:
    context = browser.new_context(locale="es-MX", viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        open_app(page, server.url + "/?severity=mild&duration=acute")
        with i18n.using("es"):
            spanish_title = i18n._("Find my options")
        expect(page.get_by_role("heading", name=spanish_title, level=1)).to_be_visible()
        expect(page).to_have_url(re.compile(r"lang=es"))
        page.get_by_role("button", name="English").click()
        expect(page.get_by_role("heading", name="Find my options", level=1)).to_be_visible()
        expect(page).to_have_url(re.compile(r"lang=en"))
        no_exception(page)
    finally:
        context.close()


def test_the_spanish_handout_keeps_lang_es_in_its_qr_code(server: Server, page: Page) -> None:
    open_app(page, server.url + "/?severity=mild&duration=acute&lang=es")
    with i18n.using("es"):
        box_name, button_name = i18n._("Link to this view"), i18n._("Download the handout (PDF)")
    box = page.get_by_role("textbox", name=box_name)
    expect(box).to_have_value(re.compile("lang=es"))
    with page.expect_download() as info:
        page.get_by_role("button", name=button_name).click()
    reader = PdfReader(io.BytesIO(Path(info.value.path()).read_bytes()))
    codes = [c.text for p in reader.pages for img in p.images for c in zxingcpp.read_barcodes(img.image)]
    assert len(codes) == 1 and "lang=es" in codes[0], codes
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    with i18n.using("es"):
        open_again = i18n._("Open this again")
    assert open_again != "Open this again" and open_again in text
    no_exception(page)
