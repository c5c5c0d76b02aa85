"""Fair turns: one client address runs one page at a time, and after a run it rests as long
as the run took before its next one starts, so one noisy client (many tabs, or a script
with hundreds of websockets) gets at most about half of the process and can't slow
everyone else by more than about 2×. A person clicking never notices: their runs are far
apart, and Streamlit folds quick changes into one rerun anyway.

Streamlit runs each session's script in a thread of one process, with no limit for each
client: 200 websockets from one address rerunning at once made another person's rerun
go from 52 ms to 9.5 s (security review M5). nginx limits the websockets an address may
open (deploy/nginx.conf.template); `Turns` limits how many of its runs go at once and how
often. A run that has waited `wait` seconds goes ahead anyway, so nobody is locked out.

The address is never kept: a key made from it with a secret of this process's own
(`client_key`), held only while one of its runs is waiting or running.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

PER_CLIENT = 1  # runs at once for one client address
WAIT_S = 30.0  # after this, a run goes ahead without its turn
_SECRET = secrets.token_bytes(16)


def client_key(address: str | None) -> str | None:
    """A key for a client address that can't be turned back into it (None for none)."""
    if not address:
        return None
    return hashlib.blake2b(address.strip().encode(), key=_SECRET, digest_size=16).hexdigest()


PACE = 1.0  # after a run, a client rests this many times as long as the run took


@dataclass
class _Slot:
    gate: threading.Semaphore
    users: int = 0
    free_at: float = 0.0  # time.monotonic() when its next run may start


@dataclass
class Turns:
    per_client: int = PER_CLIENT
    wait: float = WAIT_S
    pace: float = PACE
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _slots: dict[str, _Slot] = field(default_factory=dict)
    _held: threading.local = field(default_factory=threading.local)  # keys this thread's run holds

    @contextmanager
    def turn(self, key: str | None) -> Iterator[bool]:
        """Wait for this client's turn and its rest (at most `wait` seconds in all), then
        run. Yields whether the turn was had (False: the wait ran out and it went ahead).
        No key: no wait. Re-entrant: a fragment drawn during its page's run (the same
        thread, already holding the turn) goes straight on; a fragment's own rerun takes one."""
        held: set[str] = self._held.__dict__.setdefault("keys", set())
        if key is None or key in held:
            yield True
            return
        began = self.clock()
        with self._lock:
            self._forget(began)
            slot = self._slots.setdefault(key, _Slot(threading.Semaphore(self.per_client)))
            slot.users += 1
        got = slot.gate.acquire(timeout=self.wait)
        rest = min(slot.free_at - self.clock(), self.wait - (self.clock() - began))
        if got and rest > 0:
            self.sleep(rest)
        start = self.clock()
        held.add(key)
        try:
            yield got
        finally:
            held.discard(key)
            end = self.clock()
            with self._lock:
                slot.free_at = max(slot.free_at, end + self.pace * (end - start))
                slot.users -= 1
            if got:
                slot.gate.release()

    def _forget(self, now: float) -> None:
        """Drop the keys of clients with nothing waiting or running and no rest left."""
        for key in [k for k, s in self._slots.items() if s.users == 0 and s.free_at <= now]:
            del self._slots[key]

    @property
    def clients(self) -> int:
        """How many client keys are held now (waiting, running or resting)."""
        with self._lock:
            self._forget(self.clock())
            return len(self._slots)


TURNS = Turns()  # one for the process: every session's runs take their turn here
