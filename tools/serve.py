"""Serve the dashboard for real: several Streamlit processes behind Debian's nginx.

`make serve` runs this (`python -m tools.serve`). It starts REPLICAS Streamlit
processes on free local ports, fills deploy/nginx.conf.template with their ports and
with paths in a new temporary folder, and runs nginx in the foreground in front of them
on SERVE_PORT. Ctrl-C or SIGTERM stops every process it started; a replica that dies is
started again. Nothing is written outside the temporary folder, which is removed at
the end, so it runs as root or as any other user.

nginx does the proxying and the balancing. This script only starts, watches and stops
processes, and writes the config.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import grp
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from tools.server import ROOT, free_port

DEPLOY = ROOT / "deploy"
TEMPLATE = DEPLOY / "nginx.conf.template"
PROXY_PARAMS = DEPLOY / "proxy_params.conf"
DEFAULT_APP = "dashboard/app.py"
BROTLI_MODULE = "ngx_http_brotli_filter_module.so"
# What Streamlit allows when .streamlit/config.toml does not say (server.maxUploadSize).
STREAMLIT_UPLOAD_LIMIT_MB = 200
NO_NGINX = "nginx is not installed: apt-get install -y --no-install-recommends nginx"
BROTLI_TYPES = (
    "text/plain text/css text/javascript application/javascript application/json "
    "application/manifest+json image/svg+xml application/xml text/csv"
)
# Limits for each client address at nginx (README, "Limits for each client"): open
# websockets (one a tab), and page requests a second with the burst a first visit needs.
SOCKETS_PER_CLIENT = 20
PAGE_RATE = "10r/s"
PAGE_BURST = 40
# The host names nginx and Streamlit answer to; any other Host header gets no answer.
DEFAULT_HOSTS = ("localhost", "127.0.0.1")
# Every response's Content-Security-Policy: what Streamlit needs, from this host only.
CSP = "; ".join(
    (
        "default-src 'self'",
        # 'wasm-unsafe-eval': Streamlit's frontend compiles WebAssembly on Find (a browser
        # test saw the violation); it allows that, not JavaScript's eval.
        "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "media-src 'self' blob:",
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    )
)
# A replica that dies this many times within RESTART_WINDOW seconds is not started again.
MAX_RESTARTS = 5
RESTART_WINDOW = 60.0


def log(message: str) -> None:
    print(f"[serve] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ finding nginx


def nginx_binary() -> str | None:
    """Debian's nginx: on PATH, or in /usr/sbin, which a non-root PATH often lacks."""
    found = shutil.which("nginx")
    if found:
        return found
    return "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None


def nginx_build_paths(binary: str) -> tuple[Path, Path]:
    """The modules folder and the mime.types file this nginx was built to use."""
    output = subprocess.run([binary, "-V"], capture_output=True, text=True, check=True).stderr
    modules = re.search(r"--modules-path=(\S+)", output)
    conf = re.search(r"--conf-path=(\S+)", output)
    modules_dir = Path(modules.group(1)) if modules else Path("/usr/lib/nginx/modules")
    conf_dir = Path(conf.group(1)).parent if conf else Path("/etc/nginx")
    return modules_dir, conf_dir / "mime.types"


def upload_limit_mb(root: Path = ROOT) -> int:
    """server.maxUploadSize from the app's .streamlit/config.toml, else Streamlit's default."""
    config = root / ".streamlit" / "config.toml"
    if config.exists():
        server = tomllib.loads(config.read_text(encoding="utf-8")).get("server", {})
        value = server.get("maxUploadSize", STREAMLIT_UPLOAD_LIMIT_MB)
        return int(value)
    return STREAMLIT_UPLOAD_LIMIT_MB


# ------------------------------------------------------------------ the config


@dataclass(frozen=True)
class Replica:
    name: str  # r1, r2, ...: the value of the relief_route cookie
    port: int


def upstream_blocks(replicas: list[Replica]) -> str:
    def server(replica: Replica, extra: str = "") -> str:
        return f"        server 127.0.0.1:{replica.port} max_fails=1 fail_timeout=5s{extra};"

    blocks = ["    upstream relief_pool {", "        zone relief_pool 64k;", "        least_conn;"]
    blocks += [server(r) for r in replicas]
    blocks += ["        keepalive 16;", "    }"]
    for replica in replicas:
        blocks += [f"    upstream relief_{replica.name} {{", f"        zone relief_{replica.name} 64k;"]
        blocks += [server(replica)]
        blocks += [server(other, " backup") for other in replicas if other != replica]
        blocks += ["        keepalive 16;", "    }"]
    return "\n".join(blocks)


def render_config(
    replicas: list[Replica],
    prefix: Path,
    listen: str,
    *,
    mime_types: Path,
    brotli_module: Path | None,
    upload_mb: int,
    expose_upstream: bool = False,
    run_as: str | None = None,
    hosts: Sequence[str] = DEFAULT_HOSTS,
    sockets_per_client: int = SOCKETS_PER_CLIENT,
) -> str:
    """deploy/nginx.conf.template with every {{ slot }} filled; an unknown slot is an error."""
    slots = {
        "load_modules": f"load_module {brotli_module};"
        if brotli_module
        else "# brotli: module not installed",
        "user": f"user {run_as};" if run_as else "# user: nginx runs as whoever started it",
        "prefix": str(prefix),
        "mime_types": str(mime_types),
        "brotli": (
            f"    brotli on;\n    brotli_comp_level 5;\n    brotli_min_length 1024;\n    brotli_types {BROTLI_TYPES};"
            if brotli_module
            else "    # brotli: module not installed, gzip only"
        ),
        "upstreams": upstream_blocks(replicas),
        "route_map": "\n".join(f"        {r.name} relief_{r.name};" for r in replicas),
        "answered_map": "\n".join(f'        "~(^|\\s)127\\.0\\.0\\.1:{r.port}$" {r.name};' for r in replicas),
        "listen": listen,
        # Streamlit's limit and 64 KB for the multipart envelope around the file.
        "client_max_body_size": f"{upload_mb * 1024 + 64}k",
        "server_names": " ".join(hosts),
        "csp": CSP,
        "sockets_per_client": str(sockets_per_client),
        "page_rate": PAGE_RATE,
        "page_burst": str(PAGE_BURST),
        "debug_headers": (
            "        add_header X-Upstream $upstream_addr always;  # --expose-upstream: tests only"
            if expose_upstream
            else "        # X-Upstream: off (tools/serve.py --expose-upstream turns it on for tests)"
        ),
    }

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in slots:
            raise KeyError(f"{TEMPLATE.name}: unknown slot {{{{ {name} }}}}")
        return slots[name]

    return re.sub(r"\{\{ (\w+) \}\}", fill, TEMPLATE.read_text(encoding="utf-8"))


def worker_user() -> str | None:
    """As root, nginx's workers drop to an unprivileged user: Debian's www-data, else nobody."""
    if os.geteuid() != 0:
        return None
    for name in ("www-data", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return f"{name} {grp.getgrgid(entry.pw_gid).gr_name}"
    return None


# ------------------------------------------------------------------ processes


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM if this script dies without cleaning up."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


def spawn(command: list[str], log_file: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    with log_file.open("ab") as out:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # its own process group: stopped as a whole
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )


def stop_process(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 10) -> None:
    """Signal the process group, wait, then kill what is left."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    # Whatever is left in its group (none, normally).
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def streamlit_command(
    app: str, port: int, upload_mb: int, extra: Sequence[str] = (), hosts: Sequence[str] = DEFAULT_HOSTS
) -> list[str]:
    """One replica, set for production. Run `streamlit config show` for what each means.

    `extra` ("section.option=value") comes last, so it wins over the settings here.
    """
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        app,
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.headless=true",
        "--server.enableXsrfProtection=true",
        # CORS *protection* on: a websocket is accepted only from this site's own origin.
        "--server.enableCORS=true",
        "--server.fileWatcherType=none",
        "--server.runOnSave=false",
        f"--server.maxUploadSize={upload_mb}",
        # A websocket is accepted only for these Host names (DNS rebinding).
        *(f"--server.allowedHosts={host}" for host in hosts),
        "--client.showErrorDetails=none",
        "--browser.gatherUsageStats=false",
        # Errors only: Streamlit's warnings name session ids ("Session with id ... is already
        # connected"), and a session id is the one key to a live session.
        "--logger.level=error",
        # Streamlit runs a full garbage collection after every script run by default. It
        # was about 45% of a replica's CPU under load here (py-spy), for no memory gained:
        # see README, "Serving it for real", for the soak run that shows memory flat.
        "--runner.postScriptGC=false",
        # /_stcore/script-health-check runs the app once: tools.serve calls it on each
        # replica's own port to warm it (imports, data, caches) before nginx sends people.
        # nginx answers 404 for it, so no visitor can trigger it.
        "--server.scriptHealthCheckEnabled=true",
        *(f"--{option}" for option in extra),
    ]


def http_ok(url: str, timeout: float = 2) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(url, timeout=timeout) as response:
            return bool(response.status == 200)
    except OSError:
        return False


class Interrupted(Exception):
    """SIGTERM or Ctrl-C came while starting up."""


@dataclass
class Running:
    replica: Replica
    process: subprocess.Popen[bytes]
    restarts: list[float] = field(default_factory=list)


class Stack:
    """REPLICAS Streamlit processes and nginx in front of them."""

    def __init__(
        self,
        app: str = DEFAULT_APP,
        replicas: int = 2,
        port: int = 8080,
        listen_host: str = "127.0.0.1",
        *,
        expose_upstream: bool = False,
        state_file: Path | None = None,
        keep_temp: bool = False,
        stop: threading.Event | None = None,
        streamlit_options: Sequence[str] = (),
        hosts: Sequence[str] = DEFAULT_HOSTS,
        sockets_per_client: int = SOCKETS_PER_CLIENT,
    ) -> None:
        binary = nginx_binary()
        if binary is None:
            raise RuntimeError(NO_NGINX)
        if replicas < 1:
            raise RuntimeError("REPLICAS must be 1 or more")
        self.nginx = binary
        self.app = app
        self.port = port
        self.listen = f"{listen_host}:{port}"
        self.url = f"http://{'127.0.0.1' if listen_host in ('0.0.0.0', '*') else listen_host}:{port}"
        self.expose_upstream = expose_upstream
        self.state_file = state_file
        self.keep_temp = keep_temp
        self.streamlit_options = list(streamlit_options)
        self.hosts = tuple(hosts)
        self.sockets_per_client = sockets_per_client
        self.upload_mb = upload_limit_mb()
        self.replicas = [Replica(f"r{i}", free_port()) for i in range(1, replicas + 1)]
        self.prefix = Path(tempfile.mkdtemp(prefix="relief-serve-"))
        # As root, nginx's workers run as www-data: they must be able to enter the folder.
        self.prefix.chmod(0o711)
        # One secret for every replica, so cookies one signs the others accept.
        self.env = {**os.environ, "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32)}
        self.running: list[Running] = []
        self.nginx_process: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()
        # Set by SIGTERM or Ctrl-C: start-up stops waiting at once.
        self.stopping = stop or threading.Event()

    # -- config

    def write_config(self) -> Path:
        modules_dir, mime_types = nginx_build_paths(self.nginx)
        brotli = modules_dir / BROTLI_MODULE
        text = render_config(
            self.replicas,
            self.prefix,
            self.listen,
            mime_types=mime_types,
            brotli_module=brotli if brotli.exists() else None,
            upload_mb=self.upload_mb,
            expose_upstream=self.expose_upstream,
            run_as=worker_user(),
            hosts=self.hosts,
            sockets_per_client=self.sockets_per_client,
        )
        conf = self.prefix / "nginx.conf"
        conf.write_text(text, encoding="utf-8")
        shutil.copy(PROXY_PARAMS, self.prefix / PROXY_PARAMS.name)
        return conf

    @property
    def brotli(self) -> bool:
        return "brotli on;" in (self.prefix / "nginx.conf").read_text(encoding="utf-8")

    # -- start

    def _start_replica(self, replica: Replica) -> subprocess.Popen[bytes]:
        command = streamlit_command(
            self.app, replica.port, self.upload_mb, self.streamlit_options, self.hosts
        )
        return spawn(command, self.prefix / f"{replica.name}.log", self.env)

    def start(self, timeout: float = 90) -> None:
        conf = self.write_config()
        check = subprocess.run(
            [
                self.nginx,
                "-t",
                "-q",
                "-p",
                str(self.prefix),
                "-e",
                str(self.prefix / "error.log"),
                "-c",
                str(conf),
            ],
            capture_output=True,
            text=True,
        )
        if check.returncode != 0:
            raise RuntimeError(f"nginx rejected the config {conf}:\n{check.stderr}")
        for replica in self.replicas:
            self.running.append(Running(replica, self._start_replica(replica)))
        deadline = time.monotonic() + timeout
        for run in self.running:
            self._wait_healthy(run, deadline)
        warming = [threading.Thread(target=self._warm, args=(run.replica,)) for run in self.running]
        for thread in warming:
            thread.start()
        for thread in warming:
            thread.join()
        self.nginx_process = spawn(
            [self.nginx, "-p", str(self.prefix), "-e", str(self.prefix / "error.log"), "-c", str(conf)],
            self.prefix / "nginx.out",
        )
        while not http_ok(f"{self.url}/_stcore/health"):
            if self.stopping.is_set():
                raise Interrupted
            if self.nginx_process.poll() is not None:
                raise RuntimeError(f"nginx exited: {self.tail(self.prefix / 'error.log')}")
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not answer in time")
            time.sleep(0.1)
        self.write_state()

    def _wait_healthy(self, run: Running, deadline: float) -> None:
        url = f"http://127.0.0.1:{run.replica.port}/_stcore/health"
        while not http_ok(url):
            if self.stopping.is_set():
                raise Interrupted
            if run.process.poll() is not None:
                log_file = self.prefix / f"{run.replica.name}.log"
                raise RuntimeError(f"replica {run.replica.name} exited: {self.tail(log_file)}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"replica {run.replica.name} did not become healthy in time")
            time.sleep(0.1)

    def _warm(self, replica: Replica) -> None:
        """Run the app once in the replica, so the first person does not pay for imports."""
        if not http_ok(f"http://127.0.0.1:{replica.port}/_stcore/script-health-check", timeout=120):
            log(f"replica {replica.name}: the app's first run failed; see {self.prefix / replica.name}.log")

    def _warm_when_healthy(self, run: Running) -> None:
        """After a restart, in the background: wait for health, then warm."""
        process = run.process
        deadline = time.monotonic() + 120
        url = f"http://127.0.0.1:{run.replica.port}/_stcore/health"
        while process.poll() is None and time.monotonic() < deadline and not self.stopping.is_set():
            if http_ok(url):
                self._warm(run.replica)
                return
            time.sleep(0.2)

    def write_state(self) -> None:
        if self.state_file is None:
            return
        state = {
            "url": self.url,
            "prefix": str(self.prefix),
            "brotli": self.brotli,
            "nginx_pid": self.nginx_process.pid if self.nginx_process else None,
            "replicas": [
                {"name": r.replica.name, "port": r.replica.port, "pid": r.process.pid} for r in self.running
            ],
        }
        tmp = self.state_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(state, indent=2), encoding="utf-8")
        tmp.replace(self.state_file)

    @staticmethod
    def tail(path: Path, lines: int = 15) -> str:
        if not path.exists():
            return "(no log)"
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    # -- watch

    def check(self) -> None:
        """Start again any replica that died; raise if nginx died or a replica keeps dying."""
        if self.nginx_process is not None and self.nginx_process.poll() is not None:
            raise RuntimeError(f"nginx exited: {self.tail(self.prefix / 'error.log')}")
        with self._lock:
            changed = False
            for run in self.running:
                code = run.process.poll()
                if code is None:
                    continue
                changed = True
                now = time.monotonic()
                run.restarts = [t for t in run.restarts if now - t < RESTART_WINDOW] + [now]
                if len(run.restarts) > MAX_RESTARTS:
                    raise RuntimeError(
                        f"replica {run.replica.name} keeps dying: {self.tail(self.prefix / f'{run.replica.name}.log')}"
                    )
                log(
                    f"replica {run.replica.name} (port {run.replica.port}) exited with code {code}; starting it again"
                )
                run.process = self._start_replica(run.replica)
                threading.Thread(target=self._warm_when_healthy, args=(run,), daemon=True).start()
            if changed:
                self.write_state()

    # -- stop

    def stop(self) -> None:
        with self._lock:
            if self.nginx_process is not None:
                stop_process(self.nginx_process)  # SIGTERM: nginx's fast shutdown
            for run in self.running:
                stop_process(run.process)
            if self.state_file is not None:
                self.state_file.unlink(missing_ok=True)
            if not self.keep_temp:
                shutil.rmtree(self.prefix, ignore_errors=True)


# ------------------------------------------------------------------ command line


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tools.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--replicas", type=int, default=int(os.environ.get("REPLICAS", "2")))
    parser.add_argument("--port", type=int, default=int(os.environ.get("SERVE_PORT", "8080")))
    parser.add_argument(
        "--listen", default="127.0.0.1", help="address nginx listens on (0.0.0.0 to serve other machines)"
    )
    parser.add_argument("--app", default=DEFAULT_APP, help="the Streamlit entry script")
    parser.add_argument("--state-file", type=Path, help="write ports and process ids here as JSON when ready")
    parser.add_argument(
        "--expose-upstream", action="store_true", help="add an X-Upstream header naming the replica (tests)"
    )
    parser.add_argument("--keep-temp", action="store_true", help="keep the config and logs after stopping")
    parser.add_argument(
        "--host",
        action="append",
        default=[],
        help="a host name the app answers to, besides localhost and 127.0.0.1 (repeatable)",
    )
    parser.add_argument(
        "--sockets-per-client",
        type=int,
        default=SOCKETS_PER_CLIENT,
        help="open websockets allowed from one client address",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="OPTION=VALUE",
        help="a Streamlit option for every replica, e.g. runner.postScriptGC=true (repeatable)",
    )
    return parser.parse_args(argv)


def install_stop_handlers(stop: threading.Event) -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGHUP, handler)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stop = threading.Event()
    install_stop_handlers(stop)
    try:
        stack = Stack(
            args.app,
            args.replicas,
            args.port,
            args.listen,
            expose_upstream=args.expose_upstream,
            state_file=args.state_file,
            keep_temp=args.keep_temp,
            stop=stop,
            streamlit_options=args.set,
            # The local names always answer: tools.serve checks nginx through 127.0.0.1, and
            # a DNS-rebinding page can't name them as its own host.
            hosts=tuple(dict.fromkeys((*DEFAULT_HOSTS, *args.host))),
            sockets_per_client=args.sockets_per_client,
        )
    except RuntimeError as error:
        log(str(error))
        return 2
    code = 0
    try:
        stack.start()
        compression = "brotli and gzip" if stack.brotli else "gzip (no brotli module)"
        log(
            f"{len(stack.replicas)} Streamlit processes behind nginx, {compression}: {stack.url}\n"
            f"[serve] config and logs: {stack.prefix}. Ctrl-C stops everything."
        )
        while not stop.wait(0.5):
            stack.check()
    except Interrupted:
        pass
    except RuntimeError as error:
        log(str(error))
        code = 1
    finally:
        stack.stop()
        log("stopped")
    return code


if __name__ == "__main__":
    sys.exit(main())
