"""A replica dies under a person's open page: it reconnects by itself and keeps working.

`python -m tools.serve` (what `make serve` runs) with two replicas behind nginx. Chromium
opens a shared link, we kill the replica serving it, and the page must reconnect through
nginx to the other replica, still show the answers from its link, with no error on
screen, and work on the next click. A second person on the other replica sees nothing.
"""

from __future__ import annotations

import os
import re
import signal
import time
from collections.abc import Callable, Iterator

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from bench.load import ROUTE_COOKIE, Stack
from tests.browser.conftest import SCRIPT_DONE, expect_chosen, no_exception, open_app, proxied

pytestmark = pytest.mark.browser

LINK = "/?severity=mild&duration=subacute"


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    yield from proxied(2)


def route(context: BrowserContext) -> str:
    return next((c["value"] for c in context.cookies() if c["name"] == ROUTE_COOKIE), "")


def expect_link_view(page: Page) -> None:
    """The answers from LINK: mild pain of 4 to 12 weeks."""
    expect_chosen(page, "How bad is the pain?", "Mild")
    expect_chosen(page, "How long have you had it?", "4 to 12 weeks")


def link_view_again(page: Page) -> bool:
    mild = page.get_by_role("radiogroup", name="How bad is the pain?").get_by_role("radio", name="Mild")
    return mild.is_checked()


def settled(page: Page, done: Callable[[], bool], timeout: float = 30) -> None:
    """Wait until the script is not running and done() holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page.wait_for_timeout(250)
        if page.locator(SCRIPT_DONE).count() and done():
            return
    raise AssertionError("the page did not settle after the first click on the new replica")


@pytest.fixture
def other_context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    yield ctx
    ctx.close()


def test_a_page_on_a_killed_replica_comes_back_with_the_same_view(
    stack: Stack, page: Page, context: BrowserContext, other_context: BrowserContext
) -> None:
    open_app(page, stack.url + LINK)
    expect_link_view(page)
    mine = route(context)
    assert mine in {"r1", "r2"}
    other = "r2" if mine == "r1" else "r1"
    # A second person, placed on the other replica.
    other_context.add_cookies([{"name": ROUTE_COOKIE, "value": other, "url": stack.url}])
    bystander = open_app(other_context.new_page(), stack.url + LINK)

    os.kill(stack.replica_pids()[mine], signal.SIGKILL)

    # The frontend notices, pings /_stcore/health (nginx answers from the other replica and
    # moves the route) and reopens the websocket. It keeps the page on screen as it was and
    # sends nothing until the person acts; then it reruns with every widget's value.
    deadline = time.monotonic() + 20
    while route(context) != other and time.monotonic() < deadline:
        page.wait_for_timeout(250)
    assert route(context) == other, "the page did not reconnect through nginx"
    # Streamlit disables widgets while its websocket is down: enabled again means reconnected.
    moderate = page.get_by_role("radiogroup", name="How bad is the pain?").get_by_role(
        "radio", name="Moderate"
    )
    expect(moderate).to_be_enabled(timeout=20_000)
    expect_link_view(page)
    no_exception(page)
    expect(page.get_by_text("Connection error")).to_have_count(0)

    # It keeps working. The first click after the failover starts a new session on the
    # other replica, and a new session takes its answers from the link (the app's state
    # rules), so that click can come back as the link's view; the next one applies.
    # Known limit, written in the README's "Serving it for real".
    moderate.click()
    settled(page, lambda: "severity=moderate" in page.url or link_view_again(page))
    no_exception(page)
    expect(page.get_by_text("Connection error")).to_have_count(0)
    if "severity=moderate" not in page.url:
        moderate.click()
    expect(page).to_have_url(re.compile(r"severity=moderate"), timeout=30_000)
    expect(moderate).to_be_checked()
    no_exception(page)

    # The other person saw nothing: still the same replica, still answering.
    assert route(other_context) == other
    severe = bystander.get_by_role("radiogroup", name="How bad is the pain?").get_by_role(
        "radio", name="Severe"
    )
    severe.click()
    expect(bystander).to_have_url(re.compile(r"severity=severe"), timeout=30_000)
    no_exception(bystander)
    expect(bystander.get_by_text("Connection error")).to_have_count(0)
