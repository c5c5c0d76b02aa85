"""The layers stay clean: only the UI package and the entry script import Streamlit, and no
module of dashboard/ grows past 400 lines (cut by subject instead)."""

from __future__ import annotations

import ast
from pathlib import Path

MAX_LINES = 400
UI = ("ui",)  # the one Streamlit package in dashboard/
ENTRY = "app.py"


def modules(root: Path) -> list[Path]:
    return sorted(p for p in (root / "dashboard").rglob("*.py"))


def imports_streamlit(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "streamlit" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "streamlit":
            return True
    return False


def test_only_the_ui_package_and_the_entry_script_import_streamlit(repo_root: Path) -> None:
    pure = [
        p.relative_to(repo_root).as_posix()
        for p in modules(repo_root)
        if p.relative_to(repo_root / "dashboard").parts[0] not in (*UI, ENTRY)
    ]
    assert pure, "dashboard/ has pure modules"
    assert [p for p in pure if imports_streamlit(repo_root / p)] == []
    assert imports_streamlit(repo_root / "dashboard" / ENTRY)


def test_every_module_of_dashboard_is_at_most_400_lines(repo_root: Path) -> None:
    long = {
        p.relative_to(repo_root).as_posix(): n
        for p in modules(repo_root)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
