"""The README's table of link names, written from the declarations in dashboard/view.py.

`python -m tools.link_table` prints it; paste it between the README's link-name markers
(tests/test_view.py checks that the README holds exactly this table)."""

from __future__ import annotations

from dashboard.view import LINK_NAMES


def readme_table() -> str:
    rows = ["| name | pages | what it holds |", "| --- | --- | --- |"]
    rows += [f"| `{n.name}` | {', '.join(n.pages)} | {n.doc} |" for n in LINK_NAMES]
    return "\n".join(rows)


if __name__ == "__main__":
    print(readme_table())
