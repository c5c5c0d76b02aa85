"""Coach mode in front of a client, round 2 (usability-2 D1, D2, D3): the arrow keys work as
soon as Presenting is on, with no focus frame; the chart slide is whole the moment it shows;
the chart says "Not known" where a bar is missing, and its type grows on a projector."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard import scoring, slides
from dashboard.charts import scores
from dashboard.situation import Situation
from dashboard.view import View
from tests.browser.conftest import open_app, wait_for_app_run
from tests.conftest import fixture_dataset
from tools.server import Server

pytestmark = pytest.mark.browser

OPTIONS = ("massage", "water_therapy", "exercise")
VIEW = View(Situation(duration="chronic"), options=OPTIONS)
DECK = f"/present?options={','.join(OPTIONS)}&duration=chronic"
CHART = next(n for n, s in enumerate(slides.build_slides(fixture_dataset(), VIEW), 1) if s.kind == "chart")
LAST_OPTION = slides.build_slides(fixture_dataset(), VIEW)[CHART - 2]
MISSING = sum(
    scoring.profile(fixture_dataset().for_duration("chronic").option(o)).as_dict()[a] is None
    for o in OPTIONS
    for a in scoring.ATTRIBUTES
)

# Every change to the slide, as the client could see it: the title shown, whether any fact
# of the last option slide is visible, and whether the chart is drawn and visible.
WATCH = """([chartTitle, oldFact]) => {
  window.__slideStates = [];
  window.__slideBad = [];
  const seen = (el) => el.checkVisibility({visibilityProperty: true, opacityProperty: false});
  const look = () => {
    const slide = document.querySelector('.st-key-slide');
    if (!slide) return;
    const title = [...slide.querySelectorAll('h1')].filter(seen).map(h => h.innerText.trim()).join(' | ');
    const oldFacts = [...slide.querySelectorAll('p, li')].some(e => e.innerText.includes(oldFact) && seen(e));
    const svg = [...slide.querySelectorAll('.st-key-slide_chart .main-svg')].some(seen);
    const body = [...slide.querySelectorAll('.relief-slide')].some(e => seen(e) && e.innerText.includes('No bar means'));
    const state = {title, oldFacts, svg, body};
    window.__slideStates.push(state);
    if (title.includes(chartTitle) && oldFacts) window.__slideBad.push(['old facts under the chart title', state]);
    if (body && !svg) window.__slideBad.push(['the chart slide without its chart', state]);
  };
  window.__slideWatch = new MutationObserver(look);
  window.__slideWatch.observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
}"""


def present(page: Page, url: str) -> int:
    """Open Coach mode at `url`, switch on Presenting, and return the number of slides."""
    open_app(page, url)
    page.get_by_text("Presenting", exact=True).click()
    wait_for_app_run(page)
    expect(page.get_by_role("navigation", name="App pages")).to_be_hidden()
    return int(page.get_by_text(re.compile(r"^Slide \d+ of \d+$")).inner_text().split(" of ")[1])


def test_the_arrow_keys_work_as_soon_as_presenting_is_on(server: Server, page: Page) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    count = present(page, server.url + DECK)
    expect(page.get_by_text(f"Slide 1 of {count}")).to_be_visible()
    # No click anywhere first: the app itself moves focus to the slide. On a busy machine that
    # script can run a moment after the slide shows, so wait for the focus, not for a time.
    expect(page.locator(".st-key-slide")).to_be_focused()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text(f"Slide 2 of {count}")).to_be_visible()
    wait_for_app_run(page)
    page.keyboard.press("ArrowLeft")
    expect(page.get_by_text(f"Slide 1 of {count}")).to_be_visible()
    wait_for_app_run(page)
    # No focus frame: neither the slide (which has focus) nor the main area draws an outline.
    focused = page.evaluate(
        """() => {
          const el = document.activeElement;
          const main = document.querySelector('[data-testid="stMain"]');
          return {
            onSlide: !!el.closest('.st-key-slide'),
            outline: getComputedStyle(el).outlineStyle,
            main: getComputedStyle(main).outlineStyle,
          };
        }"""
    )
    assert focused == {"onSlide": True, "outline": "none", "main": "none"}, focused


def test_the_chart_slide_is_whole_the_moment_it_shows(fresh_server: Server, page: Page) -> None:
    # A fresh server and browser: the first visit to the chart slide, as in the review.
    page.set_viewport_size({"width": 1920, "height": 1080})
    count = present(page, fresh_server.url + DECK)
    for number in range(2, CHART):  # through the deck from slide 1, as a coach does
        page.keyboard.press("ArrowRight")
        expect(page.get_by_text(f"Slide {number} of {count}")).to_be_visible()
    wait_for_app_run(page)
    expect(page.locator(".st-key-slide h1")).to_have_text(LAST_OPTION.title)
    old_fact = f"{LAST_OPTION.facts[-1][0]}:"
    page.evaluate(WATCH, ["How the options compare", old_fact])
    page.keyboard.press("ArrowRight")
    expect(page.get_by_text(f"Slide {CHART} of {count}")).to_be_visible()
    wait_for_app_run(page)
    expect(page.locator(".st-key-slide_chart .main-svg").filter(visible=True).first).to_be_visible()
    bad = page.evaluate("() => { window.__slideWatch.disconnect(); return window.__slideBad; }")
    states = page.evaluate("() => window.__slideStates")
    assert any(s["title"] == "How the options compare" and s["svg"] for s in states), states[-3:]
    assert bad == [], bad[:3]


def chart_type(page: Page) -> dict[str, float]:
    """The visible slide chart's legend type size and plot height, in px."""
    measured: dict[str, float] = page.evaluate(
        """() => {
          const svg = [...document.querySelectorAll('.st-key-slide_chart .main-svg')]
            .find(e => e.checkVisibility({visibilityProperty: true}));
          const legend = svg.closest('.js-plotly-plot').querySelector('.legendtext');
          const plot = svg.closest('.js-plotly-plot').querySelector('.bglayer rect, .nsewdrag');
          return {legend: parseFloat(getComputedStyle(legend).fontSize), plot: plot.getBoundingClientRect().height};
        }"""
    )
    return measured


def test_the_chart_says_not_known_and_grows_on_a_projector(server: Server, page: Page) -> None:
    sizes = {}
    for width, height in ((1280, 800), (1920, 1080)):
        page.set_viewport_size({"width": width, "height": height})
        present(page, server.url + DECK + f"&slide={CHART}")
        expect(page.get_by_text("No bar means not known. It is not a zero.")).to_be_visible()
        chart = page.locator(".st-key-slide_chart .js-plotly-plot").filter(visible=True)
        expect(chart).to_have_count(1)
        labels = chart.locator(".annotation-text").filter(has_text=scores.NOT_KNOWN)
        expect(labels).to_have_count(MISSING)
        expect(labels.first).to_be_visible()
        sizes[height] = chart_type(page)
        box = page.locator(".st-key-slide").bounding_box()
        assert box is not None and box["y"] + box["height"] <= height, (width, box)
    assert sizes[1080]["legend"] >= 20 > sizes[800]["legend"] >= 14, sizes
    assert sizes[1080]["plot"] > sizes[800]["plot"] * 1.4, sizes
