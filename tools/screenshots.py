"""Regenerate the screenshots in docs/screenshots/: every page at desktop and phone size.

Run from the repository root: `make screenshots` (or `.venv/bin/python -m tools.screenshots`).
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

from tools.server import CHROMIUM_ARGS, ROOT, chromium_path, start_server

OUT = ROOT / "docs" / "screenshots"
# A made-up coach's pack (tests/data/example-pack.csv), for the Local prices page and a Find
# page with local prices.
EXAMPLE_PACK = ROOT / "tests" / "data" / "example-pack.csv"


def example_link() -> str:
    from dashboard import pack
    from dashboard.data import load_dataset

    found, problems = pack.read_csv(EXAMPLE_PACK.read_bytes(), load_dataset().option_ids)
    assert found is not None and not problems, problems
    return pack.to_link(found)


PAGES = {
    "find": "/?severity=moderate&duration=acute",
    "compare": "/compare?options=massage,water_therapy,otc_nsaid",
    "guidance": "/guidance",
    "present": "/present?options=massage,heat&slide=4",
    "about": "/about",
    "pack": "/pack?pack={pack}",
    "find-local-prices": "/?severity=moderate&duration=acute&pack={pack}",
    # In Spanish: Find, and the article's quotes with our translation beside them.
    "find-es": "/?severity=moderate&duration=acute&lang=es",
    "guidance-es": "/guidance?lang=es",
}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    link = example_link()
    server = start_server()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            for size, (width, height) in SIZES.items():
                for name, path in PAGES.items():
                    context = browser.new_context(viewport={"width": width, "height": height})
                    page = context.new_page()
                    page.goto(server.url + path.format(pack=link))
                    page.wait_for_selector(DONE)
                    page.wait_for_timeout(800)  # a page may rerun once as its tables report in
                    page.wait_for_selector(DONE)
                    if name == "find-local-prices":  # the cards with local prices, below the form
                        page.get_by_text("Also an option in guidelines").first.evaluate(
                            "heading => heading.scrollIntoView({block: 'start'})"
                        )
                        page.wait_for_timeout(300)
                    if name == "compare":
                        page.get_by_text("Show the charts").click()
                        page.wait_for_timeout(300)
                        page.wait_for_selector(DONE)
                        page.locator(".js-plotly-plot .main-svg").first.wait_for(state="attached")
                    target = OUT / f"{name}-{size}.png"
                    page.screenshot(path=str(target))
                    print(Path(target).relative_to(ROOT))
                    context.close()
            browser.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
