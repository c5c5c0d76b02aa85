"""How many elements a page draws on its first run, counted with AppTest.

An element is what Streamlit sends to the browser as one leaf of the page: a paragraph
of Markdown, a heading, a widget, a chart. Layout blocks (columns, expanders, borders)
are counted apart. The browser's cost of a run grows with the elements it must diff
and draw, so the benchmark sets each page's count beside a bare Streamlit page's.
Counting is exact, not timed, so it runs in the tests too (tests/app/test_elements.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block


@dataclass(frozen=True)
class Count:
    elements: int
    blocks: int
    by_type: dict[str, int]


def count(at: AppTest) -> Count:
    """The leaf elements and the layout blocks of the main area and sidebar of `at`'s last run."""
    leaves: Counter[str] = Counter()
    blocks = 0

    def walk(node: Any) -> None:
        nonlocal blocks
        for child in getattr(node, "children", {}).values():
            if isinstance(child, Block):
                blocks += 1
                walk(child)
            else:
                leaves[child.type] += 1

    walk(at._tree)  # AppTest's tree of the run; its public views are per element type
    return Count(sum(leaves.values()), blocks, dict(leaves.most_common()))


def first_run(script: str, page: str | None = None, query: dict[str, str] | None = None) -> Count:
    """The elements of `page`'s first run in a new session (the entry script first, as a
    browser's first visit runs it), with `query` as the link's query string."""
    at = AppTest.from_file(script, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    if at.exception:
        raise RuntimeError(f"{script} {page}: {at.exception}")
    return count(at)
