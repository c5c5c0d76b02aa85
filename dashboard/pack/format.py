"""The pack's format: its limits, its columns (declared once) and its row and pack values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from dashboard import i18n, vocab
from dashboard.data import Column, Kind, Local, Table
from dashboard.data.schema import is_date, is_number, is_whole, note
from dashboard.i18n import N_, _, format_number
from dashboard.vocab import PackRowKind, PriceUnit

# The file's name in its problems and in the data dictionary. The file is a machine format:
# its column names and values (option, yes, one_off) are the same in every language. Only
# a download's name is in the person's language: _(FILE_NAME).
FILE_NAME = N_("local-prices.csv")
MAX_ROWS = 40  # one row per option (11) and about 30 services: a page of a handout
MAX_FILE_BYTES = 32_000  # 40 rows of the longest text allowed fit in about 22,000
LINK_LIMIT = 2_000  # characters of `pack=`: links longer than about 2,000 break in some apps
MAX_PRICE = 10_000
MAX_PER_MONTH = 31
TEXT_LIMITS = {"name": 60, "where": 80, "contact": 80, "note": 200, "set_by": 60}
LINK_VERSION = "1"


class Rule(str):
    """A broken rule's words in a `Problem`, in this run's language, that also holds its
    words for the Local prices page's tables (`page`): there the file's column names and
    "one_off" are said as the tables label them. A str, so a Problem reads, compares and
    sorts as before, and the page picks its words without reading them."""

    page: str

    def __new__(cls, words: str, page: str = "") -> Rule:
        rule = super().__new__(cls, words)
        rule.page = page or words
        return rule


# ------------------------------------------------------------------ the cells' rules


def _kind_rule() -> Rule:
    return Rule(_("must be one of: {values}").format(values=", ".join(vocab.PACK_ROW_KINDS)))


def _option_rule() -> Rule:
    return Rule(_("must not be empty"))


def _price_rule() -> Rule:
    return Rule(
        _("must be a price in dollars from 0 to {most}, like 40 or 12.50 (no $ sign), or empty").format(
            most=format_number(MAX_PRICE)
        )
    )


def _unit_rule() -> Rule:
    return Rule(
        _("must be one of: {values}, or empty (needed with a price)").format(
            values=", ".join(vocab.PRICE_UNITS)
        ),
        _("must be one of: session, visit, month, course, one-off, or empty (needed with a price)"),
    )


def _per_month_rule() -> Rule:
    return Rule(_("must be a whole number from 1 to {most}, or empty").format(most=MAX_PER_MONTH))


def _offered_rule() -> Rule:
    return Rule(_("must be yes, no, or empty (empty means yes)"))


def _date_rule() -> Rule:
    return Rule(_("must be a date like 2026-11-27, or empty"))


# Each checked column's cell rule, in this run's language: a problem from the schema check
# gets these words (the Kinds' own rules are the same words in English, for pandera).
CELL_RULES: dict[str, Callable[[], Rule]] = {
    "kind": _kind_rule,
    "option_id": _option_rule,
    "price_low_usd": _price_rule,
    "price_high_usd": _price_rule,
    "price_unit": _unit_rule,
    "per_month": _per_month_rule,
    "offered": _offered_rule,
    "set_on": _date_rule,
}


def _english(column: str) -> str:
    with i18n.using(i18n.SOURCE):
        return str(CELL_RULES[column]())


# ------------------------------------------------------------------ the format


def _price_kind() -> Kind:
    return Kind(
        _english("price_low_usd"),
        lambda x: x == "" or (is_number(x) and float(x) <= MAX_PRICE),
        lambda x: None if x == "" else round(float(x), 2),
    )


PACK_TABLE = Table(
    FILE_NAME,
    N_(
        "A coach's local pack: their own prices for our options, and local services. "
        "Made and read on the Local prices page; it travels in a link as pack=."
    ),
    (
        Column(
            "kind",
            Kind(_english("kind"), lambda x: x in vocab.PACK_ROW_KINDS, values=vocab.PACK_ROW_KINDS),
            N_(
                "option: the local price of one of our options, or that it is not offered here. "
                "service: a local service that is a kind of one option."
            ),
        ),
        Column(
            "option_id",
            Kind(_english("option_id"), lambda x: x != ""),
            N_(
                "Which of our options this row is about (its id, such as massage or water_therapy). "
                "A service takes this option's evidence, verdict, harms and warnings."
            ),
        ),
        Column(
            "name",
            note(),
            # The numbers in these meanings are TEXT_LIMITS'.
            N_(
                "The service's name, such as Tuesday aqua back class (up to 60 characters). "
                "Needed for a service. Name, where, contact and note are for services only."
            ),
        ),
        Column("price_low_usd", _price_kind(), N_("The lowest local price in US dollars; empty if unknown.")),
        Column(
            "price_high_usd",
            _price_kind(),
            N_("The highest local price in US dollars; the same as the low price for one price."),
        ),
        Column(
            "price_unit",
            Kind(
                _english("price_unit"),
                lambda x: x in ("", *vocab.PRICE_UNITS),
                lambda x: x or None,
                values=vocab.PRICE_UNITS,
            ),
            N_("What the price covers: session, visit, month, course or one_off."),
        ),
        Column(
            "per_month",
            Kind(
                _english("per_month"),
                lambda x: x == "" or (is_whole(x) and 1 <= int(x) <= MAX_PER_MONTH),
                lambda x: None if x == "" else int(x),
            ),
            N_(
                "For a price per session or per visit: how many a month. It gives the cost of a month, "
                "which the budget and the ranking use."
            ),
        ),
        Column(
            "offered",
            Kind(_english("offered"), lambda x: x in ("", "yes", "no"), lambda x: x != "no"),
            N_(
                "For an option row: no if it is not offered here. The option is still shown, with its evidence."
            ),
        ),
        Column("where", note(), N_("Where the service is (up to 80 characters).")),
        Column("contact", note(), N_("A phone number, email or web address (up to 80 characters).")),
        Column("note", note(), N_("A short note for clients (up to 200 characters).")),
        Column(
            "set_by",
            note(),
            N_(
                "The coach's name or practice (up to 60 characters). "
                "Needed on at least one row; the same on every row that has it."
            ),
        ),
        Column(
            "set_on",
            Kind(
                _english("set_on"),
                lambda x: x == "" or is_date(x),
                lambda x: dt.date.fromisoformat(x) if x else None,
            ),
            N_("The date the prices were set, like 2026-11-27. Needed on at least one row."),
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
