"""Check-ins in a real browser: two check-ins, then the link opened in a fresh browser."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import no_exception, open_app, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser


def answer(page: Page, question: str, choice: str) -> None:
    """Pick an answer of a radio group on Check in ("Did it help?" starts with none). An
    answer kept from an earlier check-in in this session is left as it is."""
    radio = page.get_by_role("radiogroup", name=question).get_by_role("radio", name=choice)
    if not radio.is_checked():
        # Wait for what the click changes, then for the page at rest: watching for the run
        # itself to start can miss it on a busy machine.
        page.get_by_role("radiogroup", name=question).get_by_text(choice, exact=True).click()
    expect(radio).to_be_checked(timeout=30_000)
    wait_for_app_run(page)


def save_check_in(page: Page, day: dt.date, pain: int) -> None:
    # The answers first, on a page at rest; then the date and the slider, which Save sends.
    answer(page, "Did it help?", "A little")
    answer(page, "Any warning signs now?", "No")
    page.get_by_role("spinbutton", name=re.compile("^month, Date of this check-in")).click()
    page.keyboard.type(f"{day:%m%d%Y}")  # US order: month, day and year, each moving on to the next
    page.keyboard.press("Escape")
    slider = page.get_by_role("slider", name=re.compile("^Pain now"))
    slider.focus()
    page.keyboard.press("Home")
    for _ in range(pain):
        page.keyboard.press("ArrowRight")
    expect(slider).to_have_attribute("aria-valuetext", str(pain))
    page.get_by_role("button", name="Save this check-in").click()
    wait_for_app_run(page)  # each caller then waits for what Save changes


def test_two_check_ins_survive_in_the_link(server: Server, page: Page, browser: Browser) -> None:
    open_app(page, server.url + "/checkin?plan=heat&planned=2026-11-20&duration=acute")
    expect(page.get_by_role("heading", name="Your plan: Heat wrap or heating pad")).to_be_visible()
    today = dt.date.today()
    save_check_in(page, today - dt.timedelta(days=3), 6)
    expect(page.get_by_role("heading", name="Your check-ins (1)")).to_be_visible(timeout=30_000)
    save_check_in(page, today, 3)
    expect(page.get_by_role("heading", name="Your check-ins (2)")).to_be_visible(timeout=30_000)
    link = page.url
    assert "checkins=" in link

    fresh = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        other = fresh.new_page()
        open_app(other, link)
        expect(other.get_by_role("heading", name="Your check-ins (2)")).to_be_visible()
        other.get_by_text("Your check-ins as a table").click()
        wait_for_app_run(other)
        table = other.locator('[data-testid="stTable"]').last
        expect(table).to_contain_text(f"{today - dt.timedelta(days=3):%d %b %Y}")
        expect(table).to_contain_text(f"{today:%d %b %Y}")
        no_exception(other)
    finally:
        fresh.close()
