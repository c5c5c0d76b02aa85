"""About page content: data dictionary, readability, sources."""

from __future__ import annotations

from pathlib import Path

from dashboard import about, pack, readability, vocab
from dashboard.data import DATA_FILES, SCHEMAS, TABLES, Dataset
from dashboard.dictionary import COLUMNS, FILE_PURPOSE


def test_dictionary_covers_exactly_the_schema_columns() -> None:
    assert set(COLUMNS) == set(DATA_FILES) == set(FILE_PURPOSE)
    for name in DATA_FILES:
        assert list(COLUMNS[name]) == list(SCHEMAS[name].columns), name


def test_dictionary_is_read_from_the_column_declarations() -> None:
    for table in TABLES:
        assert FILE_PURPOSE[table.name] == table.purpose
        assert COLUMNS[table.name] == {c.name: c.means for c in table.columns}
        assert all(c.means.strip().endswith(".") for c in table.columns), table.name


def test_dictionary_is_plain() -> None:
    texts = list(FILE_PURPOSE.values()) + [m for columns in COLUMNS.values() for m in columns.values()]
    grade = readability.grade(texts)
    assert grade <= readability.MAX_GRADE, readability.sentence_grades(texts)[:3]


def test_sources_table_lists_every_source(ds: Dataset) -> None:
    table = about.sources_table(ds)
    assert len(table) == len(ds.sources)
    assert set(table["Id"]) == set(ds.sources)


def test_reading_grade_of_our_text_is_8_or_lower(ds: Dataset) -> None:
    too_hard = {}
    for name, texts in readability.field_groups(ds).items():
        grade = readability.grade(texts)
        if grade > readability.MAX_GRADE:
            too_hard[name] = (grade, readability.sentence_grades(texts)[:3])
    assert not too_hard, f"Above grade {readability.MAX_GRADE}: {too_hard}"


def test_about_texts_are_plain() -> None:
    texts = [
        about.PURPOSE,
        about.DISCLAIMER,
        about.HOW_CHOSEN,
        about.HOW_SCORED,
        about.UPDATE_POLICY,
        about.FUNDING,
    ]
    grade = readability.grade(texts)
    assert grade <= readability.MAX_GRADE, readability.sentence_grades(texts)[:3]


def test_the_readme_documents_the_pack_file_and_its_limits(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    for column in pack.PACK_TABLE.columns:
        assert f"| `{column.name}` | {column.means} |" in readme, column.name
    assert f"at most {pack.MAX_ROWS} rows and {pack.MAX_FILE_BYTES:,} bytes a file" in readme
    assert (
        f"up to {pack.LINK_LIMIT:,}\ncharacters" in readme
        or f"up to {pack.LINK_LIMIT:,} characters" in readme
    )
    assert f"prices from 0 to {pack.MAX_PRICE:,} dollars" in readme


def test_the_about_page_states_the_check_in_and_score_rules_the_code_uses() -> None:
    from dashboard import progress as checkin
    from dashboard import scoring

    rules = about.CHECKIN_RULES
    assert f"{checkin.WORSE_BY} or more points higher" in rules
    assert f"{checkin.VERY_BAD} out of 10 or more" in rules
    assert f"{checkin.LESS_ABLE_BY} or more points less" in rules
    assert "two check-ins in a row" in rules and "call 911" in rules
    assert f"in the last {checkin.RECENT.days} days" in rules
    assert "from 0 to 5" in about.HOW_SCORED and "equal (=)" in about.HOW_SCORED
    assert "equal (=)" in scoring.UNKNOWN_RULE
    assert f"at most {vocab.MAX_PRICE_AGE_YEARS} years old" in about.HOW_SCORED
