"""The column declarations (dashboard/data/schema.py), the model they fill and the words in vocab."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing

import pandas as pd
import pytest

from dashboard import vocab
from dashboard.data import (
    DATA_DIR,
    DATA_FILES,
    SCHEMAS,
    TABLES,
    Cause,
    Claim,
    Evidence,
    HealthCaution,
    NaturalCourse,
    Option,
    PainCourse,
    Quote,
    Source,
    WarningSign,
    schema,
)
from dashboard.data.schema import TABLE

MODEL_OF: dict[str, type] = {
    "options.csv": Option,
    "sources.csv": Source,
    "quotes.csv": Quote,
    "claims.csv": Claim,
    "causes.csv": Cause,
    "warning_signs.csv": WarningSign,
    "pain_course.csv": PainCourse,
    "natural_course.csv": NaturalCourse,
    "evidence.csv": Evidence,
    "health_cautions.csv": HealthCaution,
}
# Fields that do not come from a column of the row: the option's evidence rows, and the stage it is read for.
# local: a coach's pack; subacute: read for pain of 4 to 12 weeks.
NOT_FROM_COLUMNS = {"options.csv": {"evidence", "stage", "local", "subacute"}}


def test_every_file_is_declared_once_in_load_order() -> None:
    assert DATA_FILES == tuple(t.name for t in TABLES) == tuple(MODEL_OF)
    assert set(SCHEMAS) == set(DATA_FILES)
    for table in TABLES:
        assert len(set(table.column_names)) == len(table.columns), table.name
        assert list(SCHEMAS[table.name].columns) == list(table.column_names)


@pytest.mark.parametrize("name", DATA_FILES)
def test_declared_columns_are_the_model_fields(name: str) -> None:
    fields = [f.name for f in dataclasses.fields(MODEL_OF[name]) if f.init]
    wanted = [f for f in fields if f not in NOT_FROM_COLUMNS.get(name, set())]
    assert [c.field_name for c in TABLE[name].columns] == wanted


@pytest.mark.parametrize("name", DATA_FILES)
def test_a_column_of_fixed_words_fills_a_field_typed_with_the_same_words(name: str) -> None:
    hints = typing.get_type_hints(MODEL_OF[name])
    for column in TABLE[name].columns:
        if not column.kind.values:
            continue
        hint = hints[column.field_name]
        if typing.get_origin(hint) is tuple:  # tuple[Severity, ...]
            hint = typing.get_args(hint)[0]
        assert typing.get_origin(hint) is typing.Literal, (name, column.name)
        assert typing.get_args(hint) == column.kind.values, (name, column.name)


@pytest.mark.parametrize("name", DATA_FILES)
def test_the_bundled_files_keep_the_declared_column_order(name: str) -> None:
    header = pd.read_csv(DATA_DIR / name, nrows=0).columns
    assert list(header) == list(TABLE[name].column_names)


def test_a_row_converts_by_kind_and_keys_by_field() -> None:
    row = {c.name: "" for c in TABLE["options.csv"].columns} | {
        "is_medicine": "yes",
        "named_in_article": "no",
        "cost_low_usd": "2.5",
        "severities": "mild|severe",
        "source_ids": "ACP2017;FDA",
        "last_reviewed": "2026-11-27",
    }
    fields = TABLE["options.csv"].convert(row)
    assert fields["is_medicine"] is True and fields["named_in_article"] is False
    assert fields["cost_low_usd"] == 2.5 and fields["cost_high_usd"] is None
    assert fields["severities"] == ("mild", "severe")
    assert fields["base_source_ids"] == ("ACP2017", "FDA") and "source_ids" not in fields
    assert fields["last_reviewed"] == dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        (schema.text(), ["a"], ["", "  "]),
        (schema.slug(), ["stay_active", "q2"], ["Stay", "2q", "a-b", ""]),
        (schema.number_or_unknown(), ["", "0", "2.5"], ["-1", "cheap", "nan"]),
        (schema.source_list(required=True), ["A", "A;B_2"], ["", "A;", "A B"]),
        (schema.source_list(required=False), ["", "A;B"], [";"]),
        (schema.list_of(vocab.SEVERITIES), ["mild", "mild|severe"], ["", "mild|", "Mild"]),
        (schema.whole("x", minimum=1), ["1", "12"], ["0", "1.0", "-1", ""]),
        (schema.date(), ["2026-11-27"], ["2026-13-01", "last week"]),
        (schema.year(), ["1999", "2017"], ["17", "2017a"]),
        (schema.web_address(), ["https://a.org/x"], ["a.org", "https://a b"]),
        (schema.template("value", "out_of"), ["{value} in {out_of}"], ["{value} in 100"]),
    ],
)
def test_kinds_accept_and_reject(kind: schema.Kind, good: list[str], bad: list[str]) -> None:
    assert kind.ok is not None
    assert [x for x in good if not kind.ok(x)] == []
    assert [x for x in bad if kind.ok(x)] == []


def test_a_note_may_be_empty_and_loses_its_outer_spaces() -> None:
    kind = schema.note()
    assert kind.ok is None
    assert kind.convert("  Ten days at most. ") == "Ten days at most."


# ------------------------------------------------------------------ vocab

LITERALS = {
    "SEVERITIES": vocab.Severity,
    "DURATIONS": vocab.Duration,
    "DOCTOR_NEEDED": vocab.DoctorNeeded,
    "CATEGORIES": vocab.Category,
    "YES_NO": vocab.YesNo,
    "VERDICTS": vocab.Verdict,
    "CLAIM_VERDICTS": vocab.ClaimVerdict,
    "CONFIDENCE": vocab.Confidence,
    "HARM_LEVELS": vocab.HarmLevel,
    "EFFECT_SIZES": vocab.EffectSize,
    "EVIDENCE_QUALITY": vocab.EvidenceQuality,
    "WARNING_LEVELS": vocab.WarningLevel,
    "QUOTE_ROLES": vocab.QuoteRole,
    "GENERAL_TOPICS": vocab.GeneralTopic,
    "STAGES": vocab.Stage,
    "COST_UNITS": vocab.CostUnit,
    "HEALTH_CONDITIONS": vocab.HealthCondition,
}


@pytest.mark.parametrize("name", LITERALS)
def test_each_tuple_of_words_is_its_literal_type(name: str) -> None:
    assert getattr(vocab, name) == typing.get_args(LITERALS[name])


@pytest.mark.parametrize(
    ("labels", "words"),
    [
        (vocab.SEVERITY_LABELS, vocab.SEVERITIES),
        (vocab.DURATION_LABELS, vocab.DURATIONS),
        (vocab.DOCTOR_LABELS, vocab.DOCTOR_NEEDED),
        (vocab.CATEGORY_LABELS, vocab.CATEGORIES),
        (vocab.VERDICT_LABELS, vocab.VERDICTS),
        (vocab.CLAIM_VERDICT_LABELS, vocab.CLAIM_VERDICTS),
        (vocab.CONFIDENCE_LABELS, vocab.CONFIDENCE),
        (vocab.EVIDENCE_LABELS, vocab.EVIDENCE_QUALITY),
        (vocab.WARNING_LEVEL_LABELS, vocab.WARNING_LEVELS),
        (vocab.STAGE_LABELS, vocab.STAGES),
        (vocab.STAGE_SHORT, vocab.STAGES),
        (vocab.COST_UNIT_WORDS, vocab.COST_UNITS),
        (vocab.HEALTH_LABELS, vocab.HEALTH_CONDITIONS),
        (vocab.GROUP_HEADINGS, vocab.VERDICTS),
        (vocab.STAGE_OF_DURATION, vocab.DURATIONS),
    ],
)
def test_every_word_has_its_label(labels: dict[str, str], words: tuple[str, ...]) -> None:
    assert set(labels) == set(words)


def test_orders_and_subsets_use_only_known_words() -> None:
    assert sorted(vocab.VERDICT_ORDER) == sorted(vocab.VERDICTS)
    assert set(vocab.LOW_CONFIDENCE) <= set(vocab.CONFIDENCE)
    assert set(vocab.STAGE_OF_DURATION.values()) == set(vocab.STAGES)
