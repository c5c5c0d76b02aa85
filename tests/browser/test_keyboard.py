"""Keyboard use of Find: no extra Tab stops on headings, and a focus ring you can see."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import open_app
from tools.server import Server

pytestmark = pytest.mark.browser


def test_headings_add_no_tab_stops(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    expect(page.get_by_role("link", name="Link to heading")).to_have_count(0)


def test_a_focused_checkbox_shows_an_outline(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    box = page.get_by_role("checkbox", name="Chest pain")
    box.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus by keyboard, so :focus-visible applies
    expect(box).to_be_focused()
    row = page.locator('[data-testid="stCheckbox"] label').filter(has=box)
    style = row.evaluate("el => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth")
    assert style.startswith("solid") and not style.endswith(" 0px"), style
