"""The first visit pulls only what it shows: no chart code on Find until the person asks for
the chart, no syntax highlighter anywhere, Compare's grid before its charts' code, and a
share link that is plain text with a copy button."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request, expect

from tests.browser.conftest import no_exception, open_app, rerun_after, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser

PLOTLY = re.compile(r"/PlotlyChart\.[^/]*\.js$")
HIGHLIGHTER = re.compile(r"/StreamlitSyntaxHighlighter\.[^/]*\.js$")
FIND = "/?severity=moderate&duration=acute&weights=cost:3"
GRID = re.compile(r"/DataFrame\.[^/]*\.js$")
# Where a chart is part of the first screen, and so its code is fetched on arrival: none.
# Find, Compare and Guidance draw their charts behind a switch.
PAGES = {
    "/": (FIND, False),
    "/compare": ("/compare?options=massage,water_therapy,otc_nsaid", False),
    "/guidance": ("/guidance", False),
    "/present": ("/present?options=massage,heat", False),
    "/pack": ("/pack", False),
    "/about": ("/about", False),
}


@pytest.fixture
def phone(browser: Browser, server: Server) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    yield context
    context.close()


def fetched(context: BrowserContext) -> list[str]:
    urls: list[str] = []

    def record(request: Request) -> None:
        urls.append(request.url)

    context.on("request", record)
    return urls


def settle(page: Page) -> None:
    wait_for_app_run(page)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("path", list(PAGES))
def test_each_page_fetches_chart_code_only_where_a_chart_shows(
    browser: Browser, server: Server, path: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    urls = fetched(context)
    page = open_app(context.new_page(), server.url + PAGES[path][0])
    settle(page)
    context.close()
    assert not [u for u in urls if HIGHLIGHTER.search(u)], "the syntax highlighter was fetched"
    assert any(PLOTLY.search(u) for u in urls) == PAGES[path][1]
    if path in ("/about", "/compare", "/guidance"):  # their tables are plain, not a data grid
        assert not [u for u in urls if GRID.search(u)], "the data grid's code was fetched"


def test_find_answers_without_chart_code_and_draws_the_chart_when_asked(
    phone: BrowserContext, server: Server
) -> None:
    urls = fetched(phone)
    page = open_app(phone.new_page(), server.url + FIND)
    settle(page)
    expect(page.get_by_text("guidelines suggest starting with", exact=False).first).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^=?1\. ")).first).to_be_visible()
    assert not [u for u in urls if PLOTLY.search(u) or HIGHLIGHTER.search(u)]
    # The chart's text alternatives are there before the chart: its caption and its table.
    expect(page.get_by_text("An unknown factor could be anything from 0 to 5")).to_be_visible()
    page.get_by_text("The scores as a table").click()
    wait_for_app_run(page)
    expect(page.locator('[data-testid="stTable"]').last).to_contain_text("Stay active")
    assert not [u for u in urls if PLOTLY.search(u)]

    page.get_by_text("Show the chart of the scores").click()
    wait_for_app_run(page)
    chart = page.get_by_role("figure", name=re.compile("how each option's score is made up"))
    expect(chart.locator(".main-svg").first).to_be_attached()
    assert any(PLOTLY.search(u) for u in urls)
    no_exception(page)


def test_compare_and_guidance_fetch_no_chart_code_until_the_charts_are_asked_for(
    server: Server, page: Page, browser: Browser
) -> None:
    """Plotly's code is megabytes: the grid and the text come first, the charts on a switch."""
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    # New pain: the scores and the timeline are drawn (see test_journeys).
    page.goto(server.url + "/compare?options=heat,otc_nsaid,rx_anti_inflammatory&duration=acute")
    wait_for_app_run(page)
    for name in (
        "Heat wrap or heating pad",
        "Ibuprofen or naproxen (store-bought)",
        "Prescription anti-inflammatory",
    ):
        expect(page.get_by_role("heading", name=name, exact=True)).to_be_visible()
    expect(page.get_by_text("How soon does it help?").first).to_be_visible()
    expect(page.get_by_text("Timeline as a table")).to_be_visible()  # the tables are there
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if PLOTLY.search(u)]
    rerun_after(page, lambda: page.get_by_text("Show the charts").click())
    expect(page.locator(".js-plotly-plot")).to_have_count(2)
    assert any(PLOTLY.search(u) for u in urls)
    no_exception(page)

    # Guidance in a browser of its own, with nothing cached.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    urls.clear()
    page.on("request", lambda request: urls.append(request.url))
    page.goto(server.url + "/guidance")
    wait_for_app_run(page)
    expect(page.get_by_text("The chart as a table")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if PLOTLY.search(u)]
    rerun_after(page, lambda: page.get_by_text("Show the chart").click())
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_attached()
    assert any(PLOTLY.search(u) for u in urls)
    no_exception(page)
    context.close()


def test_share_link_is_plain_text_with_a_copy_button(phone: BrowserContext, server: Server) -> None:
    page = open_app(phone.new_page(), server.url + FIND)
    box = page.get_by_role("textbox", name="Link to this view")
    expect(box).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+/\?severity=moderate&duration=acute&"))
    link = box.input_value()
    assert link.endswith("weights=cost:3&lang=en")
    expect(page.locator('[data-testid="stCode"]')).to_have_count(0)

    page.get_by_role("button", name="Copy the link").click()
    expect(page.locator(".relief-copy [role=status]")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == link

    # Tapping the box selects the whole link, ready to copy; typing in it changes nothing.
    box.click()
    assert page.evaluate(
        "(() => { const b = document.activeElement; return [b.selectionStart, b.selectionEnd]; })()"
    ) == [0, len(link)]
    box.fill("something else")
    box.press("Enter")
    wait_for_app_run(page)
    expect(box).to_have_value(link)
    no_exception(page)
