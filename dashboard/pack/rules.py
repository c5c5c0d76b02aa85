"""The pack's checks: one small function per rule across cells, and `check_rows`, the one way in for the tables, a file and a link.

A rule's words are a `Rule` in this run's language; where the file's column names or
"one_off" are in them, the Rule also holds the page's words (the tables' labels)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from dashboard.data import Problem
from dashboard.data.load import schema_problems
from dashboard.data.schema import is_date, is_number
from dashboard.i18n import _, ngettext
from dashboard.pack.format import (
    _SCHEMA,
    CELL_RULES,
    COLUMNS,
    FILE_NAME,
    MAX_ROWS,
    PACK_TABLE,
    TEXT_LIMITS,
    Found,
    Pack,
    PackRow,
    Row,
    Rule,
)

# ------------------------------------------------------------------ rules across cells


def _known_option(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["option_id"] and row["option_id"] not in ids:
            rule = Rule(_("must be one of our option ids: {ids}").format(ids=", ".join(ids)))
            yield i, "option_id", rule, row["option_id"]


def _one_price_row_each(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if row["kind"] == "option":
            if row["option_id"] in seen:
                rule = Rule(_("has a second option row; give each option one price row"))
                yield i, "option_id", rule, row["option_id"]
            seen.add(row["option_id"])


def _service_has_name(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["kind"] == "service" and not row["name"].strip():
            yield i, "name", Rule(_("must not be empty for a service")), ""


def _price_pair(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        low, high = row["price_low_usd"], row["price_high_usd"]
        if (low == "") != (high == ""):
            empty = "price_low_usd" if low == "" else "price_high_usd"
            yield i, empty, Rule(_("must be given too (for one price, give the same number twice)")), ""
        elif _number(low) is not None and _number(high) is not None and float(low) > float(high):
            rule = Rule(_("must not be more than price_high_usd"), _("must not be more than high price ($)"))
            yield i, "price_low_usd", rule, low


def _unit_with_price(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        priced = row["price_low_usd"] != "" or row["price_high_usd"] != ""
        if priced and row["price_unit"] == "":
            rule = Rule(
                _("must say what the price covers: session, visit, month, course or one_off"),
                _("must say what the price covers: session, visit, month, course or one-off"),
            )
            yield i, "price_unit", rule, ""
        elif not priced and row["price_unit"] != "":
            rule = Rule(
                _("is empty, but price_unit is given: give the price too"),
                _("is empty, but price covers is given: give the price too"),
            )
            yield i, "price_low_usd", rule, ""


def _how_many() -> dict[str, str]:
    return {
        "session": _("must say how many a month for a price per session"),
        "visit": _("must say how many a month for a price per visit"),
    }


def _per_month(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        by_the_session = row["price_unit"] in ("session", "visit")
        if by_the_session and row["price_low_usd"] != "" and row["per_month"] == "":
            yield i, "per_month", Rule(_how_many()[row["price_unit"]]), ""
        elif row["per_month"] != "" and not by_the_session:
            rule = Rule(_("is only for a price per session or per visit; leave it empty"))
            yield i, "per_month", rule, row["per_month"]


def _text_only_for_services(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["kind"] == "option":
            for column in ("name", "where", "contact", "note"):
                if row[column].strip():
                    yield i, column, Rule(_("is only for a service; leave it empty on an option row")), ""


def _offered_only_on_options(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        if row["kind"] == "service" and row["offered"] == "no":
            rule = Rule(_("is only for an option row; remove the service instead"))
            yield i, "offered", rule, row["offered"]


# Not one line of plain text: control characters (Cc: tabs, line breaks, NEL), format
# characters (Cf: right-to-left overrides that show "0010-555" as "555-0100", zero-width
# letters) and line or paragraph separators (Zl, Zp).
NOT_ONE_LINE = frozenset({"Cc", "Cf", "Zl", "Zp"})


def one_line(value: str) -> bool:
    """True when `value` is one line of plain text (see NOT_ONE_LINE)."""
    return not any(unicodedata.category(ch) in NOT_ONE_LINE for ch in value)


def _text(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for i, row in enumerate(rows):
        for column, limit in TEXT_LIMITS.items():
            value = row[column]
            if len(value) > limit:
                rule = ngettext(
                    "is too long: at most {limit} character", "is too long: at most {limit} characters", limit
                )
                size = ngettext("{count} character", "{count} characters", len(value))
                yield i, column, Rule(rule.format(limit=limit)), size.format(count=len(value))
            elif not one_line(value):
                yield i, column, Rule(_("must be one line of text")), ""


def _same(column: str, value: str) -> str:
    """A value as compared across rows: a date by the day it names (2026-11-20 is 20261120)."""
    if column == "set_on" and is_date(value):
        return dt.date.fromisoformat(value).isoformat()
    return value


def _one_author(rows: Sequence[Row], ids: Sequence[str]) -> Iterator[Found]:
    for column in ("set_by", "set_on"):
        given = [(i, row[column].strip()) for i, row in enumerate(rows) if row[column].strip()]
        if rows and not given:
            yield 0, column, _missing()[column], ""
        for i, value in given[1:]:
            if _same(column, value) != _same(column, given[0][1]):
                yield i, column, Rule(_("must be the same on every row that has it")), value


def _missing() -> dict[str, Rule]:
    """A name or date on no row. On the page both are one box above the tables."""
    above = _("must be filled in, above the tables")
    return {
        "set_by": Rule(_("must give your name or practice on at least one row"), above),
        "set_on": Rule(_("must give the date the prices were set on at least one row"), above),
    }


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
        too_many = _("has {count} rows; a pack can have at most {most}").format(
            count=len(rows), most=MAX_ROWS
        )
        return None, [Problem(file, 0, "", Rule(too_many))]
    clean = [{c: cell_text(row.get(c)) for c in COLUMNS} for row in rows]
    frame = pd.DataFrame(clean, columns=list(COLUMNS), dtype=str)
    problems = [_in_words(p) for p in schema_problems(file, frame, _SCHEMA)]
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


def _in_words(problem: Problem) -> Problem:
    """A cell's problem from the schema check, in this run's language (pandera gives the
    Kind's English words). A row of 1 is the whole column, never ours: the frame has them all."""
    if problem.row >= 2 and problem.column in CELL_RULES:
        return replace(problem, rule=CELL_RULES[problem.column]())
    return problem


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
