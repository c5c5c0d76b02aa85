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

The pack lives by subject: `format` (its limits, columns and values), `rules` (its checks),
`file` (the CSV file and the link) and `use` (its prices in words, and `apply`).

Languages: the file is a machine format, the same in every language (its column names and
its values: option, service, yes, no, one_off); a file written in Spanish reads in English.
Its problems, the link's notices and the prices in words are in the run's language
(`dashboard.i18n`), made when they are made: a problem's `rule` is a `Rule`, a str that also
holds its words for the page's tables.
"""

from __future__ import annotations

from dashboard.pack.file import (
    BROKEN_LINK,
    _from_link,
    from_link,
    link_value,
    read_csv,
    rows_to_csv,
    to_csv,
    to_link,
)
from dashboard.pack.format import (
    COLUMNS,
    FILE_NAME,
    LINK_LIMIT,
    LINK_VERSION,
    MAX_FILE_BYTES,
    MAX_PER_MONTH,
    MAX_PRICE,
    MAX_ROWS,
    PACK_TABLE,
    REQUIRED_COLUMNS,
    TEXT_COLUMNS,
    TEXT_LIMITS,
    Found,
    Pack,
    PackRow,
    Row,
    Rule,
)
from dashboard.pack.rules import (
    NOT_ONE_LINE,
    RULES,
    cell_text,
    check_rows,
    rows_of,
)
from dashboard.pack.use import (
    apply,
    cost_to_try,
    dollars,
    local_option,
    national_table,
    price_words,
)

__all__ = [
    "BROKEN_LINK",
    "COLUMNS",
    "FILE_NAME",
    "LINK_LIMIT",
    "LINK_VERSION",
    "MAX_FILE_BYTES",
    "MAX_PER_MONTH",
    "MAX_PRICE",
    "MAX_ROWS",
    "NOT_ONE_LINE",
    "PACK_TABLE",
    "REQUIRED_COLUMNS",
    "RULES",
    "TEXT_COLUMNS",
    "TEXT_LIMITS",
    "Found",
    "Pack",
    "PackRow",
    "Row",
    "Rule",
    "_from_link",
    "apply",
    "cell_text",
    "check_rows",
    "cost_to_try",
    "dollars",
    "from_link",
    "link_value",
    "local_option",
    "national_table",
    "price_words",
    "read_csv",
    "rows_of",
    "rows_to_csv",
    "to_csv",
    "to_link",
]
