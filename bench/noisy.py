"""One noisy client against everyone else (security review M5), through nginx.

`python -m bench.noisy` (the last step of `make bench`). One replica behind nginx, as
`make serve` runs it. A probe session, from a client address of its own, times its
reruns of Find while nothing else runs; then one noisy client, from one other address,
opens NOISY websockets at once and has every one that opened rerun Find back to back,
while the probe times its reruns again. The run is done twice: with the limits of
deploy/nginx.conf.template (open websockets for each client address), and with that
limit lifted, which is how it was before. The figure that matters is the probe's
median rerun during the storm as a ratio to its median alone, in the same run.

Traffic goes only to 127.0.0.1 and other loopback addresses; every loop has a deadline.
Timed here, never in the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from pathlib import Path
from typing import Any

from websockets.exceptions import ConnectionClosed, InvalidHandshake

from bench.load import APP, RESULTS, Session, machine, serve
from tools.serve import SOCKETS_PER_CLIENT

NOISY = 200  # websockets the noisy client opens at once, as in the review
PROBE_RUNS = 15  # the probe's reruns alone, and again during the storm
PROBE = "127.0.9.9"  # the other person's address
NOISY_SOURCE = "127.0.8.8"  # the noisy client's one address
FIND = [("", "severity=mild&duration=acute"), ("", "severity=moderate&duration=subacute")]
NO_LIMIT = 65_535  # nginx's largest limit_conn: in effect, none


async def probe_runs(probe: Session, runs: int) -> list[float]:
    times = []
    for turn in range(runs):
        began = time.monotonic()
        assert await probe.rerun(*FIND[turn % 2]) == "ok"
        times.append(time.monotonic() - began)
    return times


async def open_noisy(base: str) -> tuple[list[Session], int]:
    async def one(index: int) -> Session | None:
        session = Session(base, index, FIND, source=NOISY_SOURCE)
        try:
            if not await session.health():
                return None
            await session.open()
        except (InvalidHandshake, OSError, TimeoutError):
            return None
        return session

    opened = await asyncio.gather(*(one(i) for i in range(NOISY)))
    sessions = [s for s in opened if s is not None]
    return sessions, NOISY - len(sessions)


async def rerun_until(session: Session, stop: asyncio.Event) -> int:
    done = 0
    while not stop.is_set():
        try:
            await session.rerun(*FIND[done % 2])
        except (ConnectionClosed, OSError, TimeoutError):
            break
        done += 1
    return done


async def scenario(base: str) -> dict[str, Any]:
    probe = Session(base, 0, FIND, source=PROBE)
    assert await probe.health()
    await probe.open()
    await probe_runs(probe, 3)  # warm: the first reruns of a session fill its caches
    alone = await probe_runs(probe, PROBE_RUNS)
    noisy, refused = await open_noisy(base)
    stop = asyncio.Event()
    storm = [asyncio.create_task(rerun_until(s, stop)) for s in noisy]
    await asyncio.sleep(1.0)  # the storm under way before the probe times anything
    during = await probe_runs(probe, PROBE_RUNS)
    stop.set()
    noisy_reruns = sum(await asyncio.gather(*storm))
    for session in [*noisy, probe]:
        await session.close()
    alone_ms = statistics.median(alone) * 1000
    during_ms = statistics.median(during) * 1000
    return {
        "opened": len(noisy),
        "refused": refused,
        "noisy_reruns": noisy_reruns,
        "alone_ms": round(alone_ms, 1),
        "during_ms": round(during_ms, 1),
        "slowest_during_ms": round(max(during) * 1000, 1),
        "ratio": round(during_ms / alone_ms, 2),
    }


def measure(limit: int) -> dict[str, Any]:
    with serve(APP, 1, serve_args=[f"--sockets-per-client={limit}"]) as stack:
        return {"limit": limit, **asyncio.run(scenario(stack.url))}


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| websockets for one client address | opened of 200 | the other person's rerun alone | "
        "during the storm | ratio | slowest |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        limit = (
            "no socket limit (page rate and turns kept)" if row["limit"] == NO_LIMIT else str(row["limit"])
        )
        lines.append(
            f"| {limit} | {row['opened']} | {row['alone_ms']} ms | {row['during_ms']} ms | "
            f"**{row['ratio']}×** | {row['slowest_during_ms']} ms |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.noisy", description=__doc__.split("\n")[0])
    parser.add_argument("--limits", type=int, nargs="*", default=[SOCKETS_PER_CLIENT, NO_LIMIT])
    args = parser.parse_args(argv)
    rows = [measure(limit) for limit in args.limits]
    print(f"One noisy client ({NOISY} websockets at once, rerunning Find) and another person, {machine()}")
    print(table(rows))
    RESULTS.mkdir(exist_ok=True)
    Path(RESULTS / "noisy.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
