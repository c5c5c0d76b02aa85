"""Private by design: no request leaves the app's own host, on any page, in any state, and
no page logs an error of ours. The favicon is our own image, served by the app."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect

from tests.browser.conftest import no_exception, open_app, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser

# Streamlit's own probe on a deep link: it asks /<page>/_stcore/health and
# /<page>/_stcore/host-config first, gets 404 by design, then asks the root. Not ours.
STREAMLIT_PROBE = re.compile(r"^/[a-z]+/_stcore/(health|host-config)$")
LOCAL_SCHEMES = ("data:", "blob:", "about:")
EXAMPLE_PACK = Path(__file__).resolve().parents[1] / "data" / "example-pack.csv"


@dataclass
class Watch:
    """Every request and console error of one browser context."""

    origin: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def request(self, request: Request) -> None:
        self.requests.append(request.url)

    def console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        source = message.location.get("url", "") if message.location else ""
        if source.startswith(self.origin) and STREAMLIT_PROBE.match(urlsplit(source).path):
            return
        self.errors.append(f"{message.text} ({source})")

    def page_error(self, error: Exception) -> None:
        self.errors.append(f"uncaught: {error}")

    def elsewhere(self) -> list[str]:
        return [u for u in self.requests if not u.startswith((self.origin + "/", *LOCAL_SCHEMES))]


@pytest.fixture
def watched(server: Server, browser: Browser) -> Iterator[tuple[Page, Watch]]:
    """A fresh context whose every request and console error is recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    watch = Watch(server.url)
    context.on("request", watch.request)
    page = context.new_page()
    page.on("console", watch.console)
    page.on("pageerror", watch.page_error)
    yield page, watch
    context.close()


def settle(page: Page) -> None:
    wait_for_app_run(page)
    page.wait_for_load_state("networkidle")
    no_exception(page)


def find(page: Page) -> None:
    # Step 1 is open on arrival: tick a sign that needs a doctor soon, then an emergency sign.
    page.get_by_text("The pain is very bad or getting worse").click()
    settle(page)
    page.get_by_text("Numbness or tingling around your genitals or bottom").click()
    settle(page)
    page.get_by_text("See options anyway").click()
    page.get_by_text("Numbness or tingling around your genitals or bottom").click()
    settle(page)
    page.get_by_text("Show the chart of the scores").click()
    settle(page)
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_attached()
    page.get_by_text("The scores as a table").click()
    settle(page)
    page.get_by_role("button", name="Copy the link").click()
    expect(page.get_by_text("Copied", exact=True)).to_be_visible()


def compare(page: Page) -> None:
    page.get_by_text("Show the charts").click()
    settle(page)
    page.locator(".js-plotly-plot .main-svg").first.wait_for(state="attached")
    page.get_by_text("Timeline as a table").click()
    settle(page)


def guidance(page: Page) -> None:
    page.get_by_text("Show the chart").first.click()
    settle(page)
    page.locator(".js-plotly-plot .main-svg").first.wait_for(state="attached")
    page.get_by_text("The chart as a table").first.click()
    settle(page)


def present(page: Page) -> None:
    for _ in range(3):
        page.get_by_role("button", name="Next").click()
        settle(page)


def check_in(page: Page) -> None:
    for question, answer in (("Did it help?", "Yes"), ("Any warning signs now?", "No")):
        page.get_by_role("radiogroup", name=question).get_by_text(answer, exact=True).click()
        settle(page)
    page.get_by_role("button", name="Save this check-in").click()
    settle(page)
    page.get_by_text("Your check-ins as a table").click()
    settle(page)


def local_prices(page: Page) -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(EXAMPLE_PACK))
    settle(page)
    page.get_by_role("link", name="See Find my options with these prices").click()
    settle(page)


def about(page: Page) -> None:
    page.locator('[data-testid="stExpander"] summary').first.click()
    settle(page)


VISITS: dict[str, tuple[str, Callable[[Page], None]]] = {
    "/": ("/?severity=moderate&duration=acute", find),
    "/compare": ("/compare?options=heat,otc_nsaid,rx_anti_inflammatory&duration=acute", compare),
    "/guidance": ("/guidance", guidance),
    "/present": ("/present?options=massage,heat", present),
    "/checkin": ("/checkin?plan=heat&planned=2026-11-20", check_in),
    "/pack": ("/pack", local_prices),
    "/about": ("/about", about),
}


@pytest.mark.parametrize("path", list(VISITS))
def test_no_request_leaves_the_app_and_no_error_is_logged(
    server: Server, watched: tuple[Page, Watch], path: str
) -> None:
    page, watch = watched
    link, interact = VISITS[path]
    open_app(page, server.url + link)
    settle(page)
    interact(page)
    # Then on through every page by the menu, as a person would.
    pages = (
        "Find my options",
        "Compare",
        "The article's guidance",
        "Coach mode",
        "Local prices",
        "Sources and method",
    )
    for name in pages:
        page.get_by_role("link", name=name, exact=True).first.click()
        settle(page)
    assert watch.elsewhere() == []
    assert watch.errors == []


def test_the_favicon_is_our_own_image_served_by_the_app(server: Server, page: Page) -> None:
    open_app(page, server.url + "/compare?options=heat,massage")
    icons = page.evaluate("[...document.querySelectorAll('link[rel~=icon]')].map((l) => l.href)")
    assert icons and all(i.startswith(server.url + "/media/") for i in icons), icons
    response = page.request.get(icons[-1])
    assert response.status == 200
    assert response.headers["content-type"] == "image/png"
    assert response.body().startswith(b"\x89PNG")
