"""Load and validate the dataset in `data/` and the article in `seeds/`.

- `model`: the frozen dataclasses the rest of the app reads (Option, Dataset, ...).
- `schema`: each file's columns, declared once; the pandera schemas come from them.
- `rules`: the rules across files, one small function each (every source id exists,
  every quote is verbatim in the article, ...). They run after the schemas.
- `load`: reading, checking and building; `load_dataset` is the one way in
  (`load_dataset(lang="es")` for the data's texts in Spanish).
- `languages`: the overlays that hold the data's texts in other languages (`data/es/`),
  and the rules that check them against the English files.

All problems are collected and reported together as ``file:row column — rule (value)``,
where *row* is the line number in the file (the header is line 1).
"""

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
from dashboard.data.languages import OVERLAYS, SOURCE_LANGUAGE, Overlay
from dashboard.data.load import (
    DATA_DIR,
    ROOT,
    SEED_PATH,
    language_codes,
    language_problems,
    load_dataset,
    read_article,
)
from dashboard.data.model import Evidence, HealthCaution, Local, LocalService, Option
from dashboard.data.problems import DataError, Problem
from dashboard.data.rules import RULES
from dashboard.data.schema import DATA_FILES, SCHEMAS, TABLES, Column, Kind, Table
from dashboard.data.tables import Tables

__all__ = [
    "DATA_DIR",
    "DATA_FILES",
    "OVERLAYS",
    "ROOT",
    "RULES",
    "SCHEMAS",
    "SEED_PATH",
    "SOURCE_LANGUAGE",
    "TABLES",
    "Article",
    "Cause",
    "Claim",
    "Column",
    "DataError",
    "Dataset",
    "Evidence",
    "HealthCaution",
    "Kind",
    "Local",
    "LocalService",
    "NaturalCourse",
    "Option",
    "Overlay",
    "PainCourse",
    "Problem",
    "Quote",
    "Source",
    "Table",
    "Tables",
    "WarningSign",
    "language_codes",
    "language_problems",
    "load_dataset",
    "read_article",
]
