"""The benchmark's story in one table: `python -m bench.summary` (the last step of `make bench`).

It reads the newest results of `python -m bench.run` (bench/results/latest.json) and of
`python -m bench.load` (the newest bench/results/load-*.json) and prints, for each page:
its elements on a first run, its warm rerun's CPU time, its first visit's bytes, and for
`/` and `/compare` Lighthouse's mobile LCP, TBT and TTI; then reruns per second with one
and two processes. Every figure is shown with its ratio to the bare Streamlit page
(bench/bare_app.py) measured in the same run. The table is written, as Markdown, to
bench/results/summary.md too, so it can be pasted into the README.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from tools.server import ROOT

RESULTS = ROOT / "bench" / "results"
PAGES = ("/", "/compare", "/guidance", "/present", "/about")


def _ratio(value: float | None, base: float | None) -> str:
    if value is None or not base:
        return "–"
    return f"{value / base:.2f}×"


def _cell(value: float | None, base: float | None, unit: str = "", digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}{unit} ({_ratio(value, base)})"


def newest_load() -> dict[str, Any] | None:
    """The newest load result with the app and the bare page on 1 process (a settings-only run has none)."""
    for path in sorted(RESULTS.glob("load-*.json"), reverse=True):
        result = json.loads(path.read_text(encoding="utf-8"))
        names = {r["name"] for r in result.get("results", [])}
        if {"app x1", "bare x1"} <= names:
            return dict(result)
    return None


def table(run: dict[str, Any], load: dict[str, Any] | None) -> str:
    elements, cpu = run["elements"], run["rerun_cpu_ms"]
    visits = run.get("first_visit", {})
    lh = run.get("lighthouse")
    lighthouse = lh["pages"] if isinstance(lh, dict) else {}
    bare_lh = lighthouse.get("bare", {})
    lines = [
        f"Relief Explorer against a bare Streamlit page, measured in the same run ({run['when']}, {run['machine']})",
        "",
        "| page | elements, first run | rerun CPU ms | first visit kB | Lighthouse LCP s | TBT ms | TTI s |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    bare_n, bare_cpu = elements["bare"]["elements"], cpu["bare"]
    bare_kb = visits.get("bare", {}).get("kB")
    for page in ("bare", *PAGES):
        f = lighthouse.get(page, {})
        lcp = _cell(f["lcp_ms"] / 1000, bare_lh["lcp_ms"] / 1000, digits=1) if f else "–"
        tti = _cell(f["tti_ms"] / 1000, bare_lh["tti_ms"] / 1000, digits=1) if f else "–"
        tbt = f"{f['tbt_ms']:,.0f} ({bare_lh['tbt_ms']:,.0f} bare)" if f else "–"
        kb = visits.get(page, {}).get("kB")
        lines.append(
            f"| `{page}` | {_cell(elements[page]['elements'], bare_n)} | {_cell(cpu[page], bare_cpu, digits=1)} "
            f"| {_cell(kb, bare_kb)} | {lcp} | {tbt} | {tti} |"
        )
    if load:
        by = {r["name"]: r for r in load["results"]}
        app1, app2, bare1, bare2 = (by.get(n) for n in ("app x1", "app x2", "bare x1", "bare x2"))
        lines += [
            "",
            f"Reruns per second, {load['results'][0]['sessions']} sessions through nginx ({load['when']})",
            "",
        ]
        lines += ["| processes | app | bare page | app / bare |", "| --- | --- | --- | --- |"]
        for n, app, bare in ((1, app1, bare1), (2, app2, bare2)):
            if app and bare:
                lines.append(
                    f"| {n} | {app['per_second']:.1f} | {bare['per_second']:.1f} | "
                    f"{_ratio(app['per_second'], bare['per_second'])} |"
                )
        if app1 and app2:
            lines.append(
                f"| 2 over 1 | {_ratio(app2['per_second'], app1['per_second'])} | "
                f"{_ratio(bare2['per_second'], bare1['per_second']) if bare1 and bare2 else '–'} | |"
            )
    return "\n".join(lines)


def main() -> int:
    latest = RESULTS / "latest.json"
    if not latest.exists():
        print("No bench/results/latest.json yet: run `python -m bench.run` first.")
        return 1
    text = table(json.loads(latest.read_text(encoding="utf-8")), newest_load())
    (RESULTS / "summary.md").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
