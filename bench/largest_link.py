"""The largest valid link against a plain one: each page's warm rerun, in the same run.

The requirement: the largest link the app reads without a notice (a coach's pack as long
as a link may hold it, 60 check-ins, four options and a two-option plan, every other name
set) costs at most 2× a warm rerun of the same page with a plain link (the situation only).
The link is parsed once, when it changes (`dashboard.view.resolve` keeps what it read for
the session), so a rerun with a long link should cost about what a plain one does.

Both sessions of a page are open at once in AppTest and run in turn (long, plain; then
plain, long), so machine noise falls on both alike. Before timing, the long session is
checked: it shows no notice, and Check in shows all 60 check-ins.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path
from typing import Any

from bench.pack_rerun import full_pack, warm_session
from dashboard import pack as packs
from dashboard.checkin import MAX_CHECKINS, CheckIn
from dashboard.data import Dataset
from dashboard.link_values import MAX_OPTIONS, MAX_PLAN
from dashboard.situation import Situation
from dashboard.view import LINK_NAMES, View

TARGET = 2.0  # the largest valid link / a plain one, at most
PAGES = {
    "/": "../pages/find.py",
    "/compare": "../pages/compare.py",
    "/present": "../pages/present.py",
    "/checkin": "../pages/checkin.py",
}
PLAIN = {"severity": "moderate", "duration": "acute"}


def link_pack(ds: Dataset) -> packs.Pack:
    """The benchmark's full pack cut to the most rows whose link still fits `LINK_LIMIT`."""
    pack = full_pack(ds)
    for end in range(len(pack.rows), 0, -1):
        cut = packs.Pack(pack.set_by, pack.set_on, pack.rows[:end])
        if packs.link_value(cut) is not None:
            return cut
    raise RuntimeError("no pack row fits in a link")


def largest_view(ds: Dataset, today: dt.date) -> View:
    ids = ds.option_ids
    checkins = tuple(
        CheckIn(today - dt.timedelta(days=MAX_CHECKINS - 1 - i), 7 - i % 5, 3 + i % 5, "some", "none")
        for i in range(MAX_CHECKINS)
    )
    return View(
        situation=Situation().answer(severity="moderate", duration="acute", budget=80, need="today"),
        weights=(4, 3, 2, 5, 1, 3),  # one level for each of scoring.ATTRIBUTES
        options=tuple(ids[:MAX_OPTIONS]),
        slide=2,
        plan=tuple(ids[:MAX_PLAN]),
        planned=checkins[0].day,
        checkins=checkins,
        pack=link_pack(ds),
    )


def largest_query(ds: Dataset, today: dt.date) -> dict[str, str]:
    """Every link name the app writes, each with its largest valid value for this view."""
    view = largest_view(ds, today)
    return {n.name: value for n in LINK_NAMES if (value := n.write(view)) is not None}


def measure(app: Path, ds: Dataset, runs: int) -> dict[str, Any]:
    query = largest_query(ds, dt.date.today())
    out: dict[str, Any] = {"link_chars": sum(len(k) + len(v) + 2 for k, v in query.items()), "pages": {}}
    for name, page in PAGES.items():
        sessions = {"plain": warm_session(app, page, PLAIN), "largest": warm_session(app, page, query)}
        long = sessions["largest"]
        if long.exception or any("was not understood" in str(w.value) for w in long.warning):
            raise RuntimeError(f"{name}: the largest link was not read in full")
        if name == "/checkin" and f"Your check-ins ({MAX_CHECKINS})" not in [h.value for h in long.header]:
            raise RuntimeError(f"{name}: the page did not show all {MAX_CHECKINS} check-ins")
        times: dict[str, list[float]] = {"plain": [], "largest": []}
        for run in range(runs):
            for variant in ("largest", "plain") if run % 2 == 0 else ("plain", "largest"):
                start = time.perf_counter()
                sessions[variant].run()
                times[variant].append(time.perf_counter() - start)
        plain, largest = (round(statistics.median(times[v]) * 1000, 1) for v in ("plain", "largest"))
        out["pages"][name] = {"plain": plain, "largest": largest, "ratio": round(largest / plain, 3)}
    out["target"] = TARGET
    return out


def report(results: dict[str, Any]) -> str:
    f = results["largest_link_ms"]
    lines = [
        f"Warm rerun with the largest valid link ({f['link_chars']:,} characters: pack, 60 check-ins, "
        f"4 options, plan) beside a plain link, run in turn, median of {results['runs']['rerun']} each",
        f"{'page':<12}{'plain ms':>10}{'largest ms':>12}{'ratio':>9}",
    ]
    for page, v in f["pages"].items():
        lines.append(f"{page:<12}{v['plain']:>10.1f}{v['largest']:>12.1f}{v['ratio']:>8.2f}×")
    worst = max(v["ratio"] for v in f["pages"].values())
    lines.append(
        f"Target: at most {f['target']}× a plain link: worst {worst:.2f}× ({'met' if worst <= f['target'] else 'missed'})"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    from dashboard.data import load_dataset

    print(
        report(
            {
                "largest_link_ms": measure(
                    Path(__file__).parents[1] / "dashboard" / "app.py", load_dataset(), 15
                ),
                "runs": {"rerun": 15},
            }
        )
    )
