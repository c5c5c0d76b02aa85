"""A coach's local pack: their own prices and the local services they know.

A pack is a small table. Each row is one of two kinds:

- an *option* row gives the local price of one of our options, or says it is not
  offered here. The option is still shown, with all its evidence.
- a *service* row is a local service that is a kind of one option (a "Tuesday aqua
  back class" is a kind of `water_therapy`). It takes that option's evidence,
  verdict, harms and warnings, and adds its own name, price, place, contact and note.

The same rows come from three places: the tables on the /pack page, an uploaded CSV
file, and a link (`pack=`: the CSV text, compressed with zlib and written in
base64url). All three go through `check_rows`, so the rules and messages are the same,
and every problem names its row, column and rule, as the dataset's do. Nothing is
stored on the server: a pack lives in the link, the file and the browser session.

`apply` gives a dataset whose options carry the local prices, so the budget filter,
the ranking, the charts, the slides and the handout all use them.
"""

from __future__ import annotations

import base64
import binascii
import csv
import datetime as dt
import io
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from dashboard import vocab
from dashboard.data import Column, Dataset, Kind, Local, LocalService, Option, Problem, Table
from dashboard.data.load import schema_problems
from dashboard.data.schema import is_date, is_number, is_whole, note, one_of
from dashboard.text import cost_range, money, spreadsheet_safe
from dashboard.vocab import CostUnit, PackRowKind, PriceUnit

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


# ------------------------------------------------------------------ rules across cells


def _known_option(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["option_id"] and row["option_id"] not in ids:
            yield i, "option_id", f"must be one of our option ids: {', '.join(ids)}", row["option_id"]


def _one_price_row_each(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if row["kind"] == "option":
            if row["option_id"] in seen:
                yield (
                    i,
                    "option_id",
                    "has a second option row; give each option one price row",
                    row["option_id"],
                )
            seen.add(row["option_id"])


def _service_has_name(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["kind"] == "service" and not row["name"].strip():
            yield i, "name", "must not be empty for a service", ""


def _price_pair(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        low, high = row["price_low_usd"], row["price_high_usd"]
        if (low == "") != (high == ""):
            empty = "price_low_usd" if low == "" else "price_high_usd"
            yield i, empty, "must be given too (for one price, give the same number twice)", ""
        elif _number(low) is not None and _number(high) is not None and float(low) > float(high):
            yield i, "price_low_usd", "must not be more than price_high_usd", low


def _unit_with_price(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        priced = row["price_low_usd"] != "" or row["price_high_usd"] != ""
        if priced and row["price_unit"] == "":
            yield (
                i,
                "price_unit",
                "must say what the price covers: session, visit, month, course or one_off",
                "",
            )
        elif not priced and row["price_unit"] != "":
            yield i, "price_low_usd", "is empty, but price_unit is given: give the price too", ""


def _per_month(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        by_the_session = row["price_unit"] in ("session", "visit")
        if by_the_session and row["price_low_usd"] != "" and row["per_month"] == "":
            yield i, "per_month", f"must say how many a month for a price per {row['price_unit']}", ""
        elif row["per_month"] != "" and not by_the_session:
            yield (
                i,
                "per_month",
                "is only for a price per session or per visit; leave it empty",
                row["per_month"],
            )


def _text_only_for_services(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["kind"] == "option":
            for column in ("name", "where", "contact", "note"):
                if row[column].strip():
                    yield i, column, "is only for a service; leave it empty on an option row", ""


def _offered_only_on_options(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["kind"] == "service" and row["offered"] == "no":
            yield i, "offered", "is only for an option row; remove the service instead", row["offered"]


ONE_LINE = re.compile(r"[^\x00-\x1f\x7f]*")


def _text(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        for column, limit in TEXT_LIMITS.items():
            value = row[column]
            if len(value) > limit:
                yield i, column, f"is too long: at most {limit} characters", f"{len(value)} characters"
            elif not ONE_LINE.fullmatch(value):
                yield i, column, "must be one line of text", ""


def _same(column: str, value: str) -> str:
    """A value as compared across rows: a date by the day it names (2026-11-20 is 20261120)."""
    if column == "set_on" and is_date(value):
        return dt.date.fromisoformat(value).isoformat()
    return value


def _one_author(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for column in ("set_by", "set_on"):
        given = [(i, row[column].strip()) for i, row in enumerate(rows) if row[column].strip()]
        if rows and not given:
            what = "your name or practice" if column == "set_by" else "the date the prices were set"
            yield 0, column, f"must give {what} on at least one row", ""
        for i, value in given[1:]:
            if _same(column, value) != _same(column, given[0][1]):
                yield i, column, "must be the same on every row that has it", value


RULES: tuple[Callable[[Sequence[Row], Sequence[str]], Iterator[Found]], ...] = (
    _known_option,
    _one_price_row_each,
    _service_has_name,
    _price_pair,
    _unit_with_price,
    _per_month,
    _offered_only_on_options,
    _text_only_for_services,
    _text,
    _one_author,
)


def _number(text: str) -> float | None:
    return float(text) if text != "" and is_number(text) else None


# ------------------------------------------------------------------ checking rows


def _unmade_safe(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def check_rows(
    rows: Sequence[Mapping[str, object]],
    option_ids: Sequence[str],
    file: str = FILE_NAME,
    lines: Sequence[int] = (),
) -> tuple[Pack | None, list[Problem]]:
    """Check a pack's rows (column name to cell text) and build the Pack.

    Problems name the row as a line of the CSV file (the header is line 1; `lines` gives
    each row's line when a file has blank lines or cells over two lines), the column and
    the rule. A pack with problems gives None: we never use half a pack. A pack with no
    prices, services or "not offered" marks is None too, with no problem."""
    if len(rows) > MAX_ROWS:
        return None, [Problem(file, 0, "", f"has {len(rows)} rows; a pack can have at most {MAX_ROWS}")]
    clean = [{c: cell_text(row.get(c)) for c in COLUMNS} for row in rows]
    frame = pd.DataFrame(clean, columns=list(COLUMNS), dtype=str)
    problems = schema_problems(file, frame, _SCHEMA)
    problems += [
        Problem(file, i + 2, column, rule, value)
        for found in (rule(clean, option_ids) for rule in RULES)
        for i, column, rule, value in found
    ]
    if problems:
        if lines:
            problems = [
                replace(p, row=lines[p.row - 2]) if 2 <= p.row < len(lines) + 2 else p for p in problems
            ]
        return None, sorted(set(problems))
    return _build(clean), []


def cell_text(value: object) -> str:
    """A cell as the file's text: from a file it is text already; from the page's tables it
    may be a number, a tick, a date, or missing (None, NaN or pandas' NA)."""
    if value is None or (not isinstance(value, str) and bool(pd.isna(value))):  # type: ignore[call-overload]
        return ""
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _build(rows: Sequence[Row]) -> Pack | None:
    converted = [PACK_TABLE.convert(row) for row in rows]
    set_by = next((r["set_by"] for r in converted if r["set_by"]), "")
    set_on = next((r["set_on"] for r in converted if r["set_on"]), None)
    kept = tuple(
        PackRow(**{k: v for k, v in r.items() if k not in ("set_by", "set_on")})
        for r in converted
        if r["kind"] == "service" or r["price_low_usd"] is not None or not r["offered"]
    )
    if not kept or set_on is None:
        return None
    return Pack(set_by, set_on, kept)


def rows_of(pack: Pack) -> list[dict[str, str]]:
    """The pack as rows of cell text, the CSV's columns in order."""
    return [
        {
            "kind": r.kind,
            "option_id": r.option_id,
            "name": r.name,
            "price_low_usd": _price_text(r.price_low_usd),
            "price_high_usd": _price_text(r.price_high_usd),
            "price_unit": r.price_unit or "",
            "per_month": "" if r.per_month is None else str(r.per_month),
            "offered": "yes" if r.offered else "no",
            "where": r.where,
            "contact": r.contact,
            "note": r.note,
            "set_by": pack.set_by,
            "set_on": pack.set_on.isoformat(),
        }
        for r in pack.rows
    ]


def _price_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}"


# ------------------------------------------------------------------ the file


def to_csv(pack: Pack) -> bytes:
    """The pack as a CSV file (UTF-8), every value safe to open in a spreadsheet."""
    return rows_to_csv(rows_of(pack))


def read_csv(
    data: bytes, option_ids: Sequence[str], file: str = FILE_NAME
) -> tuple[Pack | None, list[Problem]]:
    """Read a pack file. Problems name the file's line, the column and the rule."""
    table, problems = _table_of(data, file)
    if problems:
        return None, problems
    header = [cell.strip() for cell in table[0][1]]
    problems = _header_problems(header, file)
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for line, cells in table[1:]:
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, as spreadsheets often add at the end
        if len(cells) != len(header):
            problems.append(
                Problem(file, line, "", f"has {len(cells)} cells; the first line names {len(header)}")
            )
            continue
        rows.append({name: _unmade_safe(cell.strip()) for name, cell in zip(header, cells, strict=True)})
        lines.append(line)
    if problems:
        return None, problems
    pack, problems = check_rows(rows, option_ids, file, lines)
    if pack is None and not problems:
        return None, [Problem(file, 0, "", 'has no prices, services or "not offered" marks')]
    return pack, problems


def _table_of(data: bytes, file: str) -> tuple[list[tuple[int, list[str]]], list[Problem]]:
    """The file's records, each with the line it starts on, by Python's CSV reader; or why
    it is not a CSV text file we take."""
    if len(data) > MAX_FILE_BYTES:
        too_big = f"is too big: {len(data):,} bytes; a pack file can be up to {MAX_FILE_BYTES:,}"
        return [], [Problem(file, 0, "", too_big)]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(file, 0, "", "is not a CSV text file (it is not UTF-8 text)")]
    if "\x00" in text:
        return [], [Problem(file, 0, "", "is not a CSV text file")]
    table: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for cells in reader:
            table.append((start, cells))
            start = reader.line_num + 1  # a quoted cell may run over more than one line
    except csv.Error as exc:
        return [], [Problem(file, reader.line_num, "", "cannot be read as CSV", str(exc))]
    if not table or not any(cell.strip() for cell in table[0][1]):
        return [], [Problem(file, 1, "", "is empty: the first line must name the columns")]
    return table, []


def _header_problems(header: Sequence[str], file: str) -> list[Problem]:
    problems = [
        Problem(file, 1, c, "required column is missing") for c in REQUIRED_COLUMNS if c not in header
    ]
    problems += [
        Problem(file, 1, c, f"is not a pack column; use: {', '.join(COLUMNS)}")
        for c in header
        if c not in COLUMNS
    ]
    problems += [
        Problem(file, 1, c, "is named twice") for c in sorted({c for c in header if header.count(c) > 1})
    ]
    return problems


# ------------------------------------------------------------------ the link


@lru_cache(maxsize=64)
def to_link(pack: Pack) -> str:
    """`pack=` for a link: the CSV text, compressed and written in URL-safe base64.
    zlib's checksum means a link that was cut off or changed does not read back."""
    packed = zlib.compress(to_csv(pack), 9)
    return LINK_VERSION + "." + base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")


def link_value(pack: Pack | None) -> str | None:
    """The pack's link value, or None when there is no pack or it is too big for a link."""
    if pack is None:
        return None
    value = to_link(pack)
    return value if len(value) <= LINK_LIMIT else None


BROKEN_LINK = (
    "We ignored the local prices in this link: the link was cut off or changed. "
    "National prices are shown. Ask for the link again, or for the pack file."
)


@lru_cache(maxsize=64)
def _from_link(value: str, option_ids: tuple[str, ...]) -> tuple[Pack | None, tuple[str, ...]]:
    version, _, body = value.partition(".")
    if version != LINK_VERSION or not body or len(value) > 2 * MAX_FILE_BYTES:
        return None, (BROKEN_LINK,)
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        unpacker = zlib.decompressobj()
        data = unpacker.decompress(packed, MAX_FILE_BYTES + 1)
    except (binascii.Error, ValueError, zlib.error):
        return None, (BROKEN_LINK,)
    if not unpacker.eof or unpacker.unconsumed_tail or unpacker.unused_data:
        return None, (BROKEN_LINK,)
    pack, problems = read_csv(data, option_ids)
    if problems:
        # Never the problems' own words: they can quote the link, and a link puts no text on a page.
        count = f"{len(problems)} problem{'' if len(problems) == 1 else 's'}"
        return None, (
            f"We ignored the local prices in this link: they break our rules ({count}). "
            "National prices are shown. To see what is wrong, load the pack file on the Local prices page.",
        )
    return pack, ()


def from_link(value: str, option_ids: Sequence[str]) -> tuple[Pack | None, tuple[str, ...]]:
    """Read `pack=`. Never raises: a bad value gives None (national prices) and a notice."""
    return _from_link(value.strip(), tuple(option_ids))


# ------------------------------------------------------------------ using a pack


def dollars(value: float) -> str:
    """ "$12", "$12.50", "$0.40": cents only when there are some (a coach's prices may have them)."""
    return money(value) if float(value).is_integer() else f"${value:,.2f}"


def _range(low: float, high: float) -> str:
    return dollars(low) if dollars(low) == dollars(high) else f"{dollars(low)} to {dollars(high)}"


def price_words(row: PackRow) -> str:
    """ "$40 to $50 a session, 4 a month: about $160 to $200 a month"; "" with no price."""
    if row.price_low_usd is None or row.price_high_usd is None or row.price_unit is None:
        return ""
    if row.price_high_usd == 0:
        return "Free"
    words = f"{_range(row.price_low_usd, row.price_high_usd)} {vocab.PRICE_UNIT_WORDS[row.price_unit]}"
    if row.per_month and row.price_unit in ("session", "visit"):
        month = _range(row.price_low_usd * row.per_month, row.price_high_usd * row.per_month)
        words += f", {row.per_month} a month: about {month} a month"
    return words


def cost_to_try(row: PackRow) -> tuple[float, float, CostUnit] | None:
    """The price on the basis the budget and the ranking use: a month, a course or one-off."""
    if row.price_low_usd is None or row.price_high_usd is None or row.price_unit is None:
        return None
    if row.price_unit in ("session", "visit"):
        n = row.per_month or 0
        return row.price_low_usd * n, row.price_high_usd * n, "month"
    unit: CostUnit = row.price_unit  # type: ignore[assignment]
    return row.price_low_usd, row.price_high_usd, unit


def local_option(option: Option, pack: Pack) -> Option:
    """The option with this pack's price and services. Its evidence is untouched, and so is
    its cost unless the pack prices the option itself."""
    row = pack.price_row(option.id)
    services = pack.services(option.id)
    if row is None and not services:
        return option
    local = Local(
        pack.set_by,
        pack.set_on,
        offered=row.offered if row else True,
        national=cost_range(option),
        national_basis=option.cost_basis,
        services=tuple(
            LocalService(s.name, price_words(s) or "Price not given", s.where, s.contact, s.note)
            for s in services
        ),
    )
    # Only the coach's price for the option itself changes its cost. A service's price is its
    # own ("Near you"): a $25 gym class must not make free home exercise cost $25.
    cost = cost_to_try(row) if row is not None else None
    if row is None or cost is None:
        return replace(option, local=local)
    low, high, unit = cost
    words = price_words(row)
    return replace(
        option,
        cost_low_usd=low,
        cost_high_usd=high,
        cost_unit=unit,
        cost_basis=f"{local.signed}: {words}. We have not checked local prices.",
        cost_confidence="U",
        local=replace(local, price=words),
    )


def apply(ds: Dataset, pack: Pack | None) -> Dataset:
    """The dataset with a coach's local prices and services; the same dataset without a pack."""
    if pack is None:
        return ds
    return replace(ds, options=tuple(local_option(o, pack) for o in ds.options))


def national_table(local_ds: Dataset) -> pd.DataFrame:
    """Every option's local price beside our national figure: the national figures one click away."""
    return pd.DataFrame(
        [
            {
                "Option": o.name,
                "Local price": (o.local.price or "Not given") if o.local else "Not given",
                "Offered here": "No" if o.local and not o.local.offered else "",
                "National figure": o.local.national if o.local else cost_range(o),
            }
            for o in local_ds.options
        ]
    )


def rows_to_csv(rows: Sequence[Mapping[str, str]]) -> bytes:
    """Rows of cell text as a pack file, every value safe to open in a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([spreadsheet_safe(row.get(c, ""), quote_quotes=True) for c in COLUMNS])
    return buffer.getvalue().encode("utf-8")
