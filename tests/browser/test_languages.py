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

from dashboard import i18n, slides
from dashboard import pack as packs
from dashboard.data.load import read_article
from dashboard.ui.lang import PSEUDO_ENV
from dashboard.view import View
from tests.browser.conftest import no_exception, open_app, wait_for_app_run
from tests.conftest import FIXTURE_DATA, fixture_dataset
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
    "Upload",
)
# Words that are the same in every language: the brand and the languages' own names.
NAMES = ("Relief Explorer", *i18n.NATIVE_NAMES.values())
# The text of every block a person reads (a paragraph, a list item, a heading, a cell, a
# label, a button, a chart's words), whole: a message with Markdown in it spans several nodes.
VISIBLE_TEXT = """() => {
  const blocks = 'p, li, h1, h2, h3, h4, h5, h6, td, th, label, button, summary, a, caption, '
    + '[data-testid="stMetricValue"], [data-testid="stMetricLabel"], svg text, [role="option"]';
  const out = [];
  for (const el of document.querySelectorAll(blocks)) {
    if (el.closest('script, style, [aria-hidden="true"], .modebar')) continue;
    if (!el.checkVisibility({visibilityProperty: true})) continue;
    // Its words, less the Material icons' names (text drawn as a picture) and hidden parts.
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (parent.closest('[data-testid="stIconMaterial"], [aria-hidden="true"]')) continue;
      text += walker.currentNode.textContent;
    }
    if (text.trim()) out.push(text);
  }
  return out;
}"""
# A wrapped text; or one the app cut short to its first sentence, which keeps its ⟦ only.
WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧|⟦[^⟦⟧]*$")
# A date's month, which Babel names in the pseudo-language's locale (US English).
MONTHS = re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*")
IDS = re.compile(r"[A-Z0-9_]+|[a-z0-9_]+_[a-z0-9_]+")  # a source's or an option's id, as listed


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
    # The data dictionary names each file and column as it is: codes, not words.
    for path in sorted(FIXTURE_DATA.glob("*.csv")):
        known += [path.name, *path.read_text(encoding="utf-8").splitlines()[0].split(",")]
    known += [packs.FILE_NAME, *packs.COLUMNS]
    return [*known, *read_article().paragraphs, *STREAMLIT_OWN, *NAMES]


def leftover(text: str, allowed: list[str]) -> str:
    """What of a text node is neither wrapped nor allowed: letters only count."""
    rest, before = text, ""
    while rest != before:  # a message with another inside it: ⟦Our translation: ⟦…⟧⟧
        before, rest = rest, WRAPPED.sub(" ", rest)
    rest = re.sub(r"[⟦⟧]", " ", rest)  # a wrapped message cut across nodes by Markdown
    for words in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.\- ]*[A-Za-zÀ-ÿ]|[A-Za-zÀ-ÿ]", rest):
        words = words.strip()
        if (
            len(words) < 2
            or IDS.fullmatch(words)
            or MONTHS.fullmatch(words)
            or any(words in a for a in allowed)
        ):
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
        page.get_by_role("radio", name="English").click()
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


def test_a_fragments_own_rerun_stays_in_spanish(server: Server, page: Page) -> None:
    # Next reruns only Coach mode's fragment, without the entry script that sets the language.
    open_app(page, server.url + "/present?options=heat,massage&slide=1&lang=es")
    with i18n.using("es"):
        next_label = i18n._("Next")
        count = len(slides.build_slides(fixture_dataset(), View(options=("heat", "massage"))))
        slide_of = i18n._("**Slide {number} of {count}**").strip("*")
        first, second = (slide_of.format(number=n, count=count) for n in (1, 2))
    expect(page.get_by_text(first, exact=True)).to_be_visible()
    page.get_by_role("button", name=next_label).click()
    expect(page.get_by_text(second, exact=True)).to_be_visible()
    expect(page.get_by_role("button", name=next_label)).to_be_visible()
    no_exception(page)
