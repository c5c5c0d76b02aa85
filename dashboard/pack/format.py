"""The pack's format: its limits, its columns (declared once) and its row and pack values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dashboard import vocab
from dashboard.data import Column, Kind, Local, Table
from dashboard.data.schema import is_date, is_number, is_whole, note, one_of
from dashboard.vocab import PackRowKind, PriceUnit

FILE_NAME = "local-prices.csv"
MAX_ROWS = 40  # one row per option (11) and about 30 services: a page of a handout
MAX_FILE_BYTES = 32_000  # 40 rows of the longest text allowed fit in about 22,000
LINK_LIMIT = 2_000  # characters of `pack=`: links longer than about 2,000 break in some apps
MAX_PRICE = 10_000
MAX_PER_MONTH = 31
TEXT_LIMITS = {"name": 60, "where": 80, "contact": 80, "note": 200, "set_by": 60}
LINK_VERSION = "1"

# ------------------------------------------------------------------ the format


def _price_kind() -> Kind:
    return Kind(
        f"must be a price in dollars from 0 to {MAX_PRICE:,}, like 40 or 12.50 (no $ sign), or empty",
        lambda x: x == "" or (is_number(x) and float(x) <= MAX_PRICE),
        lambda x: None if x == "" else round(float(x), 2),
    )


def _optional(values: Iterable[str], words: str) -> Kind:
    allowed = tuple(values)
    return Kind(
        f"must be one of: {', '.join(allowed)}, or empty{words}",
        lambda x: x in ("", *allowed),
        lambda x: x or None,
        values=allowed,
    )


PACK_TABLE = Table(
    FILE_NAME,
    "A coach's local pack: their own prices for our options, and local services. "
    "Made and read on the Local prices page; it travels in a link as pack=.",
    (
        Column(
            "kind",
            one_of(vocab.PACK_ROW_KINDS),
            "option: the local price of one of our options, or that it is not offered here. "
            "service: a local service that is a kind of one option.",
        ),
        Column(
            "option_id",
            Kind("must not be empty", lambda x: x != ""),
            "Which of our options this row is about (its id, such as massage or water_therapy). "
            "A service takes this option's evidence, verdict, harms and warnings.",
        ),
        Column(
            "name",
            note(),
            f"The service's name, such as Tuesday aqua back class (up to {TEXT_LIMITS['name']} characters). "
            "Needed for a service. Name, where, contact and note are for services only.",
        ),
        Column("price_low_usd", _price_kind(), "The lowest local price in US dollars; empty if unknown."),
        Column(
            "price_high_usd",
            _price_kind(),
            "The highest local price in US dollars; the same as the low price for one price.",
        ),
        Column(
            "price_unit",
            _optional(vocab.PRICE_UNITS, " (needed with a price)"),
            "What the price covers: session, visit, month, course or one_off.",
        ),
        Column(
            "per_month",
            Kind(
                f"must be a whole number from 1 to {MAX_PER_MONTH}, or empty",
                lambda x: x == "" or (is_whole(x) and 1 <= int(x) <= MAX_PER_MONTH),
                lambda x: None if x == "" else int(x),
            ),
            "For a price per session or per visit: how many a month. It gives the cost of a month, "
            "which the budget and the ranking use.",
        ),
        Column(
            "offered",
            Kind(
                "must be yes, no, or empty (empty means yes)",
                lambda x: x in ("", "yes", "no"),
                lambda x: x != "no",
            ),
            "For an option row: no if it is not offered here. The option is still shown, with its evidence.",
        ),
        Column("where", note(), f"Where the service is (up to {TEXT_LIMITS['where']} characters)."),
        Column(
            "contact",
            note(),
            f"A phone number, email or web address (up to {TEXT_LIMITS['contact']} characters).",
        ),
        Column("note", note(), f"A short note for clients (up to {TEXT_LIMITS['note']} characters)."),
        Column(
            "set_by",
            note(),
            f"The coach's name or practice (up to {TEXT_LIMITS['set_by']} characters). "
            "Needed on at least one row; the same on every row that has it.",
        ),
        Column(
            "set_on",
            Kind(
                "must be a date like 2026-11-27, or empty",
                lambda x: x == "" or is_date(x),
                lambda x: dt.date.fromisoformat(x) if x else None,
            ),
            "The date the prices were set, like 2026-11-27. Needed on at least one row.",
        ),
    ),
)
COLUMNS = PACK_TABLE.column_names
REQUIRED_COLUMNS = ("kind", "option_id", "price_low_usd", "price_high_usd", "price_unit")
TEXT_COLUMNS = tuple(TEXT_LIMITS)
_SCHEMA = PACK_TABLE.schema()


# ------------------------------------------------------------------ the values


@dataclass(frozen=True)
class PackRow:
    kind: PackRowKind
    option_id: str
    name: str = ""
    price_low_usd: float | None = None
    price_high_usd: float | None = None
    price_unit: PriceUnit | None = None
    per_month: int | None = None
    offered: bool = True
    where: str = ""
    contact: str = ""
    note: str = ""

    @property
    def priced(self) -> bool:
        return (
            self.price_low_usd is not None and self.price_high_usd is not None and self.price_unit is not None
        )


@dataclass(frozen=True)
class Pack:
    """A whole pack. Its rows are kept in one order, so the same pack read from a file, a
    link or the page's tables is equal, and gives the same link: the option rows by
    option id, then the services in the coach's order."""

    set_by: str
    set_on: dt.date
    rows: tuple[PackRow, ...]

    def __post_init__(self) -> None:
        options = sorted((r for r in self.rows if r.kind == "option"), key=lambda r: r.option_id)
        object.__setattr__(self, "rows", (*options, *(r for r in self.rows if r.kind == "service")))

    def price_row(self, option_id: str) -> PackRow | None:
        return next((r for r in self.rows if r.kind == "option" and r.option_id == option_id), None)

    def services(self, option_id: str | None = None) -> tuple[PackRow, ...]:
        return tuple(r for r in self.rows if r.kind == "service" and option_id in (None, r.option_id))

    @property
    def signed(self) -> str:
        return Local(self.set_by, self.set_on).signed


Row = Mapping[str, str]
Found = tuple[int, str, str, str]  # (row index from 0, column, rule, value)
