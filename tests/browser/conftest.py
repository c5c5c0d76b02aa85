"""Browser test harness: a real `streamlit run` server and Debian's Chromium via Playwright.

Modelled on Streamlit's own e2e_playwright/conftest.py: start the server on a
free port with usage stats off, wait for /_stcore/health, stop it by PID, and
wait for `[data-testid="stApp"]` to say the script is not running.

Without Chromium, outside CI, these tests skip with one line saying how to get
a browser. Under CI=true a missing browser is a failure.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from bench.load import APP, Stack, serve
from dashboard.data import Dataset
from tests.conftest import FIXTURE_DATA, fixture_dataset
from tools.serve import NO_NGINX, nginx_binary
from tools.server import CHROMIUM, CHROMIUM_ARGS, Server, start_server

# Every server these tests start (and its nginx replicas) reads the frozen fixture data.
os.environ["RELIEF_DATA_DIR"] = str(FIXTURE_DATA)

GET_A_BROWSER = (
    "No Chromium found: install Debian's chromium package (apt-get install chromium) "
    "or run `.venv/bin/playwright install chromium`."
)
SCRIPT_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def browser_path(playwright: Playwright) -> str | None:
    """Debian's Chromium if present, else Playwright's own download (None), else skip or fail."""
    if Path(CHROMIUM).exists():
        return str(CHROMIUM)
    if Path(playwright.chromium.executable_path).exists():
        return None
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(GET_A_BROWSER)
    pytest.skip(GET_A_BROWSER)


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright) -> Iterator[Browser]:
    path = browser_path(playwright_instance)
    browser = playwright_instance.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def ds() -> Dataset:
    """The data the servers under test read: the fixture, not today's data/."""
    return fixture_dataset()


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """One server shared by the journeys (each journey still opens a fresh page)."""
    srv = start_server()
    yield srv
    srv.stop()


@pytest.fixture
def fresh_server() -> Iterator[Server]:
    """A newly started server no session has opened yet, for deep-link tests."""
    srv = start_server()
    yield srv
    srv.stop()


def proxied(replicas: int) -> Iterator[Stack]:
    """`make serve`'s stack (nginx in front of `replicas` processes) for a module's tests.
    Without nginx they skip, saying how to get it; under CI=true that fails instead."""
    if nginx_binary() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(NO_NGINX)
        pytest.skip(NO_NGINX)
    with serve(APP, replicas) as running:
        yield running


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def wait_for_app_run(page: Page, timeout: float = 30_000) -> None:
    """Wait until the app has rendered and its script is no longer running."""
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout)
    page.wait_for_selector(SCRIPT_DONE, timeout=timeout)
    expect(page.locator('[data-testid="stMain"] h1').first).to_be_visible(timeout=timeout)


def open_app(page: Page, url: str) -> Page:
    page.goto(url)
    wait_for_app_run(page)
    return page


def no_exception(page: Page) -> None:
    expect(page.locator('[data-testid="stException"]')).to_have_count(0)


def expect_chosen(page: Page, question: str, answer: str) -> None:
    """The answer chosen in a segmented control of Find's Step 2."""
    expect(page.get_by_role("radiogroup", name=question).get_by_role("radio", name=answer)).to_be_checked()


WATCH_RUNS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  window.__reliefRan = false;
  if (window.__reliefWatch) window.__reliefWatch.disconnect();
  // A run can start and end before the callback runs: read each change's old value too.
  window.__reliefWatch = new MutationObserver((changes) => {
    const seen = changes.some((c) => c.oldValue === 'running');
    if (seen || app.getAttribute('data-test-script-state') === 'running') window.__reliefRan = true;
  });
  window.__reliefWatch.observe(app, {attributes: true, attributeOldValue: true, attributeFilter: ['data-test-script-state']});
}"""


# How long to watch for a run to start before relying on "not running" alone.
SEE_RUN_MS = 10_000


def rerun_after(page: Page, action: Callable[[], object], timeout: float = 30_000) -> None:
    """Do `action`, then wait until the rerun it starts has begun and ended. Waiting only for
    "not running" can pass before the rerun has even started; this waits for both.

    On a busy machine the browser can take the run's start and end in one go, and React then
    never draws "running" at all: after `SEE_RUN_MS` without seeing it, wait for the page at
    rest. Callers check what the run changes with `expect`, which waits for it."""
    page.evaluate(WATCH_RUNS)
    action()
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function("() => window.__reliefRan === true", timeout=SEE_RUN_MS, polling=100)
    wait_for_app_run(page, timeout)


def after_frames(page: Page) -> None:
    """Wait until the browser has drawn two more frames: layout from the last run is done."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
