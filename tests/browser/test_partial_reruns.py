"""What reran: Find's "what matters" sliders redraw only Step 3 and the options (a fragment),
never the safety check or Step 2, while a Step 2 answer still reruns the whole page; Coach
mode's Next redraws only the slides.

Counted from what the server sends: every websocket message is read as Streamlit's own
ForwardMsg, and each run's elements and how it ended ("fragment run" or whole page) are kept.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page, WebSocket, expect
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from dashboard.data import Dataset
from tests.browser.conftest import no_exception, open_app
from tools.server import Server

pytestmark = pytest.mark.browser

FRAGMENT_RUN = ForwardMsg.ScriptFinishedStatus.FINISHED_FRAGMENT_RUN_SUCCESSFULLY
WHOLE_RUN = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
EARLY = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN  # a run cut short by the next


@dataclass
class Sent:
    """What the server sent since the last `clear()`: element types, widget labels, run ends."""

    elements: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    finished: list[int] = field(default_factory=list)

    def clear(self) -> None:
        self.elements.clear()
        self.labels.clear()
        self.finished.clear()

    def until_finished(self, page: Page, timeout_s: float = 30) -> None:
        """Wait until a run has ended (the server said so), handling the page's events meanwhile."""
        deadline = time.monotonic() + timeout_s
        while not any(status != EARLY for status in self.finished):
            assert time.monotonic() < deadline, "no run ended"
            page.wait_for_timeout(50)  # lets Playwright deliver the websocket's messages

    def read(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            return
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        kind = msg.WhichOneof("type")
        if kind == "script_finished":
            self.finished.append(msg.script_finished)
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            name = element.WhichOneof("type") or ""
            self.elements.append(name)
            part = getattr(element, name) if name else None
            self.labels.append(str(getattr(part, "label", "") or getattr(part, "body", "")) if part else "")


@pytest.fixture
def sent(page: Page) -> Iterator[Sent]:
    record = Sent()

    def watch(ws: WebSocket) -> None:
        if ws.url.endswith("/_stcore/stream"):
            ws.on("framereceived", record.read)

    page.on("websocket", watch)
    yield record


def test_a_what_matters_slider_reruns_only_step_3_and_the_options(
    page: Page, server: Server, ds: Dataset, sent: Sent
) -> None:
    open_app(page, server.url + "/?severity=moderate&duration=acute")
    page.locator("summary").filter(has_text="Step 3. What matters to you?").click()
    slider = page.get_by_role("slider", name="Low cost")
    expect(slider).to_be_visible()  # drawn once opened
    sent.until_finished(page)
    scores = page.get_by_text(re.compile(r"^Score .* out of 5 on what matters to you"))
    before = scores.all_inner_texts()
    assert before, "no score lines to compare"

    sent.clear()
    slider.focus()
    page.keyboard.press("End")  # "Low cost" to its highest level
    sent.until_finished(page)
    no_exception(page)
    expect(page).to_have_url(re.compile(r"weights=[^&]*cost(:|%3A)3"))  # the link has the new weights

    # Every run the slider started ended as a fragment run (one cut short by the next may come first).
    assert [f for f in sent.finished if f != EARLY] == [FRAGMENT_RUN], "a slider change reran the whole page"
    signs = {s.symptom for s in ds.warning_signs}
    assert not signs & set(sent.labels), "the safety check was redrawn"
    assert "How bad is the pain?" not in sent.labels, "Step 2 was redrawn"
    assert "Find my options" not in sent.labels, "the page's title was redrawn"
    # The options were redrawn: their headings and the closest match are in what was sent.
    assert sent.elements.count("markdown") >= 3
    expect(scores).not_to_have_text(before)  # the cards' scores were redrawn with the new weights

    sent.clear()
    mild = page.get_by_role("radiogroup", name="How bad is the pain?").get_by_role("radio", name="Mild")
    mild.click()
    sent.until_finished(page)
    assert WHOLE_RUN in sent.finished, "a Step 2 answer must rerun the whole page"
    assert signs & set(sent.labels) and "Find my options" in sent.labels  # what a whole run sends


def test_next_slide_redraws_only_the_slides(page: Page, server: Server, sent: Sent) -> None:
    open_app(page, server.url + "/present?options=massage,heat")
    expect(page.get_by_text("Slide 1 of", exact=False)).to_be_visible()
    sent.clear()
    page.get_by_role("button", name="Next").click()
    sent.until_finished(page)
    no_exception(page)
    expect(page.get_by_text("Slide 2 of", exact=False)).to_be_visible()
    expect(page).to_have_url(re.compile(r"slide=2"))
    assert [f for f in sent.finished if f != EARLY] == [FRAGMENT_RUN], "Next reran the whole page"


def test_a_change_of_options_in_coach_mode_rebuilds_the_slides(
    page: Page, server: Server, sent: Sent
) -> None:
    open_app(page, server.url + "/present?options=massage,heat")
    page.get_by_text("For the coach: options, handout and link").click()
    remove = page.get_by_role("button", name="Remove Heat wrap or heating pad")
    expect(remove).to_be_visible()
    sent.clear()
    remove.click()
    expect(page).to_have_url(re.compile(r"options=massage(&|$)"))
    sent.until_finished(page)
    deadline = time.monotonic() + 30
    while WHOLE_RUN not in sent.finished:  # the fragment's run hands over to a whole-page run
        assert time.monotonic() < deadline, f"no whole-page run: {sent.finished}"
        page.wait_for_timeout(50)
    no_exception(page)
