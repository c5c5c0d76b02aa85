"""Fair turns for each client address (dashboard/turns.py): one noisy client gets at most
about half of a process (security review M5; `python -m bench.noisy` measures it)."""

from __future__ import annotations

import threading

from dashboard.turns import Turns, client_key


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def test_after_a_run_a_client_rests_as_long_as_it_ran_and_others_do_not() -> None:
    clock = Clock()
    turns = Turns(clock=clock.now, sleep=clock.advance)
    with turns.turn("a"):
        clock.advance(0.05)  # a run of 50 ms
    began = clock.t
    with turns.turn("b") as got:
        assert got and clock.t == began  # another client: no wait
    with turns.turn("a") as got:
        assert got and round(clock.t - began, 6) == 0.05  # rests 50 ms first
    clock.advance(1)
    with turns.turn("c"):
        clock.advance(0.01)
    assert turns.clients == 1  # a and b are forgotten once rested: only c is still held


def test_no_address_no_wait_and_the_rest_is_bounded() -> None:
    clock = Clock()
    turns = Turns(wait=2.0, clock=clock.now, sleep=clock.advance)
    with turns.turn(None) as got:
        assert got and turns.clients == 0
    with turns.turn("a"):
        clock.advance(60)  # a very long run
    began = clock.t
    with turns.turn("a"):
        assert clock.t - began <= 2.0  # nobody waits longer than `wait`


def test_one_client_runs_one_page_at_a_time() -> None:
    turns = Turns(pace=0)
    inside = threading.Event()
    release = threading.Event()
    second_in = threading.Event()

    def first() -> None:
        with turns.turn("a"):
            inside.set()
            release.wait(10)

    def second() -> None:
        with turns.turn("a"):
            second_in.set()

    one = threading.Thread(target=first)
    one.start()
    assert inside.wait(10)
    two = threading.Thread(target=second)
    two.start()
    assert not second_in.wait(0.2)  # held back while the first runs
    with turns.turn("b"):  # another client goes at once
        pass
    release.set()
    assert second_in.wait(10)
    one.join(10)
    two.join(10)
    assert turns.clients == 0


def test_the_key_never_holds_the_address() -> None:
    key = client_key("203.0.113.7")
    assert key is not None and "203" not in key and len(key) == 32
    assert client_key("203.0.113.7") == key and client_key("203.0.113.8") != key
    assert client_key(None) is None and client_key("") is None


def test_a_fragment_drawn_in_its_pages_run_goes_straight_on_and_its_own_rerun_takes_a_turn() -> None:
    clock = Clock()
    turns = Turns(wait=2.0, clock=clock.now, sleep=clock.advance)
    # The same thread already holds a's turn: no wait, no deadlock.
    with turns.turn("a") as page, turns.turn("a") as fragment:
        assert page and fragment
        clock.advance(0.1)
    began = clock.t
    with turns.turn("a") as rerun:  # a fragment's own rerun: a's rest applies to it like any run
        assert rerun and round(clock.t - began, 6) == 0.1

    others: list[bool] = []
    with turns.turn("a"):
        # Another thread (another tab of the same address) still waits for the turn.
        thread = threading.Thread(target=lambda: others.append(_took_turn(turns)))
        thread.start()
        thread.join(timeout=5)
    assert others == [False]  # its wait ran out while this thread held the turn


def _took_turn(turns: Turns) -> bool:
    with turns.turn("a") as got:
        return got
