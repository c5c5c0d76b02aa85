"""The data's texts in other languages: one overlay file per data file and language,
`data/<lang>/<file>.csv`, holding only each row's key and its texts in that language.

An overlay has no figure, id or code: those stay in the English files, so no figure, verdict
or source can differ between languages. The rules here check an overlay against its English
file: the same rows, the texts present where the English has text, and the same numbers and
{slots} in every text. The article's quotes stay verbatim English; their overlay gives our
translation, shown beside the English (`Quote.translation`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from dashboard.data.kinds import sentences
from dashboard.data.problems import Problem
from dashboard.data.tables import Row, Tables

SOURCE_LANGUAGE = "en"
# A language folder of data/ is named by its code ("es"); nothing else lives there.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
SLOT = re.compile(r"\{[a-z_]+\}")


@dataclass(frozen=True)
class Overlay:
    """Which columns of one data file an overlay holds: the row's key, and its texts.
    `beside` are texts that stay as published (the article's words): the English is kept,
    and the overlay's text is shown beside it as our translation."""

    keys: tuple[str, ...]
    texts: tuple[str, ...]
    beside: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.keys + self.texts

    def key(self, row: Row) -> tuple[str, ...]:
        return tuple(row[k] for k in self.keys)


OVERLAYS: dict[str, Overlay] = {
    "options.csv": Overlay(
        ("id",),
        ("name", "summary", "cost_basis", "harms", "main_harm", "what_its_like", "try_it", "if_owned"),
    ),
    "evidence.csv": Overlay(
        ("option_id", "stage"),
        ("guideline_says", "onset_text", "lasts_text", "benefits", "doctor_reason", "caveat"),
    ),
    "quotes.csv": Overlay(("id",), ("text",), beside=("text",)),
    "claims.csv": Overlay(("id",), ("claim", "guidelines_say", "reason")),
    "causes.csv": Overlay(("id",), ("name", "what_helps", "evidence_says")),
    "warning_signs.csv": Overlay(("id",), ("symptom", "what_to_do")),
    "natural_course.csv": Overlay(("id",), ("statement",)),
    "health_cautions.csv": Overlay(("option_id", "condition"), ("reason",)),
}


@dataclass(frozen=True)
class OverlayFile:
    """One overlay file as read: its header and its rows."""

    columns: tuple[str, ...]
    rows: Sequence[Row]

    def lines(self) -> Iterator[tuple[int, Row]]:
        """(line number, row) pairs; the header is line 1."""
        for i, row in enumerate(self.rows):
            yield i + 2, row


def overlay_name(lang: str, name: str) -> str:
    """How problems name an overlay file: "es/options.csv"."""
    return f"{lang}/{name}"


# ------------------------------------------------------------------ the rules


def column_problems(name: str, file: OverlayFile, shown: str) -> list[Problem]:
    """The overlay has its key and every text column, and nothing else: no figure, id or code."""
    overlay = OVERLAYS[name]
    missing = [
        Problem(shown, 1, column, "required column is missing")
        for column in overlay.columns
        if column not in file.columns
    ]
    rule = "is not a text to translate (an overlay holds no figure, id or code)"
    extra = [Problem(shown, 1, column, rule) for column in file.columns if column not in overlay.columns]
    return missing + extra


def _key_text(key: tuple[str, ...]) -> str:
    return ",".join(key)


def row_problems(name: str, english: Sequence[Row], file: OverlayFile, shown: str) -> list[Problem]:
    """The overlay has each row of its English file once, and no other row."""
    overlay = OVERLAYS[name]
    column = _key_text(overlay.keys)
    known = [overlay.key(row) for row in english]
    english_keys = set(known)
    seen: set[tuple[str, ...]] = set()
    problems = []
    for line, row in file.lines():
        key = overlay.key(row)
        if key not in english_keys:
            problems.append(Problem(shown, line, column, f"is not a row of {name}", _key_text(key)))
        elif key in seen:
            problems.append(Problem(shown, line, column, "must be unique", _key_text(key)))
        seen.add(key)
    rule = f"row of {name} is missing its translation"
    problems += [Problem(shown, 0, column, rule, _key_text(key)) for key in known if key not in seen]
    return problems


def _numbers(text: str) -> Counter[str]:
    return Counter(NUMBER.findall(text))


def cell_problems(shown: str, line: int, column: str, english: str, text: str) -> list[Problem]:
    """One translated cell: text where the English has text, and the same numbers and slots."""
    if english.strip() == "" or text.strip() == "":
        if (english.strip() == "") == (text.strip() == ""):
            return []
        rule = (
            "must not be empty (the English has text)" if english.strip() else "must be empty, as in English"
        )
        return [Problem(shown, line, column, rule, text.strip()[:60])]
    problems = []
    if _numbers(english) != _numbers(text):
        wanted = " ".join(sorted(_numbers(english).elements())) or "none"
        found = " ".join(sorted(_numbers(text).elements())) or "none"
        rule = "must have the same numbers as the English"
        problems.append(Problem(shown, line, column, rule, f"English {wanted}; here {found}"))
    if sorted(SLOT.findall(english)) != sorted(SLOT.findall(text)):
        rule = "must have the same {slots} as the English"
        problems.append(Problem(shown, line, column, rule, " ".join(SLOT.findall(text)) or "none"))
    return problems


def text_problems(name: str, english: Sequence[Row], file: OverlayFile, shown: str) -> list[Problem]:
    """Every text of every row, checked against the same row's English."""
    overlay = OVERLAYS[name]
    by_key = {overlay.key(row): row for row in english}
    return [
        problem
        for line, row in file.lines()
        if overlay.key(row) in by_key
        for column in overlay.texts
        for problem in cell_problems(shown, line, column, by_key[overlay.key(row)][column], row[column])
    ]


def main_harm_problems(file: OverlayFile, shown: str) -> list[Problem]:
    """As in English, the main harm is copied from the harms, sentence by sentence."""
    return [
        Problem(shown, line, "main_harm", "each sentence must be copied from harms", sentence)
        for line, row in file.lines()
        for sentence in sentences(row["main_harm"])
        if sentence not in row["harms"]
    ]


def overlay_problems(lang: str, tables: Tables, files: Mapping[str, OverlayFile]) -> list[Problem]:
    """Every problem of one language's overlays, read from `files` (by data file name).
    A file that was not read (missing, or not CSV) is reported by the loader."""
    problems: list[Problem] = []
    for name, file in files.items():
        shown = overlay_name(lang, name)
        columns = column_problems(name, file, shown)
        problems += columns
        if columns:
            continue  # the rows cannot be read without their columns
        problems += row_problems(name, tables.rows[name], file, shown)
        problems += text_problems(name, tables.rows[name], file, shown)
        if name == "options.csv":
            problems += main_harm_problems(file, shown)
    return problems


# ------------------------------------------------------------ applying them

# Per data file: each row's key, and the texts kept beside the English (column -> text).
Beside = Mapping[str, Mapping[tuple[str, ...], Mapping[str, str]]]


def translated(tables: Tables, files: Mapping[str, OverlayFile]) -> tuple[Tables, Beside]:
    """The tables with every text in the overlays' language, and the texts shown beside
    the English (the article's quotes). Checked overlays only (`overlay_problems`)."""
    rows: dict[str, Sequence[Row]] = dict(tables.rows)
    beside: dict[str, dict[tuple[str, ...], dict[str, str]]] = {}
    for name, file in files.items():
        overlay = OVERLAYS[name]
        texts = {overlay.key(row): row for row in file.rows}
        replaced = tuple(c for c in overlay.texts if c not in overlay.beside)
        rows[name] = [
            {**row, **{c: texts[overlay.key(row)][c] for c in replaced}} for row in tables.rows[name]
        ]
        beside[name] = {
            key: {c: row[c] for c in overlay.beside} for key, row in texts.items() if overlay.beside
        }
    return Tables(rows, tables.article), beside


def pseudo_overlays(tables: Tables) -> dict[str, OverlayFile]:
    """Overlays for the pseudo-language of the tests (dashboard/i18n.py): every text of
    every overlay column wrapped in ⟦…⟧, so a page that shows a data text that did not come
    from an overlay shows it unwrapped."""
    files: dict[str, OverlayFile] = {}
    for name, overlay in OVERLAYS.items():
        rows = [
            {
                **{k: row[k] for k in overlay.keys},
                **{c: f"⟦{row[c]}⟧" if row[c] else "" for c in overlay.texts},
            }
            for row in tables.rows[name]
        ]
        files[name] = OverlayFile(overlay.columns, rows)
    return files
