"""First visit: what a browser with nothing cached pulls for each page, beside a bare Streamlit
page (bench/bare_app.py) measured in the same run; and Lighthouse's mobile profile for / and
/compare, beside the bare page too.

Bytes are what crossed the network (HTTP, headers included; the WebSocket's messages are
counted apart), in a fresh browser context, until the page has been quiet for a second.

Lighthouse is the npm package pinned in bench/lighthouse/package.json, installed there with
`npm ci` on first use. It drives Debian's Chromium (CHROME_PATH) and never downloads a
browser. Without Node, npm or Chromium the section says why it was skipped; the bytes
table is measured all the same. Run alone with `python -m bench.first_visit`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from tools.server import CHROMIUM_ARGS, ROOT, Server, chromium_path, start_server

BARE = "bench/bare_app.py"
LIGHTHOUSE_DIR = ROOT / "bench" / "lighthouse"
LIGHTHOUSE_BIN = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
RESULTS = ROOT / "bench" / "results"
DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
LOCAL_SCHEMES = ("data:", "blob:")

# The pages, as a person arriving from a shared link would open them.
PAGES = {
    "/": "/?severity=moderate&duration=acute",
    "/compare": "/compare?options=massage,water_therapy,otc_nsaid",
    "/guidance": "/guidance",
    "/present": "/present?options=massage,heat",
    "/about": "/about",
}
LIGHTHOUSE_PAGES = ("/", "/compare")
METRICS = {
    "fcp_ms": "first-contentful-paint",
    "lcp_ms": "largest-contentful-paint",
    "tti_ms": "interactive",
    "tbt_ms": "total-blocking-time",
}
# The targets for /, as ratios to the bare page (TBT in milliseconds).
TARGETS = {"kB": 1.3, "lcp_ms": 1.2, "tti_ms": 1.3}
TBT_TARGET_MS = 300.0
# Chunks worth naming when a page pulls them: megabytes each.
HEAVY = ("PlotlyChart", "StreamlitSyntaxHighlighter", "DeckGlJsonChart", "EChartsChart", "DataFrame")


# ------------------------------------------------------------- bytes and requests


def visit(browser: Browser, url: str) -> dict[str, Any]:
    """One first visit in a fresh context: bytes and requests over HTTP, WebSocket bytes apart,
    and requests to any other host (there must be none)."""
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    urls: dict[str, str] = {}
    sizes: dict[str, int] = {}
    socket = [0]

    def sent(event: dict[str, Any]) -> None:
        if not event["request"]["url"].startswith(LOCAL_SCHEMES):
            urls[event["requestId"]] = event["request"]["url"]

    def finished(event: dict[str, Any]) -> None:
        sizes[event["requestId"]] = int(event["encodedDataLength"])

    def frame(event: dict[str, Any]) -> None:
        socket[0] += len(event["response"]["payloadData"])

    cdp.on("Network.requestWillBeSent", sent)
    cdp.on("Network.loadingFinished", finished)
    cdp.on("Network.webSocketFrameReceived", frame)
    page.goto(url)
    page.wait_for_selector(DONE, timeout=60_000)
    page.wait_for_load_state("networkidle")
    time.sleep(1)  # a lazy chunk asked for late still counts
    page.wait_for_load_state("networkidle")
    context.close()
    origin = url.split("/", 3)[:3]
    names = {u.rsplit("/", 1)[-1].split("?")[0] for u in urls.values()}
    return {
        "kB": sum(sizes.get(i, 0) for i in urls) / 1000,
        "requests": len(urls),
        "websocket_kB": socket[0] / 1000,
        "heavy": sorted({h for h in HEAVY for n in names if n.startswith(h + ".")}),
        "elsewhere": sorted(u for u in urls.values() if u.split("/", 3)[:3] != origin),
    }


def first_visits(browser: Browser, app: Server, bare: Server, runs: int) -> dict[str, dict[str, Any]]:
    targets = {"bare": bare.url + "/", **{p: app.url + u for p, u in PAGES.items()}}
    out: dict[str, dict[str, Any]] = {}
    for name, url in targets.items():
        visits = [visit(browser, url) for _ in range(runs)]
        out[name] = {
            "kB": statistics.median(v["kB"] for v in visits),
            "requests": statistics.median(v["requests"] for v in visits),
            "websocket_kB": statistics.median(v["websocket_kB"] for v in visits),
            "heavy": visits[-1]["heavy"],
            "elsewhere": sorted({u for v in visits for u in v["elsewhere"]}),
        }
    return out


# ---------------------------------------------------------------- Lighthouse


def lighthouse_ready() -> str | None:
    """None when Lighthouse can run, else why not. Installs the pinned package on first use."""
    chromium = chromium_path()
    if chromium is None:
        return "no Chromium at /usr/bin/chromium (apt-get install chromium); Lighthouse needs one"
    if not LIGHTHOUSE_BIN.exists():
        if shutil.which("node") is None or shutil.which("npm") is None:
            return "no Node.js or npm on this machine (apt-get install nodejs npm)"
        install = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=LIGHTHOUSE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if install.returncode != 0 or not LIGHTHOUSE_BIN.exists():
            return f"`npm ci` in bench/lighthouse failed: {install.stderr.strip()[-300:]}"
    return None


def lighthouse_version() -> str:
    package = LIGHTHOUSE_DIR / "node_modules" / "lighthouse" / "package.json"
    return str(json.loads(package.read_text())["version"])


def lighthouse(url: str, report: Path) -> dict[str, float]:
    """One Lighthouse run with its default mobile profile: a mid-range phone on slow 4G,
    simulated (150 ms round trip, 1.6 Mbit/s, CPU 4x slower)."""
    env = {**os.environ, "CHROME_PATH": str(chromium_path())}
    command = [
        str(LIGHTHOUSE_BIN),
        url,
        "--only-categories=performance",
        "--output=json",
        f"--output-path={report}",
        "--chrome-flags=--headless=new --no-sandbox",
        "--quiet",
    ]
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if run.returncode != 0 or not report.exists():
        raise RuntimeError(f"lighthouse {url}: {run.stderr.strip()[-300:]}")
    result = json.loads(report.read_text())
    if result.get("runtimeError"):
        raise RuntimeError(f"lighthouse {url}: {result['runtimeError']}")
    audits = result["audits"]
    figures = {name: float(audits[audit]["numericValue"]) for name, audit in METRICS.items()}
    figures["benchmark_index"] = float(result["environment"]["benchmarkIndex"])
    return figures


def lighthouse_runs(app: Server, bare: Server, runs: int) -> dict[str, dict[str, float]]:
    """Median of `runs` per page; the pages take turns, so a busy moment hits them all."""
    targets = {"bare": bare.url + "/", **{p: app.url + PAGES[p] for p in LIGHTHOUSE_PAGES}}
    RESULTS.mkdir(parents=True, exist_ok=True)
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in targets}
    for i in range(runs):
        for name, url in targets.items():
            slug = "bare" if name == "bare" else name.strip("/") or "find"
            samples[name].append(lighthouse(url, RESULTS / f"lighthouse-{slug}-{i + 1}.json"))
    return {
        name: {key: statistics.median(s[key] for s in got) for key in got[0]} for name, got in samples.items()
    }


# ------------------------------------------------------------------- report


def ratio(value: float, reference: float) -> str:
    return f"{value / reference:.2f}×" if reference else "–"


def report(results: dict[str, Any]) -> str:
    visits = results["first_visit"]
    bare = visits["bare"]
    lines = [
        "First visit, fresh browser context (phone size): bytes over HTTP and requests, "
        f"median of {results['runs']['first_visit']}",
        f"{'page':<12}{'kB':>8}{'ratio':>8}{'requests':>10}{'ratio':>8}{'socket kB':>11}  heavy chunks",
    ]
    for name, v in visits.items():
        lines.append(
            f"{name:<12}{v['kB']:>8.0f}{ratio(v['kB'], bare['kB']):>8}{v['requests']:>10.0f}"
            f"{ratio(v['requests'], bare['requests']):>8}{v['websocket_kB']:>11.0f}  {', '.join(v['heavy']) or '–'}"
        )
    elsewhere = sorted({u for v in visits.values() for u in v["elsewhere"]})
    lines.append(
        "Requests to another host: none."
        if not elsewhere
        else "Requests to another host: " + ", ".join(elsewhere)
    )
    lines.append("")
    lh = results.get("lighthouse")
    if not isinstance(lh, dict):
        lines.append(f"Lighthouse: skipped, {lh}")
        lines.append("")
        lines.append("Targets on / (ratio to the bare page): " + "; ".join(targets_met(results)))
        return "\n".join(lines)
    figures = lh["pages"]
    ref = figures["bare"]
    lines.append(
        f"Lighthouse {lh['version']}, mobile profile (simulated slow 4G, CPU 4x slower), "
        f"median of {results['runs']['lighthouse']}; CPU benchmark index {ref['benchmark_index']:.0f}"
    )
    lines.append(f"{'page':<12}" + "".join(f"{h:>16}" for h in ("FCP s", "LCP s", "TTI s", "TBT ms")))
    for name, f in figures.items():
        cells = [
            f"{f[k] / 1000:.1f} ({ratio(f[k], ref[k])})".rjust(16) for k in ("fcp_ms", "lcp_ms", "tti_ms")
        ]
        lines.append(f"{name:<12}" + "".join(cells) + f"{f['tbt_ms']:>16.0f}")
    lines.append("")
    lines.append("Targets on / (ratio to the bare page): " + "; ".join(targets_met(results)))
    return "\n".join(lines)


def targets_met(results: dict[str, Any]) -> list[str]:
    """Each target on /, met or missed; Lighthouse's only when it ran."""
    visits = results["first_visit"]
    checks = [("bytes", visits["/"]["kB"] / visits["bare"]["kB"], TARGETS["kB"])]
    lh = results.get("lighthouse")
    pages = lh["pages"] if isinstance(lh, dict) else None
    if pages:
        checks += [
            (k[:3].upper(), pages["/"][k] / pages["bare"][k], TARGETS[k]) for k in ("lcp_ms", "tti_ms")
        ]
    out = [
        f"{name} {value:.2f}× (≤ {limit}×: {'met' if value <= limit else 'missed'})"
        for name, value, limit in checks
    ]
    if pages:
        tbt = pages["/"]["tbt_ms"]
        out.append(
            f"TBT {tbt:.0f} ms (< {TBT_TARGET_MS:.0f} ms: {'met' if tbt < TBT_TARGET_MS else 'missed'})"
        )
    return out


def measure(browser: Browser, visit_runs: int, lighthouse_runs_: int) -> dict[str, Any]:
    """Start the app and the bare page, measure both, stop them."""
    app, bare = start_server(), start_server(BARE)
    try:
        results: dict[str, Any] = {"runs": {"first_visit": visit_runs, "lighthouse": lighthouse_runs_}}
        results["first_visit"] = first_visits(browser, app, bare, visit_runs)
        why_not = lighthouse_ready() if lighthouse_runs_ else "turned off (--lighthouse-runs 0)"
        if why_not:
            results["lighthouse"] = why_not
        else:
            try:
                pages = lighthouse_runs(app, bare, lighthouse_runs_)
                results["lighthouse"] = {"version": lighthouse_version(), "pages": pages}
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                results["lighthouse"] = f"it could not run here: {exc}"
    finally:
        app.stop()
        bare.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--visits", type=int, default=3)
    parser.add_argument("--lighthouse-runs", type=int, default=3)
    args = parser.parse_args()
    os.chdir(ROOT)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        results = measure(browser, args.visits, args.lighthouse_runs)
        browser.close()
    print(report(results))


if __name__ == "__main__":
    main()
