"""Find's warm rerun with a coach's full local pack, beside the same page without one.

The requirement: a pack of the row limit (`dashboard.pack.MAX_ROWS`) keeps Find's warm
rerun within 1.2× of the same page without a pack.

The pack is as big as a pack can be: a price row for every option and the rest local
services, on several options, with long names, places, contacts and notes (each within
`TEXT_LIMITS`) and every kind of price (per session and per visit with how many a month,
a month, a course, one-off, free). It is checked with `check_rows`, as the page checks
one, and given to the page as `pack=` in the link, beside the same situation as the
other figures for / use. Such a pack's link is longer than `LINK_LIMIT`; the page reads it
all the same (up to 2 × `MAX_FILE_BYTES` characters), keeps the pack in the session, and
writes its own link without it, as it would for a person who opened that link.

Both pages are open at once, in two AppTest sessions, and run in turn (with, without;
then without, with) so machine noise falls on both alike. The figure is the ratio of
the two medians, both measured in the same run. After the runs we check that the page
with the pack really showed local prices and its services, and the other did not.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from streamlit.testing.v1 import AppTest

from dashboard import pack as packs
from dashboard.data import Dataset
from dashboard.vocab import PriceUnit

TARGET = 1.2  # with a full pack / without, at most

SET_BY = "Dana Whitfield, Eastbrook Back Care Coaching"
SET_ON = dt.date(2026, 11, 20)

# A price row for each of our options: (low, high, unit, how many a month).
OPTION_PRICES: dict[str, tuple[float, float, PriceUnit, int | None]] = {
    "stay_active": (0, 0, "month", None),
    "heat": (18, 29.5, "one_off", None),
    "acetaminophen": (6, 10, "course", None),
    "aspirin": (4, 8, "course", None),
    "otc_nsaid": (8, 14.5, "course", None),
    "rx_anti_inflammatory": (10, 35, "month", None),
    "muscle_relaxant": (12, 30, "course", None),
    "opioid": (15, 40, "course", None),
    "massage": (60, 90, "session", 4),
    "water_therapy": (8, 15, "session", 6),
    "exercise": (80, 120, "visit", 4),
}

# Local services: (option, name, low, high, unit, how many a month, note).
SERVICES: tuple[tuple[str, str, float, float, PriceUnit, int | None, str], ...] = (
    (
        "massage",
        "Remedial back massage with a licensed therapist, 45 minutes",
        55,
        70,
        "session",
        4,
        "Ask for the back care rate when you book. The first visit starts with a short talk about "
        "your pain and any health problems, so come ten minutes early.",
    ),
    (
        "water_therapy",
        "Tuesday evening aqua back class, warm pool, small group",
        8,
        12,
        "session",
        4,
        "Up to eight people, led by a physiotherapist. The pool is kept at 32 °C. Bring a towel and "
        "water; the changing rooms have lockers and a step-free entrance.",
    ),
    (
        "exercise",
        "Back care Pilates for beginners, eight-week course",
        96,
        120,
        "course",
        None,
        "Mats and small equipment are provided. The teacher adapts each exercise; tell them about "
        "your back before the first class. Missed classes can be made up the following week.",
    ),
    (
        "massage",
        "Student clinic massage, supervised by a tutor, 50 minutes",
        25,
        35,
        "session",
        2,
        "Final-year students, always with a qualified tutor in the room. Cheaper than a private "
        "clinic; book two weeks ahead in term time. Closed in August and over the winter break.",
    ),
    (
        "water_therapy",
        "Hydrotherapy pool session with a physiotherapist, one to one",
        40,
        60,
        "session",
        4,
        "A referral is not needed. The first session includes an assessment. Some health plans pay "
        "part of the cost: ask the front desk for a receipt with the therapist's licence number.",
    ),
    (
        "exercise",
        "Physiotherapist-led back exercise class, lunchtime",
        15,
        20,
        "visit",
        4,
        "Forty-five minutes of gentle strength and stretching, in a group of up to ten. Wear loose "
        "clothes. You can join at any week; the exercises build over six weeks and then repeat.",
    ),
    (
        "stay_active",
        "Saturday morning walking group, about three miles, flat",
        0,
        0,
        "month",
        None,
        "Free and open to all. Walks start at 9:30 from the library car park and finish at a cafe. "
        "Walkers go at their own pace, and a volunteer always stays at the back with the slowest.",
    ),
    (
        "water_therapy",
        "Aqua fit membership, unlimited daytime classes",
        35,
        45,
        "month",
        None,
        "Covers every daytime class in the learner pool, Monday to Friday. Cancel with a month's "
        "notice. Concessions for people over 60 and for anyone on a low income; bring proof.",
    ),
    (
        "exercise",
        "Gentle yoga for back pain, drop-in, no booking needed",
        10,
        14,
        "session",
        8,
        "Chair versions of each pose are shown for anyone who cannot get down to the floor. Mats "
        "and blocks are free to borrow. Pay at the door; a card of ten classes costs less.",
    ),
    (
        "heat",
        "Reusable heat wrap for the lower back, from the clinic shop",
        18,
        24,
        "one_off",
        None,
        "Heats in the microwave in two minutes and stays warm for about an hour. Never sleep with "
        "it on, and check your skin every twenty minutes. Staff can show you how to fit it.",
    ),
    (
        "stay_active",
        "Tai chi in the park, beginners welcome, all year round",
        5,
        5,
        "session",
        4,
        "Slow, standing movements that are easy on the back. Moves indoors to the church hall when "
        "it rains. No special clothes or shoes needed; just come ten minutes before the start.",
    ),
    (
        "exercise",
        "Gym induction and back-safe programme with a trainer",
        30,
        30,
        "one_off",
        None,
        "One hour with a trainer who writes you a programme to follow on your own. You do not need "
        "to join the gym: a day pass is included. Ask for a trainer with a back care certificate.",
    ),
)

# Where the services are, and how to reach them: each service is offered in each town.
PLACES = (
    (
        "Riverside Leisure Centre, 14 Mill Lane, Eastbrook, second floor studio",
        "(555) 014-2231 or bookings@riverside-leisure.example.org",
    ),
    (
        "Northgate Community Health Centre, 2 Station Road, Northgate, by the bus stop",
        "(555) 018-7740, Monday to Friday 8am to 6pm; northgatehealth.example.org",
    ),
    (
        "Old Mill Wellbeing Studios, Unit 7, Canal Wharf, Westford (parking at the rear)",
        "hello@oldmill-wellbeing.example.com or text (555) 019-3306",
    ),
)


def full_pack(ds: Dataset) -> packs.Pack:
    """A pack of `MAX_ROWS` rows: every option's price, then services to fill the rest."""
    rows = [
        packs.PackRow("option", option_id, "", low, high, unit, per_month)
        for option_id, (low, high, unit, per_month) in OPTION_PRICES.items()
        if option_id in ds.option_ids
    ]
    rows += [
        packs.PackRow("option", i, "", 20, 40, "course") for i in ds.option_ids if i not in OPTION_PRICES
    ]
    services = [
        packs.PackRow(
            "service",
            option_id,
            name,
            round(low * (1 + town / 10)),
            round(high * (1 + town / 10)),
            unit,
            per_month,
            where=where,
            contact=contact,
            note=note,
        )
        for town, (where, contact) in enumerate(PLACES)
        for option_id, name, low, high, unit, per_month, note in SERVICES
    ]
    rows += services[: packs.MAX_ROWS - len(rows)]
    pack = packs.Pack(SET_BY, SET_ON, tuple(rows))
    checked, problems = packs.check_rows(packs.rows_of(pack), ds.option_ids)
    if problems or checked is None or len(checked.rows) != packs.MAX_ROWS:
        raise RuntimeError(f"the benchmark's pack breaks the pack rules: {problems}")
    return checked


def warm_session(app: Path, page: str, query: dict[str, str]) -> AppTest:
    """`page` in its own session, with `query` in the link, run twice so it is warm."""
    at = AppTest.from_file(str(app), default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page(page)
    at.run()  # warm: caches filled, modules imported
    return at


def _shows_local_prices(at: AppTest, services: int) -> bool:
    """The cards say "Local price" and the note counts the pack's services."""
    # A card with a pack's words draws its facts as plain text (ui.parts.plain_facts).
    cards = any("Local price" in str(m.value) for m in [*at.markdown, *at.html])
    note = any(f"and {services} local services" in str(h.value) for h in at.html)  # ui.pack_note
    return cards and note


def find_with_pack(app: Path, name: str, page: str, url: str, ds: Dataset, runs: int) -> dict[str, Any]:
    """Median warm reruns of Find (`page`, shown as `name`) without and with a full pack, run in turn.
    `url` is the page's link in the other figures: its situation is used here too."""
    pack = full_pack(ds)
    link = packs.to_link(pack)
    situation = dict(parse_qsl(urlsplit(url).query))
    sessions = {
        "without": warm_session(app, page, situation),
        "with": warm_session(app, page, {**situation, "pack": link}),
    }
    times: dict[str, list[float]] = {variant: [] for variant in sessions}
    for run in range(runs):
        order = ("with", "without") if run % 2 == 0 else ("without", "with")
        for variant in order:
            start = time.perf_counter()
            sessions[variant].run()
            times[variant].append(time.perf_counter() - start)
    for variant, at in sessions.items():
        if at.exception:
            raise RuntimeError(f"{name} {variant} a pack: {at.exception}")
    services = len(pack.services())
    if not _shows_local_prices(sessions["with"], services):
        raise RuntimeError(f"{name} with a pack: the page did not show the pack's local prices")
    if _shows_local_prices(sessions["without"], services):
        raise RuntimeError(f"{name} without a pack: the page showed local prices")
    without, with_ = (round(statistics.median(times[n]) * 1000, 1) for n in ("without", "with"))
    return {
        "page": name,
        "query": situation,
        "rows": len(pack.rows),
        "services": services,
        "link_chars": len(link),
        "link_limit": packs.LINK_LIMIT,
        "without": without,
        "with": with_,
        "ratio": round(with_ / without, 3),
        "target": TARGET,
    }


def report(results: dict[str, Any]) -> str:
    f = results["pack_rerun_ms"]
    fits = "fits in" if f["link_chars"] <= f["link_limit"] else "is over"
    verdict = "met" if f["ratio"] <= f["target"] else "missed"
    return "\n".join(
        (
            f"Find's warm rerun with a coach's full local pack ({f['rows']} rows: every option's price "
            f"and {f['services']} services), beside the same page without one",
            f"(AppTest, run in turn, median of {results['runs']['pack']} each; pack= is "
            f"{f['link_chars']:,} characters, which {fits} the {f['link_limit']:,}-character link limit)",
            f"{'page':<12}{'no pack ms':>12}{'pack ms':>10}{'ratio':>9}",
            f"{f['page']:<12}{f['without']:>12.1f}{f['with']:>10.1f}{f['ratio']:>8.2f}×",
            f"Target: a full pack within {f['target']}× of no pack: {f['ratio']:.2f}× ({verdict})",
        )
    )
