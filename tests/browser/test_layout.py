"""The layout never jumps: wide pages stay wide on every rerun, in Coach mode and on Compare."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import after_frames, open_app, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser

MAIN = '[data-testid="stMainBlockContainer"]'


def main_width(page: Page) -> float:
    box = page.locator(MAIN).first.bounding_box()
    assert box is not None
    return float(box["width"])


def test_coach_mode_keeps_its_width_over_many_slide_changes(server: Server, page: Page) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_app(page, server.url + "/present?options=massage,heat,exercise")
    wide = main_width(page)
    assert wide > 1500
    widths = []
    number = 1
    for step in ["Next"] * 8 + ["Previous"] * 8:
        # A slide change reruns only the slides (a fragment), which leaves the app's script
        # state as it was: wait for the slide's number instead.
        page.get_by_role("button", name=step).click()
        number += 1 if step == "Next" else -1
        expect(page.get_by_text(f"Slide {number} of", exact=False)).to_be_visible()
        after_frames(page)  # a jump showed up after the run had ended: measure once it is drawn
        widths.append(main_width(page))
    assert widths == [wide] * len(widths)


def test_compare_keeps_its_width_after_removing_an_option(server: Server, page: Page) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_app(page, server.url + "/compare?options=massage,heat,exercise,water_therapy")
    wide = main_width(page)
    assert wide > 1500
    for name in ("Water exercise therapy", "Exercise program"):
        page.get_by_role("button", name=f"Remove {name}").click()
        wait_for_app_run(page)
        after_frames(page)
        expect(page.get_by_role("heading", name=name, exact=True)).to_have_count(0)
        assert main_width(page) == wide


def test_find_stays_centred(server: Server, page: Page) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_app(page, server.url + "/")
    assert main_width(page) < 1000
