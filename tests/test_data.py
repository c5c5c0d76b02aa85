"""Loading and validating the bundled data, and the messages bad data produces."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard import about, vocab
from dashboard.data import (
    DATA_DIR,
    DATA_FILES,
    ROOT,
    SEED_PATH,
    DataError,
    Dataset,
    load_dataset,
    read_article,
)
from tests.conftest import EditCell, line_of, read_rows, write_rows

BRIEF_IDS = {
    "stay_active",
    "heat",
    "acetaminophen",
    "aspirin",
    "otc_nsaid",
    "rx_anti_inflammatory",
    "muscle_relaxant",
    "opioid",
    "massage",
    "water_therapy",
    "exercise",
}


def problems(data_dir: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_dataset(data_dir)
    return [str(p) for p in caught.value.problems]


# ------------------------------------------------------------- the real data


def test_paths_point_into_the_repository() -> None:
    repo = Path(__file__).resolve().parents[1]
    assert repo == ROOT
    assert repo / "data" == DATA_DIR and DATA_DIR.is_dir()
    assert SEED_PATH.is_file() and SEED_PATH.parent == repo / "seeds"


def test_the_article_is_its_non_blank_lines(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text("  Title \n\nFirst paragraph.\n   \nSecond.\n", encoding="utf-8")
    article = read_article(seed)
    assert article.paragraphs == ("Title", "First paragraph.", "Second.")
    assert (article.title, article.paragraph(3)) == ("Title", "Second.")


# The options ACP 2017 and NICE NG59 name that the brief's eleven leave out (issue "Every option
# the guidelines name"); the brief's own eleven must stay.
GUIDELINE_IDS = {"yoga_tai_chi", "spinal_manipulation", "acupuncture", "talking_therapy", "team_rehab"}


def test_bundled_data_holds_the_eleven_brief_options_and_the_guideline_options(ds: Dataset) -> None:
    assert set(ds.option_ids) >= BRIEF_IDS
    assert set(ds.option_ids) == BRIEF_IDS | GUIDELINE_IDS


def test_every_option_says_whether_the_article_names_it(ds: Dataset) -> None:
    named = {o.id for o in ds.options if o.named_in_article}
    assert named == {
        "acetaminophen",
        "aspirin",
        "rx_anti_inflammatory",
        "muscle_relaxant",
        "opioid",
        "massage",
        "water_therapy",
    }


def test_stay_active_is_scored_on_its_own_trials_not_the_natural_course(ds: Dataset) -> None:
    """Content review 2, M7: the natural course is what usually happens with any care, so it
    is shown beside every option, never as the benefit or lasting effect of one."""
    for duration in ("acute", "chronic"):
        option = ds.for_duration(duration).option("stay_active")
        assert option.lasts_hours_high is None
        assert not {"MENEZES2012", "PACE2014"} & set(option.ev.effect_source_ids + option.ev.lasts_source_ids)
        assert "84 in 100" not in option.lasts_text + option.benefits
    assert ds.option("stay_active").ev.effect_source_ids == ("COCHRANE_BEDREST2010",)
    assert "bed" in ds.option("stay_active").benefits
    facts = {n.id: n for n in ds.natural_course}
    assert (facts["recovered_12_weeks"].value, facts["recovered_12_weeks"].out_of) == (84, 100)
    assert facts["recovered_12_weeks"].source_ids == ("PACE2014",)


def test_unknown_figures_stay_unknown(ds: Dataset) -> None:
    # No price we trust for aspirin or the prescription medicines; no onset for aspirin.
    assert ds.option("aspirin").cost_high_usd is None
    assert ds.option("aspirin").cost_confidence == "U"
    assert ds.option("aspirin").onset_hours_low is None
    assert ds.option("opioid").cost_high_usd is None
    # The visit is known, so the medicine is shown apart from it, not folded into one figure.
    assert ds.option("opioid").visit_cost_low_usd == 138


# ---------------------------------------------------------- content checks


def test_evidence_differs_by_duration_where_the_sources_differ(ds: Dataset) -> None:
    new, long = ds.for_duration("acute"), ds.for_duration("chronic")
    # Exercise: no effect in new pain, first choice for pain over 12 weeks (ACP Rec 2).
    assert new.option("exercise").guideline_verdict == "option"
    assert new.option("exercise").effect_size == "none"
    assert long.option("exercise").guideline_verdict == "recommended"
    # Opioids: advised against for new pain; a last resort after 12 weeks (ACP Rec 3).
    assert new.option("opioid").guideline_verdict == "not_recommended"
    assert long.option("opioid").guideline_verdict == "last_resort"
    # Exercise over 12 weeks: 15 points out of 100, the review's clinically important size (M8).
    assert long.option("exercise").effect_size == "moderate"
    # Staying active: the new-pain course (84 in 100 recovered) is never shown after 12 weeks.
    stay_long = long.option("stay_active")
    assert "84" not in stay_long.lasts_text + stay_long.benefits + stay_long.onset_text
    # Massage: pain relief short term only (Cochrane 2015), never "6 months" of pain relief.
    assert new.option("massage").lasts_hours_high is None
    assert "short term" in new.option("massage").lasts_text.lower()


def test_no_figure_that_feeds_a_score_comes_from_an_unfit_source(ds: Dataset) -> None:
    """The rule lives in the data rules (an allow-list of kinds); here, on the real data, every
    scored figure's sources are of an allowed kind, and the four the review found are gone."""
    figures = [(o.id, o.cost_source_ids if o.cost_known else ()) for o in ds.options]
    figures += [(o.id, o.harm_source_ids) for o in ds.options]
    for o in ds.options:
        for e in o.evidence:
            figures += [(e.option_id, e.onset_source_ids), (e.option_id, e.lasts_source_ids)]
            figures += [(e.option_id, e.effect_source_ids)]
    for option_id, ids in figures:
        for sid in ids:
            assert ds.sources[sid].kind in vocab.SCORE_SOURCE_KINDS, (option_id, sid)
    gone = ("healthdigest", "billyknowsbest", "blogspot", "kvia.com")
    assert not [s.id for s in ds.sources.values() if any(b in s.url for b in gone)]


def test_the_labels_warnings_are_in_the_harms(ds: Dataset) -> None:
    nsaid = ds.option("otc_nsaid").harms
    assert "heart attack" in nsaid and "stroke" in nsaid and "10 days" in nsaid and "20 weeks" in nsaid
    relaxant = ds.option("muscle_relaxant").harms
    assert "MAO inhibitor" in relaxant and "serotonin syndrome" in relaxant and "heart failure" in relaxant
    assert "burn" in ds.option("heat").harms
    for option in ds.options:
        if option.is_medicine:
            assert "pregnan" in option.harms, option.id


def test_warning_signs_the_review_found_missing(ds: Dataset) -> None:
    symptoms = {s.id: (s.level, s.symptom) for s in ds.warning_signs}
    for sign in ("sex_feeling", "bladder_feeling", "leg_weak", "burst_aneurysm"):
        assert symptoms[sign][0] == "emergency"
    assert "belly or lower back" in symptoms["burst_aneurysm"][1]
    assert symptoms["bowel_feeling"][0] == "emergency"
    # M13: pregnancy signs, shown only to a person who said they are pregnant.
    pregnancy = [s for s in ds.warning_signs if s.condition == "pregnant"]
    assert {s.id for s in pregnancy} == {"preg_bleeding", "preg_labor", "preg_fever"}
    assert all(s.level == "urgent" and "midwife" in s.what_to_do for s in pregnancy)
    assert not set(pregnancy) & set(ds.signs_for(()))
    assert set(pregnancy) <= set(ds.signs_for({"pregnant"}))
    # m18: US words.
    words = " ".join(s.symptom for s in ds.warning_signs).lower()
    assert "tummy" not in words and " poo " not in words and "high temperature" not in words


def test_every_quote_is_verbatim_in_its_paragraph_of_the_seed() -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    _, rows = read_rows(Path("data") / "quotes.csv") if Path("data").exists() else (None, [])
    assert rows, "run the tests from the repository root"
    for row in rows:
        assert row["text"] in paragraphs[int(row["paragraph"]) - 1], row["id"]
        assert row["text"] in text


def test_every_paragraph_is_quoted_or_listed_as_context(ds: Dataset) -> None:
    covered = {q.paragraph for q in ds.quotes}
    assert covered == set(range(1, len(ds.article.paragraphs) + 1))
    used = {c.quote_id for c in ds.claims} | {c.quote_id for c in ds.causes}
    for quote in ds.quotes:
        assert quote.role == "context" or quote.id in used, quote.id


def test_every_source_is_cited_somewhere(ds: Dataset) -> None:
    cited: set[str] = set()
    for group in (ds.options, ds.claims, ds.causes, ds.warning_signs, ds.natural_course, ds.cautions):
        for row in group:
            cited |= set(row.source_ids)
    for option in ds.options:
        for evidence in option.evidence:
            cited |= set(evidence.source_ids)
    cited |= set(about.NOT_COVERED_SOURCES)  # what guidelines name that we leave out (Find, About)
    assert cited == set(ds.sources)


def test_warning_signs_have_all_three_levels_and_always_say_get_help(ds: Dataset) -> None:
    levels = {s.level for s in ds.warning_signs}
    assert levels == set(vocab.WARNING_LEVELS)
    for sign in ds.warning_signs:
        if sign.level == "emergency":
            assert "911" in sign.what_to_do
        assert "doctor" in sign.what_to_do or "911" in sign.what_to_do


def test_the_five_causes_of_the_article(ds: Dataset) -> None:
    assert [c.id for c in ds.causes] == [
        "overweight",
        "lack_of_exercise",
        "poor_posture",
        "poor_mattress",
        "no_stretching",
    ]
    assert ds.option("stay_active").guideline_verdict == "recommended"
    posture = next(c for c in ds.causes if c.id == "poor_posture")
    assert posture.verdict == "not_supported"  # "no consensus on causality" (Swain 2020), m14
    mattress = next(c for c in ds.causes if c.id == "poor_mattress")
    assert "medium-firm" in mattress.evidence_says


# ---------------------------------------------------------------- bad data


def test_missing_column(data_copy: Path) -> None:
    columns, rows = read_rows(data_copy / "options.csv")
    columns.remove("cost_basis")
    for row in rows:
        del row["cost_basis"]
    write_rows(data_copy / "options.csv", columns, rows)
    assert problems(data_copy) == ["options.csv:1 cost_basis — required column is missing"]


def test_wrong_type(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "acetaminophen", "cost_low_usd", "cheap")
    line = line_of(data_copy / "options.csv", "acetaminophen")
    assert problems(data_copy) == [
        f"options.csv:{line} cost_low_usd — must be a number ≥ 0, or empty for unknown (cheap)"
    ]


def test_enum_value_not_allowed(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "massage", "doctor_needed", "maybe")
    line = line_of(data_copy / "options.csv", "massage")
    assert problems(data_copy) == [
        f"options.csv:{line} doctor_needed — must be one of: no, sometimes, yes (maybe)"
    ]


def test_unknown_source_id(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "heat", "source_ids", "ACP2017;NO_SUCH_SOURCE")
    line = line_of(data_copy / "options.csv", "heat")
    assert problems(data_copy) == [f"options.csv:{line} source_ids — unknown source id (NO_SUCH_SOURCE)"]


def test_broken_quote(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("quotes.csv", "q_narcotic", "text", "In severe cases the doctor may prescribe a narcotic.")
    line = line_of(data_copy / "quotes.csv", "q_narcotic")
    assert problems(data_copy) == [
        f"quotes.csv:{line} text — is not verbatim in paragraph 7 of the article "
        "(In severe cases the doctor may prescribe a narcotic.)"
    ]


def test_one_changed_character_breaks_a_quote(data_copy: Path, edit_cell: EditCell) -> None:
    _, rows = read_rows(data_copy / "quotes.csv")
    original = next(r["text"] for r in rows if r["id"] == "q_massage_lessen")
    edit_cell("quotes.csv", "q_massage_lessen", "text", original.replace("lessen", "lesson"))
    assert len(problems(data_copy)) == 1


def test_duplicate_id(data_copy: Path) -> None:
    columns, rows = read_rows(data_copy / "options.csv")
    rows[1]["id"] = rows[0]["id"]
    write_rows(data_copy / "options.csv", columns, rows)
    assert problems(data_copy) == [
        "options.csv:2 id — must be unique (stay_active)",
        "options.csv:3 id — must be unique (stay_active)",
    ]


def test_id_that_is_not_a_slug(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("warning_signs.csv", "fever", "id", "High Fever")
    line = line_of(data_copy / "warning_signs.csv", "High Fever")
    assert problems(data_copy) == [
        f"warning_signs.csv:{line} id — must be a lowercase id (a-z, 0-9, _) (High Fever)"
    ]


def test_range_out_of_order(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "opioid", "visit_cost_low_usd", "500")
    line = line_of(data_copy / "options.csv", "opioid")
    assert problems(data_copy) == [
        f"options.csv:{line} visit_cost_high_usd — must not be below visit_cost_low_usd (183 < 500)"
    ]


def evidence_line(data_dir: Path, option_id: str, stage: str) -> int:
    _, rows = read_rows(data_dir / "evidence.csv")
    return next(i + 2 for i, r in enumerate(rows) if (r["option_id"], r["stage"]) == (option_id, stage))


def edit_evidence(data_dir: Path, option_id: str, stage: str, column: str, value: str) -> None:
    columns, rows = read_rows(data_dir / "evidence.csv")
    row = next(r for r in rows if (r["option_id"], r["stage"]) == (option_id, stage))
    row[column] = value
    write_rows(data_dir / "evidence.csv", columns, rows)


def test_half_a_range(data_copy: Path) -> None:
    edit_evidence(data_copy, "water_therapy", "long", "lasts_hours_low", "")
    line = evidence_line(data_copy, "water_therapy", "long")
    assert problems(data_copy) == [
        f"evidence.csv:{line} lasts_hours_high — must be empty when lasts_hours_low is empty, "
        "and set when it is set (8760)"
    ]


def test_evidence_for_an_unknown_option(data_copy: Path) -> None:
    edit_evidence(data_copy, "massage", "long", "option_id", "reiki")
    line = evidence_line(data_copy, "reiki", "long")
    assert problems(data_copy) == [
        f"evidence.csv:{line} option_id — unknown option id (reiki)",
        # and massage, which suits pain over 12 weeks, has lost its row for that stage
        f"options.csv:{line_of(data_copy / 'options.csv', 'massage')} durations — needs a row in "
        "evidence.csv for stage long, since it suits chronic pain (chronic)",
    ]


def test_an_option_needs_evidence_for_every_duration_it_suits(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "heat", "durations", "acute|subacute|chronic")
    line = line_of(data_copy / "options.csv", "heat")
    assert problems(data_copy) == [
        f"options.csv:{line} durations — needs a row in evidence.csv for stage long, "
        "since it suits chronic pain (chronic)"
    ]


def test_two_rows_for_one_stage(data_copy: Path) -> None:
    edit_evidence(data_copy, "massage", "long", "stage", "new")
    _, rows = read_rows(data_copy / "evidence.csv")
    line = [i + 2 for i, r in enumerate(rows) if (r["option_id"], r["stage"]) == ("massage", "new")][1]
    assert problems(data_copy) == [
        f"evidence.csv:{line} stage — this option already has a row for this stage (new)",
        f"options.csv:{line_of(data_copy / 'options.csv', 'massage')} durations — needs a row in "
        "evidence.csv for stage long, since it suits chronic pain (chronic)",
    ]


def test_bad_verdict_in_evidence(data_copy: Path) -> None:
    edit_evidence(data_copy, "heat", "new", "guideline_verdict", "best")
    line = evidence_line(data_copy, "heat", "new")
    assert problems(data_copy) == [
        f"evidence.csv:{line} guideline_verdict — must be one of: recommended, option, last_resort, "
        "not_recommended, not_addressed (best)"
    ]


def test_health_caution_with_an_unknown_condition(data_copy: Path) -> None:
    columns, rows = read_rows(data_copy / "health_cautions.csv")
    rows[0]["condition"] = "diabetes"
    write_rows(data_copy / "health_cautions.csv", columns, rows)
    assert problems(data_copy) == [
        "health_cautions.csv:2 condition — must be one of: "
        + ", ".join(vocab.HEALTH_CONDITIONS)
        + " (diabetes)"
    ]


def test_unknown_quote_id_in_claims(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("claims.csv", "narcotic_severe", "quote_id", "q_missing")
    line = line_of(data_copy / "claims.csv", "narcotic_severe")
    found = problems(data_copy)
    assert f"claims.csv:{line} quote_id — unknown quote id (q_missing)" in found
    # the narcotic quote is now used by no claim, which is reported too
    assert any(p.endswith("guidance quote is not used by any claim or cause (q_narcotic)") for p in found)


def test_bad_claim_verdict(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("claims.csv", "massage_lessens_pain", "verdict", "sort of")
    line = line_of(data_copy / "claims.csv", "massage_lessens_pain")
    assert problems(data_copy) == [
        f"claims.csv:{line} verdict — must be one of: {', '.join(vocab.CLAIM_VERDICTS)} (sort of)"
    ]


def test_missing_file(data_copy: Path) -> None:
    (data_copy / "claims.csv").unlink()
    assert problems(data_copy) == ["claims.csv:0 — file is missing"]


def test_bad_date(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "heat", "last_reviewed", "last week")
    line = line_of(data_copy / "options.csv", "heat")
    assert problems(data_copy) == [
        f"options.csv:{line} last_reviewed — must be a date like 2026-11-27 (last week)"
    ]


def test_errors_are_collected_not_stopped_at_the_first(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("options.csv", "heat", "harm_level", "none")
    edit_cell("options.csv", "massage", "cost_confidence", "X")
    edit_cell("sources.csv", "ACP2017", "year", "twenty")
    assert len(problems(data_copy)) == 3


def test_extra_column_is_reported(data_copy: Path) -> None:
    columns, rows = read_rows(data_copy / "sources.csv")
    for row in rows:
        row["notes"] = ""
    write_rows(data_copy / "sources.csv", [*columns, "notes"], rows)
    assert problems(data_copy) == ["sources.csv:1 notes — column is not part of this file's schema"]


def test_file_that_is_not_text(data_copy: Path) -> None:
    (data_copy / "claims.csv").write_bytes(b"id,claim\n\xff\xfe,\x81\n")
    found = problems(data_copy)
    assert len(found) == 1 and found[0].startswith("claims.csv:0 — cannot be read as CSV (")


def test_quote_from_a_paragraph_the_article_does_not_have(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("quotes.csv", "q_narcotic", "paragraph", "99")
    line = line_of(data_copy / "quotes.csv", "q_narcotic")
    paragraphs = len(read_article(SEED_PATH).paragraphs)
    assert f"quotes.csv:{line} paragraph — the article has paragraphs 1 to {paragraphs} (99)" in problems(
        data_copy
    )


def test_quote_about_an_unknown_topic(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("quotes.csv", "q_title", "topics", "general|yoga")
    line = line_of(data_copy / "quotes.csv", "q_title")
    assert problems(data_copy) == [
        f"quotes.csv:{line} topics — unknown topic (not an option id, cause id, general or causes) (yoga)"
    ]


def test_natural_course_value_above_out_of(data_copy: Path, edit_cell: EditCell) -> None:
    edit_cell("natural_course.csv", "recovered_12_weeks", "value", "184")
    line = line_of(data_copy / "natural_course.csv", "recovered_12_weeks")
    assert problems(data_copy) == [f"natural_course.csv:{line} value — must not be above out_of (184)"]


def test_schema_problems_come_before_the_rules_across_files(data_copy: Path, edit_cell: EditCell) -> None:
    # An unknown source id is not reported while a file still breaks its schema.
    edit_cell("options.csv", "heat", "source_ids", "NO_SUCH_SOURCE")
    edit_cell("options.csv", "massage", "doctor_needed", "maybe")
    assert [p.split(" — ")[1] for p in problems(data_copy)] == ["must be one of: no, sometimes, yes (maybe)"]


def test_the_fixture_copy_has_todays_columns_and_loads(repo_root: Path) -> None:
    """App and browser tests read tests/fixtures/data. It may hold older content, but it has
    every file and column of data/, so the pages under test see the real shape of the data."""
    from tests.conftest import FIXTURE_DATA, fixture_dataset

    for name in DATA_FILES:
        assert read_rows(FIXTURE_DATA / name)[0] == read_rows(repo_root / "data" / name)[0], name
    assert fixture_dataset().options
