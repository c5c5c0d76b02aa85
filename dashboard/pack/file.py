"""A pack as a CSV file and as a link (`pack=`, zlib and base64url); both read through `check_rows`."""

from __future__ import annotations

import base64
import binascii
import csv
import io
import zlib
from collections.abc import Mapping, Sequence
from functools import lru_cache

from dashboard import i18n
from dashboard.data import Problem
from dashboard.i18n import N_, _, format_number, ngettext
from dashboard.pack.format import (
    COLUMNS,
    FILE_NAME,
    LINK_LIMIT,
    LINK_VERSION,
    MAX_FILE_BYTES,
    REQUIRED_COLUMNS,
    Pack,
    Rule,
)
from dashboard.pack.rules import _unmade_safe, check_rows, rows_of
from dashboard.text import spreadsheet_safe

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
            problems.append(Problem(file, line, "", _cells(len(cells), len(header))))
            continue
        rows.append({name: _unmade_safe(cell.strip()) for name, cell in zip(header, cells, strict=True)})
        lines.append(line)
    if problems:
        return None, problems
    pack, problems = check_rows(rows, option_ids, file, lines)
    if pack is None and not problems:
        return None, [Problem(file, 0, "", Rule(_('has no prices, services or "not offered" marks')))]
    return pack, problems


def _cells(count: int, names: int) -> Rule:
    # The English says "cells" for one too, as it always has.
    words = ngettext(
        "has {count} cells; the first line names {names}",
        "has {count} cells; the first line names {names}",
        count,
    )
    return Rule(words.format(count=count, names=names))


def _table_of(data: bytes, file: str) -> tuple[list[tuple[int, list[str]]], list[Problem]]:
    """The file's records, each with the line it starts on, by Python's CSV reader; or why
    it is not a CSV text file we take."""
    if len(data) > MAX_FILE_BYTES:
        too_big = _("is too big: {size} bytes; a pack file can be up to {most}").format(
            size=format_number(len(data)), most=format_number(MAX_FILE_BYTES)
        )
        return [], [Problem(file, 0, "", Rule(too_big))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [Problem(file, 0, "", Rule(_("is not a CSV text file (it is not UTF-8 text)")))]
    if "\x00" in text:
        return [], [Problem(file, 0, "", Rule(_("is not a CSV text file")))]
    table: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for cells in reader:
            table.append((start, cells))
            start = reader.line_num + 1  # a quoted cell may run over more than one line
    except csv.Error as exc:
        # The value is Python's own words on what broke (in English).
        return [], [Problem(file, reader.line_num, "", Rule(_("cannot be read as CSV")), str(exc))]
    if not table or not any(cell.strip() for cell in table[0][1]):
        return [], [Problem(file, 1, "", Rule(_("is empty: the first line must name the columns")))]
    return table, []


def _header_problems(header: Sequence[str], file: str) -> list[Problem]:
    """The first line's problems. The column names are the file's own, the same in every
    language, so they are never translated."""
    missing = Rule(_("required column is missing"))
    unknown = Rule(_("is not a pack column; use: {columns}").format(columns=", ".join(COLUMNS)))
    twice = Rule(_("is named twice"))
    problems = [Problem(file, 1, c, missing) for c in REQUIRED_COLUMNS if c not in header]
    problems += [Problem(file, 1, c, unknown) for c in header if c not in COLUMNS]
    problems += [Problem(file, 1, c, twice) for c in sorted({c for c in header if header.count(c) > 1})]
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


BROKEN_LINK = N_(
    "We ignored the local prices in this link: the link was cut off or changed. "
    "National prices are shown. Ask for the link again, or for the pack file."
)


@lru_cache(maxsize=64)
def _from_link(value: str, option_ids: tuple[str, ...], lang: str) -> tuple[Pack | None, tuple[str, ...]]:
    """`from_link`'s work, kept for each value, option ids and language (its notices are words)."""
    with i18n.using(lang):
        return _read_link(value, option_ids)


def _read_link(value: str, option_ids: tuple[str, ...]) -> tuple[Pack | None, tuple[str, ...]]:
    version, _dot, body = value.partition(".")
    if version != LINK_VERSION or not body or len(value) > 2 * MAX_FILE_BYTES:
        return None, (_(BROKEN_LINK),)
    try:
        packed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        unpacker = zlib.decompressobj()
        data = unpacker.decompress(packed, MAX_FILE_BYTES + 1)
    except (binascii.Error, ValueError, zlib.error):
        return None, (_(BROKEN_LINK),)
    if not unpacker.eof or unpacker.unconsumed_tail or unpacker.unused_data:
        return None, (_(BROKEN_LINK),)
    pack, problems = read_csv(data, option_ids)
    if problems:
        # Never the problems' own words: they can quote the link, and a link puts no text on a page.
        notice = ngettext(
            "We ignored the local prices in this link: they break our rules ({count} problem). "
            "National prices are shown. To see what is wrong, load the pack file on the Local prices page.",
            "We ignored the local prices in this link: they break our rules ({count} problems). "
            "National prices are shown. To see what is wrong, load the pack file on the Local prices page.",
            len(problems),
        )
        return None, (notice.format(count=len(problems)),)
    return pack, ()


def from_link(value: str, option_ids: Sequence[str]) -> tuple[Pack | None, tuple[str, ...]]:
    """Read `pack=`. Never raises: a bad value gives None (national prices) and a notice,
    in this run's language."""
    return _from_link(value.strip(), tuple(option_ids), i18n.language())


def rows_to_csv(rows: Sequence[Mapping[str, str]]) -> bytes:
    """Rows of cell text as a pack file, every value safe to open in a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([spreadsheet_safe(row.get(c, ""), quote_quotes=True) for c in COLUMNS])
    return buffer.getvalue().encode("utf-8")
