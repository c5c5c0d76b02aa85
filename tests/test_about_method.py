"""About's "who makes this and how": who maintains it, that it is not yet tested with people,
how the evidence was found (dates read from the data, never typed), and the plan in
docs/development.md."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import pytest

from dashboard import about, readability, vocab
from dashboard.data import DATA_FILES, Dataset


def reviewed_on(ds: Dataset, *days: dt.date) -> Dataset:
    """The dataset with its options' last-reviewed dates set to these days, in turn."""
    options = tuple(replace(o, last_reviewed=days[i % len(days)]) for i, o in enumerate(ds.options))
    return replace(ds, options=options)


def test_us_date() -> None:
    assert about.us_date(dt.date(2026, 12, 7)) == "December 7, 2026"
    assert about.us_date(dt.date(2027, 1, 15)) == "January 15, 2027"


def test_how_found_says_the_datas_last_review_date_read_from_the_data(ds: Dataset) -> None:
    text = about.how_found(ds)
    assert f"The data was last reviewed on {about.us_date(ds.last_reviewed)}." in text
    # A made-up date in the data shows up: the date is read, not typed.
    made_up = reviewed_on(ds, dt.date(2031, 3, 4))
    assert "The data was last reviewed on March 4, 2031." in about.how_found(made_up)
    assert "We last checked each option's facts on March 4, 2031." in about.how_found(made_up)
    spread = reviewed_on(ds, dt.date(2030, 1, 2), dt.date(2031, 3, 4))
    assert "between January 2, 2030 and March 4, 2031" in about.how_found(spread)


def test_how_found_says_where_when_and_what_we_let_in(ds: Dataset) -> None:
    text = about.how_found(ds)
    for part in ("**Where we looked.**", "**When.**", "**What we let in.**"):
        assert part in text
    assert "ACP 2017" in text and "NICE" in text and "NG59" in text
    assert "Cochrane" in text and "FDA" in text and "published prices" in text
    assert "not a full search" in text  # it does not claim a systematic review
    years = [s.year for s in ds.sources.values()]
    assert f"Our {len(ds.sources)} sources are from {min(years)} to {max(years)}." in text
    # The kinds that may feed a score are the ones the data check allows, and no others.
    listed = text.split("kinds of source: ", 1)[1].split(". ", 1)[0]
    for kind in vocab.SOURCE_KINDS:
        assert (about.KIND_LABELS[kind] in listed) == (kind in vocab.SCORE_SOURCE_KINDS), kind
    assert f"at most {vocab.MAX_PRICE_AGE_YEARS} years older" in text
    assert "V, S, W or U" in text


def test_kind_labels_cover_every_kind_of_source() -> None:
    assert set(about.KIND_LABELS) == set(vocab.SOURCE_KINDS)


def test_source_kinds_table_counts_every_source_and_marks_what_can_feed_a_score(ds: Dataset) -> None:
    table = about.source_kinds_table(ds)
    assert table["Sources"].sum() == len(ds.sources)
    for row in table.itertuples():
        kind = next(k for k, label in about.KIND_LABELS.items() if label[0].upper() + label[1:] == row[1])
        assert row[3] == ("Yes" if kind in vocab.SCORE_SOURCE_KINDS else "No")


def test_the_disagreement_rule_is_said_once() -> None:
    # It lives in DISAGREEMENT_RULE, shown under "How we found the evidence", not in HOW_CHOSEN too.
    assert "disagree" in about.DISAGREEMENT_RULE
    assert "disagree" not in about.HOW_CHOSEN
    assert "disagree" not in about.GUIDELINES_DIFFER


def test_who_makes_it_names_no_person_and_says_no_clinician_has_reviewed_it() -> None:
    text = about.MAINTAINERS
    assert "Relief Explorer project" in text and "open-source" in text and "MIT license" in text
    assert "has reviewed this aid yet" in text
    # No invented person or credentials: no title, and no capitalised name but the project's.
    assert not re.search(r"\b(Dr|MD|PhD|RN|PT)\b", text)


def test_the_license_named_on_about_is_the_projects(repo_root: Path) -> None:
    pyproject = (repo_root / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject and 'name = "relief-explorer"' in pyproject


def test_not_tested_says_so_and_points_to_the_plan(repo_root: Path) -> None:
    assert "not yet tested" in about.NOT_TESTED
    assert "coaches" in about.NOT_TESTED and "doctors" in about.NOT_TESTED
    assert "docs/development.md" in about.NOT_TESTED
    assert (repo_root / "docs" / "development.md").is_file()
    plan = about.TEST_PLAN
    assert "5 to 8 people with back pain" in plan and "3 to 5 coaches" in plan
    assert "We keep nothing on a server" in plan


@pytest.fixture(scope="module")
def development(repo_root: Path) -> str:
    return (repo_root / "docs" / "development.md").read_text(encoding="utf-8")


def test_the_development_plan_covers_what_ipdas_asks(development: str) -> None:
    for part in (
        "5 to 8 people with back pain",
        "at least 2 with low health literacy",
        "3 to 5 wellness coaches",
        "2 clinicians",
        "Find options",
        "Read a card",
        "Pick one",
        "Check in",
        "Read the handout",
        "SUS",
        "knowledge check",
        "SURE",
        "terms of use",
        "Time to a choice",
        "What counts as done",
        "Where the findings are published",
    ):
        assert part in development, part
    assert "J Physiother 2019;65(3):124–135" in development


def test_the_development_plan_lists_every_data_file_for_review(development: str) -> None:
    for name in DATA_FILES:
        assert f"| `data/{name}` | not yet | not yet |" in development, name


def test_the_development_plan_stores_nothing_on_a_server(development: str) -> None:
    assert "only on the person's own device" in development
    assert "nothing is stored on a server" in development.lower()


def test_the_readme_points_to_the_development_plan(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    assert "[docs/development.md](docs/development.md)" in readme


def test_about_new_texts_are_plain(ds: Dataset) -> None:
    for text in (
        about.MAINTAINERS,
        about.NOT_TESTED,
        about.TEST_PLAN,
        about.how_found(ds),
        about.GUIDELINES_DIFFER + " " + about.DISAGREEMENT_RULE,
        about.HOW_CHOSEN,
    ):
        grade = readability.grade([text])
        assert grade <= readability.MAX_GRADE, (grade, readability.sentence_grades([text])[:2])


def test_the_grade_table_counts_this_pages_own_words(ds: Dataset) -> None:
    table = about.grade_table(ds)
    row = table[table["Text"] == "This page (Sources and method)"]
    assert len(row) == 1
    assert row["Grade"].iloc[0] == f"{readability.grade(about.page_texts(ds)):.1f}"
    assert all(len(g.split(".")[1]) == 1 for g in table["Grade"])  # one decimal, as people read it
    assert row["Goal met"].iloc[0] == "Yes"
    texts = about.page_texts(ds)
    for text in (about.MAINTAINERS, about.NOT_TESTED, about.TEST_PLAN, about.how_found(ds)):
        assert text in texts
