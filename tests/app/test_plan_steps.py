"""Check in's plan as numbered steps for each option (PEMAT item 22): a doctor first where a
label says so for this person, how to start, how to use it, when to stop."""

from __future__ import annotations

from dashboard import content
from tests.app.test_pages import open_page
from tests.conftest import fixture_dataset


def test_each_option_in_the_plan_is_a_numbered_list_of_steps() -> None:
    at = open_page("checkin", severity="moderate", duration="acute", plan="heat", planned="2026-12-01")
    assert not at.exception
    heat = fixture_dataset().for_duration("acute").option("heat")
    steps = next(m.value for m in at.markdown if m.value.startswith("1. "))
    lines = steps.splitlines()
    assert lines[0] == f"1. **Start:** {content.try_it(heat).short}"
    assert lines[1] == f"2. **How to use it:** {heat.what_its_like}"
    assert lines[2].startswith("3. **When to stop and ask a doctor:** ")  # the wrap's 7-day label
    assert lines[-1].startswith(f"{len(lines)}. **Check in**")
