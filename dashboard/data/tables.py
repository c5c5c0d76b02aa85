"""The rows of every data file and the article, as the cross-file rules see them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from dashboard.data.dataset import Article

Row = Mapping[str, str]


@dataclass(frozen=True)
class Tables:
    """The rows of each file (by file name) and the article, as the rules see them."""

    rows: Mapping[str, Sequence[Row]]
    article: Article

    def lines(self, name: str) -> Iterator[tuple[int, Row]]:
        """(line number, row) pairs; the header is line 1."""
        for i, row in enumerate(self.rows[name]):
            yield i + 2, row

    def values(self, name: str, column: str) -> set[str]:
        return {row[column] for row in self.rows[name]}
