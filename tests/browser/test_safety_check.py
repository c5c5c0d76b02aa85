"""The safety check in a real browser: quick to pass, impossible to miss."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import no_exception, open_app, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser


def test_none_of_these_apply_closes_the_list_and_moves_on(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    sign = page.get_by_text("It is hard to start peeing")
    expect(sign).to_be_visible()
    page.get_by_role("button", name="None of these apply").last.click()  # the one after the list
    wait_for_app_run(page)
    expect(page.get_by_text("you said none of these apply (open to change)")).to_be_visible()
    expect(sign).to_be_hidden()
    expect(page.get_by_role("heading", name="Step 2. Your situation")).to_be_in_viewport()
    no_exception(page)


def test_a_ticked_sign_says_what_to_do_right_beside_it(server: Server, page: Page) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_app(page, server.url + "/")
    box = page.get_by_text("You have a fever", exact=True)
    box.click()
    wait_for_app_run(page)
    advice = page.locator('[data-testid="stAlert"]').filter(has_text="Contact a doctor today. If you cannot")
    expect(advice.last).to_be_in_viewport()  # next to the sign, not only at the top of the page
    expect(page.get_by_text(re.compile("^While you arrange to see a doctor today:"))).to_have_count(1)


def test_call_911_is_a_tap_to_call_link(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    page.get_by_text("Numbness or tingling around your genitals or bottom").click()
    wait_for_app_run(page)
    expect(page.locator('a[href="tel:911"]').first).to_be_visible()
    expect(page.locator('a[href="tel:911"]').first).to_have_text("Call 911")
