"""`make serve` for real: Streamlit processes behind Debian's nginx (tools/serve.py, deploy/).

Each test starts `python -m tools.serve`, the command `make serve` runs, with two
replicas on free ports, and checks what a browser gets through nginx: the page,
compressed static files with their cache headers, security headers, the websocket,
session affinity, the upload limit, a replica killed mid-session, and a clean stop.

Without nginx these tests skip with one line saying how to get it; under CI=true
(where .ci/run installs it) a missing nginx fails. Nothing here is timed.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import tomllib
import urllib.request
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import psutil
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidMessage, InvalidStatus
from websockets.typing import Origin, Subprotocol

from bench.load import APP, APP_VISITS, ROUTE_COOKIE, Session, Stack, reconnect, restarted, serve
from tools.serve import (
    CSP,
    NO_NGINX,
    PROXY_PARAMS,
    SOCKETS_PER_CLIENT,
    Replica,
    nginx_binary,
    nginx_build_paths,
    render_config,
    streamlit_command,
    upload_limit_mb,
)
from tools.server import ROOT, free_port

T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine in its own thread: the browser tests' Playwright keeps an event loop
    running in this one for the whole session, and asyncio.run() refuses to nest."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


@pytest.fixture(scope="module", autouse=True)
def need_nginx() -> None:
    if nginx_binary() is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(NO_NGINX)
        pytest.skip(NO_NGINX)


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    """Two replicas behind nginx, shared by the read-only checks."""
    with serve(APP, 2, expose_upstream=True) as running:
        yield running


@pytest.fixture
def own_stack() -> Iterator[Stack]:
    """A stack for one test that kills or stops part of it."""
    with serve(APP, 2, expose_upstream=True) as running:
        yield running


def get(url: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    """GET without following redirects or any proxy; the response body is read and kept."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        response: http.client.HTTPResponse = opener.open(
            urllib.request.Request(url, headers=headers or {}), timeout=10
        )
    except urllib.error.HTTPError as error:
        response = error  # type: ignore[assignment]
    with response:
        response.read()
    return response


def port_of(stack: Stack, name: str) -> int:
    return int({r["name"]: r for r in stack.state["replicas"]}[name]["port"])


# ------------------------------------------------------------------ the config itself


def test_the_config_works_with_and_without_brotli(tmp_path: Path) -> None:
    """nginx -t accepts the filled template with the brotli module loaded and without it."""
    binary = nginx_binary()
    assert binary is not None
    modules, mime_types = nginx_build_paths(binary)
    brotli = modules / "ngx_http_brotli_filter_module.so"
    replicas = [Replica("r1", 9001), Replica("r2", 9002)]
    for module in {None, brotli if brotli.exists() else None}:
        prefix = tmp_path / ("brotli" if module else "gzip")
        prefix.mkdir()
        shutil.copy(PROXY_PARAMS, prefix / PROXY_PARAMS.name)
        text = render_config(
            replicas,
            prefix,
            f"127.0.0.1:{free_port()}",
            mime_types=mime_types,
            brotli_module=module,
            upload_mb=upload_limit_mb(),
        )
        assert not re.search(r"\{\{ \w+ \}\}", text), "a slot left unfilled"
        assert ("brotli on;" in text) == (module is not None)
        assert f"client_max_body_size {upload_limit_mb() * 1024 + 64}k;" in text  # uploads
        assert "client_max_body_size 16k;" in text  # everything else
        (prefix / "nginx.conf").write_text(text)
        check = subprocess.run(
            [
                binary,
                "-t",
                "-q",
                "-p",
                str(prefix),
                "-e",
                str(prefix / "error.log"),
                "-c",
                str(prefix / "nginx.conf"),
            ],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stderr


# ------------------------------------------------------------------ what a browser gets


def test_the_page_comes_through_nginx(stack: Stack) -> None:
    response = get(stack.url + "/")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert response.headers["Server"] == "nginx"  # no version number


def test_static_javascript_is_compressed_and_keeps_its_long_cache(stack: Stack) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(stack.url + "/", timeout=10) as response:
        html = response.read().decode()
    script = re.search(r"static/js/[\w.-]+\.js", html)
    assert script, "no script in index.html"
    asset = get(f"{stack.url}/{script.group(0)}", {"Accept-Encoding": "br, gzip"})
    assert asset.status == 200
    assert asset.headers["Content-Encoding"] in {"br", "gzip"}
    cache = asset.headers["Cache-Control"]
    max_age = re.search(r"max-age=(\d+)", cache)
    assert max_age and int(max_age.group(1)) >= 365 * 24 * 3600, cache
    assert "Set-Cookie" not in asset.headers  # public files carry no cookie


@pytest.mark.parametrize("path", ["/", "/compare", "/_stcore/health", "/no-such-file.js"])
def test_security_headers_on_every_answer(stack: Stack, path: str) -> None:
    headers = get(stack.url + path).headers
    assert headers["Referrer-Policy"] == "no-referrer"
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["Content-Security-Policy"] == CSP
    assert "default-src 'self'" in CSP and "connect-src 'self'" in CSP and "object-src 'none'" in CSP
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_the_websocket_upgrades_and_a_page_runs(stack: Stack) -> None:
    async def one_rerun() -> str:
        session = Session(stack.url, 0, APP_VISITS)
        assert await session.health()
        await session.open()
        try:
            return await session.rerun("", "severity=mild&duration=acute")
        finally:
            await session.close()

    assert run_async(one_rerun()) == "ok"


def test_a_websocket_from_another_site_is_refused(stack: Stack) -> None:
    """CORS protection stays on: another site's page cannot open a session."""

    async def open_from(origin: str) -> None:
        ws_url = stack.url.replace("http://", "ws://") + "/_stcore/stream"
        async with connect(
            ws_url, origin=Origin(origin), subprotocols=[Subprotocol("streamlit")], proxy=None
        ):
            pass

    with pytest.raises(InvalidStatus):
        run_async(open_from("http://evil.example"))
    run_async(open_from(stack.url))  # its own origin is fine


def test_the_same_route_reaches_the_same_replica(stack: Stack) -> None:
    for name in ("r1", "r2"):
        for path in ("/", "/_stcore/health", "/_stcore/host-config", "/media/missing.pdf"):
            answer = get(stack.url + path, {"Cookie": f"{ROUTE_COOKIE}={name}"})
            assert answer.headers["X-Upstream"] == f"127.0.0.1:{port_of(stack, name)}", path
            assert "relief_route" not in (answer.headers["Set-Cookie"] or "")


def test_a_first_visit_gets_a_route_naming_the_replica_that_answered(stack: Stack) -> None:
    ports = {port_of(stack, name): name for name in ("r1", "r2")}
    for cookie in ("", f"{ROUTE_COOKIE}=r9", f"{ROUTE_COOKIE}=../etc"):
        answer = get(stack.url + "/", {"Cookie": cookie} if cookie else {})
        route = re.search(rf"{ROUTE_COOKIE}=(r\d+);", answer.headers["Set-Cookie"] or "")
        assert route, answer.headers
        assert route.group(1) == ports[int(answer.headers["X-Upstream"].rsplit(":", 1)[1])]
        assert "HttpOnly" in answer.headers["Set-Cookie"]


def test_the_warm_up_run_is_not_served_to_visitors(stack: Stack) -> None:
    """tools.serve warms each replica through /_stcore/script-health-check; nginx hides it."""
    assert get(stack.url + "/_stcore/script-health-check").status == 404
    direct = f"http://127.0.0.1:{port_of(stack, 'r1')}/_stcore/script-health-check"
    assert get(direct).status == 200


def put_status(stack: Stack, path: str, size: int, host: str = "") -> int:
    """The status of a PUT of `size` bytes, sent as a header only: nginx answers a body that
    is too big from the header alone."""
    address, port = stack.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(address, int(port), timeout=10)
    connection.putrequest("PUT", path, skip_host=bool(host))
    if host:
        connection.putheader("Host", host)
    connection.putheader("Content-Length", str(size))
    connection.endheaders()
    try:
        return connection.getresponse().status
    finally:
        connection.close()


def test_uploads_are_capped_at_one_megabyte_on_the_server_too(stack: Stack) -> None:
    """Security review H1: the 1 MB limit was only the browser's; nginx and Streamlit took
    50 MB files, even for made-up file ids, and kept each in memory."""
    assert upload_limit_mb() == 1  # .streamlit/config.toml: server.maxUploadSize
    assert put_status(stack, "/_stcore/upload_file/some-session/some-file", 2 * 10**6) == 413
    assert put_status(stack, "/_stcore/upload_file/some-session/some-file", 2 * 2**20) == 413
    # Nothing else takes a body at all.
    assert put_status(stack, "/", 64 * 1024) == 413
    command = " ".join(streamlit_command(APP, 1, upload_limit_mb()))
    assert "--server.maxUploadSize=1" in command and "--server.allowedHosts=localhost" in command


def test_streamlits_counters_and_agent_api_are_not_served(stack: Stack) -> None:
    """Security review L2: /_stcore/metrics showed sessions and how many coach packs are in use."""
    for path in ("/_stcore/metrics", "/_stcore/agent/openapi.json", "/_stcore/agent/interact"):
        assert get(stack.url + path).status == 404, path
    direct = f"http://127.0.0.1:{port_of(stack, 'r1')}/_stcore/metrics"
    assert get(direct).status == 200  # there on the replica: nginx is what hides it


def test_a_request_for_another_host_name_gets_no_answer(stack: Stack) -> None:
    """Security review L8: a DNS-rebinding page names its own host; nginx closes it (444)."""
    with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
        put_status(stack, "/", 0, host="evil.example")
    assert get(stack.url + "/", {"Host": "localhost"}).status == 200

    async def open_as(host: str) -> None:
        ws_url = stack.url.replace("http://", "ws://") + "/_stcore/stream"
        async with connect(
            ws_url,
            origin=Origin(f"http://{host}"),
            additional_headers={"Host": host},
            subprotocols=[Subprotocol("streamlit")],
            proxy=None,
            open_timeout=10,
        ):
            pass

    with pytest.raises((InvalidStatus, InvalidMessage, ConnectionClosed, EOFError, OSError)):
        run_async(open_as("evil.example"))


def test_one_client_can_open_only_so_many_websockets(stack: Stack) -> None:
    """Security review M5: 200 websockets from one client slowed everyone else's reruns."""

    async def open_many() -> tuple[int, int]:
        opened, refused = [], 0
        for index in range(SOCKETS_PER_CLIENT + 5):
            session = Session(stack.url, index, APP_VISITS)
            assert await session.health()
            try:
                await session.open()
                opened.append(session)
            except InvalidStatus as error:
                assert error.response.status_code == 429
                refused += 1
        for session in opened:
            await session.close()
        return len(opened), refused

    assert run_async(open_many()) == (SOCKETS_PER_CLIENT, 5)


# ------------------------------------------------------------------ faults and stopping


def test_sessions_on_a_killed_replica_reconnect_to_the_other(own_stack: Stack) -> None:
    """Kill r1 mid-session: its sessions come back on r2 with the same page and query."""

    async def scenario() -> None:
        sessions = []
        for index in range(4):
            session = Session(own_stack.url, index, APP_VISITS)
            session.cookies[ROUTE_COOKIE] = "r1" if index % 2 == 0 else "r2"
            assert await session.health()
            await session.open()
            assert await session.rerun(*APP_VISITS[index]) == "ok"
            sessions.append(session)

        os.kill(own_stack.replica_pids()["r1"], signal.SIGKILL)
        for index, session in enumerate(sessions):
            page, query = APP_VISITS[index]
            if session.route == "r2":
                assert await session.rerun(page, query) == "ok"  # sees nothing
                continue
            with pytest.raises((ConnectionClosed, OSError)):
                await session.rerun(page, query)
            await session.close()
            assert await reconnect(session, time.monotonic() + 10)
            assert session.route == "r2"
            assert await session.rerun(page, query) == "ok"  # the same view from its link
        for session in sessions:
            await session.close()

    run_async(scenario())
    # tools.serve starts r1 again: a process on its port that answers /_stcore/health.
    deadline = time.monotonic() + 60
    fault = {"killed": "r1", "pid": -1}
    while not restarted(own_stack, fault) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert restarted(own_stack, fault), "tools.serve did not start r1 again"


def test_sigterm_stops_every_process_and_frees_every_port(own_stack: Stack) -> None:
    serve_process = psutil.Process(own_stack.process.pid)
    children = serve_process.children(recursive=True)
    assert len(children) >= 4  # two replicas, nginx's master and at least one worker
    ports = [port_of(own_stack, "r1"), port_of(own_stack, "r2"), int(own_stack.url.rsplit(":", 1)[1])]
    prefix = Path(own_stack.state["prefix"])

    own_stack.process.send_signal(signal.SIGTERM)
    assert own_stack.process.wait(timeout=30) == 0
    _, alive = psutil.wait_procs(children, timeout=10)
    assert not alive, [p.pid for p in alive]
    for port in ports:
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # TIME_WAIT is fine
            probe.bind(("127.0.0.1", port))  # a listener still there raises
    assert not prefix.exists()
    assert not own_stack.state_file.exists()


def test_the_kubernetes_example_sets_what_tools_serve_sets() -> None:
    """The same caps, hosts and log level in deploy/kubernetes.yaml (no pod is run here)."""
    text = (PROXY_PARAMS.parent / "kubernetes.yaml").read_text(encoding="utf-8")
    command = streamlit_command(APP, 1, upload_limit_mb())
    for option in ("--server.maxUploadSize=1", "--logger.level=error", "--runner.postScriptGC=false"):
        assert option in command and option in text, option
    server = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["server"]
    assert f"--server.maxMessageSize={server['maxMessageSize']} " in text
    assert "--server.allowedHosts=relief.example.org" in text
    assert "proxy-body-size: 2m" in text and 'enable-access-log: "false"' in text
    assert f'limit-connections: "{SOCKETS_PER_CLIENT}"' in text
