"""Journeys in a real browser: deep links, the safety check, results, charts, slides, handout."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from dashboard import slides
from dashboard.view import View
from tests.browser.conftest import no_exception, open_app, rerun_after
from tests.conftest import fixture_dataset
from tools.server import Server

pytestmark = pytest.mark.browser

# Coach mode's deck for these options, from the function the page calls: its length and where
# the situation slide is change with the warning signs, not with the test.
DECK = slides.build_slides(fixture_dataset(), View(options=("massage", "heat")))
SITUATION_SLIDE = next(i for i, s in enumerate(DECK, 1) if s.kind == "situation")

DEEP_LINKS = [
    ("/?severity=mild&duration=chronic&medication=avoid", "Find my options", "Options that fit you"),
    ("/compare?options=massage,heat&severity=severe", "Compare options", "Side by side"),
    ("/guidance", "The article's guidance", "In short"),
    (
        f"/present?options=massage,heat&slide={SITUATION_SLIDE}",
        "Your situation",
        f"Slide {SITUATION_SLIDE} of {len(DECK)}",
    ),
    ("/pack", "Local prices and services", "Prices for our options"),
    ("/about", "Sources and method", "Update policy"),
]


@pytest.mark.parametrize(("path", "heading", "content"), DEEP_LINKS)
def test_deep_link_on_a_fresh_server(
    fresh_server: Server, page: Page, path: str, heading: str, content: str
) -> None:
    open_app(page, fresh_server.url + path)
    expect(page.locator("h1").first).to_have_text(heading)
    expect(page.get_by_text(content, exact=False).first).to_be_visible()
    # The shared navigation ran, so every page is listed: not the page file alone.
    expect(page.get_by_role("link", name="Sources and method")).to_be_visible()
    no_exception(page)


def test_about_deep_link_title_and_heading(fresh_server: Server, page: Page) -> None:
    open_app(page, fresh_server.url + "/about")
    expect(page).to_have_title(re.compile("Sources and method"))
    expect(page.locator("h1").first).to_have_text("Sources and method")
    expect(page.get_by_role("heading", name="Funding and conflicts of interest")).to_be_visible()


def test_emergency_sign_puts_the_emergency_message_first(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    page.get_by_text("Numbness or tingling around your genitals or bottom").click()
    first_alert = page.locator('[data-testid="stAlert"]').first
    expect(first_alert).to_contain_text("Get emergency help now. Call 911")
    expect(page.get_by_text("See options anyway")).to_be_visible()
    no_exception(page)


def test_changing_severity_changes_the_results(server: Server, page: Page) -> None:
    open_app(page, server.url + "/?severity=moderate")
    aspirin = page.get_by_role("heading", name=re.compile(r"^=?\d+\. Aspirin"))
    advised = page.get_by_role("heading", name=re.compile("^Guidelines advise against these"))
    expect(page.get_by_text("Options that fit you (6)")).to_be_visible()
    expect(aspirin).to_have_count(0)
    expect(advised).to_have_count(0)
    page.get_by_role("radiogroup", name="How bad is the pain?").get_by_role("radio", name="Mild").click()
    expect(aspirin).to_have_count(1)
    # Acetaminophen suits mild pain, but guidelines advise against it: listed apart, not as a fit.
    expect(advised).to_have_count(1)
    expect(page.get_by_role("heading", name=re.compile(r"^=?\d+\. Acetaminophen"))).to_have_count(0)
    expect(page).to_have_url(re.compile("severity=mild"))


def test_severe_pain_without_a_doctor_shows_results_and_reasons(server: Server, page: Page) -> None:
    open_app(page, server.url + "/?severity=severe&doctor=no")
    expect(page.get_by_text("Options that fit you (3)")).to_be_visible()
    expect(page.get_by_role("heading", name="=1. Stay active")).to_be_visible()
    expect(page.get_by_role("heading", name="3. Massage therapy")).to_be_visible()
    reason = page.get_by_text("It needs a prescription, and you said you'd rather not see a doctor.")
    expect(reason.first).to_be_visible()
    expect(reason).to_have_count(3)


def test_compare_draws_three_columns_and_charts(server: Server, page: Page) -> None:
    # New pain: heat and both NSAIDs have a known time until they help, so the timeline is
    # drawn beside the scores. None has both a known cost and timing: that chart is a sentence.
    open_app(page, server.url + "/compare?options=heat,otc_nsaid,rx_anti_inflammatory&duration=acute")
    for name in (
        "Heat wrap or heating pad",
        "Ibuprofen or naproxen (store-bought)",
        "Prescription anti-inflammatory",
    ):
        expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()
    expect(page.locator(".js-plotly-plot")).to_have_count(0)  # the charts wait for their switch
    rerun_after(page, lambda: page.get_by_text("Show the charts").click())
    charts = page.locator(".js-plotly-plot")
    expect(charts).to_have_count(2)
    for i in range(2):
        expect(charts.nth(i).locator(".main-svg").first).to_be_attached()
    expect(page.get_by_text("None of these options has both a known cost", exact=False).first).to_be_visible()
    no_exception(page)


def test_guidance_shows_a_known_quote_and_its_verdict(server: Server, page: Page) -> None:
    open_app(page, server.url + "/guidance")
    quote = "In severe cases the doctor may prescribe a strong pain relief medication such as a narcotic medication."
    expect(page.get_by_text(quote).first).to_be_visible()
    cards = page.locator('[data-testid="stVerticalBlock"]').filter(
        has_text="In severe cases a doctor may prescribe a narcotic."
    )
    claim = cards.filter(visible=True).last
    expect(claim.get_by_text("Disagrees")).to_be_visible()


def test_present_moves_forward_and_back(server: Server, page: Page) -> None:
    open_app(page, server.url + "/present?options=massage,heat")
    expect(page.get_by_text(f"Slide 1 of {len(DECK)}")).to_be_visible()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_text(f"Slide 2 of {len(DECK)}")).to_be_visible()
    expect(page.locator("h1").first).to_have_text("Is it safe to manage this yourself?")
    expect(page).to_have_url(re.compile("slide=2"))
    page.get_by_role("button", name="Previous").click()
    expect(page.get_by_text(f"Slide 1 of {len(DECK)}")).to_be_visible()


def test_handout_downloads_as_a_pdf(server: Server, page: Page) -> None:
    open_app(page, server.url + "/compare?options=massage,heat")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the handout (PDF)").click()
    download = info.value
    assert download.suggested_filename == "back-pain-options.pdf"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF-")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Massage therapy" in text and "Heat wrap or heating pad" in text


def test_invalid_parameter_shows_a_notice_and_no_error(server: Server, page: Page) -> None:
    open_app(
        page, server.url + "/?severity=extreme&budget=lots&duration=%5Bx%5D(https://e.org)&need=www.e.org"
    )
    expect(page.get_by_text("severity='extreme'")).to_be_visible()
    expect(page.get_by_text("duration=(a value we don't show)")).to_be_visible()
    expect(page.get_by_text("need=(a value we don't show)")).to_be_visible()
    expect(page.locator('a[href*="e.org"]')).to_have_count(0)
    expect(page.get_by_text("Options that fit you")).to_be_visible()
    no_exception(page)


def test_a_chart_with_fewer_than_two_points_becomes_a_sentence(server: Server, page: Page) -> None:
    open_app(page, server.url + "/compare?options=heat,massage,water_therapy&duration=acute")
    expect(page.get_by_text("A timeline needs at least two", exact=False).first).to_be_visible()
    rerun_after(page, lambda: page.get_by_text("Show the charts").click())
    expect(page.locator(".js-plotly-plot")).to_have_count(1)  # only the scores
    no_exception(page)
