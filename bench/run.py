"""Benchmark: Relief Explorer against Streamlit's own floor, measured in the same run.

Run from the repository root with `make bench`. Prints a table and writes JSON to
bench/results/ (git-ignored). Every figure is a median of repeated runs, shown
beside the reference app (bench/reference_app.py) and as a ratio to it.

Find's warm rerun with a coach's full local pack is set beside the same page without
one, in the same run (bench/pack_rerun.py). Run that figure alone, quickly, with
`python -m bench.run --only pack`.

The first-visit section (bench/first_visit.py) sets bytes, requests and Lighthouse's mobile
profile beside a bare Streamlit page instead (bench/bare_app.py), in the same run.

Timed here, never in the tests: a noisy machine must not fail a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
from playwright.sync_api import Browser, Page, sync_playwright
from streamlit.testing.v1 import AppTest

from bench import elements, first_visit, largest_link, pack_rerun
from bench.synthetic import synthetic_dataset
from dashboard import compare
from dashboard.data import load_dataset
from dashboard.matching import DEFAULT_WEIGHTS, match, rank
from dashboard.situation import Situation
from tools.server import CHROMIUM_ARGS, ROOT, Server, chromium_path, start_server

RESULTS = ROOT / "bench" / "results"
APP = ROOT / "dashboard" / "app.py"
REFERENCE = ROOT / "bench" / "reference_app.py"
BARE = ROOT / "bench" / "bare_app.py"
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'

PAGES = {
    "/": ("../pages/find.py", "/?severity=moderate&duration=acute"),
    "/compare": ("../pages/compare.py", "/compare?options=massage,water_therapy,otc_nsaid"),
    "/guidance": ("../pages/guidance.py", "/guidance"),
    "/present": ("../pages/present.py", "/present?options=massage,heat"),
    "/about": ("../pages/about.py", "/about"),
}
# What "the first answer a user can read" is on each page.
FIRST_ANSWER = {
    "/": "text=guidelines suggest starting with",
    "/compare": "h2:has-text('Side by side')",
    "/guidance": "h2:has-text('In short')",
    "/present": "text=Slide 1 of",
    "/about": "h2:has-text('Not medical advice')",
    "reference": "[data-testid='stDataFrame']",
}
CHART = ".js-plotly-plot .main-svg"


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


# ------------------------------------------------------------- warm reruns


def warm_rerun(script: Path, page: str | None, runs: int) -> tuple[float, float]:
    """A page's warm rerun in AppTest: the median wall time, and the median CPU time of this
    process (AppTest runs the script in it), both in seconds."""
    at = AppTest.from_file(str(script), default_timeout=60)
    at.run()
    if page:
        at.switch_page(page)
    at.run()  # warm: caches filled, modules imported
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        at.run()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if at.exception:
        raise RuntimeError(f"{script} {page}: {at.exception}")
    return median(times), median(cpu)


def page_elements() -> dict[str, dict[str, Any]]:
    """Each page's first run in a new session, with its benchmark link: elements and blocks."""
    out: dict[str, dict[str, Any]] = {}
    for name, script in (("reference", REFERENCE), ("bare", BARE)):
        out[name] = elements.first_run(str(script)).__dict__
    for name, (page, url) in PAGES.items():
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
        out[name] = elements.first_run(str(APP), None if name == "/" else page, query).__dict__
    return out


# ---------------------------------------------------------------- browser


# The switch a page draws its charts behind (Plotly's code comes only when asked for).
CHART_SWITCH = {"/compare": "Show the charts", "/guidance": "Show the chart"}


def timed_load(
    browser: Browser, url: str, answer: str, chart: bool, switch: str = ""
) -> tuple[float, float | None]:
    """Navigation to the first answer, and to the first chart; with `switch`, the chart is
    timed from the same start, with the switch clicked as soon as the answer is there."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.locator(answer).first.wait_for(state="visible", timeout=60_000)
    first_answer = time.perf_counter() - start
    first_chart = None
    if chart:
        if switch:
            page.get_by_text(switch).first.click()
        page.locator(CHART).first.wait_for(state="visible", timeout=60_000)
        first_chart = time.perf_counter() - start
    context.close()
    return first_answer, first_chart


def browser_loads(
    browser: Browser, server: Server, ref: Server, runs: int
) -> dict[str, dict[str, float | None]]:
    out: dict[str, dict[str, float | None]] = {}
    targets = [
        # Find draws its chart only when asked, so its first visit has no chart to wait for;
        # Compare and Guidance draw theirs behind a switch, clicked once the answer is there.
        (p, server.url + url, FIRST_ANSWER[p], p in CHART_SWITCH)
        for p, (_, url) in PAGES.items()
    ]
    targets.append(("reference", ref.url + "/", FIRST_ANSWER["reference"], True))
    for name, url, answer, chart in targets:
        switch = CHART_SWITCH.get(name, "")
        timed_load(browser, url, answer, chart, switch)  # warm the server's caches once
        answers, charts = [], []
        for _ in range(runs):
            a, c = timed_load(browser, url, answer, chart, switch)
            answers.append(a)
            if c is not None:
                charts.append(c)
        out[name] = {"first_answer": median(answers), "first_chart": median(charts) if charts else None}
    return out


def chart_drawn(page: Page) -> None:
    page.locator(CHART).first.wait_for(state="visible")


def interaction(
    browser: Browser,
    url: str,
    act: Callable[[Page], None],
    check: Callable[[Page], None],
    runs: int,
    ready: Callable[[Page], None] = chart_drawn,
) -> float:
    times = []
    for _ in range(runs + 1):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector(DONE)
        ready(page)
        start = time.perf_counter()
        act(page)
        check(page)
        times.append(time.perf_counter() - start)
        context.close()
    return median(times[1:])


def find_interaction(browser: Browser, server: Server, runs: int) -> float:
    def ready(page: Page) -> None:  # the chart is drawn once asked for; then the clock starts
        page.get_by_text("Show the chart of the scores").click()
        page.wait_for_selector(DONE)
        chart_drawn(page)

    def act(page: Page) -> None:
        page.get_by_role("radiogroup", name="How bad is the pain?").get_by_role("radio", name="Mild").click()

    def check(page: Page) -> None:  # mild pain: aspirin fits (acetaminophen is listed apart, advised against)
        page.get_by_role("heading", name="Aspirin", exact=False).first.wait_for(state="visible")
        page.locator(".js-plotly-plot text", has_text="Aspirin").first.wait_for(state="attached")

    return interaction(browser, server.url + "/?severity=moderate", act, check, runs, ready)


def reference_interaction(browser: Browser, ref: Server, runs: int) -> float:
    def act(page: Page) -> None:
        page.get_by_text("Reverse").click()

    def check(page: Page) -> None:
        page.wait_for_function(
            "() => { const t = [...document.querySelectorAll('.js-plotly-plot .ytick text')];"
            " return t.length && t[0].textContent === 'Row 11'; }"
        )

    return interaction(browser, ref.url + "/", act, check, runs)


# ----------------------------------------------------------------- server


def rss_mb(server: Server) -> float:
    proc = psutil.Process(server.process.pid)
    total = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
    return float(total) / 2**20


def server_figures(browser: Browser, script: str, path: str, answer: str, runs: int) -> dict[str, float]:
    starts = []
    for _ in range(runs):
        start = time.perf_counter()
        srv = start_server(script)
        starts.append(time.perf_counter() - start)
        srv.stop()
    srv = start_server(script)
    try:
        time.sleep(1)
        idle = rss_mb(srv)
        contexts = []

        def open_session() -> None:
            context = browser.new_context()
            page = context.new_page()
            page.goto(srv.url + path)
            page.locator(answer).first.wait_for(state="visible", timeout=60_000)
            page.wait_for_selector(DONE)
            contexts.append(context)

        open_session()
        time.sleep(1)
        one = rss_mb(srv)
        for _ in range(9):
            open_session()
        time.sleep(1)
        ten = rss_mb(srv)
        for context in contexts:
            context.close()
    finally:
        srv.stop()
    return {
        "start_to_healthy_s": median(starts),
        "rss_idle_mb": idle,
        "rss_one_session_mb": one,
        "rss_ten_sessions_mb": ten,
        "growth_per_extra_session_mb": (ten - one) / 9,
    }


# ------------------------------------------------------------ scale check


def scale_check(repeats: int) -> list[dict[str, float]]:
    base = load_dataset()
    rows = []
    for count in (11, 100, 1000):
        ds = base if count == 11 else synthetic_dataset(base, count)
        situation = Situation()
        t_match, t_rank, t_grid4, t_grid_all = [], [], [], []
        for _ in range(repeats):
            start = time.perf_counter()
            matches = match(ds.options, situation)
            t_match.append(time.perf_counter() - start)
            start = time.perf_counter()
            rank(matches, DEFAULT_WEIGHTS)
            t_rank.append(time.perf_counter() - start)
            start = time.perf_counter()
            compare.grid(ds, list(ds.option_ids[:4]))
            t_grid4.append(time.perf_counter() - start)
            start = time.perf_counter()
            compare.grid(ds, list(ds.option_ids))
            t_grid_all.append(time.perf_counter() - start)
        rows.append(
            {
                "options": count,
                "match_ms": ms(median(t_match)),
                "rank_ms": ms(median(t_rank)),
                "grid_4_ms": ms(median(t_grid4)),
                "grid_all_ms": ms(median(t_grid_all)),
            }
        )
    return rows


# ------------------------------------------------------------------ report


def ratio(value: float | None, reference: float | None) -> str:
    if value is None or not reference:
        return "–"
    return f"{value / reference:.2f}×"


def report(results: dict[str, Any]) -> str:
    lines = [f"Relief Explorer benchmark, {results['when']} on {results['machine']}", ""]
    ref = results["warm_rerun_ms"]["reference"]
    cpu, bare_cpu = results["rerun_cpu_ms"], results["rerun_cpu_ms"]["bare"]
    counts, bare_count = results["elements"], results["elements"]["bare"]["elements"]
    lines.append(
        f"Warm script rerun (AppTest, median of {results['runs']['rerun']}); elements on a first run"
    )
    lines.append(
        f"{'page':<12}{'ms':>9}{'reference':>12}{'ratio':>9}{'CPU ms':>9}{'bare':>7}{'ratio':>9}"
        f"{'elements':>10}{'bare':>6}{'ratio':>8}"
    )
    for page, value in results["warm_rerun_ms"].items():
        n = counts[page]["elements"]
        lines.append(
            f"{page:<12}{value:>9.1f}{ref:>12.1f}{ratio(value, ref):>9}{cpu[page]:>9.1f}{bare_cpu:>7.1f}"
            f"{ratio(cpu[page], bare_cpu):>9}{n:>10}{bare_count:>6}{ratio(n, bare_count):>8}"
        )
    lines.append("")
    if "pack_rerun_ms" in results:
        lines += [pack_rerun.report(results), ""]
    if "largest_link_ms" in results:
        lines += [largest_link.report(results), ""]
    lines.append(
        "Chromium, fresh context: navigation to first readable answer and first chart "
        f"(median of {results['runs']['browser']})"
    )
    lines.append(f"{'page':<12}{'answer ms':>11}{'ref':>8}{'ratio':>8}{'chart ms':>11}{'ref':>8}{'ratio':>8}")
    loads = results["browser_ms"]
    ra, rc = loads["reference"]["first_answer"], loads["reference"]["first_chart"]
    for page, v in loads.items():
        if page == "reference":
            continue
        chart = "–" if v["first_chart"] is None else f"{v['first_chart']:.0f}"
        lines.append(
            f"{page:<12}{v['first_answer']:>11.0f}{ra:>8.0f}{ratio(v['first_answer'], ra):>8}"
            f"{chart:>11}{rc:>8.0f}{ratio(v['first_chart'], rc):>8}"
        )
    lines.append("")
    i = results["interaction_ms"]
    lines.append(
        f"Interaction on / (severity to Mild, until cards and chart change): {i['find']:.0f} ms; "
        f"reference toggle: {i['reference']:.0f} ms; ratio {ratio(i['find'], i['reference'])}"
    )
    lines.append("")
    lines.append(f"{'server':<34}{'app':>10}{'reference':>12}{'ratio':>9}")
    s, r = results["server"]["app"], results["server"]["reference"]
    for key, label in (
        ("start_to_healthy_s", "start to healthy (s)"),
        ("rss_idle_mb", "memory idle (MB)"),
        ("rss_one_session_mb", "memory, 1 session (MB)"),
        ("rss_ten_sessions_mb", "memory, 10 sessions (MB)"),
        ("growth_per_extra_session_mb", "growth per extra session (MB)"),
    ):
        lines.append(f"{label:<34}{s[key]:>10.2f}{r[key]:>12.2f}{ratio(s[key], r[key]):>9}")
    lines.append("")
    lines.append("Scale check (synthetic options, never shipped), median ms")
    lines.append(f"{'options':>8}{'match':>9}{'rank':>9}{'grid of 4':>11}{'grid of all':>13}")
    for row in results["scale"]:
        lines.append(
            f"{row['options']:>8}{row['match_ms']:>9.2f}{row['rank_ms']:>9.2f}{row['grid_4_ms']:>11.2f}{row['grid_all_ms']:>13.1f}"
        )
    if "first_visit" in results:
        lines += ["", first_visit.report(results)]
    return "\n".join(lines)


def pack_figure(results: dict[str, Any], runs: int) -> None:
    """Find's warm rerun with a full local pack and without, in turn (bench/pack_rerun.py)."""
    name = "/"
    page, url = PAGES[name]
    results["runs"]["pack"] = runs
    results["pack_rerun_ms"] = pack_rerun.find_with_pack(APP, name, page, url, load_dataset(), runs)


def only_pack(results: dict[str, Any], runs: int) -> None:
    """`--only pack`: the pack figure alone. Its JSON is pack-<time>.json; latest.json is left alone."""
    print("warm reruns with and without a local pack ...", flush=True)
    results["runs"] = {}  # only this figure's count
    pack_figure(results, runs)
    print()
    print(pack_rerun.report(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"pack-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results, indent=2))
    print(f"\nwrote {out.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reruns", type=int, default=20)
    parser.add_argument("--loads", type=int, default=7)
    parser.add_argument("--interactions", type=int, default=7)
    parser.add_argument("--visits", type=int, default=3, help="first visits per page")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="0 skips Lighthouse")
    parser.add_argument(
        "--only",
        choices=("pack",),
        help="run one figure alone: pack is Find's warm rerun with a full local pack and without",
    )
    args = parser.parse_args()
    os.chdir(ROOT)

    results: dict[str, Any] = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}",
        "runs": {"rerun": args.reruns, "browser": args.loads, "interaction": args.interactions},
    }
    if args.only == "pack":
        only_pack(results, args.reruns)
        return
    print("elements ...", flush=True)
    results["elements"] = page_elements()
    print("warm reruns ...", flush=True)
    reruns, cpu = {}, {}
    for name, script, page in [("reference", REFERENCE, None), ("bare", BARE, None)] + [
        (name, APP, page) for name, (page, _) in PAGES.items()
    ]:
        wall, used = warm_rerun(script, page, args.reruns)
        reruns[name], cpu[name] = ms(wall), ms(used)
    results["warm_rerun_ms"] = reruns
    results["rerun_cpu_ms"] = cpu
    pack_figure(results, args.reruns)
    print("largest link ...", flush=True)
    results["largest_link_ms"] = largest_link.measure(APP, load_dataset(), args.reruns)

    print("browser ...", flush=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        app, ref = start_server(), start_server("bench/reference_app.py")
        try:
            loads = browser_loads(browser, app, ref, args.loads)
            results["browser_ms"] = {
                k: {m: None if v is None else ms(v) for m, v in d.items()} for k, d in loads.items()
            }
            results["interaction_ms"] = {
                "find": ms(find_interaction(browser, app, args.interactions)),
                "reference": ms(reference_interaction(browser, ref, args.interactions)),
            }
        finally:
            app.stop()
            ref.stop()
        print("first visit ...", flush=True)
        visits = first_visit.measure(browser, args.visits, args.lighthouse_runs)
        results["first_visit"] = visits["first_visit"]
        results["lighthouse"] = visits["lighthouse"]
        results["runs"].update(visits["runs"])
        print("server ...", flush=True)
        results["server"] = {
            "app": server_figures(browser, "dashboard/app.py", "/", FIRST_ANSWER["/"], 3),
            "reference": server_figures(browser, "bench/reference_app.py", "/", FIRST_ANSWER["reference"], 3),
        }
        browser.close()

    print("scale ...", flush=True)
    results["scale"] = scale_check(repeats=7)

    text = report(results)
    print()
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for name in (f"bench-{stamp}.json", "latest.json"):
        (RESULTS / name).write_text(json.dumps(results, indent=2))
    (RESULTS / "latest.txt").write_text(text + "\n")
    print(f"\nwrote {Path('bench/results') / 'latest.json'}")


if __name__ == "__main__":
    main()
