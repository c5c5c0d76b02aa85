"""What bad data produces: one Problem per broken rule, all raised together as a DataError."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One broken rule, shown as ``file:row column — rule (value)``.

    *row* is the line number in the file (the header is line 1; 0 means the whole file).
    """

    file: str
    row: int
    column: str
    rule: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.row}"
        col = f" {self.column}" if self.column else ""
        val = f" ({self.value})" if self.value != "" else ""
        return f"{where}{col} — {self.rule}{val}"


class DataError(Exception):
    """The bundled data broke one or more rules. `problems` lists them all."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))
