"""Rosa's journey after the second usability review, in a real browser at phone width: the
decision, a home option just over her budget, a card she can act on today, one option's
details, and a handout that says the same (issue 25, point 2)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect
from pypdf import PdfReader

from dashboard import guide_text
from dashboard import pack as packs
from tests.browser.conftest import no_exception, open_app
from tests.conftest import fixture_dataset
from tools.server import Server

pytestmark = pytest.mark.browser

HEAT_PACK = (
    b"kind,option_id,name,price_low_usd,price_high_usd,price_unit,per_month,offered,where,contact,note,set_by,set_on\n"
    b"option,heat,,21,24,month,,yes,,,,Dan Ortiz Wellness,2026-11-20\n"
)


def rosa_link() -> str:
    pack, problems = packs.read_csv(HEAT_PACK, fixture_dataset().option_ids)
    assert pack is not None and not problems
    value = packs.link_value(pack)
    assert value is not None
    return f"/?severity=moderate&duration=acute&doctor=no&budget=20&need=today&pack={value}"


def words(text: str) -> str:
    return " ".join(text.split())


def test_rosa_gets_a_clear_decision_her_home_option_and_a_card_to_act_on(
    server: Server, browser: Browser
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        open_app(page, server.url + rosa_link())
        main = page.locator('[data-testid="stMain"]')
        expect(main.get_by_text(guide_text.DECISION)).to_be_visible()
        expect(main.get_by_text("Local prices from Dan Ortiz Wellness")).to_be_visible()
        page.get_by_role("button", name="None of these apply").first.click()

        # Heat is $1 over her $20: named in the top answer and listed apart, with the amount.
        expect(
            main.get_by_text(
                "Just over your budget: Heat wrap or heating pad at $21 to $24 a month (a local price)."
            )
        ).to_be_visible()
        expect(page.get_by_role("heading", name="Just over your budget")).to_be_visible()
        expect(
            main.get_by_text(
                "Heat wrap or heating pad: $21 to $24 a month (a local price). At its lowest, that is $1 over your budget of $20."
            )
        ).to_be_visible()

        # The first card says how to start, and that she can start today.
        card = (  # the innermost block that holds the card's heading: the card's own box
            main.locator('[data-testid="stVerticalBlock"]')
            .filter(has=page.get_by_role("heading", name="1. Stay active"))
            .last
        )
        expect(card.get_by_text("Try it:")).to_be_visible()
        expect(card.get_by_text("You can start today.", exact=False)).to_be_visible()

        # One option's details, without a dead end: Compare's answers for this option alone.
        card.get_by_text("More about this option").click()
        expect(card.get_by_text("How long it lasts:", exact=False)).to_be_visible()
        expect(card.get_by_text("The article says:", exact=False)).to_be_visible()

        # Numbered next steps, the same list as the handout's.
        expect(page.get_by_role("heading", name="What to do next")).to_be_visible()
        steps = main.locator("ol").filter(has_text=guide_text.what_to_do_next()[0])
        expect(steps.locator("li")).to_have_count(len(guide_text.what_to_do_next()))

        with page.expect_download() as info:
            page.get_by_role("button", name="Download the handout (PDF)").click()
        data = Path(info.value.path()).read_bytes()
        text = words(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
        assert words(guide_text.DECISION) in text
        assert "What to do next" in text
        assert (
            "Heat wrap or heating pad: $21 to $24 a month (a local price). At its lowest, that is $1 over your budget of $20."
            in text
        )
        no_exception(page)
    finally:
        context.close()


def test_one_fitting_option_offers_no_compare_link(server: Server, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        # The article's options only, for mild new pain without medicines: massage alone fits.
        open_app(page, server.url + "/?severity=mild&duration=acute&medication=avoid&article=only")
        main = page.locator('[data-testid="stMain"]')
        expect(main.get_by_role("heading", name="1. Massage therapy")).to_be_visible()
        expect(main.get_by_role("heading", name="Options that fit you (1)")).to_be_visible()
        expect(page.get_by_role("link", name="side by side")).to_have_count(0)
        expect(main.get_by_text("More about this option")).to_have_count(1)
        no_exception(page)
    finally:
        page.close()
