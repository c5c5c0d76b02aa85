"""The Local prices page's two tables as plain data: a price row for every option, and the
services. Their columns are the pack file's (`dashboard.pack`), with plain labels.

Pure: the page (`dashboard.ui.pack_editor`) shows these frames in `st.data_editor` and
passes what the coach typed back here, to become the file's rows and be checked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from dashboard import vocab
from dashboard.data import Option, Problem
from dashboard.i18n import N_, _
from dashboard.pack import Pack, Rule, cell_text, check_rows
from dashboard.text import cost_range

# The /pack page edits a pack as two tables: a price row for every option, and the
# services. Their columns are the file's, with plain labels (shown as _(LABELS[column])).
LABELS = {
    "option_id": N_("Option"),
    "name": N_("Service name"),
    "price_low_usd": N_("Low price ($)"),
    "price_high_usd": N_("High price ($)"),
    "price_unit": N_("Price covers"),
    "per_month": N_("How many a month"),
    "offered": N_("Offered here"),
    "where": N_("Where"),
    "contact": N_("Contact"),
    "note": N_("Note"),
    "set_by": N_("Your name or practice"),
    "set_on": N_("Date"),
}
PRICE_COLUMNS = ("option_id", "offered", "price_low_usd", "price_high_usd", "price_unit", "per_month")
SERVICE_COLUMNS = (
    "option_id",
    "name",
    "price_low_usd",
    "price_high_usd",
    "price_unit",
    "per_month",
    "where",
    "contact",
    "note",
)
# The two tables' names, as a problem names them (shown as _(PRICES_TABLE)).
PRICES_TABLE = N_("Local prices")
SERVICES_TABLE = N_("Local services")
WHOLE_PACK = N_("The pack")  # a problem with no row of its own: the name, the date, too many rows


def label(column: str) -> str:
    """A column's plain label, in this run's language."""
    return _(LABELS[column])


def unit_words(unit: object) -> str:
    """A price unit as the page's menus say it ("a session"), in this run's language."""
    return _(vocab.PRICE_UNIT_WORDS[str(unit)])


def price_frame(options: Sequence[Option], pack: Pack | None) -> pd.DataFrame:
    """One row per option: its name and our national figure (to read), and its local
    price from the pack, or empty cells (to fill in). Give the options without a pack."""
    rows = []
    for option in options:
        row = pack.price_row(option.id) if pack else None
        rows.append(
            {
                "option": option.name,
                "national": cost_range(option),
                "option_id": option.id,
                "offered": row.offered if row else True,
                "price_low_usd": row.price_low_usd if row else None,
                "price_high_usd": row.price_high_usd if row else None,
                "price_unit": (row.price_unit if row else None) or None,
                "per_month": row.per_month if row else None,
            }
        )
    return pd.DataFrame(rows, columns=["option", "national", *PRICE_COLUMNS]).astype(
        {
            "price_low_usd": "float64",
            "price_high_usd": "float64",
            "per_month": "Int64",
            "price_unit": "object",
        }
    )


def service_frame(pack: Pack | None) -> pd.DataFrame:
    """The pack's services, one row each; an empty table to add to when there are none."""
    services = pack.services() if pack else ()
    rows = [{c: getattr(s, c) for c in SERVICE_COLUMNS} for s in services]
    return pd.DataFrame(rows, columns=list(SERVICE_COLUMNS)).astype(
        {
            "price_low_usd": "float64",
            "price_high_usd": "float64",
            "per_month": "Int64",
            **{c: "object" for c in ("option_id", "name", "price_unit", "where", "contact", "note")},
        }
    )


@dataclass(frozen=True)
class Place:
    """Where a row of the checked rows came from on the page: a table and its row, from 1."""

    table: str  # PRICES_TABLE or SERVICES_TABLE
    row: int
    label: str = ""  # what the row is about: the option's or the service's name

    @property
    def words(self) -> str:
        """ "9 (Massage therapy)": the row number with its name, since the tables hide numbers."""
        return f"{self.row} ({self.label})" if self.label else str(self.row)


def rows_from_tables(
    prices: pd.DataFrame, services: pd.DataFrame, set_by: str, set_on: dt.date | None
) -> tuple[list[dict[str, str]], list[Place]]:
    """The page's two tables as the file's rows, and where each row came from.
    Price rows that say nothing (no price, offered) are left out; blank service rows too."""
    rows: list[dict[str, str]] = []
    places: list[Place] = []
    author = {"set_by": set_by.strip(), "set_on": set_on.isoformat() if set_on else ""}
    for i, record in enumerate(prices.to_dict("records"), start=1):
        cells = {c: cell_text(record.get(c)) for c in PRICE_COLUMNS}
        if cells["offered"] == "yes" and not any(cells[c] for c in PRICE_COLUMNS[2:]):
            continue
        rows.append({**cells, "kind": "option", **author})
        places.append(Place(PRICES_TABLE, i, cell_text(record.get("option"))))
    for i, record in enumerate(services.to_dict("records"), start=1):
        cells = {c: cell_text(record.get(c)) for c in SERVICE_COLUMNS}
        if not any(cells.values()):
            continue
        rows.append({**cells, "kind": "service", **author})
        places.append(Place(SERVICES_TABLE, i, cells["name"]))
    return rows, places


def _foreign(problem: Problem) -> str:
    """The page's words for a problem made outside our rules (a plain str, not a `Rule`): the
    file's "one_off" as the menu says it, and a name or date left empty as missing. Every
    problem of `check_rows` is a `Rule` and has its page words already."""
    if problem.column in ("set_by", "set_on") and problem.value == "":
        return _("must be filled in, above the tables")
    return re.sub(r"\bone_off\b", unit_words("one_off"), problem.rule)


def _value(column: str, value: str) -> str:
    """A problem's value as the page shows it: a unit in the menu's words."""
    return unit_words(value) if column == "price_unit" and value in vocab.PRICE_UNIT_WORDS else value


def _records(problems: Sequence[Problem], places: Sequence[Place]) -> list[dict[str, str]]:
    """Each problem's table, row, column, rule and value, in the page's words."""
    records = []
    for p in problems:
        table, row = _(WHOLE_PACK), ""
        if p.row >= 2 and p.row - 2 < len(places) and p.column not in ("set_by", "set_on"):
            place = places[p.row - 2]  # the name and date are one box above the tables
            table, row = _(place.table), place.words
        records.append(
            {
                "table": table,
                "row": row,
                "column": label(p.column) if p.column in LABELS else p.column,
                "problem": p.rule.page if isinstance(p.rule, Rule) else _foreign(p),
                "value": _value(p.column, p.value),
            }
        )
    return records


def _headers() -> dict[str, str]:
    return {
        "table": _("Table"),
        "row": _("Row"),
        "column": _("Column"),
        "problem": _("Problem"),
        "value": _("Value"),
    }


def page_problems(problems: Sequence[Problem], places: Sequence[Place]) -> pd.DataFrame:
    """Problems from `check_rows` on the page's rows, as a table naming the page's own table,
    row and column. Shown as a table, so nothing in a value is ever read as markup."""
    headers = _headers()
    frame = pd.DataFrame(_records(problems, places), columns=list(headers)).rename(columns=headers)
    return frame.drop_duplicates()


def new_service_problems(fields: dict[str, object], option_ids: Sequence[str]) -> pd.DataFrame:
    """What is wrong with one service from the "Add a local service" form, checked by the same
    rules as the tables, by itself: the name and date above the tables are checked there."""
    services = pd.DataFrame([{c: fields.get(c) for c in SERVICE_COLUMNS}], columns=list(SERVICE_COLUMNS))
    rows, places = rows_from_tables(
        pd.DataFrame(columns=list(PRICE_COLUMNS)), services, "-", dt.date(2000, 1, 1)
    )
    headers = {k: v for k, v in _headers().items() if k in ("column", "problem")}
    if rows:
        _pack, problems = check_rows(rows, option_ids)
        records = _records(problems, places)
    else:
        records = [{"column": label("name"), "problem": _("must not be empty for a service")}]
    frame = pd.DataFrame(records, columns=list(headers)).rename(columns=headers)
    return frame.drop_duplicates().reset_index(drop=True)


def table_height(rows: int, row: int = 35) -> int:
    """A data editor's height in px that shows its header and every row, so it never scrolls
    inside itself (Streamlit's rows and header are `row` px, plus a 2 px border)."""
    return (rows + 1) * row + 3


def file_problems(problems: Sequence[Problem]) -> pd.DataFrame:
    """Problems in an uploaded file: the line (the header is line 1), the column and the rule.
    The column is the file's own name, the same in every language."""
    headers = [_("Line"), _("Column"), _("Problem"), _("Value")]
    return pd.DataFrame(
        [[str(p.row) if p.row else "", p.column, p.rule, p.value] for p in problems], columns=headers
    )
