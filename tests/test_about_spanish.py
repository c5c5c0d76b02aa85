"""About's reading table in both languages: the Spanish text is measured with textstat's
Spanish rules (Fernández-Huerta) on an instance of its own, so measuring it never changes an
English figure, and textstat's module-level functions stay English for every session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pandas as pd
import pytest
import textstat
from textstat.textstat import textstat as shared
from textstat.textstat import textstatistics

from dashboard import about, i18n, readability
from dashboard.data import Dataset

ENGLISH_COLUMNS = ["Text", "Grade", "Goal met"]
SPANISH = "Spanish score (Fernández-Huerta)"
SAMPLE = "Staying active helps most people. Heat can ease the pain for a short time."


def global_lang() -> str:
    """The language of the instance behind textstat's module-level functions."""
    return str(shared._textstatistics__lang)  # textstat keeps it private


@pytest.fixture
def spanish() -> Iterator[None]:
    """The Spanish catalogue is there, as a run in Spanish sees it."""
    assert "es" in i18n.LANGUAGES
    yield


def english_figures(ds: Dataset) -> tuple[pd.DataFrame, float, float]:
    with i18n.using(i18n.SOURCE):
        table = about.grade_table(ds)[ENGLISH_COLUMNS]
        texts = about.page_texts(ds)
    return table, readability.grade(texts), float(textstat.flesch_reading_ease(SAMPLE))


def test_the_about_pages_spanish_text_is_measured_with_the_spanish_rules(spanish: None, ds: Dataset) -> None:
    english = readability.said_in(i18n.SOURCE, lambda: about.page_texts(ds))
    texts = readability.said_in("es", lambda: about.page_texts(ds))
    assert texts != english and about.TRANSLATION not in texts  # the page's words are in Spanish
    body = " ".join(t.strip() for t in texts if t.strip())
    # Fernández-Huerta by the Spanish rules: Spanish syllables, no rounding of the parts.
    rules = textstatistics()
    rules.set_lang("es")
    rules.set_rounding(False)
    words, sentences = rules.lexicon_count(body), rules.sentence_count(body)
    expected = 206.84 - 60 * rules.syllable_count(body) / words - 1.02 * words / sentences
    assert readability.ease(texts) == pytest.approx(expected)
    assert readability.ease(texts) >= readability.MIN_EASE, readability.sentence_eases(texts)[:3]
    assert global_lang() == "en_US"


def test_measuring_spanish_never_changes_an_english_figure(spanish: None, ds: Dataset) -> None:
    before = english_figures(ds)
    assert global_lang() == "en_US"
    texts = readability.said_in("es", lambda: about.page_texts(ds))
    readability.ease(texts)
    readability.sentence_eases(texts)
    with i18n.using("es"):
        about.grade_table(ds)  # the whole table, in a Spanish run
    after = english_figures(ds)
    pd.testing.assert_frame_equal(before[0], after[0])
    assert before[1:] == after[1:]
    assert global_lang() == "en_US"  # textstat's own functions still read English


def test_the_table_gives_each_row_in_both_languages(spanish: None, ds: Dataset) -> None:
    table = about.grade_table(ds)
    assert list(table.columns) == [*ENGLISH_COLUMNS, SPANISH, "Spanish goal met"]
    row = table[table["Text"] == "This page (Sources and method)"].iloc[0]
    english = readability.said_in(i18n.SOURCE, lambda: about.page_texts(ds))
    texts = readability.said_in("es", lambda: about.page_texts(ds))
    assert row["Grade"] == f"{readability.grade(english):.1f}"
    assert row[SPANISH] == f"{readability.ease(texts):.1f}"
    assert row["Spanish goal met"] == "Yes"
    # A Spanish run shows the same figures, in Spanish words.
    with i18n.using("es"):
        shown = about.grade_table(ds)
    assert list(shown.iloc[:, 1]) == list(table["Grade"])
    assert list(shown.iloc[:, 3]) == list(table[SPANISH])
    assert "Text" not in shown.columns


def test_the_datas_spanish_figures_come_from_the_spanish_data(ds: Dataset) -> None:
    words = "Es fácil. Le ayuda a moverse."
    es = replace(ds, options=tuple(replace(o, summary=words) for o in ds.options))
    rows = {r.name: r for r in readability.measured_groups(ds, es)}
    summaries = rows["Option summaries"]
    assert summaries.grade == readability.grade([o.summary for o in ds.options])
    assert summaries.ease == readability.ease([words] * len(ds.options))


def test_the_table_works_before_any_spanish_lands(monkeypatch: pytest.MonkeyPatch, ds: Dataset) -> None:
    monkeypatch.setattr(i18n, "LANGUAGES", (i18n.SOURCE,))  # no Spanish catalogue yet
    table = about.grade_table(ds)
    row = table[table["Text"] == "This page (Sources and method)"].iloc[0]
    english = about.page_texts(ds)
    assert row[SPANISH] == f"{readability.ease(english):.1f}"  # measured on what a run would show
    assert global_lang() == "en_US"
