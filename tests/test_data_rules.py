"""Each rule across files, on small made-up rows (dashboard/data/rules.py)."""

from __future__ import annotations

import inspect

from dashboard.data import DATA_FILES, Article, figure_rules, rules
from dashboard.data.rules import Rule
from dashboard.data.tables import Tables

Rows = list[dict[str, str]]

ARTICLE = ("A title", "Rest is not best. Keep moving.", "Heat can help.")


def tables(article: tuple[str, ...] = ARTICLE, **files: Rows) -> Tables:
    """Rows for the files named (options=[...] is options.csv); every other file is empty."""
    rows: dict[str, Rows] = {name: [] for name in DATA_FILES}
    rows |= {f"{name}.csv": file_rows for name, file_rows in files.items()}
    return Tables(rows, Article(article))


def found(rule: Rule, t: Tables) -> list[str]:
    return sorted(str(p) for p in rule(t))


def option_row(option_id: str = "heat", durations: str = "acute", **cells: str) -> dict[str, str]:
    costs = {"cost_low_usd": "", "cost_high_usd": "", "visit_cost_low_usd": "", "visit_cost_high_usd": ""}
    return {"id": option_id, "durations": durations, "source_ids": "ACP2017", **costs, **cells}


def evidence_row(option_id: str = "heat", stage: str = "new", **cells: str) -> dict[str, str]:
    hours = {"onset_hours_low": "", "onset_hours_high": "", "lasts_hours_low": "", "lasts_hours_high": ""}
    return {"option_id": option_id, "stage": stage, "source_ids": "ACP2017", **hours, **cells}


def quote_row(
    quote_id: str, paragraph: int, text: str, role: str = "context", topics: str = "general"
) -> dict[str, str]:
    return {"id": quote_id, "paragraph": str(paragraph), "text": text, "role": role, "topics": topics}


def test_every_rule_function_is_run_by_the_loader() -> None:
    public = {
        fn
        for module in (rules, figure_rules)
        for name, fn in vars(module).items()
        if inspect.isfunction(fn) and fn.__module__ == module.__name__ and not name.startswith("_")
    }
    assert public - {rules.check} == set(rules.RULES)


def test_good_rows_break_no_rule() -> None:
    t = tables(
        options=[
            option_row(
                "heat", "acute|chronic", cost_low_usd="5", cost_high_usd="10", cost_source_ids="ACP2017"
            )
        ],
        sources=[{"id": "ACP2017", "kind": "guideline", "year": "2025"}],
        evidence=[evidence_row("heat", "new"), evidence_row("heat", "long")],
        quotes=[
            quote_row("q_title", 1, "A title"),
            quote_row("q_rest", 2, "Rest is not best.", role="guidance", topics="general"),
            quote_row("q_heat", 3, "Heat can help.", role="guidance", topics="heat"),
        ],
        claims=[{"id": "c1", "quote_id": "q_rest", "topics": "general", "source_ids": "ACP2017"}],
        causes=[{"id": "cold", "quote_id": "q_heat", "source_ids": ""}],
        natural_course=[{"id": "n1", "value": "84", "out_of": "100", "source_ids": "ACP2017"}],
    )
    assert rules.check(t) == []


# ------------------------------------------------------------ ids across files


def test_unknown_source_ids() -> None:
    t = tables(
        sources=[{"id": "ACP2017"}],
        options=[option_row(source_ids="ACP2017;NOPE", try_it_source_ids="TRY")],
        causes=[{"id": "cold", "quote_id": "q", "source_ids": ""}],
        health_cautions=[{"option_id": "heat", "source_ids": "FDA"}],
    )
    assert found(rules.unknown_source_ids, t) == [
        "health_cautions.csv:2 source_ids — unknown source id (FDA)",
        "options.csv:2 source_ids — unknown source id (NOPE)",
        "options.csv:2 try_it_source_ids — unknown source id (TRY)",
    ]


def test_unknown_option_ids_in_evidence_and_cautions() -> None:
    t = tables(
        options=[option_row("heat")],
        evidence=[evidence_row("heat"), evidence_row("reiki")],
        health_cautions=[{"option_id": "cupping", "source_ids": ""}],
    )
    assert found(rules.unknown_option_ids, t) == [
        "evidence.csv:3 option_id — unknown option id (reiki)",
        "health_cautions.csv:2 option_id — unknown option id (cupping)",
    ]


def test_unknown_quote_ids_in_claims_and_causes() -> None:
    t = tables(
        quotes=[quote_row("q1", 1, "A title")],
        claims=[{"quote_id": "q1"}, {"quote_id": "q2"}],
        causes=[{"quote_id": "q3"}],
    )
    assert found(rules.unknown_quote_ids, t) == [
        "causes.csv:2 quote_id — unknown quote id (q3)",
        "claims.csv:3 quote_id — unknown quote id (q2)",
    ]


def test_unknown_quote_topics() -> None:
    t = tables(
        options=[option_row("heat")],
        causes=[{"id": "posture"}],
        quotes=[quote_row("q1", 1, "A title", topics="heat|posture|general|causes|yoga")],
    )
    assert found(rules.unknown_quote_topics, t) == [
        "quotes.csv:2 topics — unknown topic (not an option id, cause id, general or causes) (yoga)"
    ]


def test_unknown_claim_topics_allow_options_and_general_only() -> None:
    t = tables(options=[option_row("heat")], claims=[{"topics": "heat|general|causes"}])
    assert found(rules.unknown_claim_topics, t) == [
        "claims.csv:2 topics — unknown topic (not an option id or general) (causes)"
    ]


# ------------------------------------------------------------------ ranges


def test_half_a_range() -> None:
    t = tables(
        options=[option_row(cost_low_usd="", cost_high_usd="5", visit_cost_low_usd="1")],
        evidence=[evidence_row(onset_hours_low="1", onset_hours_high="2")],
    )
    assert found(rules.range_half_set, t) == [
        "options.csv:2 cost_high_usd — must be empty when cost_low_usd is empty, and set when it is set (5)",
        "options.csv:2 visit_cost_high_usd — must be empty when visit_cost_low_usd is empty, "
        "and set when it is set",
    ]


def test_low_above_high() -> None:
    t = tables(
        options=[option_row(cost_low_usd="9", cost_high_usd="5")],
        evidence=[evidence_row(lasts_hours_low="2", lasts_hours_high="10")],
    )
    assert found(rules.range_low_above_high, t) == [
        "options.csv:2 cost_high_usd — must not be below cost_low_usd (5 < 9)"
    ]


def test_ranges_leave_cells_that_are_not_numbers_to_the_schema() -> None:
    t = tables(options=[option_row(cost_low_usd="cheap", cost_high_usd="", visit_cost_low_usd="-1")])
    assert found(rules.range_half_set, t) == found(rules.range_low_above_high, t) == []


# ---------------------------------------------------------------- evidence


def test_two_evidence_rows_for_one_stage() -> None:
    t = tables(
        options=[option_row("heat")],
        evidence=[evidence_row("heat"), evidence_row("heat"), evidence_row("reiki"), evidence_row("reiki")],
    )
    # reiki is reported once, as an unknown option, by unknown_option_ids
    assert found(rules.evidence_stage_repeated, t) == [
        "evidence.csv:3 stage — this option already has a row for this stage (new)"
    ]


def test_evidence_row_missing_for_a_duration() -> None:
    t = tables(options=[option_row("heat", "acute|subacute|chronic")], evidence=[evidence_row("heat", "new")])
    assert found(rules.evidence_row_missing_for_duration, t) == [
        "options.csv:2 durations — needs a row in evidence.csv for stage long, since it suits chronic pain "
        "(chronic)"
    ]


def test_option_without_evidence() -> None:
    t = tables(options=[option_row("heat"), option_row("massage")], evidence=[evidence_row("heat", "long")])
    assert found(rules.option_without_evidence, t) == [
        "options.csv:3 id — has no row in evidence.csv (massage)"
    ]


# ---------------------------------------------------- quotes and the article


def test_quote_paragraph_out_of_range() -> None:
    t = tables(quotes=[quote_row("q1", 1, "A title"), quote_row("q9", 9, "Heat")])
    assert found(rules.quote_paragraph_out_of_range, t) == [
        "quotes.csv:3 paragraph — the article has paragraphs 1 to 3 (9)"
    ]


def test_quote_not_in_article_shows_the_first_60_characters() -> None:
    long_text = "Rest is best. " * 10
    t = tables(
        quotes=[
            quote_row("q_ok", 2, "Keep moving."),
            quote_row("q_bad", 2, long_text),
            quote_row("q_wrong_paragraph", 3, "Keep moving."),
        ]
    )
    assert found(rules.quote_not_in_article, t) == [
        f"quotes.csv:3 text — is not verbatim in paragraph 2 of the article ({long_text[:60]})",
        "quotes.csv:4 text — is not verbatim in paragraph 3 of the article (Keep moving.)",
    ]


def test_paragraph_without_a_verbatim_quote() -> None:
    t = tables(quotes=[quote_row("q1", 1, "A title"), quote_row("q2", 2, "Rest is best.")])
    rule = "article paragraph has no quote (add one as guidance or context)"
    assert found(rules.paragraph_without_quote, t) == [
        f"quotes.csv:0 paragraph — {rule} (2)",
        f"quotes.csv:0 paragraph — {rule} (3)",
    ]


def test_guidance_quote_used_by_no_claim_or_cause() -> None:
    t = tables(
        quotes=[
            quote_row("q_claim", 2, "Keep moving.", role="guidance"),
            quote_row("q_cause", 3, "Heat can help.", role="guidance"),
            quote_row("q_alone", 2, "Rest is not best.", role="guidance"),
            quote_row("q_context", 1, "A title", role="context"),
        ],
        claims=[{"quote_id": "q_claim"}],
        causes=[{"quote_id": "q_cause"}],
    )
    assert found(rules.guidance_quote_unused, t) == [
        "quotes.csv:4 id — guidance quote is not used by any claim or cause (q_alone)"
    ]


# ----------------------------------------------------------- natural course


def test_natural_course_value_above_out_of() -> None:
    t = tables(
        natural_course=[{"value": "84", "out_of": "100"}, {"value": "101", "out_of": "100"}],
    )
    assert found(rules.course_value_above_out_of, t) == [
        "natural_course.csv:3 value — must not be above out_of (101)"
    ]


def test_a_label_limit_must_be_said_in_the_caveat_too() -> None:
    t = tables(
        evidence=[
            evidence_row(
                label_limit_days="10", caveat="The label says to stop if pain lasts more than 10 days."
            ),
            evidence_row(stage="long", label_limit_days="7", caveat="The label says 10 days."),
            evidence_row(option_id="massage", label_limit_days="", caveat=""),
        ]
    )
    assert found(rules.label_limit_not_in_caveat, t) == [
        "evidence.csv:3 label_limit_days — the caveat must say '7 days' (The label says 10 days.)"
    ]


def test_a_courses_average_lies_inside_its_range() -> None:
    t = tables(
        pain_course=[
            {"mean_pain": "52", "low": "48", "high": "57"},
            {"mean_pain": "60", "low": "48", "high": "57"},
            {"mean_pain": "x", "low": "48", "high": "57"},  # not a number: the schema's problem
        ]
    )
    assert found(rules.course_mean_outside_range, t) == [
        "pain_course.csv:3 mean_pain — must be between low and high (60)"
    ]


# ------------------------------------------------------------ figures that feed a score

SOURCES = [
    {"id": "ACP2017", "kind": "guideline", "year": "2017"},
    {"id": "BLOG", "kind": "blog", "year": "2024"},
    {"id": "OLD", "kind": "gov_price", "year": "2010"},
    {"id": "NEW", "kind": "gov_price", "year": "2024"},
]


def test_a_known_figure_names_its_sources_and_an_unknown_one_none() -> None:
    t = tables(
        sources=SOURCES,
        options=[option_row(cost_low_usd="5", cost_high_usd="10"), option_row("mass", cost_source_ids="NEW")],
        evidence=[
            evidence_row(effect_size="small"),
            evidence_row(onset_hours_low="1", onset_source_ids="NEW"),
        ],
    )
    assert found(figure_rules.score_figure_without_source, t) == [
        "evidence.csv:2 effect_source_ids — a known effect needs its sources",
        "options.csv:2 cost_source_ids — a known cost needs its sources",
        "options.csv:3 cost_source_ids — an unknown cost has no sources (NEW)",
    ]


def test_a_scored_figure_rests_only_on_an_allowed_kind_of_source() -> None:
    t = tables(
        sources=SOURCES,
        options=[option_row(cost_low_usd="5", cost_high_usd="10", cost_source_ids="BLOG;NEW")],
        evidence=[evidence_row(lasts_hours_low="5", lasts_hours_high="9", lasts_source_ids="ACP2017;BLOG")],
    )
    allowed = "guideline, journal, cochrane, drug_label, nhs, regulator, gov_price"
    assert found(figure_rules.score_figure_source_not_allowed, t) == [
        f"evidence.csv:2 lasts_source_ids — a lasting that feeds a score needs a source of kind {allowed} (BLOG)",
        f"options.csv:2 cost_source_ids — a cost that feeds a score needs a source of kind {allowed} (BLOG)",
    ]


def test_a_price_is_at_most_8_years_older_than_its_review_and_free_never_ages() -> None:
    t = tables(
        sources=SOURCES,
        options=[
            option_row(
                cost_low_usd="5", cost_high_usd="10", cost_source_ids="OLD", last_reviewed="2026-11-27"
            ),
            option_row(
                "b", cost_low_usd="5", cost_high_usd="10", cost_source_ids="NEW", last_reviewed="2026-11-27"
            ),
            option_row(
                "c", cost_low_usd="0", cost_high_usd="0", cost_source_ids="OLD", last_reviewed="2026-11-27"
            ),
        ],
    )
    assert found(figure_rules.price_too_old, t) == [
        "options.csv:2 cost_source_ids — a price must be at most 8 years old (OLD)"
    ]


def test_figure_source_ids_are_known() -> None:
    t = tables(sources=SOURCES, evidence=[evidence_row(effect_size="small", effect_source_ids="NOPE")])
    assert found(figure_rules.figure_source_ids_unknown, t) == [
        "evidence.csv:2 effect_source_ids — unknown source id (NOPE)"
    ]


# ------------------------------------------------------------ harms, doctors and medicines

HARMS = "Boxed warning: it can kill. It can cause bleeding. Do not use it in pregnancy. It may upset you."


def test_a_moderate_or_high_harm_grade_names_its_main_harm() -> None:
    t = tables(
        options=[option_row(harm_level="high", harms=HARMS, main_harm=""), option_row("b", harm_level="low")]
    )
    assert found(figure_rules.main_harm_missing, t) == [
        "options.csv:2 main_harm — needed when harm_level is moderate or high"
    ]


def test_the_main_harm_is_copied_from_harms_and_leaves_out_no_warning() -> None:
    t = tables(
        options=[
            option_row(harms=HARMS, main_harm="Boxed warning: it can kill. It cures nothing."),
            option_row("b", harms=HARMS, main_harm="Boxed warning: it can kill. Do not use it in pregnancy."),
        ]
    )
    assert found(figure_rules.main_harm_not_in_harms, t) == [
        "options.csv:2 main_harm — each sentence must be copied from harms (It cures nothing.)"
    ]
    assert found(figure_rules.main_harm_leaves_out_a_warning, t) == [
        "options.csv:2 main_harm — must include every boxed warning and 'do not' line (Do not use it in pregnancy.)"
    ]


def test_a_stage_that_needs_a_doctor_says_why() -> None:
    t = tables(
        evidence=[
            evidence_row(doctor_needed="yes"),
            evidence_row(stage="long", doctor_needed="yes", doctor_reason="The label."),
        ]
    )
    assert found(figure_rules.doctor_stage_without_reason, t) == [
        "evidence.csv:2 doctor_reason — needed when doctor_needed is set"
    ]


def test_a_prescription_form_names_another_option() -> None:
    t = tables(
        options=[
            option_row(),
            option_row("rx", same_medicine_as="heat"),
            option_row("x", same_medicine_as="x"),
            option_row("y", same_medicine_as="nope"),
        ]
    )
    assert found(figure_rules.same_medicine_unknown, t) == [
        "options.csv:4 same_medicine_as — must be another option id (x)",
        "options.csv:5 same_medicine_as — must be another option id (nope)",
    ]


def test_only_a_new_pain_row_covers_4_to_12_weeks() -> None:
    t = tables(
        evidence=[evidence_row(covers_subacute="yes"), evidence_row(stage="long", covers_subacute="yes")]
    )
    assert found(figure_rules.subacute_cover_on_a_long_row, t) == [
        "evidence.csv:3 covers_subacute — must be no on a row for stage long (yes)"
    ]
