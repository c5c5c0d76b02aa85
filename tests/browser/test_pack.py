"""A coach's local pack in a real browser: type prices into the table, load a file, share
its link, and open that link in a fresh browser as a client would."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, FilePayload, Page, expect
from pypdf import PdfReader

from tests.browser.conftest import after_frames, no_exception, open_app, rerun_after, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "example-pack.csv"
SIGNED = "Prices set by Example Wellness Studio, 20 Nov 2026 (not checked by us)"
ROW, HEADER = 35, 35  # px: the data editor's row and header heights


def upload(page: Page, data: bytes, name: str = "local-prices.csv") -> None:
    file: FilePayload = {"name": name, "mimeType": "text/csv", "buffer": data}
    rerun_after(
        page,
        lambda: page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(files=[file]),
    )


def share_link(page: Page) -> str:
    """The link for clients, once the page has written it."""
    box = page.locator(".st-key-share_link_find input")
    expect(box).to_have_value(re.compile(r"/\?pack=1\."))
    return box.input_value()


@contextmanager
def fresh_browser(browser: Browser, width: int = 1280) -> Iterator[BrowserContext]:
    """A client's browser: a new context, so no session, no cookies and nothing stored."""
    context = browser.new_context(viewport={"width": width, "height": 844}, accept_downloads=True)
    try:
        yield context
    finally:
        context.close()


def type_in_cell(page: Page, table: str, row: int, column: int, text: str) -> None:
    """Type into a cell of a data editor the way a person does with the keyboard: select the
    first cell, move to the cell with the arrow keys, press Enter to open the cell's editor,
    type, press Enter, then wait for the rerun that the edit starts to begin and end."""
    grid = page.locator(f".st-key-{table} canvas").first
    expect(grid).to_be_visible()
    grid.evaluate("canvas => canvas.scrollIntoView({block: 'center'})")  # clear of the sticky menu
    after_frames(page)
    box = grid.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + 20, box["y"] + HEADER + ROW // 2)
    for _ in range(row):
        page.keyboard.press("ArrowDown")
    for _ in range(column):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    editor = page.locator("#portal .gdg-style")  # the grid's overlay editor, for any kind of cell
    expect(editor).to_be_visible()
    page.keyboard.type(text, delay=30)
    rerun_after(page, lambda: page.keyboard.press("Enter"))
    expect(editor).to_have_count(0)


def test_a_coach_loads_a_pack_and_a_client_opens_its_link_in_a_fresh_browser(
    browser: Browser, server: Server, page: Page
) -> None:
    open_app(page, server.url + "/pack")
    upload(page, EXAMPLE.read_bytes())
    expect(page.get_by_text("Loaded 5 rows. These prices are now in use.")).to_be_visible()
    expect(page.get_by_role("textbox", name="Your name or practice")).to_have_value("Example Wellness Studio")
    expect(page.get_by_text("The link and the file hold only your name or practice")).to_be_visible()
    link = share_link(page)
    assert "/?pack=1." in link

    # A client opens the link in a fresh browser, on a phone.
    with fresh_browser(browser, width=390) as fresh:
        client = open_app(fresh.new_page(), link)
        expect(client.locator("h1").first).to_have_text("Find my options")
        expect(client.get_by_text(f"Local prices in use. {SIGNED}.", exact=False)).to_be_visible()
        expect(client.get_by_text("Local price: $55 to $70 a session", exact=False).first).to_be_attached()
        no_exception(client)
        # National figures stay one click away.
        client.get_by_text("Our national prices, for comparison").click()
        wait_for_app_run(client)
        expect(
            client.get_by_role(
                "cell", name="Doctor visit $138 to $183, plus the medicine (price unknown)"
            ).first
        ).to_be_visible()
        # The handout carries the local prices, marked and signed.
        with client.expect_download() as info:
            client.get_by_role("button", name="Download the handout (PDF)").click()
        data = Path(info.value.path()).read_bytes()
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        assert "Local price" in text and "Example Wellness Studio" in text


def test_a_bad_file_lists_row_column_and_rule_and_changes_nothing(server: Server, page: Page) -> None:
    open_app(page, server.url + "/pack")
    upload(page, EXAMPLE.read_bytes())
    before = share_link(page)
    bad = (
        b"kind,option_id,price_low_usd,price_high_usd,price_unit,set_by,set_on\n"
        b"option,massage,70,55,session,Me,2026-11-20\n"
        b"service,unicorn_dust,-5,abc,week,Me,2026-11-20\n"
    )
    upload(page, bad, "broken.csv")
    expect(page.get_by_text("We could not use this file, so nothing changed.")).to_be_visible()
    problems = page.locator("table.relief-table").first  # plain text: escaped HTML, never Markdown
    for text in ("must not be more than price_high_usd", "must be one of our option ids", "unicorn_dust"):
        expect(problems.get_by_text(text, exact=False).first).to_be_visible()
    expect(problems.get_by_role("cell", name="price_unit", exact=True).first).to_be_visible()
    # Nothing was lost: the coach's pack is still in the tables and still in use.
    expect(page.get_by_role("textbox", name="Your name or practice")).to_have_value("Example Wellness Studio")
    assert share_link(page) == before
    no_exception(page)


def test_a_file_that_is_not_csv_text_is_refused_plainly(server: Server, page: Page) -> None:
    open_app(page, server.url + "/pack")
    upload(page, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.csv")
    expect(page.get_by_text("is not a CSV text file", exact=False)).to_be_visible()
    no_exception(page)


def test_a_coach_types_a_price_and_the_link_carries_it(browser: Browser, server: Server, page: Page) -> None:
    open_app(page, server.url + "/pack")
    massage = 8  # the ninth option in the table, from 0
    type_in_cell(page, "pack_prices", massage, 3, "55")
    # Half a price is a problem, named by table, row and column; it is not used yet.
    unused = page.get_by_text("your latest changes are not in use yet", exact=False)
    expect(unused).to_be_visible()
    expect(page.get_by_role("cell", name="High price ($)")).to_be_visible()
    type_in_cell(page, "pack_prices", massage, 4, "70")
    type_in_cell(page, "pack_prices", massage, 5, "a session")
    type_in_cell(page, "pack_prices", massage, 6, "4")
    # Only the name is missing now.
    expect(page.get_by_role("cell", name="must be filled in, above the tables")).to_be_visible()
    expect(page.get_by_role("cell", name="High price ($)")).to_have_count(0)
    name = page.get_by_role("textbox", name="Your name or practice")
    name.fill("Dana Lee")
    name.press("Enter")
    expect(unused).to_have_count(0)
    link = share_link(page)
    with fresh_browser(browser) as fresh:
        client = open_app(fresh.new_page(), link.replace("/?", "/compare?options=massage,heat&"))
        expect(
            client.get_by_text("Local price: $55 to $70 a session, 4 a month", exact=False).first
        ).to_be_visible()
        expect(client.get_by_text("Prices set by Dana Lee", exact=False).first).to_be_visible()


def test_a_changed_link_falls_back_to_national_prices_with_a_notice(server: Server, page: Page) -> None:
    open_app(page, server.url + "/pack")
    upload(page, EXAMPLE.read_bytes())
    link = share_link(page)
    open_app(page, link[:-8] + "&severity=moderate")
    expect(page.get_by_text("We ignored the local prices in this link", exact=False)).to_be_visible()
    expect(page.get_by_text("Local prices in use")).to_have_count(0)
    no_exception(page)
