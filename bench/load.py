"""Load benchmark: many sessions over Streamlit's websocket, no browser, behind nginx.

Run from the repository root with `make load` (also the last step of `make bench`), or
`python -m bench.load --help`. Each run starts the real stack with `python -m
tools.serve` (nginx in front of 1 or 2 Streamlit processes), so 1 and 2 processes are
measured the same way: through nginx, with 1 or 2 upstreams.

A session does what a browser tab does, at the protocol level: it fetches
/_stcore/health for its cookies (Streamlit's XSRF cookie and nginx's route cookie),
opens /_stcore/stream with the XSRF token as a websocket subprotocol, and sends
`rerun_script` BackMsgs (streamlit.proto) for a page and a query string, one after the
other, each time it has read `script_finished`. Its situation changes through the
query string, the way a shared link or a changed answer does. It sends back the hashes
of the messages it has kept, as the browser does, so Streamlit sends references
instead of repeating big messages.

The fault run kills one replica halfway (SIGKILL) and reports what its sessions saw. A
session that loses its websocket does what the frontend does (pings health, reopens
the websocket with its old session id), then reruns the same page and query at once:
the view from its link. (The browser itself waits for the person's next action.)
`--before` adds runs with Streamlit's default runner.postScriptGC=true; `--soak SECONDS`
adds a long run of the app on 2 processes that samples memory every 10 s.

Traffic goes only to 127.0.0.1; every loop is bounded by a deadline and the run stops by
itself. Timed here, never in the tests.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import http.client
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

import psutil
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.typing import Origin, Subprotocol

from tools.server import ROOT, free_port

RESULTS = ROOT / "bench" / "results"
APP = "dashboard/app.py"
BARE = "bench/load_bare.py"
XSRF_COOKIE = "_streamlit_xsrf"
ROUTE_COOKIE = "relief_route"
RERUN_TIMEOUT = 30.0  # one rerun that takes longer is an error

# What a session of the app does, in turn: change its situation on Find, compare,
# read. (page url_path, query string), as a shared link would open them.
APP_VISITS: list[tuple[str, str]] = [
    ("", "severity=mild&duration=acute"),
    ("", "severity=moderate&duration=subacute&doctor=yes"),
    ("compare", "options=massage,water_therapy,otc_nsaid"),
    ("", "severity=severe&duration=chronic&medication=avoid&budget=50"),
    ("guidance", ""),
    ("", "severity=moderate&duration=acute&doctor=no"),
    ("present", "options=massage,heat"),
    ("about", ""),
]
# The bare page ignores the query string; it is changed all the same, like the app's.
BARE_VISITS: list[tuple[str, str]] = [("", f"n={i}") for i in range(1, 5)]


def visits_for(app: str) -> list[tuple[str, str]]:
    return BARE_VISITS if app == BARE else APP_VISITS


# ------------------------------------------------------------------ one session


def http_get(
    url: str, cookies: dict[str, str], timeout: float = 5, source: str = ""
) -> tuple[int, dict[str, str]]:
    """GET url with cookies, from the local address `source` (any 127.x.y.z; "" for the
    usual one); the status and the cookies the answer set. No proxy, ever."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(
        parts.hostname or "127.0.0.1",
        parts.port,
        timeout=timeout,
        source_address=(source, 0) if source else None,
    )
    headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())} if cookies else {}
    try:
        connection.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers)
        response = connection.getresponse()
        response.read()
        status = int(response.status)
        set_cookies = (response.headers.get_all("Set-Cookie") or []) if status < 400 else []
    finally:
        connection.close()
    jar: dict[str, str] = {}
    for header in set_cookies:
        parsed: SimpleCookie = SimpleCookie()
        # Streamlit's XSRF value holds "|", which SimpleCookie reads fine unquoted.
        parsed.load(header)
        jar.update({name: morsel.value for name, morsel in parsed.items()})
    return status, jar


@dataclass
class SessionLog:
    """What one session saw."""

    index: int
    latencies: list[float] = field(default_factory=list)  # seconds, reruns inside the window
    reruns: int = 0  # all completed reruns
    errors: Counter[str] = field(default_factory=Counter)
    routes: list[str] = field(default_factory=list)  # relief_route values, in order
    disconnects: int = 0
    reconnects: int = 0
    recovery: list[float] = field(default_factory=list)  # disconnect to a finished rerun, s
    pages: list[tuple[str, float]] = field(default_factory=list)  # (page, seconds) in the window


class Session:
    """One browser tab's worth of protocol: cookies, a websocket, reruns."""

    def __init__(
        self, base_url: str, index: int, visits: Sequence[tuple[str, str]], source: str = ""
    ) -> None:
        self.base = base_url
        # The local address it connects from: a client address of its own at nginx, as a
        # separate person has ("" for the usual 127.0.0.1).
        self.source = source
        self.ws_url = base_url.replace("http://", "ws://") + "/_stcore/stream"
        self.visits = visits
        self.turn = index % len(visits)
        self.log = SessionLog(index)
        self.cookies: dict[str, str] = {}
        self.session_id = ""
        self.cached: set[str] = set()
        self.ws: ClientConnection | None = None

    @property
    def route(self) -> str:
        return self.cookies.get(ROUTE_COOKIE, "")

    async def health(self) -> bool:
        status, jar = await asyncio.to_thread(
            http_get, f"{self.base}/_stcore/health", self.cookies, 5, self.source
        )
        self.cookies.update(jar)
        if ROUTE_COOKIE in jar:
            self.log.routes.append(jar[ROUTE_COOKIE])
        return status == 200

    async def open(self) -> None:
        protocols = [Subprotocol("streamlit"), Subprotocol(self.cookies.get(XSRF_COOKIE, ""))]
        if self.session_id:  # as the browser does on a reconnect
            protocols.append(Subprotocol(self.session_id))
        self.ws = await connect(
            self.ws_url,
            subprotocols=protocols,
            origin=Origin(self.base),
            additional_headers={"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())},
            proxy=None,
            compression=None,
            max_size=None,
            open_timeout=10,
            ping_interval=None,
            local_addr=(self.source, 0) if self.source else None,
        )

    def rerun_message(self, page: str, query: str) -> bytes:
        state = ClientState(query_string=query, page_name=page, page_script_hash="")
        state.cached_message_hashes.extend(sorted(self.cached))
        state.context_info.timezone = "UTC"
        state.context_info.locale = "en-US"
        state.context_info.url = f"{self.base}/{page}" + (f"?{query}" if query else "")
        return bytes(BackMsg(rerun_script=state).SerializeToString())

    async def rerun(self, page: str, query: str) -> str:
        """Send one rerun and read until script_finished: "ok" or what went wrong."""
        assert self.ws is not None
        await self.ws.send(self.rerun_message(page, query))
        async with asyncio.timeout(RERUN_TIMEOUT):
            return await self._until_finished()

    async def _until_finished(self) -> str:
        assert self.ws is not None
        outcome = "ok"
        while True:
            frame = await self.ws.recv()
            msg = ForwardMsg()
            msg.ParseFromString(frame if isinstance(frame, bytes) else frame.encode())
            kind = msg.WhichOneof("type")
            if msg.metadata.cacheable and msg.hash:
                self.cached.add(msg.hash)
            if kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
            elif kind == "delta" and msg.delta.new_element.WhichOneof("type") == "exception":
                outcome = "exception"
            elif kind == "page_not_found":
                outcome = "page_not_found"
            elif kind == "script_finished":
                if msg.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                    return "script_finished_not_ok"
                return outcome

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None


async def reconnect(session: Session, deadline: float) -> bool:
    """What Streamlit's frontend does after its websocket drops: ping health, reopen."""
    delay = 0.1
    while time.monotonic() < deadline:
        try:
            if await session.health():
                await session.open()
                return True
        except (TimeoutError, OSError, InvalidHandshake):
            pass
        await asyncio.sleep(delay)
        delay = min(delay * 2, 1.0)
    return False


async def run_session(
    session: Session, start_at: float, window: tuple[float, float], stop_at: float
) -> SessionLog:
    """Rerun back to back until stop_at; latencies are kept for reruns inside window."""
    log = session.log
    await asyncio.sleep(max(0.0, start_at - time.monotonic()))
    try:
        if not await session.health():
            log.errors["health"] += 1
            return log
        await session.open()
    except (TimeoutError, OSError, InvalidHandshake):
        log.errors["connect"] += 1
        return log
    dropped_at: float | None = None
    while time.monotonic() < stop_at:
        page, query = session.visits[session.turn % len(session.visits)]
        began = time.monotonic()
        try:
            outcome = await session.rerun(page, query)
        except (ConnectionClosed, OSError):
            log.disconnects += 1
            dropped_at = dropped_at or time.monotonic()
            await session.close()
            if await reconnect(session, min(stop_at, time.monotonic() + 30)):
                log.reconnects += 1
                continue  # the same page and query again: the view from the link
            log.errors["reconnect_failed"] += 1
            break
        except TimeoutError:
            log.errors["timeout"] += 1
            break
        ended = time.monotonic()
        if outcome != "ok":
            log.errors[outcome] += 1
        else:
            log.reruns += 1
            if dropped_at is not None:
                log.recovery.append(ended - dropped_at)
                dropped_at = None
            if window[0] <= began and ended <= window[1]:
                log.latencies.append(ended - began)
                log.pages.append((page, ended - began))
        session.turn += 1
    await session.close()
    return log


# ------------------------------------------------------------------ the stack


@dataclass
class Stack:
    """`python -m tools.serve` running in a child process, as `make serve` runs it."""

    process: subprocess.Popen[bytes]
    state_file: Path

    @property
    def state(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.state_file.read_text(encoding="utf-8"))
        return data

    @property
    def url(self) -> str:
        return str(self.state["url"])

    def replica_pids(self) -> dict[str, int]:
        return {r["name"]: int(r["pid"]) for r in self.state["replicas"]}

    def cpu_seconds(self) -> float:
        """User and system CPU the Streamlit processes have used so far."""
        total = 0.0
        for pid in self.replica_pids().values():
            with _gone_ok():
                total += sum(psutil.Process(pid).cpu_times()[:2])
        return total

    def memory_mb(self) -> tuple[float, float]:
        """RSS of the Streamlit processes and of nginx's processes, in MB."""
        streamlit = sum(_rss(pid) for pid in self.replica_pids().values())
        nginx_pid = self.state.get("nginx_pid")
        nginx = 0.0
        if nginx_pid:
            with _gone_ok():
                master = psutil.Process(int(nginx_pid))
                nginx = sum(_rss(p.pid) for p in [master, *master.children()])
        return streamlit, nginx


def _rss(pid: int) -> float:
    with _gone_ok():
        return float(psutil.Process(pid).memory_info().rss) / 2**20
    return 0.0


def _gone_ok() -> suppress:
    return suppress(psutil.NoSuchProcess, psutil.AccessDenied)


@contextmanager
def serve(
    app: str,
    replicas: int,
    options: Sequence[str] = (),
    timeout: float = 120,
    *,
    expose_upstream: bool = False,
    serve_args: Sequence[str] = (),
) -> Iterator[Stack]:
    """`python -m tools.serve` in a child process until the block ends; SIGTERM then."""
    folder = Path(tempfile.mkdtemp(prefix="relief-load-"))
    state_file = folder / "state.json"
    errors = folder / "serve.err"
    command = [
        sys.executable,
        "-m",
        "tools.serve",
        f"--replicas={replicas}",
        f"--port={free_port()}",
        f"--app={app}",
        f"--state-file={state_file}",
        *(f"--set={option}" for option in options),
        *(["--expose-upstream"] if expose_upstream else []),
        *serve_args,
    ]
    with errors.open("wb") as err:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
    stack = Stack(process, state_file)
    try:
        deadline = time.monotonic() + timeout
        while not state_file.exists():
            if process.poll() is not None:
                raise RuntimeError(f"tools.serve exited: {errors.read_text(encoding='utf-8')}")
            if time.monotonic() > deadline:
                raise RuntimeError("tools.serve did not get ready in time")
            time.sleep(0.2)
        yield stack
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------ one measurement


@dataclass
class Result:
    name: str
    app: str
    replicas: int
    sessions: int
    seconds: float
    reruns: int
    per_second: float
    p50_ms: float
    p95_ms: float
    errors: dict[str, int]
    memory_mb: float  # Streamlit processes, peak during the run
    nginx_mb: float
    client_cpu_pct: float  # this load generator's CPU, % of one core, while measuring
    cpu_ms_per_rerun: float  # Streamlit processes' CPU over the window / reruns in it
    load_before: float  # the machine's 1-minute load average as the run began
    by_page: dict[str, float]  # median rerun ms per page
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def drive(
    stack: Stack, app: str, sessions: int, warmup: float, seconds: float, fault_at: float | None = None
) -> tuple[list[SessionLog], dict[str, Any], dict[str, float]]:
    """Hold `sessions` sessions for warmup + seconds; kill replica r1 at fault_at, if given."""
    base = stack.url
    now = time.monotonic()
    window = (now + warmup, now + warmup + seconds)
    # Each session is a person of its own: its own client address at nginx.
    group = [Session(base, i, visits_for(app), source=person(i)) for i in range(sessions)]
    # Sessions arrive over the first second, not all in the same millisecond.
    tasks = [
        asyncio.create_task(run_session(s, now + i / max(1, sessions), window, window[1]))
        for i, s in enumerate(group)
    ]
    peak = [0.0, 0.0]
    fault: dict[str, Any] = {}

    client = psutil.Process()
    cpu: list[float] = []
    server_cpu: list[float] = []

    async def watch() -> None:
        while time.monotonic() < window[1]:
            streamlit, nginx = stack.memory_mb()
            peak[0], peak[1] = max(peak[0], streamlit), max(peak[1], nginx)
            if not cpu and time.monotonic() >= window[0]:
                cpu.append(sum(client.cpu_times()[:2]))
                server_cpu.append(stack.cpu_seconds())
            if fault_at is not None and not fault and time.monotonic() >= now + fault_at:
                fault.update(kill_replica(stack, group))
            elif fault and "restarted_in_s" not in fault and await asyncio.to_thread(restarted, stack, fault):
                fault["restarted_in_s"] = round(time.monotonic() - float(fault["at"]), 1)
            await asyncio.sleep(0.5)
        cpu.append(sum(client.cpu_times()[:2]))
        server_cpu.append(stack.cpu_seconds())

    watcher = asyncio.create_task(watch())
    logs = await asyncio.wait_for(asyncio.gather(*tasks), warmup + seconds + 60)
    await watcher
    if fault and "restarted_in_s" not in fault:
        fault["restarted_in_s"] = await asyncio.to_thread(wait_restarted, stack, fault)
    measured = {"peak_streamlit_mb": peak[0], "peak_nginx_mb": peak[1]}
    if len(cpu) == 2:
        measured["client_cpu_pct"] = 100 * (cpu[1] - cpu[0]) / seconds
        measured["server_cpu_s"] = server_cpu[1] - server_cpu[0]
    return list(logs), fault, measured


def person(index: int) -> str:
    """A loopback address of its own for session `index` (Linux answers all of 127/8)."""
    return f"127.0.{1 + index // 250}.{1 + index % 250}"


def kill_replica(stack: Stack, group: list[Session]) -> dict[str, Any]:
    pid = stack.replica_pids()["r1"]
    on_it = [s.log.index for s in group if s.route == "r1"]
    os.kill(pid, signal.SIGKILL)
    return {"killed": "r1", "pid": pid, "at": time.monotonic(), "sessions_on_it": on_it}


def restarted(stack: Stack, fault: dict[str, Any]) -> bool:
    """True once tools.serve has the killed replica running again and healthy."""
    replica = {r["name"]: r for r in stack.state["replicas"]}[fault["killed"]]
    if replica["pid"] == fault["pid"]:
        return False
    try:
        status, _ = http_get(f"http://127.0.0.1:{replica['port']}/_stcore/health", {}, timeout=1)
    except OSError:
        return False
    return status == 200


def wait_restarted(stack: Stack, fault: dict[str, Any], timeout: float = 60) -> float | None:
    """Seconds from the kill until tools.serve had the replica running and healthy again."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if restarted(stack, fault):
            return round(time.monotonic() - float(fault["at"]), 1)
        time.sleep(0.2)
    return None


def measure(
    name: str,
    app: str,
    replicas: int,
    sessions: int,
    warmup: float,
    seconds: float,
    fault_at: float | None = None,
    options: Sequence[str] = (),
) -> Result:
    load_before = os.getloadavg()[0]
    with serve(app, replicas, options) as stack:
        logs, fault, measured = asyncio.run(drive(stack, app, sessions, warmup, seconds, fault_at))
    latencies = [x for log in logs for x in log.latencies]
    errors: Counter[str] = Counter()
    for log in logs:
        errors.update(log.errors)
    result = Result(
        name=name,
        app=app,
        replicas=replicas,
        sessions=sessions,
        seconds=seconds,
        reruns=len(latencies),
        per_second=round(len(latencies) / seconds, 2),
        p50_ms=round(percentile(latencies, 0.50) * 1000),
        p95_ms=round(percentile(latencies, 0.95) * 1000),
        errors=dict(errors),
        memory_mb=round(measured["peak_streamlit_mb"], 1),
        nginx_mb=round(measured["peak_nginx_mb"], 1),
        client_cpu_pct=round(measured.get("client_cpu_pct", float("nan"))),
        cpu_ms_per_rerun=round(1000 * measured.get("server_cpu_s", float("nan")) / max(1, len(latencies)), 1),
        load_before=round(load_before, 1),
        by_page={
            page or "/": round(statistics.median(values) * 1000)
            for page, values in sorted(by_page(logs).items())
        },
    )
    if fault:
        result.extra = fault_report(logs, fault)
    return result


def by_page(logs: list[SessionLog]) -> dict[str, list[float]]:
    pages: dict[str, list[float]] = {}
    for log in logs:
        for page, seconds in log.pages:
            pages.setdefault(page, []).append(seconds)
    return pages


def fault_report(logs: list[SessionLog], fault: dict[str, Any]) -> dict[str, Any]:
    on_it = set(fault["sessions_on_it"])
    hit = [log for log in logs if log.index in on_it]
    others = [log for log in logs if log.index not in on_it]
    recovery = [x for log in hit for x in log.recovery]
    return {
        "killed": fault["killed"],
        "sessions_on_killed": len(hit),
        "dropped": sum(1 for log in hit if log.disconnects),
        "reconnected": sum(1 for log in hit if log.reconnects),
        "moved_to": sorted({log.routes[-1] for log in hit if log.routes}),
        "recovery_s_median": round(statistics.median(recovery), 2) if recovery else None,
        "recovery_s_max": round(max(recovery), 2) if recovery else None,
        "errors_on_killed": sum(sum(log.errors.values()) for log in hit),
        "sessions_on_other": len(others),
        "disconnects_on_other": sum(log.disconnects for log in others),
        "errors_on_other": sum(sum(log.errors.values()) for log in others),
        "restarted_in_s": fault.get("restarted_in_s"),
    }


# ------------------------------------------------------------------ report


def machine() -> str:
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}"
    )


def table(results: list[Result]) -> str:
    head = (
        f"{'run':<18}{'procs':>6}{'reruns/s':>10}{'p50 ms':>8}{'p95 ms':>8}{'errors':>8}"
        f"{'CPU ms/rerun':>13}{'RSS MB':>8}{'nginx MB':>9}{'client CPU':>11}{'load':>6}"
    )
    lines = [head]
    for r in results:
        lines.append(
            f"{r.name:<18}{r.replicas:>6}{r.per_second:>10.2f}{r.p50_ms:>8}{r.p95_ms:>8}{r.error_count:>8}"
            f"{r.cpu_ms_per_rerun:>13.1f}{r.memory_mb:>8.0f}{r.nginx_mb:>9.0f}{r.client_cpu_pct:>10.0f}%"
            f"{r.load_before:>6.1f}"
        )
    return "\n".join(lines)


def ratios(results: dict[str, Result], suffix: str = "") -> list[str]:
    def get(name: str) -> Result | None:
        return results.get(name + suffix)

    def verdict(value: float, target: float) -> str:
        return f"(target ≥ {target}×) {'met' if value >= target else 'NOT met'}"

    lines = []
    app1, app2, bare1, bare2 = get("app x1"), get("app x2"), get("bare x1"), get("bare x2")
    if app1 and app2:
        r = app2.per_second / app1.per_second
        lines.append(f"app, 2 processes / 1:           {r:.2f}×  {verdict(r, 1.6)}")
    if bare1 and bare2:
        lines.append(f"bare page, 2 processes / 1:     {bare2.per_second / bare1.per_second:.2f}×")
    if app1 and bare1:
        r = app1.per_second / bare1.per_second
        lines.append(f"app / bare page, 1 process:     {r:.2f}×  {verdict(r, 0.8)}")
    if app2 and bare2:
        lines.append(f"app / bare page, 2 processes:   {app2.per_second / bare2.per_second:.2f}×")
    if app1 and bare1:
        lines.append(
            f"CPU per rerun, app / bare page: {app1.cpu_ms_per_rerun / bare1.cpu_ms_per_rerun:.2f}× "
            f"({app1.cpu_ms_per_rerun} ms / {bare1.cpu_ms_per_rerun} ms, 1 process)"
        )
    erred = [r for r in (app1, app2, bare1, bare2) if r and r.error_count]
    sessions = max((r.sessions for r in (app1, app2, bare1, bare2) if r), default=0)
    lines.append(
        f"errors with {sessions} sessions:       "
        + (", ".join(f"{r.name}: {r.errors}" for r in erred) if erred else "none (target: none)")
    )
    return lines


def fault_lines(result: Result) -> list[str]:
    f = result.extra
    return [
        f"Fault: replica {f['killed']} killed (SIGKILL) halfway through {result.sessions} sessions on the app x2",
        f"  sessions on it: {f['sessions_on_killed']}; their websocket dropped: {f['dropped']}; "
        f"reconnected through nginx: {f['reconnected']} (to {', '.join(f['moved_to']) or '-'})",
        f"  from the drop to the same page and query rerun in full: median {f['recovery_s_median']} s, "
        f"max {f['recovery_s_max']} s; errors: {f['errors_on_killed']}",
        f"  sessions on the other replica: {f['sessions_on_other']}; disconnects: "
        f"{f['disconnects_on_other']}; errors: {f['errors_on_other']}",
        f"  tools.serve had {f['killed']} running and healthy again {f['restarted_in_s']} s after the kill",
        f"  over the whole run: {result.per_second} reruns/s, p95 {result.p95_ms} ms",
    ]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent sessions (default 20)")
    parser.add_argument("--seconds", type=float, default=30, help="measured seconds per run (default 30)")
    parser.add_argument("--warmup", type=float, default=8, help="seconds before measuring (default 8)")
    parser.add_argument(
        "--runs",
        default="app1,app2,bare1,bare2,fault",
        help="which runs, comma-separated (default all: app1,app2,bare1,bare2,fault)",
    )
    parser.add_argument(
        "--before",
        action="store_true",
        help="also measure with Streamlit's own default (runner.postScriptGC=true), as before tuning",
    )
    parser.add_argument(
        "--settings",
        action="store_true",
        help="also try each of Streamlit's production settings alone on the app x1 (SETTINGS)",
    )
    parser.add_argument(
        "--soak", type=float, default=0, help="also a soak run of the app x2 this many seconds"
    )
    return parser.parse_args(argv)


RUNS = {
    "app1": ("app x1", APP, 1),
    "app2": ("app x2", APP, 2),
    "bare1": ("bare x1", BARE, 1),
    "bare2": ("bare x2", BARE, 2),
}
BEFORE = " (before)"
BEFORE_OPTIONS = ["runner.postScriptGC=true"]
# `--settings`: Streamlit's production settings, each tried alone on the app x1 against the
# settings tools.serve uses (deploy/), in the same run. What helps is kept in tools/serve.py.
SETTINGS = {
    "as served": [],
    "websocket compression on": ["server.enableWebsocketCompression=true"],
    "fast reruns off": ["runner.fastReruns=false"],
    "post-script GC on (Streamlit's default)": ["runner.postScriptGC=true"],
}


def settings_lines(results: dict[str, Result]) -> list[str]:
    base = results["as served"]
    lines = [f"{'setting, app x1':<42}{'reruns/s':>10}{'ratio':>8}{'CPU ms/rerun':>14}{'p95 ms':>8}"]
    for name, r in results.items():
        lines.append(
            f"{name:<42}{r.per_second:>10.2f}{r.per_second / base.per_second:>7.2f}×"
            f"{r.cpu_ms_per_rerun:>14.1f}{r.p95_ms:>8}"
        )
    return lines


def soak(sessions: int, seconds: float, warmup: float) -> dict[str, Any]:
    """The app x2 under steady load for `seconds`: RSS sampled every 10 s."""
    samples: list[tuple[float, float]] = []

    async def run() -> list[SessionLog]:
        with serve(APP, 2) as stack:
            start = time.monotonic()
            window = (start + warmup, start + warmup + seconds)
            group = [Session(stack.url, i, APP_VISITS) for i in range(sessions)]
            tasks = [
                asyncio.create_task(run_session(s, start + i / sessions, window, window[1]))
                for i, s in enumerate(group)
            ]
            while time.monotonic() < window[1]:
                if time.monotonic() >= window[0]:
                    samples.append((round(time.monotonic() - window[0]), stack.memory_mb()[0]))
                await asyncio.sleep(10)
            samples.append((round(time.monotonic() - window[0]), stack.memory_mb()[0]))
            return list(await asyncio.wait_for(asyncio.gather(*tasks), 90))

    logs = asyncio.run(run())
    reruns = sum(len(log.latencies) for log in logs)
    errors = sum(sum(log.errors.values()) for log in logs)
    first, last = samples[0][1], samples[-1][1]
    settled = [mb for t, mb in samples if t >= 60] or [first]
    return {
        "seconds": seconds,
        "sessions": sessions,
        "reruns": reruns,
        "errors": errors,
        "rss_start_mb": round(first, 1),
        "rss_end_mb": round(last, 1),
        "rss_max_mb": round(max(mb for _, mb in samples), 1),
        "rss_after_1min_mb": round(settled[0], 1),
        "growth_after_1min_mb": round(last - settled[0], 1),
        "samples": samples,
    }


def soak_line(soaked: dict[str, Any]) -> str:
    return (
        f"Soak: app x2, {soaked['sessions']} sessions, {soaked['seconds']:.0f} s: {soaked['reruns']} reruns, "
        f"{soaked['errors']} errors. Streamlit RSS: {soaked['rss_start_mb']} MB at the start, "
        f"{soaked['rss_after_1min_mb']} MB after 1 min, {soaked['rss_end_mb']} MB at the end, "
        f"{soaked['rss_max_mb']} MB at most (growth after the first minute: {soaked['growth_after_1min_mb']} MB)"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    print(f"Relief Explorer load benchmark, {stamp} on {machine()}", flush=True)
    print(
        f"{args.sessions} sessions over the websocket, through nginx for 1 and 2 processes alike; "
        f"{args.warmup:.0f} s warm-up, {args.seconds:.0f} s measured; each session reruns back to back.\n"
        "CPU ms/rerun: the Streamlit processes' CPU time per rerun; RSS: theirs, at the peak;\n"
        "client CPU: this load generator, % of one core; load: the machine's load average as a run began\n",
        flush=True,
    )
    chosen = [r.strip() for r in args.runs.split(",") if r.strip()]
    variants: list[tuple[str, list[str]]] = [("", [])] + ([(BEFORE, BEFORE_OPTIONS)] if args.before else [])
    results: dict[str, Result] = {}
    for suffix, options in variants:
        for key in chosen:
            if key in RUNS:
                name, app, replicas = RUNS[key]
                name += suffix
                results[name] = measure(
                    name, app, replicas, args.sessions, args.warmup, args.seconds, None, options
                )
                print(f"  measured {name}: {results[name].per_second} reruns/s", file=sys.stderr, flush=True)
    if results:
        print(table(list(results.values())))
        for suffix, _ in variants:
            print(f"\nRatios{suffix or ''}:" if args.before else "")
            print("\n".join(ratios(results, suffix)))
    tried: dict[str, Result] = {}
    if args.settings:
        for name, options in SETTINGS.items():
            tried[name] = measure(name, APP, 1, args.sessions, args.warmup, args.seconds, None, options)
            print(f"  measured {name}: {tried[name].per_second} reruns/s", file=sys.stderr, flush=True)
        print()
        print("\n".join(settings_lines(tried)))
    fault: Result | None = None
    if "fault" in chosen:
        fault_at = args.warmup + args.seconds / 2
        fault = measure("fault", APP, 2, args.sessions, args.warmup, args.seconds, fault_at)
        print()
        print("\n".join(fault_lines(fault)))
    soaked: dict[str, Any] | None = None
    if args.soak:
        soaked = soak(args.sessions, args.soak, args.warmup)
        print()
        print(soak_line(soaked))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"load-{stamp.replace(':', '')}.json"
    payload = {
        "when": stamp,
        "machine": machine(),
        "results": [r.__dict__ for r in results.values()],
        "fault": fault.__dict__ if fault else None,
        "settings": {name: r.__dict__ for name, r in tried.items()},
        "soak": soaked,
    }
    out.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    print(f"\nJSON: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
