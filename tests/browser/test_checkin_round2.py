"""Check in after the second usability review (usability-2 C3, C4, C6, K6): "Saved" said in a
status region with the copy button beside it, "Did it help?" asked rather than assumed, US
dates, and the warning signs as Step 1's grouped tick boxes."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import no_exception, open_app, rerun_after, wait_for_app_run
from tools.server import Server

pytestmark = pytest.mark.browser
# What Save changes is awaited, not the run itself: give it time on a busy machine.
expect.set_options(timeout=15_000)

PLAN = "/checkin?plan=heat&planned=2026-11-20&duration=acute"


def pick(page: Page, question: str, choice: str) -> None:
    """Pick an answer and wait for what it changes: the radio checked, then the page at rest.
    (Waiting to see the run start can miss it on a busy machine; the outcome can't be missed.)"""
    group = page.get_by_role("radiogroup", name=question)
    group.get_by_text(choice, exact=True).click()
    expect(group.get_by_role("radio", name=choice)).to_be_checked(timeout=30_000)
    wait_for_app_run(page)


def save(page: Page) -> None:
    """Press Save; each test then waits for what Save must change (a message, the link)."""
    page.get_by_role("button", name="Save this check-in").click()
    wait_for_app_run(page)


def test_save_says_saved_in_a_status_region_with_the_copy_button_beside_it(
    server: Server, context: BrowserContext, page: Page
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url)
    open_app(page, server.url + PLAN)
    pick(page, "Did it help?", "A little")
    pick(page, "Any warning signs now?", "No")
    save(page)
    said = page.get_by_role("status").filter(has_text="Saved. Your link has changed")
    expect(said).to_have_text("Saved. Your link has changed: copy it or bookmark this page again.")
    expect(page.get_by_role("heading", name="Your check-ins (1)")).to_be_visible()
    # The copy button right under the message, not only in the share box at the foot.
    copy = page.get_by_role("button", name="Copy the link").first
    below = copy.bounding_box()
    above = said.bounding_box()
    assert below and above and 0 <= below["y"] - (above["y"] + above["height"]) < 60, (above, below)
    copy.click()
    expect(page.get_by_role("status").filter(has_text="Copied").first).to_be_visible()
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == page.get_by_role("textbox", name="Link to this view").input_value()
    )
    expect(page).to_have_url(re.compile(r"checkins=\d{8}\.5\.5\.s\.n\.0"))  # the link changes as the run ends
    no_exception(page)


def test_save_asks_for_did_it_help_and_keeps_what_was_entered(server: Server, page: Page) -> None:
    open_app(page, server.url + PLAN)
    radios = page.get_by_role("radiogroup", name="Did it help?").get_by_role("radio")
    for i in range(radios.count()):
        expect(radios.nth(i)).not_to_be_checked()  # nothing picked to start with
    slider = page.get_by_role("slider", name="Pain now: 0 is none, 10 is the worst", exact=True)
    slider.focus()
    page.keyboard.press("End")
    expect(slider).to_have_attribute("aria-valuetext", "10")
    wait_for_app_run(page)
    pick(page, "Any warning signs now?", "No")
    save(page)
    asked = page.get_by_role("status").filter(has_text="Not saved yet")
    expect(asked).to_contain_text("“Did it help?”")
    expect(asked).to_contain_text("What you entered is still here.")
    expect(page.get_by_role("heading", name="Your check-ins (0)")).to_be_visible()
    expect(slider).to_have_attribute("aria-valuetext", "10")
    expect(
        page.get_by_role("radiogroup", name="Any warning signs now?").get_by_role("radio", name="No")
    ).to_be_checked()
    pick(page, "Did it help?", "No")
    save(page)
    expect(page.get_by_role("status").filter(has_text="Saved.")).to_be_visible()
    expect(page).to_have_url(re.compile(r"checkins=\d{8}\.10\.5\.n\.n\.0"))


def test_the_date_is_in_us_order(server: Server, page: Page) -> None:
    open_app(page, server.url + PLAN)
    snapshot = page.get_by_role("group", name="Date of this check-in").aria_snapshot()
    parts = re.findall(r'spinbutton "(\w+), Date of this check-in"', snapshot)
    assert parts == ["month", "day", "year"], snapshot


def test_the_warning_signs_are_step_1s_grouped_boxes_behind_a_question(server: Server, page: Page) -> None:
    open_app(page, server.url + PLAN)
    expect(page.get_by_role("checkbox", name="You have a fever")).to_have_count(0)  # folded
    expect(page.get_by_role("combobox")).to_have_count(0)  # no 26-item dropdown
    pick(page, "Any warning signs now?", "Yes, show the list")
    emergency = page.get_by_role("group", name="Get emergency help now if you have")
    urgent = page.get_by_role("group", name="Contact a doctor today if you have")
    soon = page.get_by_role("group", name="Book a visit with your doctor if you have")
    expect(emergency.get_by_role("checkbox", name="Chest pain")).to_be_visible()
    expect(urgent.get_by_role("checkbox", name="You have a fever")).to_be_visible()
    expect(soon.get_by_role("checkbox", name="The pain is very bad or getting worse")).to_be_visible()
    expect(page.get_by_text("Select all")).to_have_count(0)
    rerun_after(page, lambda: urgent.get_by_text("You have a fever", exact=True).click())
    # What it means, right under the box, as on Find.
    expect(urgent.locator('[data-testid="stAlert"]')).to_contain_text("Contact a doctor today")
    pick(page, "Did it help?", "No")
    save(page)
    # The entry keeps the level ticked (urgent), and the top says that level's action.
    expect(page).to_have_url(re.compile(r"checkins=\d{8}\.5\.5\.n\.n\.u"))
    top = page.locator('[data-testid="stAlert"]').first
    expect(top).to_contain_text("At your last check-in a warning sign applied. Contact a doctor today.")
    expect(top.locator('a[href="tel:911"]')).to_have_count(0)
    no_exception(page)


def test_yes_with_nothing_ticked_asks_which_sign(server: Server, page: Page) -> None:
    open_app(page, server.url + PLAN)
    pick(page, "Did it help?", "Yes")
    pick(page, "Any warning signs now?", "Yes, show the list")
    save(page)
    expect(page.get_by_role("status").filter(has_text="Not saved yet")).to_contain_text(
        "tick the warning sign"
    )
    expect(page.get_by_role("heading", name="Your check-ins (0)")).to_be_visible()
