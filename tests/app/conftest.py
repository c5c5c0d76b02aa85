"""App tests run the pages on the frozen fixture copy of the data (tests/fixtures/data)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard import ui
from dashboard.data import Dataset
from tests.conftest import FIXTURE_DATA, fixture_dataset


@pytest.fixture(autouse=True, scope="session")
def fixture_data() -> Iterator[None]:
    before = os.environ.get(ui.DATA_DIR_ENV)
    os.environ[ui.DATA_DIR_ENV] = str(FIXTURE_DATA)
    ui.loaders._load.clear()
    yield
    if before is None:
        os.environ.pop(ui.DATA_DIR_ENV, None)
    else:
        os.environ[ui.DATA_DIR_ENV] = before
    ui.loaders._load.clear()


@pytest.fixture(scope="session")
def ds() -> Dataset:
    """The data the pages under test read: the fixture, not today's data/."""
    return fixture_dataset()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of the fixture data, for a page test of bad data."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURE_DATA, target)
    return target
