"""On a phone and in the dark theme: the menu closes after a page is picked, the chosen
answer is readable, and a person can pick the theme in the app."""

from __future__ import annotations

import re
from typing import Literal

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import open_app, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser

CONTRAST = """(el) => {
  const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  // The button's tint over the page background behind it.
  const page = rgb(getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor);
  const tint = rgb(getComputedStyle(el).backgroundColor);
  const a = tint.length > 3 ? tint[3] : 1;
  const bg = [0, 1, 2].map((i) => tint[i] * a + page[i] * (1 - a));
  const fg = rgb(getComputedStyle(el).color);
  const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_chosen_answer_is_at_least_4_5_to_1(
    server: Server, browser: Browser, scheme: Literal["light", "dark"]
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    try:
        page = context.new_page()
        open_app(page, server.url + "/")
        chosen = page.get_by_role("radiogroup", name="How bad is the pain?").get_by_role(
            "radio", name="Moderate"
        )
        ratio = chosen.evaluate(CONTRAST)
        assert ratio >= 4.5, f"{scheme}: {ratio:.2f}"
    finally:
        context.close()


def test_the_phone_menu_closes_after_a_page_is_picked(server: Server, page: Page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, server.url + "/")
    page.get_by_test_id("stExpandSidebarButton").click()
    link = page.get_by_test_id("stSidebarNavLink").filter(has_text="Compare")
    expect(link).to_be_in_viewport()
    link.click()
    wait_for_app_run(page)
    expect(page.locator("h1").first).to_have_text("Compare options")
    expect(link).not_to_be_in_viewport()


def test_a_person_can_pick_light_or_dark_in_the_app(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    expect(page).to_have_title(re.compile("Find my options · Relief Explorer"))
    page.get_by_test_id("stMainMenu").click()
    page.get_by_test_id("stMainMenuItem-theme-Dark").click()
    app = page.locator('[data-testid="stApp"]')
    expect(app).to_have_css("background-color", "rgb(14, 17, 23)")  # the dark theme's background
