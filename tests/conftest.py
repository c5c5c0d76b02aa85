"""Shared fixtures: the real dataset, its files read as plain rows, the repository's root,
and a writable copy of the data folder for bad-data tests.

Tests take counts and paths from here, not from numbers or paths written in the test:
`len(data_rows("options.csv"))` stays right when a row is added, and `repo_root` does not
depend on the folder pytest was started from."""

from __future__ import annotations

import csv
import functools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

from dashboard.data import DATA_DIR, Dataset, load_dataset

# App and browser tests run on this frozen copy of data/ (set through RELIEF_DATA_DIR), so a
# content edit in data/ never breaks a test of how a page behaves. Refresh it on purpose, when
# a test of behaviour needs new data: `cp data/*.csv tests/fixtures/data/` (see CONTRIBUTING.md).
FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"


@functools.cache
def fixture_dataset() -> Dataset:
    """The frozen fixture data, as the app and browser tests' pages see it."""
    return load_dataset(FIXTURE_DATA)


# A busy CI machine can take longer than Hypothesis's 200 ms for one example; time is measured
# in `make bench`, never in a test.
settings.register_profile("relief", deadline=None)
settings.load_profile("relief")


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return load_dataset()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


DataRows = Callable[[str], list[dict[str, str]]]


@pytest.fixture(scope="session")
def data_rows() -> DataRows:
    """data_rows("warning_signs.csv"): the rows of one bundled data file, as read from disk."""

    def rows(file: str) -> list[dict[str, str]]:
        return read_rows(DATA_DIR / file)[1]

    return rows


EditCell = Callable[[str, str, str, str], None]


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def edit_cell(data_copy: Path) -> EditCell:
    """edit_cell(file, row_id, column, value): change one cell in the copied data."""

    def edit(file: str, row_id: str, column: str, value: str) -> None:
        path = data_copy / file
        columns, rows = read_rows(path)
        hits = [r for r in rows if r["id"] == row_id]
        assert hits, f"no row {row_id} in {file}"
        hits[0][column] = value
        write_rows(path, columns, rows)

    return edit


def line_of(file: Path, row_id: str) -> int:
    """The line number (header = 1) of the row with this id."""
    _, rows = read_rows(file)
    return next(i + 2 for i, r in enumerate(rows) if r["id"] == row_id)
