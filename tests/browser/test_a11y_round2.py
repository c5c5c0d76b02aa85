"""Keyboard and screen-reader use after the second usability review (usability-2 K1, K4, K5,
R4): Step 1 and Step 3 are headings, each warning level is a named group, focus moves to
Step 2 after "None of these apply", icons are not read, a slider is named once, and a
focused link shows a ring."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import open_app, rerun_after
from tools.server import Server

pytestmark = pytest.mark.browser

ICONS = '[data-testid="stIconMaterial"], span[role="img"][translate="no"]'


def headings(page: Page) -> list[tuple[str, str]]:
    """The main area's headings as a screen reader lists them, in order."""
    snapshot = page.locator('[data-testid="stMain"]').aria_snapshot()
    return [(m[1], m[2]) for m in re.finditer(r'heading "([^"]+)" \[level=(\d)\]', snapshot)]


def test_step_1_and_step_3_are_headings_in_order(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    found = [name for name, level in headings(page) if level == "2" and name.startswith("Step")]
    assert found == ["Step 1. Safety check", "Step 2. Your situation", "Step 3. What matters to you?"], found
    # Still there once Step 1 is folded away after "None of these apply".
    rerun_after(page, lambda: page.get_by_role("button", name="None of these apply").first.click())
    assert ("Step 1. Safety check", "2") in headings(page)


def test_each_warning_level_is_a_named_group(server: Server, page: Page) -> None:
    open_app(page, server.url + "/")
    for level, sign in (
        ("Get emergency help now if you have", "Chest pain"),
        ("Contact a doctor today if you have", "You have a fever"),
        ("Book a visit with your doctor if you have", "The pain is very bad or getting worse"),
    ):
        group = page.get_by_role("group", name=level, exact=True)
        expect(group).to_have_count(1)
        expect(group.get_by_role("checkbox", name=sign)).to_have_count(1)
    expect(
        page.get_by_role("group", name="Get emergency help now if you have").get_by_role("checkbox")
    ).to_have_count(14)


@pytest.mark.parametrize("which", ["first", "last"])
def test_none_of_these_apply_moves_focus_to_step_2(server: Server, page: Page, which: str) -> None:
    open_app(page, server.url + "/")
    buttons = page.get_by_role("button", name="None of these apply")
    button = buttons.first if which == "first" else buttons.last
    button.focus()
    rerun_after(page, lambda: page.keyboard.press("Enter"))
    step_2 = page.get_by_role("heading", name="Step 2. Your situation")
    expect(step_2).to_be_focused()
    expect(step_2).to_be_in_viewport()
    # The next Tab goes on into Step 2's questions, not back to the top.
    page.keyboard.press("Tab")
    inside = page.evaluate(
        "() => !!document.activeElement.closest('[data-testid=\"stVerticalBlock\"]')"
        " && document.activeElement.compareDocumentPosition("
        "[...document.querySelectorAll('h2')].find(h => h.textContent.trim() === 'Step 2. Your situation')"
        ") === Node.DOCUMENT_POSITION_PRECEDING"
    )
    assert inside


@pytest.mark.parametrize(
    "path",
    ["/", "/checkin?plan=heat,exercise&planned=2026-11-20&checkins=20261120.5.6.s.n.0_20261204.7.3.n.n.0"],
)
def test_icons_are_hidden_from_assistive_technology(server: Server, page: Page, path: str) -> None:
    open_app(page, server.url + path)
    page.locator(ICONS).first.wait_for(state="attached")
    names = set(page.locator(ICONS).all_inner_texts())
    assert {"check_circle", "radio_button_checked"} & names  # the badges' icons are there, on screen
    page.wait_for_function(
        f"() => [...document.querySelectorAll('{ICONS}')].every(i => i.getAttribute('aria-hidden') === 'true')"
    )
    read = page.locator('[data-testid="stMain"]').aria_snapshot()
    # An icon read aloud shows as `img "check_circle icon"`, or as its name alone on a line.
    assert " icon" not in read, read
    alone = [n for n in names if re.search(rf"(^|[-:] ){re.escape(n)}$", read, re.MULTILINE)]
    assert not alone, read
    badge = page.locator(".stMarkdownBadge").first
    assert "icon" not in badge.aria_snapshot()


def test_a_slider_is_named_once(server: Server, page: Page) -> None:
    open_app(page, server.url + "/checkin?plan=heat")
    expect(page.get_by_role("slider", name="Pain now: 0 is none, 10 is the worst", exact=True)).to_have_count(
        1
    )
    expect(
        page.get_by_role(
            "slider", name="How much can you do: 0 is nothing, 10 is all you usually do", exact=True
        )
    ).to_have_count(1)


def test_the_link_box_is_named_without_asterisks(server: Server, page: Page) -> None:
    open_app(page, server.url + "/checkin?plan=heat")
    expect(page.get_by_role("textbox", name="Link to this view", exact=True)).to_have_count(1)


def test_a_focused_page_link_shows_an_outline(server: Server, page: Page) -> None:
    open_app(page, server.url + "/?severity=moderate&duration=acute")
    link = page.get_by_role("link", name="Compare the first 3 side by side")
    link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # by keyboard, so :focus-visible applies
    expect(link).to_be_focused()
    style = link.evaluate("el => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]")
    assert style[0] == "solid" and float(style[1].removesuffix("px")) >= 2, style
