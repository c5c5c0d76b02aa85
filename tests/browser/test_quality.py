"""Accessibility (axe-core), phone width and both themes, on every page."""

from __future__ import annotations

import re
from typing import Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.browser.axe_allowlist import ALLOWLIST
from tests.browser.conftest import open_app, rerun_after
from tests.conftest import fixture_dataset
from tools.server import Server

pytestmark = pytest.mark.browser

PAGES = {
    "/": "/?severity=moderate&duration=acute",
    "/compare": "/compare?options=massage,water_therapy,otc_nsaid,stay_active",
    "/guidance": "/guidance",
    "/present": "/present?options=massage,heat&slide=4",
    "/pack": "/pack",
    "/about": "/about",
}
SERIOUS = ("critical", "serious")


def serious_findings(page: Page, path: str) -> list[str]:
    results = Axe().run(page)
    allowed = {(a.rule, a.page) for a in ALLOWLIST}
    found = []
    for violation in results.response["violations"]:
        if violation["impact"] in SERIOUS and (violation["id"], path) not in allowed:
            targets = [str(node["target"]) for node in violation["nodes"][:3]]
            found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}")
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", list(PAGES))
def test_axe_finds_no_serious_problem(
    server: Server, browser: Browser, path: str, scheme: Literal["light", "dark"]
) -> None:
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = open_app(context.new_page(), server.url + PAGES[path])
    if path in ("/compare", "/guidance"):  # axe checks the charts too: switch them on
        rerun_after(page, lambda: page.get_by_text("Show the chart").first.click())
        page.locator(".js-plotly-plot").first.wait_for(state="attached")
    findings = serious_findings(page, path)
    context.close()
    assert not findings, "\n".join(findings)


def test_axe_on_find_with_the_emergency_message(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    page.get_by_text("Chest pain").click()
    expect(page.locator('[data-testid="stAlert"]').first).to_contain_text("Get emergency help now")
    assert not serious_findings(page, "/")


@pytest.mark.parametrize("path", list(PAGES))
def test_phone_width_never_scrolls_sideways(server: Server, browser: Browser, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = open_app(context.new_page(), server.url + PAGES[path])
    widths = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    overflow = page.evaluate(
        """() => { const main = document.querySelector('[data-testid="stMain"]');
                   return main ? main.scrollWidth - main.clientWidth : 0; }"""
    )
    context.close()
    assert widths[0] <= widths[1], f"page is {widths[0]}px wide in a {widths[1]}px window"
    assert overflow <= 0, f"main area overflows by {overflow}px"


def test_phone_find_shows_its_key_content_without_the_sidebar(server: Server, browser: Browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = open_app(context.new_page(), server.url + "/")
    # On a phone the page menu folds into a closed side panel; nothing on Find lives there.
    sidebar = page.locator('[data-testid="stSidebar"]')
    if sidebar.count():
        expect(sidebar).not_to_be_in_viewport()
    expect(
        page.get_by_text("guidelines suggest starting with: Heat wrap or heating pad; Stay active")
    ).to_be_in_viewport()
    expect(page.get_by_role("radiogroup", name="How bad is the pain?")).to_be_visible()
    expect(page.get_by_text("Options that fit you")).to_be_visible()
    expect(page.get_by_role("heading", name="Guidelines suggest these first")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^=?1\. ")).first).to_be_visible()
    context.close()


CONTRAST = """() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[0-9.]+/g).slice(0, 3).map(Number).map((c) => {
      c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const app = getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor;
  const text = getComputedStyle(document.querySelector('[data-testid="stMain"] p')).color;
  const [a, b] = [lum(app), lum(text)].sort((x, y) => y - x);
  return {background: app, text: text, ratio: (a + 0.05) / (b + 0.05), dark: lum(app) < 0.2};
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_is_readable_in_both_themes(
    server: Server, browser: Browser, path: str, scheme: Literal["light", "dark"]
) -> None:
    context = browser.new_context(color_scheme=scheme)
    page = open_app(context.new_page(), server.url + PAGES[path])
    result = page.evaluate(CONTRAST)
    context.close()
    assert result["dark"] == (scheme == "dark"), result
    assert result["ratio"] >= 7, result


def test_warning_sign_labels_are_never_cut_off(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    safety = page.locator('[data-testid="stExpander"]').first
    labels = safety.locator('[data-testid="stCheckbox"] [data-testid="stMarkdownContainer"] p')
    expect(labels).to_have_count(len(fixture_dataset().signs_for(())))  # waits until every box is drawn
    cut = labels.evaluate_all(
        "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)"
    )
    assert cut == []
