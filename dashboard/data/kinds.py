"""What a good cell looks like: the cell helpers, the `Kind`s of cell, and the `Column` and
`Table` that declare a data file (the declarations themselves are in `schema.py`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandera.pandas as pa

from dashboard import vocab

SLUG = r"^[a-z][a-z0-9_]*$"
ID_LIST = r"^([A-Za-z0-9_]+(;[A-Za-z0-9_]+)*)?$"


# ------------------------------------------------------------ cell helpers


def is_number(text: str) -> bool:
    try:
        return float(text) >= 0
    except ValueError:
        return False


def is_whole(text: str) -> bool:
    return re.fullmatch(r"[0-9]+", text) is not None


def is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def split_ids(text: str) -> tuple[str, ...]:
    """Source ids are joined by ; and may be empty."""
    return tuple(x for x in text.split(";") if x)


def split_list(text: str) -> tuple[str, ...]:
    """Lists of words (severities, topics, ...) are joined by |."""
    return tuple(text.split("|"))


def sentences(text: str) -> list[str]:
    """The sentences of a text, each ending in a full stop (split after ". ")."""
    return [s if s.endswith(".") else s + "." for s in re.split(r"(?<=\.) ", text.strip()) if s]


def to_number(text: str) -> float | None:
    """An empty cell means unknown."""
    return None if text == "" else float(text)


# ------------------------------------------------------------------- kinds


@dataclass(frozen=True)
class Kind:
    """What a good cell looks like, and the value it becomes.

    `rule` says what a good cell is, in plain words; it is the message bad data gets.
    `ok` is None when any text will do. `values` are the allowed words, for a column
    that takes a fixed set of them (the model field's Literal type has the same)."""

    rule: str
    ok: Callable[[str], bool] | None = None
    convert: Callable[[str], Any] = str
    unique: bool = False
    values: tuple[str, ...] = ()

    def schema_column(self) -> pa.Column:
        checks = None if self.ok is None else pa.Check(self.ok, element_wise=True, error=self.rule)
        return pa.Column(str, checks, unique=self.unique)


def text() -> Kind:
    return Kind("must not be empty", lambda x: x.strip() != "")


def note() -> Kind:
    """Free text that may be empty; spaces around it are dropped."""
    return Kind("any text, or empty", None, str.strip)


def slug(unique: bool = True) -> Kind:
    return Kind(
        "must be a lowercase id (a-z, 0-9, _)", lambda x: re.fullmatch(SLUG, x) is not None, unique=unique
    )


def one_of(values: Iterable[str]) -> Kind:
    allowed = tuple(values)
    return Kind(f"must be one of: {', '.join(allowed)}", lambda x: x in allowed, values=allowed)


def yes_no() -> Kind:
    return Kind(one_of(vocab.YES_NO).rule, lambda x: x in vocab.YES_NO, lambda x: x == "yes")


def list_of(values: Iterable[str]) -> Kind:
    allowed = tuple(values)
    return Kind(
        f"must be one or more of {', '.join(allowed)}, joined by |",
        lambda x: x != "" and all(v in allowed for v in x.split("|")),
        split_list,
        values=allowed,
    )


def topics(rule: str) -> Kind:
    """Ids joined by |. Which ids are known is a rule across files (rules.py)."""
    return Kind(rule, lambda x: all(re.fullmatch(SLUG, t) for t in x.split("|")), split_list)


def number_or_unknown() -> Kind:
    return Kind("must be a number ≥ 0, or empty for unknown", lambda x: x == "" or is_number(x), to_number)


def days_or_empty() -> Kind:
    return Kind(
        "must be a whole number of days, or empty",
        lambda x: x == "" or (is_whole(x) and int(x) >= 1),
        lambda x: None if x == "" else int(x),
    )


def whole(rule: str, minimum: int = 0) -> Kind:
    return Kind(rule, lambda x: is_whole(x) and int(x) >= minimum, int)


def source_list(required: bool) -> Kind:
    def ok(x: str) -> bool:
        return re.fullmatch(ID_LIST, x) is not None and (x != "" or not required)

    rule = "must be source ids joined by ;" if required else "must be empty or source ids joined by ;"
    return Kind(rule, ok, split_ids)


def date() -> Kind:
    return Kind("must be a date like 2026-11-27", is_date, dt.date.fromisoformat)


def source_id() -> Kind:
    return Kind(
        "must be an id (A-Z, 0-9, _)", lambda x: re.fullmatch(r"^[A-Za-z0-9_]+$", x) is not None, unique=True
    )


def year() -> Kind:
    return Kind("must be a year like 2017", lambda x: re.fullmatch(r"(19|20)\d\d", x) is not None, int)


def web_address() -> Kind:
    return Kind("must be a web address", lambda x: re.match(r"^https?://\S+$", x) is not None)


def template(*names: str) -> Kind:
    """A sentence with {name} slots that are filled in when shown."""
    slots = tuple("{" + n + "}" for n in names)
    return Kind(f"must contain {' and '.join(slots)}", lambda x: all(s in x for s in slots))


# ---------------------------------------------------------------- columns


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    means: str
    field: str = ""
    """The model field this column fills, when it is not `name`."""

    @property
    def field_name(self) -> str:
        return self.field or self.name


@dataclass(frozen=True)
class Table:
    name: str
    purpose: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def schema(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema({c.name: c.kind.schema_column() for c in self.columns}, strict=True)

    def convert(self, row: Mapping[str, str]) -> dict[str, Any]:
        """The row's cells as Python values, keyed by the model field each fills."""
        return {c.field_name: c.kind.convert(row[c.name]) for c in self.columns}
