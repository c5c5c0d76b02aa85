"""The data's texts in other languages: the overlays in data/<lang>/ and what loading them gives.

An overlay holds only each row's key and its texts. The rules check it against its English
file (same rows, texts where the English has text, the same numbers and {slots}, no figure,
id or code column); the Spanish dataset then has the English figures with Spanish words.
"""

from __future__ import annotations

import csv
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from dashboard import scoring
from dashboard.data import (
    DATA_DIR,
    DATA_FILES,
    OVERLAYS,
    TABLES,
    DataError,
    Dataset,
    language_codes,
    language_problems,
    load_dataset,
)
from dashboard.data.kinds import note, text
from tests.conftest import FIXTURE_DATA, read_rows, write_rows

# Texts that stay as published in every language (citations are never translated).
NOT_TRANSLATED = {("sources.csv", "citation")}


def problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir, lang="es")
    return [str(p) for p in caught.value.problems]


def line_of(path: Path, column: str, value: str) -> int:
    _, rows = read_rows(path)
    return next(i + 2 for i, r in enumerate(rows) if r[column] == value)


def edit_overlay(data_dir: Path, name: str, key: str, column: str, value: str) -> int:
    """Change one cell of es/<name> in the row whose first key column is `key` (its first
    such row); returns the row's line."""
    path = data_dir / "es" / name
    columns, rows = read_rows(path)
    first = OVERLAYS[name].keys[0]
    hit = next(r for r in rows if r[first] == key)
    hit[column] = value
    write_rows(path, columns, rows)
    return line_of(path, first, key)


@pytest.fixture(scope="module")
def es() -> Dataset:
    return load_dataset(lang="es")


@pytest.fixture(scope="module")
def en() -> Dataset:
    return load_dataset()


# ------------------------------------------------------------ the overlays are complete


@pytest.mark.parametrize("data_dir", [DATA_DIR, FIXTURE_DATA], ids=["data", "fixture"])
def test_every_language_folder_is_complete(data_dir: Path) -> None:
    assert "es" in language_codes(data_dir)
    assert language_problems(data_dir) == []
    assert {p.name for p in (data_dir / "es").iterdir()} == set(OVERLAYS)


def test_the_fixture_loads_in_spanish_with_the_fixture_rows() -> None:
    spanish, english = load_dataset(FIXTURE_DATA, lang="es"), load_dataset(FIXTURE_DATA)
    assert spanish.option_ids == english.option_ids
    assert [o.name for o in spanish.options] != [o.name for o in english.options]


def test_every_text_column_has_an_overlay_and_no_figure_does() -> None:
    """Each free-text column of every file (not a citation) is translated; nothing else is."""
    free_text = {text().rule, note().rule}
    texts = {
        (t.name, c.name)
        for t in TABLES
        for c in t.columns
        if c.kind.rule in free_text or c.kind.rule.startswith("must contain {")
    }
    overlaid = {(name, column) for name, overlay in OVERLAYS.items() for column in overlay.texts}
    assert overlaid == texts - NOT_TRANSLATED
    for name, overlay in OVERLAYS.items():
        assert name in DATA_FILES
        table = next(t for t in TABLES if t.name == name)
        assert set(overlay.keys) <= set(table.column_names), name


def test_pain_course_and_sources_have_no_overlay(repo_root: Path) -> None:
    # pain_course.csv is all figures and codes; sources.csv's citations stay as published.
    assert not (repo_root / "data" / "es" / "pain_course.csv").exists()
    assert not (repo_root / "data" / "es" / "sources.csv").exists()


# ---------------------------------------------------------------- broken overlays


def test_a_missing_row_is_named(data_copy: Path) -> None:
    path = data_copy / "es" / "options.csv"
    columns, rows = read_rows(path)
    write_rows(path, columns, [r for r in rows if r["id"] != "heat"])
    assert problems(data_copy) == [
        "es/options.csv:0 id — row of options.csv is missing its translation (heat)"
    ]


def test_an_extra_row_is_named(data_copy: Path) -> None:
    path = data_copy / "es" / "warning_signs.csv"
    columns, rows = read_rows(path)
    write_rows(path, columns, [*rows, {**rows[0], "id": "no_such_sign"}])
    line = len(rows) + 2
    assert problems(data_copy) == [
        f"es/warning_signs.csv:{line} id — is not a row of warning_signs.csv (no_such_sign)"
    ]


def test_a_repeated_row_is_named(data_copy: Path) -> None:
    path = data_copy / "es" / "evidence.csv"
    columns, rows = read_rows(path)
    write_rows(path, columns, [*rows, rows[0]])
    key = f"{rows[0]['option_id']},{rows[0]['stage']}"
    assert problems(data_copy) == [
        f"es/evidence.csv:{len(rows) + 2} option_id,stage — must be unique ({key})"
    ]


def test_an_empty_cell_is_named(data_copy: Path) -> None:
    line = edit_overlay(data_copy, "options.csv", "heat", "summary", " ")
    assert problems(data_copy) == [
        f"es/options.csv:{line} summary — must not be empty (the English has text)"
    ]


def test_a_text_where_the_english_has_none_is_named(data_copy: Path) -> None:
    line = edit_overlay(data_copy, "options.csv", "massage", "if_owned", "Gratis.")
    assert problems(data_copy) == [f"es/options.csv:{line} if_owned — must be empty, as in English (Gratis.)"]


def test_a_changed_number_is_named(data_copy: Path) -> None:
    path = data_copy / "es" / "evidence.csv"
    columns, rows = read_rows(path)
    row = next(r for r in rows if (r["option_id"], r["stage"]) == ("heat", "new"))
    row["caveat"] = row["caveat"].replace("7 días", "8 días")
    write_rows(path, columns, rows)
    line = 2 + rows.index(row)
    assert problems(data_copy) == [
        f"es/evidence.csv:{line} caveat — must have the same numbers as the English (English 7; here 8)"
    ]


def test_a_number_left_out_or_added_is_named(data_copy: Path) -> None:
    line = edit_overlay(data_copy, "warning_signs.csv", "preg_fever", "what_to_do", "Llame a su médico hoy.")
    added = edit_overlay(data_copy, "claims.csv", "medicine_first", "claim", "Lo primero son 2 medicamentos.")
    assert problems(data_copy) == [
        f"es/claims.csv:{added} claim — must have the same numbers as the English (English none; here 2)",
        f"es/warning_signs.csv:{line} what_to_do — must have the same numbers as the English "
        "(English 911; here none)",
    ]


def test_a_lost_slot_is_named(data_copy: Path) -> None:
    line = edit_overlay(
        data_copy, "natural_course.csv", "pain_start", "statement", "Al inicio: {value} de 100."
    )
    assert problems(data_copy) == [
        f"es/natural_course.csv:{line} statement — must have the same numbers as the English "
        "(English none; here 100)",
        f"es/natural_course.csv:{line} statement — must have the same {{slots}} as the English ({{value}})",
    ]


def test_an_extra_figure_column_is_named(data_copy: Path) -> None:
    path = data_copy / "es" / "options.csv"
    columns, rows = read_rows(path)
    write_rows(path, [*columns, "cost_low_usd"], [{**r, "cost_low_usd": "1"} for r in rows])
    assert problems(data_copy) == [
        "es/options.csv:1 cost_low_usd — is not a text to translate (an overlay holds no figure, id or code)"
    ]


def test_a_missing_text_column_is_named(data_copy: Path) -> None:
    path = data_copy / "es" / "causes.csv"
    columns, rows = read_rows(path)
    kept = [c for c in columns if c != "what_helps"]
    write_rows(path, kept, [{c: r[c] for c in kept} for r in rows])
    assert problems(data_copy) == ["es/causes.csv:1 what_helps — required column is missing"]


def test_a_missing_overlay_file_is_named(data_copy: Path) -> None:
    (data_copy / "es" / "quotes.csv").unlink()
    assert problems(data_copy) == ["es/quotes.csv:0 — file is missing"]


def test_a_main_harm_not_copied_from_the_harms_is_named(data_copy: Path) -> None:
    line = edit_overlay(data_copy, "options.csv", "opioid", "main_harm", "Es peligroso.")
    assert problems(data_copy) == [
        f"es/options.csv:{line} main_harm — each sentence must be copied from harms (Es peligroso.)"
    ]


def test_language_problems_reads_every_language_folder(data_copy: Path) -> None:
    # "qz" is no language's code, so this still holds once a third language is added.
    (data_copy / "qz").mkdir()
    found = [str(p) for p in language_problems(data_copy)]
    assert found == sorted(f"qz/{name}:0 — file is missing" for name in OVERLAYS)
    assert language_problems(data_copy, langs=["es"]) == []


def test_english_never_reads_the_overlays(data_copy: Path) -> None:
    (data_copy / "es" / "options.csv").unlink()
    assert load_dataset(data_copy) == load_dataset()


# ------------------------------------------------------------- the Spanish dataset


def test_english_is_unchanged(en: Dataset) -> None:
    assert load_dataset(lang="en") == en
    assert all(q.translation is None for q in en.quotes)


def _with_english_texts(spanish: Any, english: Any, names: tuple[str, ...]) -> Any:
    return replace(spanish, **{n: getattr(english, n) for n in names})


def test_spanish_has_the_english_figures_ids_and_codes(en: Dataset, es: Dataset) -> None:
    """Put the English texts back into the Spanish objects, and they equal the English ones:
    only the texts differ."""
    assert es.option_ids == en.option_ids
    option_texts = OVERLAYS["options.csv"].texts
    evidence_texts = OVERLAYS["evidence.csv"].texts
    for s, e in zip(es.options, en.options, strict=True):
        evidence = tuple(
            _with_english_texts(a, b, evidence_texts) for a, b in zip(s.evidence, e.evidence, strict=True)
        )
        assert replace(_with_english_texts(s, e, option_texts), evidence=evidence) == e
    pairs = {
        "claims.csv": (es.claims, en.claims),
        "causes.csv": (es.causes, en.causes),
        "warning_signs.csv": (es.warning_signs, en.warning_signs),
        "natural_course.csv": (es.natural_course, en.natural_course),
        "health_cautions.csv": (es.cautions, en.cautions),
    }
    for name, (spanish, english) in pairs.items():
        texts = OVERLAYS[name].texts
        assert [_with_english_texts(a, b, texts) for a, b in zip(spanish, english, strict=True)] == list(
            english
        ), name
    assert es.sources == en.sources and es.pain_course == en.pain_course and es.article == en.article


def test_spanish_has_the_same_costs_hours_and_scores(en: Dataset, es: Dataset) -> None:
    for duration in ("acute", "subacute", "chronic"):
        for s, e in zip(es.for_duration(duration).options, en.for_duration(duration).options, strict=True):
            assert (s.total_cost_low, s.total_cost_high) == (e.total_cost_low, e.total_cost_high)
            assert (s.onset_hours_low, s.onset_hours_high, s.lasts_hours_high) == (
                e.onset_hours_low,
                e.onset_hours_high,
                e.lasts_hours_high,
            )
            assert scoring.profile(s) == scoring.profile(e)


def test_every_text_is_in_spanish(en: Dataset, es: Dataset) -> None:
    for s, e in zip(es.options, en.options, strict=True):
        for name in OVERLAYS["options.csv"].texts:
            english = getattr(e, name)
            assert (getattr(s, name) != english) or english == "", (s.id, name)
    assert es.option("acetaminophen").name == "Acetaminofén (Tylenol)"
    assert es.option("otc_nsaid").name == "Ibuprofeno o naproxeno (de venta libre)"
    assert es.natural_course[0].text.startswith("Cerca de 84 de cada 100 personas")


def test_quotes_keep_the_article_words_with_our_translation(en: Dataset, es: Dataset) -> None:
    assert [q.text for q in es.quotes] == [q.text for q in en.quotes]
    for quote in es.quotes:
        assert quote.translation and quote.translation != quote.text
        assert quote.text in es.article.paragraph(quote.paragraph)
    assert (
        es.quote("q_title").translation
        == "¿Cómo se deletrea alivio? Terapia de masaje para el dolor de espalda"
    )


def test_a_prescription_forms_caution_is_said_in_spanish(en: Dataset, es: Dataset) -> None:
    spanish = {(c.option_id, c.condition): c.reason for c in es.cautions}
    english = {(c.option_id, c.condition): c.reason for c in en.cautions}
    assert spanish.keys() == english.keys()
    derived = spanish["rx_anti_inflammatory", "kidney"]
    assert derived == (
        "Es el mismo tipo de medicamento que Ibuprofeno o naproxeno (de venta libre). "
        + spanish["otc_nsaid", "kidney"]
    )
    assert english["rx_anti_inflammatory", "kidney"].startswith("It is the same kind of medicine as")


def test_overlays_are_utf8_csv_with_keys_first(repo_root: Path) -> None:
    for name, overlay in OVERLAYS.items():
        with (repo_root / "data" / "es" / name).open(newline="", encoding="utf-8") as f:
            header = next(csv.reader(f))
        assert tuple(header) == overlay.columns, name


def test_the_model_fields_the_overlays_fill_exist() -> None:
    from dashboard.data import (
        Cause,
        Claim,
        Evidence,
        HealthCaution,
        NaturalCourse,
        Option,
        Quote,
        WarningSign,
    )

    models = {
        "options.csv": Option,
        "evidence.csv": Evidence,
        "quotes.csv": Quote,
        "claims.csv": Claim,
        "causes.csv": Cause,
        "warning_signs.csv": WarningSign,
        "natural_course.csv": NaturalCourse,
        "health_cautions.csv": HealthCaution,
    }
    for name, overlay in OVERLAYS.items():
        names = {f.name for f in fields(models[name])}
        assert set(overlay.texts) <= names, name
    assert "translation" in {f.name for f in fields(Quote)}
