"""Read the CSV files and the article, check them, and build the Dataset.

Loading runs in two passes. First each file is read and checked against its schema;
then, if all files passed, the rules across files run (`rules.py`). Every problem a
pass finds is reported together as one DataError. In another language, a third pass reads
and checks that language's overlays (`languages.py`) and puts their texts in place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
import pandera.pandas as pa

from dashboard import i18n
from dashboard.data import languages
from dashboard.data.dataset import (
    Article,
    Cause,
    Claim,
    Dataset,
    NaturalCourse,
    PainCourse,
    Quote,
    Source,
    WarningSign,
)
from dashboard.data.languages import OVERLAYS, SOURCE_LANGUAGE, Beside, OverlayFile
from dashboard.data.model import Evidence, HealthCaution, Option
from dashboard.data.problems import DataError, Problem
from dashboard.data.rules import check
from dashboard.data.schema import DATA_FILES, SCHEMAS, TABLE
from dashboard.data.tables import Row, Tables
from dashboard.i18n import _

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
SEED_PATH = ROOT / "seeds" / "how-do-you-spell-relief.txt"

T = TypeVar("T")


def read_article(seed_path: Path = SEED_PATH) -> Article:
    """The article's non-blank lines are its paragraphs, numbered from 1."""
    text = seed_path.read_text(encoding="utf-8")
    return Article(tuple(line.strip() for line in text.splitlines() if line.strip()))


# ------------------------------------------------- pass 1: each file alone


def _read_csv(path: Path, name: str = "") -> tuple[pd.DataFrame | None, list[Problem]]:
    name = name or path.name
    if not path.exists():
        return None, [Problem(name, 0, "", "file is missing")]
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        message = " ".join(str(exc).split())
        return None, [Problem(name, 0, "", "cannot be read as CSV", message)]
    return frame, []


PANDERA_RULES = {
    "column_in_dataframe": "required column is missing",
    "column_in_schema": "column is not part of this file's schema",
}


def _rule_name(check: str) -> str:
    """pandera names its own checks; ours are named by their rule already."""
    if check.startswith("field_uniqueness"):
        return "must be unique"
    return PANDERA_RULES.get(check, check)


def _schema_problem(name: str, case: Mapping[str, Any]) -> Problem:
    """One of pandera's failure cases as a Problem. Its index is the row, from 0."""
    index = case.get("index")
    row = 1 if index is None or pd.isna(index) else int(index) + 2
    column = case.get("column")
    check = str(case.get("check"))
    value = "" if case.get("failure_case") is None else str(case.get("failure_case"))
    if check in PANDERA_RULES:  # a whole column: pandera puts its name in failure_case
        column, value = value, ""
    return Problem(name, row, "" if pd.isna(column) else str(column), _rule_name(check), value)


def schema_problems(
    name: str, frame: pd.DataFrame, schema: pa.DataFrameSchema | None = None
) -> list[Problem]:
    """Every broken cell rule of one file, as Problems. The schema is the file's own from
    `SCHEMAS` unless given (a coach's pack is checked the same way, `dashboard.pack`)."""
    try:
        (schema or SCHEMAS[name]).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        return [_schema_problem(name, case) for case in exc.failure_cases.to_dict("records")]
    return []


def _read_files(data_dir: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for name in DATA_FILES:
        frame, read_problems = _read_csv(data_dir / name)
        problems += read_problems
        if frame is not None:
            problems += schema_problems(name, frame)
            frames[name] = frame
    return frames, problems


def _records(frame: pd.DataFrame) -> list[Row]:
    return [{str(k): str(v) for k, v in record.items()} for record in frame.to_dict("records")]


# ---------------------------------------------------------- build objects


def _fields(tables: Tables, name: str) -> Iterator[dict[str, Any]]:
    """Each row's cells converted by their declared kind, keyed by model field."""
    return (TABLE[name].convert(row) for row in tables.rows[name])


def _objects(tables: Tables, name: str, model: Callable[..., T]) -> tuple[T, ...]:
    return tuple(model(**fields) for fields in _fields(tables, name))


def _evidence_of(option_id: str, evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    # New pain first, so an option with no row for a stage shows the other stage's facts.
    return tuple(sorted((e for e in evidence if e.option_id == option_id), key=lambda e: e.stage != "new"))


def with_same_medicine(
    options: Iterable[Option], cautions: tuple[HealthCaution, ...], lang: str = SOURCE_LANGUAGE
) -> tuple[HealthCaution, ...]:
    """Every caution of a store-bought medicine also applies to its prescription form (the
    option whose `same_medicine_as` names it), unless that form has its own row for it.
    `lang` is the language of the options' names and the cautions' reasons."""
    names = {o.id: o.name for o in options}
    derived = []
    for option in options:
        if not option.same_medicine_as:
            continue
        own = {c.condition for c in cautions if c.option_id == option.id}
        derived += [
            replace(
                c,
                option_id=option.id,
                reason=_same_medicine_reason(names[c.option_id], c.reason, lang),
            )
            for c in cautions
            if c.option_id == option.same_medicine_as and c.condition not in own
        ]
    return cautions + tuple(derived)


def _same_medicine_reason(name: str, reason: str, lang: str = SOURCE_LANGUAGE) -> str:
    label = "The label says "  # the English data's own words, read only in English
    if lang == SOURCE_LANGUAGE and reason.startswith(label):
        return f"It is the same kind of medicine as {name}, whose label says {reason[len(label) :]}"
    with i18n.using(lang):
        return _("It is the same kind of medicine as {name}. {reason}").format(name=name, reason=reason)


def _quotes(tables: Tables, beside: Beside) -> tuple[Quote, ...]:
    """The article's quotes (verbatim English), each with our translation where there is one."""
    translations = beside.get("quotes.csv", {})
    return tuple(
        Quote(**fields).with_translation(translations.get((fields["id"],), {}).get("text"))
        for fields in _fields(tables, "quotes.csv")
    )


def _build(tables: Tables, lang: str = SOURCE_LANGUAGE, beside: Beside | None = None) -> Dataset:
    evidence = _objects(tables, "evidence.csv", Evidence)
    options = tuple(
        Option(**fields, evidence=_evidence_of(fields["id"], evidence))
        for fields in _fields(tables, "options.csv")
    )
    return Dataset(
        options=options,
        sources={s.id: s for s in _objects(tables, "sources.csv", Source)},
        quotes=_quotes(tables, beside or {}),
        claims=_objects(tables, "claims.csv", Claim),
        causes=_objects(tables, "causes.csv", Cause),
        warning_signs=_objects(tables, "warning_signs.csv", WarningSign),
        natural_course=_objects(tables, "natural_course.csv", NaturalCourse),
        article=tables.article,
        cautions=with_same_medicine(options, _objects(tables, "health_cautions.csv", HealthCaution), lang),
        pain_course=_objects(tables, "pain_course.csv", PainCourse),
    )


# ------------------------------------------------------------ other languages


def language_codes(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    """The languages with a folder of overlays in `data_dir` ("es" for data/es/)."""
    return tuple(
        sorted(p.name for p in data_dir.iterdir() if p.is_dir() and languages.LANGUAGE_CODE.match(p.name))
    )


def _read_overlays(data_dir: Path, lang: str) -> tuple[dict[str, OverlayFile], list[Problem]]:
    files: dict[str, OverlayFile] = {}
    problems: list[Problem] = []
    for name in OVERLAYS:
        frame, read_problems = _read_csv(data_dir / lang / name, languages.overlay_name(lang, name))
        problems += read_problems
        if frame is not None:
            files[name] = OverlayFile(tuple(str(c) for c in frame.columns), _records(frame))
    return files, problems


def _overlays(data_dir: Path, lang: str, tables: Tables) -> tuple[dict[str, OverlayFile], list[Problem]]:
    """One language's overlays, read and checked against the English tables."""
    files, problems = _read_overlays(data_dir, lang)
    return files, problems + languages.overlay_problems(lang, tables, files)


def _english_tables(data_dir: Path, seed_path: Path) -> Tables:
    frames, problems = _read_files(data_dir)
    if problems:
        raise DataError(problems)
    tables = Tables({name: _records(frame) for name, frame in frames.items()}, read_article(seed_path))
    problems = check(tables)
    if problems:
        raise DataError(problems)
    return tables


def language_problems(
    data_dir: Path = DATA_DIR, seed_path: Path = SEED_PATH, langs: Iterable[str] | None = None
) -> list[Problem]:
    """Every problem of the overlays of every language folder in `data_dir` (or of `langs`).
    The English files must be sound first: a DataError says what is wrong with them."""
    tables = _english_tables(data_dir, seed_path)
    codes = language_codes(data_dir) if langs is None else tuple(langs)
    return sorted(p for lang in codes for p in _overlays(data_dir, lang, tables)[1])


def load_dataset(
    data_dir: Path = DATA_DIR, seed_path: Path = SEED_PATH, *, lang: str = SOURCE_LANGUAGE
) -> Dataset:
    """Read, validate and return the dataset, or raise DataError listing every problem.
    In another language than English, every text is read from that language's overlays
    (`data_dir / lang`), checked too; the figures, ids and codes stay the English files'."""
    tables = _english_tables(data_dir, seed_path)
    if lang == SOURCE_LANGUAGE:
        return _build(tables)
    if lang == i18n.PSEUDO:
        texts, beside = languages.translated(tables, languages.pseudo_overlays(tables))
        return _build(texts, lang, beside)
    files, problems = _overlays(data_dir, lang, tables)
    if problems:
        raise DataError(problems)
    texts, beside = languages.translated(tables, files)
    return _build(texts, lang, beside)
