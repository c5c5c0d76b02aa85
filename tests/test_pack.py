"""A coach's local pack (`dashboard.pack`): the file, the link, the page's tables, and the
local prices it gives every page (the cost facts, the budget filter and the ranking)."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import io
import random
import string
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import content, scoring
from dashboard.data import Dataset, Option, Problem
from dashboard.matching import match, rank
from dashboard.pack import (
    BROKEN_LINK,
    COLUMNS,
    FILE_NAME,
    LINK_LIMIT,
    LINK_VERSION,
    MAX_FILE_BYTES,
    MAX_PER_MONTH,
    MAX_PRICE,
    MAX_ROWS,
    TEXT_LIMITS,
    Pack,
    PackRow,
    apply,
    check_rows,
    cost_to_try,
    from_link,
    link_value,
    local_option,
    price_words,
    read_csv,
    rows_of,
    rows_to_csv,
    to_csv,
    to_link,
)
from dashboard.pack_tables import (
    PRICES_TABLE,
    SERVICES_TABLE,
    Place,
    file_problems,
    page_problems,
    price_frame,
    rows_from_tables,
    service_frame,
)
from dashboard.situation import Situation
from dashboard.view import PAGE_PARAMS, PAGES, View, parse, resolve, to_query
from tests.builders import PACK_IDS, option, packs

DANA = dt.date(2026, 11, 20)
SIGNED = f"Prices set by Dana Lee, {DANA:%d %b %Y} (not checked by us)"
NATIONAL_SHOWN = "National prices are shown"


def pack_of(*rows: PackRow, set_by: str = "Dana Lee") -> Pack:
    return Pack(set_by, DANA, rows)


SMALL = pack_of(
    PackRow("option", "massage", price_low_usd=40.0, price_high_usd=50.0, price_unit="session", per_month=4),
    PackRow("option", "heat", offered=False),
    PackRow(
        "service",
        "water_therapy",
        name="Tuesday aqua back class",
        price_low_usd=12.0,
        price_high_usd=12.0,
        price_unit="session",
        per_month=4,
        where="Town pool",
        contact="555 0100",
        note="Bring a towel.",
    ),
)
OTHER = pack_of(PackRow("option", "exercise", offered=False), set_by="Sam Ortiz")


def big_pack() -> Pack:
    """MAX_ROWS services with the longest text allowed: a good pack, too big for a link."""
    rnd = random.Random(0)  # letters a compressor can't shrink much, the same every run

    def words(column: str) -> str:
        return "".join(rnd.choice(string.ascii_letters) for _ in range(TEXT_LIMITS[column]))

    return pack_of(
        *(
            PackRow(
                "service",
                PACK_IDS[i % len(PACK_IDS)],
                name=words("name"),
                price_low_usd=float(i),
                price_high_usd=float(i + 1),
                price_unit="month",
                where=words("where"),
                contact=words("contact"),
                note=words("note"),
            )
            for i in range(MAX_ROWS)
        )
    )


# ------------------------------------------------------------------ writing pack files by hand


def good_row(**changes: str) -> dict[str, str]:
    """A good option row, as cell text: massage at $40 to $50 a session, 4 a month."""
    row = dict.fromkeys(COLUMNS, "")
    row |= {
        "kind": "option",
        "option_id": "massage",
        "price_low_usd": "40",
        "price_high_usd": "50",
        "price_unit": "session",
        "per_month": "4",
        "set_by": "Dana Lee",
        "set_on": DANA.isoformat(),
    }
    return row | changes


def file_of(*rows: Mapping[str, str], columns: Sequence[str] = COLUMNS) -> bytes:
    """A pack file written as a person might: plain CSV, no ' added in front of anything."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return buffer.getvalue().encode("utf-8")


def has_problem(problems: Sequence[Problem], row: int, column: str, rule: str) -> bool:
    return any(p.row == row and p.column == column and rule in p.rule for p in problems)


# ------------------------------------------------------------------ round trips


@given(packs())
@settings(max_examples=40, deadline=None)
def test_a_pack_file_reads_back_the_same_pack(pack: Pack) -> None:
    assert read_csv(to_csv(pack), PACK_IDS) == (pack, [])


@given(packs())
@settings(max_examples=40, deadline=None)
def test_a_pack_link_reads_back_the_same_pack_with_no_notice(pack: Pack) -> None:
    value = to_link(pack)
    assert value.startswith("1.")
    assert from_link(value, PACK_IDS) == (pack, ())


RISKY_STARTS = ("=", "+", "-", "@", "'")


@given(packs(), st.sampled_from(RISKY_STARTS))
@settings(max_examples=40, deadline=None)
def test_text_a_spreadsheet_would_run_is_written_with_a_quote_and_reads_back(pack: Pack, start: str) -> None:
    def risky(text: str, column: str) -> str:
        return (start + text[: TEXT_LIMITS[column] - 1]).rstrip()

    risky_rows = tuple(
        replace(
            r,
            name=risky(r.name, "name"),
            where=risky(r.where, "where"),
            contact=risky(r.contact, "contact"),
            note=risky(r.note, "note"),
        )
        if r.kind == "service"  # text columns are for services only
        else r
        for r in pack.rows
    )
    pack = replace(pack, set_by=risky(pack.set_by, "set_by"), rows=risky_rows)
    data = to_csv(pack)
    table = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert table[0] == list(COLUMNS)
    for cells, row in zip(table[1:], rows_of(pack), strict=True):
        for column, cell in zip(COLUMNS, cells, strict=True):
            assert not cell.startswith(("=", "+", "-", "@")), (column, cell)
            if column in TEXT_LIMITS and (row["kind"] == "service" or column == "set_by"):
                assert cell == "'" + row[column]
    assert read_csv(data, PACK_IDS) == (pack, [])


def test_a_formula_in_a_service_name_is_written_as_text() -> None:
    name = '=HYPERLINK("http://example.com","Click")'
    pack = pack_of(PackRow("service", "massage", name=name))
    table = list(csv.reader(io.StringIO(to_csv(pack).decode("utf-8"), newline="")))
    assert table[1][COLUMNS.index("name")] == "'" + name
    back, _ = read_csv(to_csv(pack), PACK_IDS)
    assert back is not None and back.services()[0].name == name


def test_a_file_with_only_the_needed_columns_in_any_order_reads() -> None:
    columns = ("set_on", "set_by", "price_unit", "price_high_usd", "price_low_usd", "option_id", "kind")
    pack, problems = read_csv(file_of(good_row(price_unit="month"), columns=columns), PACK_IDS)
    assert problems == []
    assert pack == pack_of(
        PackRow("option", "massage", price_low_usd=40.0, price_high_usd=50.0, price_unit="month")
    )


def test_a_file_from_a_spreadsheet_reads_with_a_bom_crlf_and_blank_lines_at_the_end() -> None:
    data = "\ufeff".encode() + file_of(good_row()).replace(b"\n", b"\r\n") + b"\r\n,,,\r\n\r\n"
    assert read_csv(data, PACK_IDS) == read_csv(file_of(good_row()), PACK_IDS)
    assert read_csv(data, PACK_IDS)[0] is not None


def test_name_and_date_may_be_on_only_one_row() -> None:
    pack, problems = read_csv(
        file_of(
            good_row(set_by="", set_on=""),
            good_row(
                option_id="heat",
                offered="no",
                price_low_usd="",
                price_high_usd="",
                price_unit="",
                per_month="",
            ),
        ),
        PACK_IDS,
    )
    assert problems == []
    assert pack is not None and (pack.set_by, pack.set_on) == ("Dana Lee", DANA)


# ------------------------------------------------------------------ a bad row names its line and column

TOO_LONG = [
    pytest.param({c: "x" * (limit + 1)}, c, f"is too long: at most {limit} characters", id=f"long-{c}")
    for c, limit in TEXT_LIMITS.items()
]

BAD_ROWS = [
    pytest.param({"option_id": "reiki"}, "option_id", "must be one of our option ids", id="unknown-option"),
    pytest.param({"price_low_usd": "abc"}, "price_low_usd", "must be a price in dollars", id="price-abc"),
    pytest.param({"price_low_usd": "$40"}, "price_low_usd", "must be a price in dollars", id="price-dollar"),
    pytest.param({"price_high_usd": "-5"}, "price_high_usd", "must be a price in dollars", id="negative"),
    pytest.param({"price_high_usd": "nan"}, "price_high_usd", "must be a price in dollars", id="nan"),
    pytest.param(
        {"price_high_usd": str(MAX_PRICE + 1)}, "price_high_usd", "must be a price in dollars", id="too-dear"
    ),
    pytest.param(
        {"price_low_usd": "60"}, "price_low_usd", "must not be more than price_high_usd", id="low-above-high"
    ),
    pytest.param({"price_high_usd": ""}, "price_high_usd", "must be given too", id="only-low"),
    pytest.param({"price_low_usd": ""}, "price_low_usd", "must be given too", id="only-high"),
    pytest.param({"price_unit": "fortnight"}, "price_unit", "must be one of: session", id="unknown-unit"),
    pytest.param(
        {"price_unit": "", "per_month": ""}, "price_unit", "must say what the price covers", id="no-unit"
    ),
    pytest.param(
        {"per_month": ""}, "per_month", "must say how many a month for a price per session", id="no-per-month"
    ),
    pytest.param(
        {"price_unit": "visit", "per_month": ""},
        "per_month",
        "must say how many a month for a price per visit",
        id="no-per-month-visit",
    ),
    pytest.param(
        {"price_unit": "month"},
        "per_month",
        "is only for a price per session or per visit",
        id="month-per-month",
    ),
    pytest.param(
        {"per_month": str(MAX_PER_MONTH + 1)}, "per_month", "must be a whole number", id="per-month-too-many"
    ),
    pytest.param({"per_month": "2.5"}, "per_month", "must be a whole number", id="per-month-not-whole"),
    pytest.param({"kind": "service", "name": ""}, "name", "must not be empty for a service", id="no-name"),
    pytest.param(
        {"kind": "service", "name": "   "}, "name", "must not be empty for a service", id="blank-name"
    ),
    pytest.param(
        {"kind": "service", "name": "A class", "offered": "no"},
        "offered",
        "is only for an option row",
        id="service-not-offered",
    ),
    pytest.param({"kind": "clinic"}, "kind", "must be one of: option, service", id="unknown-kind"),
    pytest.param({"offered": "maybe"}, "offered", "must be yes, no, or empty", id="offered-maybe"),
    pytest.param({"set_on": "someday"}, "set_on", "must be a date", id="bad-date"),
    *TOO_LONG,
    pytest.param({"note": "line one\nline two"}, "note", "must be one line of text", id="newline"),
    pytest.param({"where": "Town\x07pool"}, "where", "must be one line of text", id="bell"),
    pytest.param({"contact": "555\x7f0100"}, "contact", "must be one line of text", id="delete"),
    pytest.param({"name": "Aqua\tclass"}, "name", "must be one line of text", id="tab"),
    # Security review L7: a right-to-left override shows "0010-555" as "555-0100"; a line
    # separator breaks the PDF's line; NEL is a control; a zero-width space hides in a name.
    pytest.param({"contact": "\u202e0010-555"}, "contact", "must be one line of text", id="rlo"),
    pytest.param({"note": "Line\u2028Sep"}, "note", "must be one line of text", id="line-separator"),
    pytest.param({"note": "Para\u2029Sep"}, "note", "must be one line of text", id="paragraph-separator"),
    pytest.param({"where": "NEL\x85here"}, "where", "must be one line of text", id="nel"),
    pytest.param({"name": "Aqua\u200bclass"}, "name", "must be one line of text", id="zero-width"),
    pytest.param({"option_id": "massage"}, "option_id", "has a second option row", id="two-price-rows"),
    pytest.param({"set_by": "Sam Ortiz"}, "set_by", "must be the same on every row", id="two-names"),
    pytest.param({"set_on": "2026-11-21"}, "set_on", "must be the same on every row", id="two-dates"),
]


@pytest.mark.parametrize(("changes", "column", "rule"), BAD_ROWS)
def test_a_bad_row_gives_a_problem_naming_its_line_and_column(
    changes: dict[str, str], column: str, rule: str
) -> None:
    # The bad row is the file's third line, after a good massage row.
    data = file_of(good_row(), good_row(option_id="heat") | changes)
    pack, problems = read_csv(data, PACK_IDS)
    assert pack is None
    assert has_problem(problems, 3, column, rule), problems
    assert all(p.file == FILE_NAME for p in problems)
    # The good row above it is never blamed (except for the rules across rows).
    assert not any(p.row == 2 and p.column not in ("set_by", "set_on") for p in problems)


def test_the_problem_holds_the_bad_value() -> None:
    _, problems = read_csv(file_of(good_row(price_low_usd="abc")), PACK_IDS)
    assert [(p.row, p.column, p.value) for p in problems] == [(2, "price_low_usd", "abc")]
    _, problems = read_csv(file_of(good_row(kind="service", name="A class", note="x" * 201)), PACK_IDS)
    assert problems == [
        Problem(FILE_NAME, 2, "note", "is too long: at most 200 characters", "201 characters")
    ]


def test_text_at_its_limit_is_fine() -> None:
    row = good_row(kind="service", **{c: "x" * limit for c, limit in TEXT_LIMITS.items()})
    pack, problems = read_csv(file_of(row), PACK_IDS)
    assert problems == [] and pack is not None
    assert pack.set_by == "x" * TEXT_LIMITS["set_by"]


def test_no_name_on_any_row_is_a_problem_on_the_first_row() -> None:
    data = file_of(good_row(set_by=""), good_row(option_id="heat", set_by=""))
    pack, problems = read_csv(data, PACK_IDS)
    assert pack is None
    assert problems == [
        Problem(FILE_NAME, 2, "set_by", "must give your name or practice on at least one row")
    ]


def test_no_date_on_any_row_is_a_problem() -> None:
    _, problems = read_csv(file_of(good_row(set_on="")), PACK_IDS)
    assert [(p.row, p.column) for p in problems] == [(2, "set_on")]
    assert "at least one row" in problems[0].rule


def test_every_problem_is_reported_together() -> None:
    data = file_of(good_row(price_low_usd="abc"), good_row(option_id="reiki"), good_row(option_id="heat"))
    pack, problems = read_csv(data, PACK_IDS)
    assert pack is None
    assert has_problem(problems, 2, "price_low_usd", "must be a price")
    assert has_problem(problems, 3, "option_id", "must be one of our option ids")
    assert not any(p.row == 4 for p in problems)
    assert problems == sorted(problems)


BREAKS = [
    ("option_id", "no_such_option"),
    ("price_low_usd", "abc"),
    ("price_high_usd", "-1"),
    ("price_unit", "fortnight"),
    ("per_month", "0"),
    ("kind", "thing"),
    ("offered", "maybe"),
    ("set_on", "someday"),
    ("note", "x" * (TEXT_LIMITS["note"] + 1)),
    ("where", "two\nlines"),
]


@given(packs(), st.data())
@settings(max_examples=40, deadline=None)
def test_any_broken_cell_means_no_pack_and_a_problem_on_its_line(pack: Pack, data: st.DataObject) -> None:
    # We never use half a pack: one bad cell anywhere, and none of it is used.
    rows = rows_of(pack)
    i = data.draw(st.integers(0, len(rows) - 1), label="row")
    column, bad = data.draw(st.sampled_from(BREAKS), label="break")
    rows[i] = rows[i] | {column: bad}
    checked, problems = check_rows(rows, PACK_IDS)
    assert checked is None
    assert has_problem(problems, i + 2, column, ""), problems
    assert read_csv(rows_to_csv(rows), PACK_IDS)[0] is None


@given(packs())
@settings(max_examples=25, deadline=None)
def test_check_rows_gives_a_pack_exactly_when_there_is_no_problem(pack: Pack) -> None:
    assert check_rows(rows_of(pack), PACK_IDS) == (pack, [])
    # The same rows, checked against ids that lack one of the pack's options, give no pack.
    missing = pack.rows[0].option_id
    checked, problems = check_rows(rows_of(pack), [i for i in PACK_IDS if i != missing])
    assert checked is None and problems


# ------------------------------------------------------------------ a bad file


def whole_file_problem(data: bytes) -> Problem:
    pack, problems = read_csv(data, PACK_IDS)
    assert pack is None
    assert len(problems) == 1, problems
    return problems[0]


def service_row(i: int) -> dict[str, str]:
    return good_row(kind="service", option_id="massage", name=f"Clinic {i}")


def test_too_many_rows() -> None:
    assert read_csv(file_of(*(service_row(i) for i in range(MAX_ROWS))), PACK_IDS)[1] == []
    problem = whole_file_problem(file_of(*(service_row(i) for i in range(MAX_ROWS + 1))))
    assert (problem.row, problem.column) == (0, "")
    assert problem.rule == f"has {MAX_ROWS + 1} rows; a pack can have at most {MAX_ROWS}"


def test_too_big_a_file() -> None:
    data = file_of(good_row())
    padded = data + b"\n" * (MAX_FILE_BYTES - len(data))  # blank lines, as a spreadsheet adds
    assert read_csv(padded, PACK_IDS)[1] == []
    problem = whole_file_problem(padded + b"\n")
    assert (problem.row, problem.column) == (0, "")
    assert problem.rule.startswith("is too big: 32,001 bytes")


@pytest.mark.parametrize(
    ("data", "row", "rule"),
    [
        pytest.param(
            b"\xff\xfe\x00garbage", 0, "is not a CSV text file (it is not UTF-8 text)", id="not-utf8"
        ),
        pytest.param(
            bytes(random.Random(1).randrange(128, 256) for _ in range(200)), 0, "not UTF-8", id="noise"
        ),
        pytest.param(b"kind,option_id\x00,price_low_usd\n", 0, "is not a CSV text file", id="nul"),
        pytest.param(b"", 1, "is empty: the first line must name the columns", id="empty"),
        pytest.param(b"\n\n", 1, "is empty", id="blank-lines"),
        pytest.param(b" , ,\nheat\n", 1, "is empty", id="blank-header"),
        pytest.param(b'kind,"option_id"x\n', 1, "cannot be read as CSV", id="bad-quotes"),
    ],
)
def test_a_file_that_is_not_a_csv_text(data: bytes, row: int, rule: str) -> None:
    problem = whole_file_problem(data)
    assert (problem.file, problem.row, problem.column) == (FILE_NAME, row, "")
    assert rule in problem.rule


@pytest.mark.parametrize("column", ["kind", "option_id", "price_low_usd", "price_high_usd", "price_unit"])
def test_a_missing_required_column(column: str) -> None:
    columns = [c for c in COLUMNS if c != column]
    _, problems = read_csv(file_of(good_row(), columns=columns), PACK_IDS)
    assert problems == [Problem(FILE_NAME, 1, column, "required column is missing")]


def test_an_unknown_or_repeated_column() -> None:
    _, problems = read_csv(file_of(good_row(), columns=[*COLUMNS, "colour"]), PACK_IDS)
    assert [(p.row, p.column) for p in problems] == [(1, "colour")]
    assert problems[0].rule.startswith("is not a pack column; use: kind, option_id")
    _, problems = read_csv(file_of(good_row(), columns=[*COLUMNS, "note"]), PACK_IDS)
    assert problems == [Problem(FILE_NAME, 1, "note", "is named twice")]


def test_a_row_with_the_wrong_number_of_cells() -> None:
    data = file_of(good_row(), good_row(option_id="heat")) + b"service,massage,Clinic\n"
    pack, problems = read_csv(data, PACK_IDS)
    assert pack is None
    assert problems == [Problem(FILE_NAME, 4, "", f"has 3 cells; the first line names {len(COLUMNS)}")]


@pytest.mark.parametrize(
    "rows",
    [
        pytest.param([], id="header-only"),
        pytest.param([dict.fromkeys(COLUMNS, "")] * 3, id="empty-rows"),
        pytest.param(
            [good_row(price_low_usd="", price_high_usd="", price_unit="", per_month="")],
            id="no-price-offered",
        ),
    ],
)
def test_a_pack_that_says_nothing(rows: list[dict[str, str]]) -> None:
    problem = whole_file_problem(file_of(*rows))
    assert problem == Problem(FILE_NAME, 0, "", 'has no prices, services or "not offered" marks')


def test_file_problems_show_the_line() -> None:
    problems = [Problem(FILE_NAME, 0, "", "is too big"), Problem(FILE_NAME, 3, "note", "is too long", "9")]
    frame = file_problems(problems)
    assert frame.to_dict("records") == [
        {"Line": "", "Column": "", "Problem": "is too big", "Value": ""},
        {"Line": "3", "Column": "note", "Problem": "is too long", "Value": "9"},
    ]


# ------------------------------------------------------------------ the link


def broken(value: str) -> None:
    pack, notices = from_link(value, PACK_IDS)
    assert pack is None
    assert len(notices) == 1 and NATIONAL_SHOWN in notices[0]


def changed_in_the_middle(value: str) -> str:
    mid = len(value) // 2
    return value[:mid] + ("A" if value[mid] != "A" else "B") + value[mid + 1 :]


LINK = to_link(SMALL)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(LINK[:-5], id="cut-short"),
        pytest.param(LINK[:-1], id="last-character-lost"),
        pytest.param(changed_in_the_middle(LINK), id="changed"),
        pytest.param("2." + LINK[2:], id="wrong-version"),
        pytest.param(LINK[2:], id="no-version"),
        pytest.param("1.", id="empty-body"),
        pytest.param("", id="empty"),
        pytest.param("garbage", id="garbage"),
        pytest.param("1.!!!!", id="not-base64"),
        pytest.param("1.Zm9vYmFy", id="not-zlib"),
        pytest.param("1.é€", id="not-ascii"),
        pytest.param("1." + "A" * (2 * MAX_FILE_BYTES), id="very-long"),
        pytest.param(LINK + LINK[2:], id="trailing-data"),
    ],
)
def test_a_broken_link_gives_national_prices_and_a_notice(value: str) -> None:
    assert from_link(value, PACK_IDS) == (None, (BROKEN_LINK,))
    assert NATIONAL_SHOWN in BROKEN_LINK


def zlib_link(data: bytes) -> str:
    return "1." + base64.urlsafe_b64encode(zlib.compress(data)).decode("ascii").rstrip("=")


def test_a_link_that_unpacks_to_more_than_a_file_may_hold_is_refused() -> None:
    value = zlib_link(file_of(good_row()) + b"\n" * 1_000_000)
    assert len(value) < LINK_LIMIT  # small to send, huge to unpack
    assert from_link(value, PACK_IDS) == (None, (BROKEN_LINK,))


def test_a_link_whose_pack_breaks_a_rule_says_which() -> None:
    value = to_link(pack_of(PackRow("option", "reiki", offered=False)))
    pack, notices = from_link(value, PACK_IDS)
    assert pack is None
    assert len(notices) == 1
    assert "break our rules (1 problem)" in notices[0] and NATIONAL_SHOWN in notices[0]
    assert "reiki" not in notices[0]
    broken(to_link(pack_of()))  # a pack with no rows says nothing


def test_a_link_never_puts_its_own_words_on_the_page() -> None:
    # A header cell or a coach's name in a bad pack could carry any text: the notice counts
    # the problems and never quotes them.
    planted = "Prices are wrong - call 555-0100 or see evil.example"
    header = ",".join([planted, *COLUMNS]).encode()
    for data in (
        header + b"\n",
        file_of(
            good_row(set_by="Call 555-0100 for real prices"),
            good_row(option_id="heat", set_by="Someone else"),
        ),
    ):
        value = LINK_VERSION + "." + base64.urlsafe_b64encode(zlib.compress(data)).decode().rstrip("=")
        pack, notices = from_link(value, PACK_IDS)
        assert pack is None and len(notices) == 1
        assert "555" not in notices[0] and "evil" not in notices[0]


def test_problems_name_the_real_line_after_blank_lines_and_cells_over_two_lines() -> None:
    header = ",".join(COLUMNS)
    good = "option,heat,,,,,,no,,,,Dana,2026-11-20"
    text = f'{header}\n{good}\n\noption,heat,,,,,,no,,"two\nlines",,Dana,2026-11-20\noption,reiki,,,,,,no,,,,Dana,2026-11-20\n'
    pack, problems = read_csv(text.encode(), PACK_IDS)
    assert pack is None
    assert {(p.row, p.column) for p in problems} == {(4, "contact"), (4, "option_id"), (6, "option_id")}


def test_the_same_date_written_two_ways_is_the_same_date() -> None:
    header = ",".join(COLUMNS)
    text = f"{header}\noption,heat,,,,,,no,,,,Dana,2026-11-20\noption,massage,,,,,,no,,,,Dana,20261120\n"
    pack, problems = read_csv(text.encode(), PACK_IDS)
    assert problems == [] and pack is not None and pack.set_on == DANA


def test_a_unit_with_no_price_is_a_problem_not_dropped() -> None:
    header = ",".join(COLUMNS)
    text = f"{header}\noption,massage,,,,session,,yes,,,,Dana,2026-11-20\n"
    pack, problems = read_csv(text.encode(), PACK_IDS)
    assert pack is None
    assert [(p.row, p.column) for p in problems] == [(2, "price_low_usd")]


def test_spaces_around_a_link_value_are_forgiven() -> None:
    assert from_link(f"  {LINK}\n", PACK_IDS) == (SMALL, ())


@given(st.text(max_size=300))
@settings(max_examples=200)
def test_reading_any_link_value_never_raises(value: str) -> None:
    pack, notices = from_link(value, PACK_IDS)
    assert pack is None or notices == ()
    assert all(NATIONAL_SHOWN in n for n in notices)


@given(st.text(string.ascii_letters + string.digits + "-_", max_size=200))
@settings(max_examples=200)
def test_reading_any_base64_body_never_raises(body: str) -> None:
    broken("1." + body)


@given(st.binary(max_size=400))
@settings(max_examples=100, deadline=None)
def test_reading_any_packed_bytes_never_raises(data: bytes) -> None:
    pack, notices = from_link(zlib_link(data), PACK_IDS)
    assert (pack is None) == bool(notices)
    assert all(NATIONAL_SHOWN in n for n in notices)


@given(packs(max_services=3), st.data())
@settings(max_examples=60, deadline=None)
def test_a_link_cut_anywhere_is_refused(pack: Pack, data: st.DataObject) -> None:
    value = to_link(pack)
    cut = data.draw(st.integers(0, len(value) - 1), label="cut")
    assert from_link(value[:cut], PACK_IDS) == (None, (BROKEN_LINK,))


@given(packs(max_services=3), st.data())
@settings(max_examples=60, deadline=None)
def test_a_changed_link_never_gives_a_different_pack(pack: Pack, data: st.DataObject) -> None:
    value = to_link(pack)
    at = data.draw(st.integers(2, len(value) - 1), label="at")
    new = data.draw(
        st.sampled_from(string.ascii_letters + string.digits + "-_").filter(lambda c: c != value[at])
    )
    read, notices = from_link(value[:at] + new + value[at + 1 :], PACK_IDS)
    assert read in (None, pack)
    assert (read is None) == bool(notices)


def test_a_pack_too_big_for_a_link_has_no_link_value_but_fits_a_file() -> None:
    big = big_pack()
    assert len(to_link(big)) > LINK_LIMIT
    assert link_value(big) is None
    assert len(to_csv(big)) <= MAX_FILE_BYTES
    assert read_csv(to_csv(big), PACK_IDS) == (big, [])


def test_link_value_of_a_small_pack_and_of_no_pack() -> None:
    assert len(LINK) <= LINK_LIMIT
    assert link_value(SMALL) == LINK
    assert link_value(None) is None


# ------------------------------------------------------------------ the pack in the view's link


def test_a_bad_pack_in_a_link_is_ignored_with_a_notice() -> None:
    parsed = parse({"pack": "1.garbage", "severity": "mild"}, PACK_IDS)
    assert parsed.view.pack is None
    assert parsed.notices == (BROKEN_LINK,)
    assert parsed.view.situation.severity == "mild"  # the rest of the link is kept
    assert "pack" in parsed.given


def test_a_good_pack_in_a_link_is_read() -> None:
    parsed = parse({"pack": LINK}, PACK_IDS)
    assert parsed.view.pack == SMALL
    assert parsed.notices == ()


def test_every_page_that_shows_prices_writes_the_pack() -> None:
    view = View(Situation(severity="mild"), options=("heat",), pack=SMALL)
    for page in PAGES:
        query = to_query(view, page)
        assert ("pack" in query) == ("pack" in PAGE_PARAMS[page])
        if "pack" in query:
            assert query["pack"] == LINK
    assert to_query(view, "pack") == {"pack": LINK, "lang": "en"}
    assert "pack" not in to_query(View(), "find")


def test_a_pack_too_big_for_a_link_is_left_out_of_it() -> None:
    view = View(pack=big_pack())
    for page in PAGES:
        assert "pack" not in to_query(view, page)
    assert to_query(view, "pack") == {"lang": "en"}
    assert to_query(view, "find") == to_query(View(), "find")


def test_a_link_without_a_pack_keeps_the_session_pack() -> None:
    session = View(pack=SMALL)
    assert resolve({}, session, None, PACK_IDS) == (session, ())
    view, notices = resolve({"severity": "mild"}, session, None, PACK_IDS)
    assert view.pack == SMALL and notices == ()
    assert view.situation.severity == "mild"
    written = to_query(session, "find")
    assert resolve(written, session, written, PACK_IDS) == (session, ())


def test_a_link_with_a_pack_brings_its_own() -> None:
    session = View(Situation(severity="severe"), pack=SMALL)
    view, notices = resolve({"pack": to_link(OTHER)}, session, None, PACK_IDS)
    assert view.pack == OTHER and notices == ()
    assert view.situation == session.situation  # a link with only a pack keeps the situation
    view, notices = resolve({"pack": LINK}, None, None, PACK_IDS)
    assert view.pack == SMALL
    # A broken pack in a link from outside: national prices, and a notice that says so.
    view, notices = resolve({"pack": LINK[:-5]}, session, None, PACK_IDS)
    assert view.pack is None and notices == (BROKEN_LINK,)


# ------------------------------------------------------------------ price words


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (
            PackRow("service", "x", price_low_usd=40, price_high_usd=50, price_unit="session", per_month=4),
            "$40 to $50 a session, 4 a month: about $160 to $200 a month",
        ),
        (
            PackRow("service", "x", price_low_usd=30, price_high_usd=30, price_unit="visit", per_month=2),
            "$30 a visit, 2 a month: about $60 a month",
        ),
        (PackRow("option", "x", price_low_usd=0, price_high_usd=0, price_unit="month"), "Free"),
        (PackRow("option", "x", price_low_usd=0, price_high_usd=10, price_unit="month"), "$0 to $10 a month"),
        (
            PackRow("option", "x", price_low_usd=100, price_high_usd=150, price_unit="course"),
            "$100 to $150 a course",
        ),
        (
            PackRow("option", "x", price_low_usd=12.5, price_high_usd=12.5, price_unit="one_off"),
            "$12.50 one-off",
        ),
        (PackRow("service", "x", name="A class"), ""),
        (PackRow("service", "x", price_unit="session", per_month=4), ""),
    ],
)
def test_price_words(row: PackRow, words: str) -> None:
    assert price_words(row) == words


def test_cost_to_try_puts_a_price_on_the_budgets_basis() -> None:
    session = PackRow("option", "x", price_low_usd=40, price_high_usd=50, price_unit="session", per_month=4)
    assert cost_to_try(session) == (160, 200, "month")
    course = PackRow("option", "x", price_low_usd=100, price_high_usd=150, price_unit="course")
    assert cost_to_try(course) == (100, 150, "course")
    assert cost_to_try(PackRow("option", "x", offered=False)) is None


# ------------------------------------------------------------------ apply: local prices on options


def massage(**changes: Any) -> Option:
    """A made-up massage at $100 to $120 a month nationally."""
    return option("massage", cost_low_usd=100.0, cost_high_usd=120.0, cost_unit="month", **changes)


def price_row(**fields: Any) -> PackRow:
    return PackRow("option", "massage", **fields)


def service(option_id: str = "massage", **fields: Any) -> PackRow:
    return PackRow("service", option_id, **({"name": "A clinic"} | fields))


def test_a_price_per_session_becomes_a_monthly_cost() -> None:
    row = price_row(price_low_usd=40.0, price_high_usd=50.0, price_unit="session", per_month=4)
    local = local_option(massage(), pack_of(row))
    assert (local.cost_low_usd, local.cost_high_usd, local.cost_unit) == (160.0, 200.0, "month")
    assert local.local is not None
    assert local.local.price == "$40 to $50 a session, 4 a month: about $160 to $200 a month"
    assert local.local.national == "$100 to $120 a month"
    assert local.local.offered
    assert local.cost_basis.startswith(f"{SIGNED}: $40 to $50")
    assert local.cost_confidence == "U"  # we have not checked it


@pytest.mark.parametrize("unit", ["course", "one_off", "month"])
def test_a_price_per_course_month_or_one_off_keeps_its_basis(unit: Any) -> None:
    local = local_option(
        massage(), pack_of(price_row(price_low_usd=90.0, price_high_usd=95.0, price_unit=unit))
    )
    assert (local.cost_low_usd, local.cost_high_usd, local.cost_unit) == (90.0, 95.0, unit)


def test_not_offered_keeps_the_option_and_its_national_price(ds: Dataset) -> None:
    built = replace(ds, options=(massage(), option("heat")))
    local_ds = apply(built, pack_of(price_row(offered=False)))
    assert local_ds.option_ids == built.option_ids
    shown = local_ds.option("massage")
    assert shown.local is not None and not shown.local.offered
    assert (shown.cost_low_usd, shown.cost_high_usd, shown.cost_basis) == (100.0, 120.0, massage().cost_basis)
    assert shown.local.price == ""
    assert local_ds.option("heat") is built.option("heat")  # not in the pack: untouched


def test_a_service_price_never_changes_its_options_cost() -> None:
    # A service's price is its own ("Near you"); only a price row for the option changes the
    # option's cost for the budget and the order.
    pack = pack_of(
        service(price_low_usd=20.0, price_high_usd=30.0, price_unit="month"),
        service(name="B", price_low_usd=5.0, price_high_usd=10.0, price_unit="session", per_month=4),
        service(name="C"),  # no price
        service(name="D", price_low_usd=300.0, price_high_usd=300.0, price_unit="one_off"),
    )
    local = local_option(massage(), pack)
    assert (local.cost_low_usd, local.cost_high_usd, local.cost_unit) == (100.0, 120.0, "month")
    assert local.cost_basis == massage().cost_basis and scoring.cost_score(local) == scoring.cost_score(
        massage()
    )
    assert local.local is not None and local.local.price == ""
    assert [(s.name, s.price) for s in local.local.services] == [
        ("A clinic", "$20 to $30 a month"),
        ("B", "$5 to $10 a session, 4 a month: about $20 to $40 a month"),
        ("C", "Price not given"),
        ("D", "$300 one-off"),
    ]


def test_a_priced_service_keeps_a_free_option_free_for_the_budget() -> None:
    # A $20 to $30 gym class must not make free home exercise cost $20 to $30.
    free = option("exercise", cost_low_usd=0.0, cost_high_usd=0.0, cost_unit="month")
    gym = service("exercise", name="Gym class", price_low_usd=20.0, price_high_usd=30.0, price_unit="month")
    local = local_option(free, pack_of(gym))
    (fit,) = match([local], Situation(budget=10), ())
    assert fit.fits and (local.cost_low_usd, local.cost_high_usd) == (0.0, 0.0)


def test_not_offered_with_services_keeps_the_national_cost() -> None:
    pack = pack_of(
        price_row(offered=False), service(price_low_usd=20.0, price_high_usd=30.0, price_unit="month")
    )
    local = local_option(massage(), pack)
    assert local.local is not None and not local.local.offered
    assert (local.cost_low_usd, local.cost_high_usd) == (100.0, 120.0)
    assert local.local.price == "" and local.local.services[0].price == "$20 to $30 a month"


def test_an_options_own_price_wins_over_its_services() -> None:
    pack = pack_of(
        price_row(price_low_usd=30.0, price_high_usd=30.0, price_unit="month"),
        service(price_low_usd=500.0, price_high_usd=600.0, price_unit="month"),
    )
    local = local_option(massage(), pack)
    assert (local.cost_low_usd, local.cost_high_usd) == (30.0, 30.0)


def test_a_service_with_no_price_leaves_an_unknown_cost_unknown() -> None:
    unknown = option("massage", cost_low_usd=None, cost_high_usd=None)
    assert scoring.cost_score(unknown) is None
    local = local_option(unknown, pack_of(service()))
    assert local.local is not None
    assert local.local.services[0].price == "Price not given"
    assert (local.cost_low_usd, local.cost_high_usd) == (None, None)
    assert scoring.cost_score(local) is None  # never scored as the worst or the best
    assert local.local.national == "Unknown"
    # And a known national cost stays as it is.
    assert local_option(massage(), pack_of(service())).cost_high_usd == 120.0


def test_a_free_service_says_free() -> None:
    local = local_option(
        massage(), pack_of(service(price_low_usd=0.0, price_high_usd=0.0, price_unit="month"))
    )
    assert local.local is not None and local.local.services[0].price == "Free"


def test_a_local_price_keeps_the_doctor_visit() -> None:
    rx = massage(visit_cost_low_usd=138.0, visit_cost_high_usd=183.0)
    local = local_option(rx, pack_of(price_row(price_low_usd=10.0, price_high_usd=10.0, price_unit="month")))
    assert (local.total_cost_low, local.total_cost_high) == (148.0, 193.0)


BUILT = tuple(
    option(
        option_id,
        cost_low_usd=None if i % 3 == 2 else 10.0 * i,
        cost_high_usd=None if i % 3 == 2 else 10.0 * i + 5,
        cost_unit=("month", "course")[i % 2],
        harms=f"Harms of {option_id}.",
        harm_level=("low", "moderate", "high")[i % 3],
        stages={"long": {"guideline_verdict": "recommended"}},
    )
    for i, option_id in enumerate(PACK_IDS)
)
PRICE_FIELDS = ("cost_low_usd", "cost_high_usd", "cost_unit", "cost_basis", "cost_confidence", "local")


@given(packs())
@settings(max_examples=60, deadline=None)
def test_apply_changes_only_the_prices_never_the_evidence(ds: Dataset, pack: Pack) -> None:
    built = replace(ds, options=BUILT)
    local_ds = apply(built, pack)
    assert local_ds.option_ids == built.option_ids
    for before, after in zip(built.options, local_ds.options, strict=True):
        assert replace(after, **{f: getattr(before, f) for f in PRICE_FIELDS}) == before
        for stage in ("new", "long"):
            assert after.for_stage(stage).guideline_verdict == before.for_stage(stage).guideline_verdict
        row, services = pack.price_row(before.id), pack.services(before.id)
        if row is None and not services:
            assert after is before
            continue
        assert after.local is not None
        assert (after.local.set_by, after.local.set_on) == (pack.set_by, pack.set_on)
        assert after.local.offered == (row.offered if row else True)
        assert len(after.local.services) == len(services)
        cost = cost_to_try(row) if row else None
        if cost is not None:
            assert (after.cost_low_usd, after.cost_high_usd, after.cost_unit) == cost
        if after.local.price == "":
            assert (after.cost_low_usd, after.cost_high_usd) == (before.cost_low_usd, before.cost_high_usd)


def test_apply_with_no_pack_is_the_same_dataset(ds: Dataset) -> None:
    assert apply(ds, None) is ds


def test_apply_to_the_real_dataset_keeps_its_evidence(ds: Dataset) -> None:
    local_ds = apply(ds, SMALL)
    for before, after in zip(ds.options, local_ds.options, strict=True):
        assert (after.guideline_verdict, after.harms, after.evidence) == (
            before.guideline_verdict,
            before.harms,
            before.evidence,
        )
    assert local_ds.option("massage").cost_high_usd == 200.0
    assert (
        local_ds.option("water_therapy").cost_high_usd == ds.option("water_therapy").cost_high_usd
    )  # a service
    heat = local_ds.option("heat")
    assert heat.local is not None and not heat.local.offered
    assert heat.cost_high_usd == ds.option("heat").cost_high_usd


# ------------------------------------------------------------------ the budget filter and the ranking


def test_a_lower_local_price_brings_an_option_within_the_budget(ds: Dataset) -> None:
    built = replace(ds, options=(massage(),))
    situation = Situation(budget=50)
    [national] = match(built.options, situation)
    assert not national.fits
    assert "more than your budget of $50" in national.reasons_out[0]
    row = price_row(price_low_usd=10.0, price_high_usd=12.0, price_unit="session", per_month=4)
    [local] = match(apply(built, pack_of(row)).options, situation)
    assert local.fits
    assert "$10 to $12 a session" in local.why


def test_a_higher_local_price_can_take_an_option_out_of_the_budget(ds: Dataset) -> None:
    built = replace(ds, options=(massage(),))
    situation = Situation(budget=150)
    assert match(built.options, situation)[0].fits
    row = price_row(price_low_usd=200.0, price_high_usd=250.0, price_unit="month")
    [local] = match(apply(built, pack_of(row)).options, situation)
    assert not local.fits


def test_the_cost_score_follows_the_local_price() -> None:
    assert scoring.cost_score(massage()) == 2  # $120 a month
    cheaper = price_row(price_low_usd=10.0, price_high_usd=12.0, price_unit="session", per_month=4)
    assert scoring.cost_score(local_option(massage(), pack_of(cheaper))) == 3  # $48 a month
    free = price_row(price_low_usd=0.0, price_high_usd=0.0, price_unit="month")
    assert scoring.cost_score(local_option(massage(), pack_of(free))) == 5
    dear = price_row(price_low_usd=400.0, price_high_usd=400.0, price_unit="month")
    assert scoring.cost_score(local_option(massage(), pack_of(dear))) == 1


def test_a_local_price_can_change_the_order(ds: Dataset) -> None:
    cheap = option("heat", cost_low_usd=10.0, cost_high_usd=10.0)  # $10: scores 4 on cost
    dear = option("massage", cost_low_usd=500.0, cost_high_usd=500.0)  # $500: scores 1
    built = replace(ds, options=(cheap, dear))
    weights = dict.fromkeys(scoring.ATTRIBUTES, 0) | {"cost": 3}

    def order(d: Dataset) -> list[str]:
        return [r.option.id for r in rank(match(d.options, Situation()), weights)]

    assert order(built) == ["heat", "massage"]
    free = price_row(price_low_usd=0.0, price_high_usd=0.0, price_unit="month")
    assert order(apply(built, pack_of(free))) == ["massage", "heat"]


# ------------------------------------------------------------------ what the pages say


def test_a_local_cost_is_marked_signed_and_keeps_the_national_figure() -> None:
    row = price_row(price_low_usd=40.0, price_high_usd=50.0, price_unit="session", per_month=4)
    fact = content.cost(local_option(massage(), pack_of(row)))
    assert fact.short.startswith("Local price:")
    assert fact.short == (
        f"Local price: $40 to $50 a session, 4 a month: about $160 to $200 a month. {SIGNED}"
    )
    assert "Prices set by Dana Lee, 20 Nov 2026" in fact.short
    assert "(not checked by us)" in fact.text
    assert "National figure: $100 to $120 a month." in fact.text
    assert fact.text.endswith(massage().cost_basis)


def test_a_national_cost_is_not_marked_local() -> None:
    for shown in (massage(), local_option(massage(), pack_of(price_row(offered=False)))):
        fact = content.cost(shown)
        assert fact.short == "$100 to $120 a month"
        assert "Local price" not in fact.text and "National figure" not in fact.text


def test_near_you_is_empty_without_a_pack_for_the_option() -> None:
    assert content.near_you(massage()).short == ""
    assert content.near_you(massage()).text == ""
    priced = local_option(
        massage(), pack_of(price_row(price_low_usd=1.0, price_high_usd=1.0, price_unit="month"))
    )
    assert content.near_you(priced).short == ""  # offered, no services: nothing to add


def test_near_you_says_when_an_option_is_not_offered() -> None:
    fact = content.near_you(local_option(massage(), pack_of(price_row(offered=False))))
    assert fact.short == "Not offered here, says Dana Lee."
    anonymous = local_option(massage(), pack_of(price_row(offered=False), set_by=""))
    assert content.near_you(anonymous).short == "Not offered here, says your coach."


def test_near_you_lists_each_service() -> None:
    water = option("water_therapy")
    fact = content.near_you(local_option(water, SMALL))
    assert fact.text.split("\n") == [
        "Tuesday aqua back class: $12 a session, 4 a month: about $48 a month. "
        "Where: Town pool. Contact: 555 0100. Bring a towel.",
        f"{SIGNED}. It has the same evidence, harms and warnings as this option.",
    ]
    bare = content.near_you(local_option(water, pack_of(service("water_therapy", name="Aqua"))))
    assert bare.text.split("\n")[0] == "Aqua: Price not given."


# ------------------------------------------------------------------ the page's two tables


def service_table(*rows: Mapping[str, object]) -> pd.DataFrame:
    """The services table as the data editor gives it: floats with NaN, Int64, text or None."""
    empty = service_frame(None)
    return pd.DataFrame(list(rows), columns=list(empty.columns)).astype(empty.dtypes.to_dict())


@given(packs())
@settings(max_examples=30, deadline=None)
def test_the_pages_tables_give_back_the_pack(ds: Dataset, pack: Pack) -> None:
    prices, services = price_frame(ds.options, pack), service_frame(pack)
    assert list(prices["option_id"]) == list(ds.option_ids)
    rows, places = rows_from_tables(prices, services, pack.set_by, pack.set_on)
    assert len(rows) == len(places) == len(pack.rows)
    back, problems = check_rows(rows, ds.option_ids)
    assert problems == [] and back is not None
    assert (back.set_by, back.set_on) == (pack.set_by, pack.set_on)
    assert back.services() == pack.services()
    for option_id in ds.option_ids:
        assert back.price_row(option_id) == pack.price_row(option_id)


def test_empty_table_rows_are_left_out(ds: Dataset) -> None:
    prices = price_frame(ds.options, None)
    services = service_table({}, {"name": None, "price_low_usd": float("nan")})
    assert len(services) == 2
    assert rows_from_tables(prices, services, "Dana Lee", DANA) == ([], [])


def test_filled_table_rows_become_file_rows_with_their_place(ds: Dataset) -> None:
    prices = price_frame(ds.options, None)
    i = ds.option_ids.index("massage")
    prices.loc[i, ["price_low_usd", "price_high_usd"]] = [40.0, 52.5]
    prices.loc[i, "price_unit"] = "session"
    prices.loc[i, "per_month"] = 4
    j = ds.option_ids.index("heat")
    prices.loc[j, "offered"] = False
    services = service_table(
        {},
        {
            "option_id": "water_therapy",
            "name": " Aqua class ",
            "price_low_usd": 12.0,
            "price_high_usd": 12.0,
            "price_unit": "session",
            "per_month": 4,
            "where": "Town pool",
        },
    )
    rows, places = rows_from_tables(prices, services, " Dana Lee ", DANA)
    # Each row's place: its table, its row from 1, and what it is about (the tables hide numbers).
    first, second = sorted((i, j))
    assert places == [
        Place(PRICES_TABLE, first + 1, ds.options[first].name),
        Place(PRICES_TABLE, second + 1, ds.options[second].name),
        Place(SERVICES_TABLE, 2, "Aqua class"),
    ]
    by_place = {(p.table, p.row): row for p, row in zip(places, rows, strict=True)}
    massage_row = by_place[PRICES_TABLE, i + 1]
    assert {
        k: massage_row[k] for k in ("kind", "price_low_usd", "price_high_usd", "per_month", "offered")
    } == {
        "kind": "option",
        "price_low_usd": "40",
        "price_high_usd": "52.5",
        "per_month": "4",
        "offered": "yes",
    }
    assert by_place[PRICES_TABLE, j + 1]["offered"] == "no"
    aqua = by_place[SERVICES_TABLE, 2]
    assert (aqua["kind"], aqua["name"], aqua["set_by"], aqua["set_on"]) == (
        "service",
        "Aqua class",
        "Dana Lee",
        "2026-11-20",
    )
    pack, problems = check_rows(rows, ds.option_ids)
    assert problems == [] and pack is not None
    assert pack.price_row("massage") == PackRow(
        "option", "massage", price_low_usd=40.0, price_high_usd=52.5, price_unit="session", per_month=4
    )
    assert pack.price_row("heat") == PackRow("option", "heat", offered=False)


def test_page_problems_name_the_table_the_row_and_a_plain_column(ds: Dataset) -> None:
    prices = price_frame(ds.options, None)
    i = ds.option_ids.index("massage")
    prices.loc[i, ["price_low_usd", "price_high_usd"]] = [60.0, 50.0]
    prices.loc[i, "price_unit"] = "month"
    good = {
        "option_id": "heat",
        "name": "Warm packs",
        "price_low_usd": 5.0,
        "price_high_usd": 5.0,
        "price_unit": "one_off",
    }
    services = service_table(good, good | {"price_unit": "session"})
    rows, places = rows_from_tables(prices, services, "", DANA)
    pack, problems = check_rows(rows, ds.option_ids)
    assert pack is None
    frame = page_problems(problems, places)
    assert list(frame.columns) == ["Table", "Row", "Column", "Problem", "Value"]
    assert sorted(frame.to_dict("records"), key=str) == sorted(
        [
            {
                "Table": PRICES_TABLE,
                "Row": f"{i + 1} ({ds.option('massage').name})",
                "Column": "Low price ($)",
                "Problem": "must not be more than high price ($)",
                "Value": "60",
            },
            {
                "Table": SERVICES_TABLE,
                "Row": "2 (Warm packs)",
                "Column": "How many a month",
                "Problem": "must say how many a month for a price per session",
                "Value": "",
            },
            {
                "Table": "The pack",
                "Row": "",
                "Column": "Your name or practice",
                "Problem": "must be filled in, above the tables",
                "Value": "",
            },
        ],
        key=str,
    )


def test_page_problems_for_a_missing_date_and_a_differing_name() -> None:
    places = [Place(PRICES_TABLE, 3, "Massage"), Place(SERVICES_TABLE, 1)]
    problems = [
        Problem(FILE_NAME, 2, "set_on", "must give the date the prices were set on at least one row"),
        Problem(FILE_NAME, 3, "set_by", "must be the same on every row (row 1 with it says 'A')", "B"),
        Problem(FILE_NAME, 3, "option_id", "must be one of our option ids: heat", "reiki"),
        Problem(FILE_NAME, 0, "", "has 41 rows; a pack can have at most 40"),
    ]
    records = page_problems(problems, places).to_dict("records")
    assert [(r["Table"], r["Row"], r["Column"], r["Problem"]) for r in records] == [
        ("The pack", "", "Date", "must be filled in, above the tables"),
        ("The pack", "", "Your name or practice", "must be the same on every row (row 1 with it says 'A')"),
        (SERVICES_TABLE, "1", "Option", "must be one of our option ids: heat"),
        ("The pack", "", "", "has 41 rows; a pack can have at most 40"),
    ]
    # The first row's problem names it by its number and what it is about.
    other = page_problems([Problem(FILE_NAME, 2, "price_unit", "must be one of: session", "x")], places)
    assert other.to_dict("records")[0]["Row"] == "3 (Massage)"
    assert other.to_dict("records")[0]["Column"] == "Price covers"


def test_a_local_medicine_price_keeps_the_doctor_visit_as_our_figure() -> None:
    rx = option("rx", visit_cost_low_usd=138.0, visit_cost_high_usd=183.0, cost_unit="month")
    row = PackRow("option", "rx", price_low_usd=4.0, price_high_usd=6.0, price_unit="month")
    fact = content.cost(local_option(rx, pack_of(row)))
    assert fact.short == (
        f"Doctor visit $138 to $183 (national figure), plus the medicine at a local price: $4 to $6 a month. {SIGNED}"
    )


def test_charts_mark_a_local_cost_as_local() -> None:
    from dashboard import charts

    local = local_option(
        massage(), pack_of(price_row(price_low_usd=50.0, price_high_usd=60.0, price_unit="month"))
    )
    table = charts.cost_onset_table([local, massage(id="other")])
    assert list(table["Cost"]) == ["$50 to $60 a month (local price)", "$100 to $120 a month"]


def test_prices_show_cents_when_there_are_some() -> None:
    row = PackRow("service", "x", name="Pills", price_low_usd=0.4, price_high_usd=0.45, price_unit="one_off")
    assert price_words(row) == "$0.40 to $0.45 one-off"
    assert price_words(replace(row, price_low_usd=12.0, price_high_usd=12.0)) == "$12 one-off"


@pytest.mark.parametrize("column", ["name", "where", "contact", "note"])
def test_service_text_on_an_option_row_is_a_problem_not_lost(column: str) -> None:
    pack, problems = read_csv(file_of(good_row(**{column: "Ask about the sliding scale"})), PACK_IDS)
    assert pack is None
    assert [(p.row, p.column) for p in problems] == [(2, column)]
    assert "only for a service" in problems[0].rule


def test_a_local_price_is_marked_local_in_every_reason_too() -> None:
    """Security review L5: the budget reasons used a coach's price with no "local" mark."""
    row = price_row(price_low_usd=400.0, price_high_usd=500.0, price_unit="month")
    local = local_option(massage(), pack_of(row))
    (out,) = match([local], Situation(budget=100), ())
    assert out.reasons_out == ("Its local price ($400 to $500 a month) is more than your budget of $100.",)
    (part,) = match([local], Situation(budget=450), ())
    assert "Only the cheaper end of its local price ($400 to $500 a month)" in " ".join(part.caveats)
    (fits,) = match([local], Situation(budget=600), ())
    assert fits.why.endswith("costs $400 to $500 a month (a local price).")
    # No pack: our national figure, worded as before.
    (national,) = match([massage()], Situation(budget=10), ())
    assert all("local" not in r for r in national.reasons_out)
