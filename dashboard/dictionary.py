"""The data dictionary: every column of every file in plain words.

Read from the column declarations in `dashboard.data.schema`, so it always covers
exactly the columns the schemas check. The words are as declared there (in English,
marked for translation where they are declared); the page shows each with `_()`.
Column names are names, never translated.
"""

from __future__ import annotations

from dashboard.data.schema import TABLES

FILE_PURPOSE: dict[str, str] = {t.name: t.purpose for t in TABLES}

COLUMNS: dict[str, dict[str, str]] = {t.name: {c.name: c.means for c in t.columns} for t in TABLES}
