"""Coach mode on a laptop and a projector: a clean presenting mode, and every slide fits."""

from __future__ import annotations

import pytest
from playwright.sync_api import FloatRect, Page, expect

from dashboard import slides
from dashboard.view import View
from tests.browser.conftest import open_app, wait_for_app_run
from tests.conftest import fixture_dataset
from tools.server import Server

pytestmark = pytest.mark.browser

# The longest options we have, so the longest slides.
DECK = "/present?options=opioid,rx_anti_inflammatory,water_therapy,exercise&duration=chronic"


def settled_box(page: Page, selector: str) -> FloatRect:
    """The element's box once it stops changing: a busy machine may still be swapping the last
    slide's blocks for this one's, or sizing its chart, when the slide number shows."""
    wait_for_app_run(page)
    last = None
    for _ in range(20):
        box = page.locator(selector).bounding_box()
        if box is not None and box == last:
            return box
        last = box
        page.wait_for_timeout(150)
    assert last is not None
    return last


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_presenting_hides_the_app_and_every_slide_fits(
    server: Server, page: Page, width: int, height: int
) -> None:
    page.set_viewport_size({"width": width, "height": height})
    open_app(page, server.url + DECK)
    expect(page.get_by_text("For the coach: options, handout and link")).to_be_visible()
    page.get_by_text("Presenting", exact=True).click()
    wait_for_app_run(page)
    expect(page.get_by_role("navigation", name="App pages")).to_be_hidden()
    expect(page.get_by_text("For the coach: options, handout and link")).to_have_count(0)
    expect(page.get_by_text("Not medical advice", exact=False)).to_have_count(0)

    count = int(page.get_by_text("Slide 1 of").inner_text().split(" of ")[1])
    overflow = {}
    for number in range(1, count + 1):
        expect(page.get_by_text(f"Slide {number} of {count}")).to_be_visible()
        box = settled_box(page, ".st-key-slide")
        overflow[number] = round(box["y"] + box["height"] - height)
        if number < count:
            page.get_by_role("button", name="Next").click()
            wait_for_app_run(page)
    assert all(px <= 0 for px in overflow.values()), f"slides that overflow, by px: {overflow}"


def test_buttons_have_one_arrow_and_labels_read_well(server: Server, page: Page) -> None:
    situation = next(
        i for i, s in enumerate(slides.build_slides(fixture_dataset(), View()), 1) if s.kind == "situation"
    )
    open_app(page, server.url + f"/present?need=weeks&slide={situation}")
    expect(page.get_by_text("Relief needed: I can build up over weeks", exact=True)).to_be_visible()
    expect(page.locator('[data-testid="stIconMaterial"]').filter(has_text="arrow_forward")).to_have_count(0)
