"""Hardened for the open internet, checked in Chromium through nginx (`make serve`'s stack):
a hostile pack and hostile link values put no link to another host on any page, and
opening a check-in link and making a handout with a name in Chinese letters leaves
neither in any log (security review M1, M2, M3, M6)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from bench.load import Stack
from dashboard import pack as packs
from tests.browser.conftest import no_exception, open_app, proxied, wait_for_app_run
from tests.conftest import fixture_dataset

pytestmark = pytest.mark.browser

HOSTILE = "Call www.evil.example or https://evil.example/s or me@evil.example"


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    yield from proxied(1)


def hostile_pack() -> str:
    price = packs.PackRow("option", "massage", price_low_usd=50, price_high_usd=60, price_unit="month")
    service = packs.PackRow(
        "service",
        "massage",
        name="Massage at www.evil.example",
        where="https://evil.example/where",
        contact="me@evil.example",
        note=HOSTILE,
        price_low_usd=40,
        price_high_usd=40,
        price_unit="session",
        per_month=4,
    )
    water = packs.PackRow("service", "water_therapy", name="Pool http://www.evil.example/pool", note=HOSTILE)
    pack = packs.Pack("Dr www.evil.example", dt.date(2026, 11, 20), (price, service, water))
    assert packs.check_rows(packs.rows_of(pack), fixture_dataset().option_ids)[1] == []
    return packs.to_link(pack)


def links_elsewhere(page: Page, origin: str) -> list[str]:
    hrefs: list[str] = page.evaluate("[...document.querySelectorAll('a[href]')].map((a) => a.href)")
    return [
        h
        for h in hrefs
        if urlsplit(h).scheme in ("http", "https", "mailto") and not h.startswith(origin + "/")
    ]


def test_a_hostile_pack_and_link_put_no_link_to_another_host_on_any_page(stack: Stack, page: Page) -> None:
    pack = hostile_pack()
    visits = [
        f"/?severity=moderate&duration=chronic&options=www.evil.example&weights=www.evil.example:3&pack={pack}",
        f"/compare?options=massage,water_therapy,www.evil.example,me@evil.example&pack={pack}",
        *(f"/present?options=massage,water_therapy&slide={n}&pack={pack}" for n in (1, 4, 5, 6)),
        f"/checkin?plan=massage&planned=2026-11-20&options=www.evil.example&pack={pack}",
        f"/pack?pack={pack}",
    ]
    for path in visits:
        open_app(page, stack.url + path)
        no_exception(page)
        assert links_elsewhere(page, stack.url) == [], path
    # The pack's words are on the page, as plain text.
    open_app(page, stack.url + f"/compare?options=massage,water_therapy&pack={pack}")
    expect(page.get_by_text(HOSTILE).first).to_be_visible()
    assert links_elsewhere(page, stack.url) == []


def test_no_page_breaks_the_content_security_policy(stack: Stack, page: Page) -> None:
    """The full policy of tools/serve.py (CSP), with every chart drawn."""
    page.context.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', "
        "(e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    for path, chart in (
        ("/?severity=moderate&duration=acute", "Show the chart of the scores"),
        ("/compare?options=heat,massage,otc_nsaid", "Show the charts"),
        ("/guidance", "Show the chart"),
        ("/present?options=heat,massage&slide=4", None),
        ("/checkin?plan=heat&planned=2026-11-20&checkins=20261120.6.4.s.n.0_20261124.4.6.y.n.0", None),
        ("/pack", None),
        ("/about", None),
    ):
        open_app(page, stack.url + path)
        if chart:
            page.get_by_text(chart).click()
            wait_for_app_run(page)
        if chart:
            page.locator(".js-plotly-plot .main-svg").first.wait_for(state="attached")
        no_exception(page)
        assert page.evaluate("window.__csp") == [], path
    assert errors == []


def logs(stack: Stack) -> dict[str, str]:
    """Every log of the stack: nginx's access and error logs, each replica's, and serve's."""
    prefix = Path(stack.state["prefix"])
    files = [*prefix.glob("*.log"), stack.state_file.parent / "serve.err"]
    return {f.name: f.read_text(encoding="utf-8", errors="replace") for f in files if f.exists()}


def test_a_check_in_link_and_a_handout_with_a_chinese_name_leave_nothing_in_any_log(
    stack: Stack, page: Page
) -> None:
    checkins = "20261120.8.2.n.b.e_20261124.7.3.s.m.0"
    open_app(page, stack.url + f"/checkin?plan=heat&planned=2026-11-20&checkins={checkins}")
    expect(page.get_by_text("Call 911").first).to_be_visible()
    open_app(page, stack.url + "/present?options=heat,massage&slide=1")
    page.get_by_text("For the coach: options, handout and link").click()
    page.get_by_label("Your name and contact (on the handout)").fill("李医生 555-0100")
    page.get_by_label("Your name and contact (on the handout)").press("Enter")
    wait_for_app_run(page)
    page.get_by_label("Client's first name (on the handout)").fill("王小明")
    page.get_by_label("Client's first name (on the handout)").press("Enter")
    wait_for_app_run(page)
    expect(page.get_by_text("The handout can't print these letters")).to_be_visible()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the handout (PDF)").click()
    assert Path(info.value.path()).read_bytes().startswith(b"%PDF-")
    # The download is in the access log (cut to /media/...); nothing about the person is.
    found = logs(stack)
    assert "access.log" in found and "/media/..." in found["access.log"]
    for name, text in found.items():
        for private in ("李", "王小明", "555-0100", "20261120.8.2", "checkins=", "planned="):
            assert private not in text, (name, private)
        assert not re.search(r"/(_stcore/upload_file|media)/[0-9a-f]", text), name
        assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text), name
