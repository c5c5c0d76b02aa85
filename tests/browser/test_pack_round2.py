"""The Local prices page in a real browser, round 2 (usability-2 D6): the prices table shows
every row with no scrolling inside it, and a coach adds a local service with the labelled
form, checked when they press "Add this service", not while they type."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard.data import Dataset
from tests.browser.conftest import no_exception, open_app, rerun_after, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser


def test_the_prices_table_shows_every_row_without_scrolling_inside(
    server: Server, page: Page, ds: Dataset
) -> None:
    open_app(page, server.url + "/pack")
    grid = page.locator(".st-key-pack_prices [data-testid='stDataFrameResizable']")
    expect(grid).to_be_visible()
    scroller = page.locator(".st-key-pack_prices .dvn-scroller").first
    inner = scroller.evaluate("e => ({scroll: e.scrollHeight, client: e.clientHeight})")
    assert inner["scroll"] <= inner["client"] + 1, inner  # nothing hidden below the fold of the table
    box = grid.bounding_box()
    assert box is not None and box["height"] >= 35 * (len(ds.options) + 1), box
    # The last option's row is drawn: its name is in the grid's text for screen readers.
    expect(page.locator(".st-key-pack_prices").get_by_text(ds.options[-1].name).first).to_be_attached()


def choose(page: Page, label: str, option: str) -> None:
    """Pick from a select box by keyboard: type to filter, then Enter."""
    box = page.get_by_role("combobox", name=label)
    box.scroll_into_view_if_needed()
    box.click()
    page.keyboard.type(option)
    expect(page.get_by_role("option", name=option)).to_be_visible()
    page.keyboard.press("Enter")


def test_a_coach_adds_a_local_service_with_the_form(server: Server, page: Page) -> None:
    open_app(page, server.url + "/pack")
    choose(page, "Kind of option", "Water exercise therapy")
    page.get_by_role("textbox", name="Service name").fill("Aqua back class, Eastside Y")
    page.get_by_role("spinbutton", name="Low price ($)").fill("8")
    expect(page.get_by_text("We did not add this service yet")).to_have_count(0)  # typing is not an error
    rerun_after(page, lambda: page.get_by_role("button", name="Add this service").click())
    expect(page.get_by_text("We did not add this service yet")).to_be_visible()
    expect(page.get_by_role("cell", name="must be given too", exact=False)).to_be_visible()
    expect(page.get_by_text("one_off")).to_have_count(0)
    page.get_by_role("spinbutton", name="High price ($)").fill("8")
    choose(page, "Price covers", "a visit")
    page.get_by_role("spinbutton", name="How many a month").fill("8")
    page.get_by_role("textbox", name="Where").fill("Eastside Y pool")
    rerun_after(page, lambda: page.get_by_role("button", name="Add this service").click())
    wait_for_app_run(page)
    expect(page.get_by_text("We did not add this service yet")).to_have_count(0)
    expect(page.get_by_role("textbox", name="Service name")).to_have_value("")
    # The service is in the table; with the name above the tables, the pack is ready to share.
    expect(
        page.locator(".st-key-pack_services").get_by_text("Aqua back class, Eastside Y").first
    ).to_be_attached()
    name = page.get_by_role("textbox", name="Your name or practice")
    name.fill("Dan Ortiz Wellness")
    name.press("Enter")
    expect(page.locator(".st-key-share_link_find input")).to_have_value(re.compile(r"/\?pack=1\."))
    no_exception(page)
