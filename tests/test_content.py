"""The shared words: an option's facts, sources, the warning-sign summary, and the cards
built from them. Rules are tested with small made-up options, apart from today's data."""

from __future__ import annotations

from dataclasses import replace

from dashboard import content, matching
from dashboard.data import Dataset
from dashboard.matching import match, rank
from dashboard.situation import Situation
from dashboard.ui import cards
from dashboard.view import View
from tests.builders import option, warning_sign


def test_how_soon_is_worded_the_same_short_and_long() -> None:
    fact = content.how_soon(option())
    assert fact.label == "How soon it helps"
    assert fact.short == "1 hour"
    assert fact.text.startswith(fact.short + ". ")


def test_an_option_that_did_not_beat_a_dummy_pill_says_so() -> None:
    fact = content.how_soon(option(stages={"new": {"effect_size": "none"}}))
    assert "dummy pill" in fact.short


def test_a_weak_figure_is_marked_but_a_missing_one_is_not() -> None:
    weak = content.how_soon(option(stages={"new": {"onset_confidence": "W"}}))
    assert weak.low_confidence
    missing = content.how_soon(
        option(stages={"new": {"onset_confidence": "W", "onset_hours_low": None, "onset_hours_high": None}})
    )
    assert not missing.low_confidence


def test_every_page_gets_the_same_facts_in_the_same_order(ds: Dataset) -> None:
    facts = content.option_facts(ds, ds.option("massage"))
    assert list(facts) == [
        "summary", "how_soon", "how_long", "cost", "near_you", "doctor", "suits", "benefits",
        "harms", "main_harm", "like", "try_it", "article", "guidelines", "evidence", "sources",
    ]  # fmt: skip
    assert facts["cost"].short == "Unknown"


def test_the_article_is_quoted_verbatim_with_its_paragraph(ds: Dataset) -> None:
    assert content.article_says(ds, ds.option("heat")).short == "The article does not name this option."
    fact = content.article_says(ds, ds.option("opioid"))
    for quote in ds.quotes_for("opioid"):
        assert f"“{quote.text}” (paragraph {quote.paragraph})" in fact.text


def test_sources_are_cited_once_in_first_cited_order(ds: Dataset) -> None:
    ids = ["massage", "heat", "massage"]
    cited = content.cited(ds, ids)
    expected: list[str] = []
    for oid in ids:
        expected += [s for s in ds.option(oid).source_ids if s not in expected]
    assert [s.id for s in cited] == expected


def test_the_warning_summary_never_cuts_without_saying_so() -> None:
    signs = [warning_sign(f"e{i}", "emergency") for i in range(6)] + [warning_sign("s1", "soon")]
    full = content.warning_summary(signs)
    assert [(g.level, len(g.symptoms), g.left_out) for g in full] == [("emergency", 6, 0), ("soon", 1, 0)]
    short = content.warning_summary(signs, limit=4)
    assert [(g.level, len(g.symptoms), g.left_out) for g in short] == [("emergency", 4, 2), ("soon", 1, 0)]
    assert "any of 2 more signs at this level" in short[0].line()
    assert "more signs" not in short[1].line()


def test_the_disclaimer_is_one_text_everywhere(ds: Dataset) -> None:
    assert content.disclaimer(ds).startswith(content.DISCLAIMER)
    assert "does not diagnose" in content.DISCLAIMER


# ------------------------------------------------------------------ cards


def test_a_card_shows_place_badge_facts_and_an_honest_score(ds: Dataset) -> None:
    known = option("known")
    unknown = option("unknown", cost_low_usd=None, cost_high_usd=None)
    ranked = {r.option.id: r for r in rank(match([known, unknown], Situation()), dict.fromkeys(["cost"], 1))}
    text = cards.option_card(ds, "2", ranked["unknown"])
    assert text.startswith("### 2. Unknown")
    assert "Guidelines: An option" in text
    assert "**How soon it helps:** 1 hour" in text
    assert "Not scored: we know none of the things you said matter" in text  # cost was all that mattered
    assert "scored on 1 of 1 factors" in cards.option_card(ds, "1", ranked["known"])


def test_badges_use_words_not_colour_alone() -> None:
    assert (
        cards.verdict_badge("not_recommended") == ":red-badge[:material/cancel: Guidelines: Not recommended]"
    )
    assert "Agrees" in cards.claim_badge("agrees")


def test_the_excluded_list_gives_every_reason() -> None:
    pricey = option("pricey", cost_low_usd=500.0, cost_high_usd=500.0)
    out = [m for m in match([pricey], Situation(budget=10, doctor="no")) if not m.fits]
    text = cards.excluded_list(out)
    assert text.startswith("**Pricey**")
    assert all(f"- {reason}" in text for reason in out[0].reasons_out)


def test_a_quoted_grid_cell_is_a_block_quote() -> None:
    assert cards.grid_cell("Heat", "one\ntwo", False, quoted=True) == "**Heat**\n\n> one\n\n> two"
    assert cards.WEAK_SOURCE in cards.grid_cell("Heat", "x", True, quoted=False)


def test_replace_keeps_facts_pure(ds: Dataset) -> None:
    # Facts are read from the option given: a changed option gives changed facts.
    heat = ds.option("heat")
    assert content.cost(replace(heat, cost_low_usd=5.0, cost_high_usd=9.0)).short != content.cost(heat).short


def test_while_an_urgent_sign_is_ticked_the_answer_speaks_to_that_first(ds: Dataset) -> None:
    ranked = matching.ranked_for(ds, View())
    usual = content.answer_lines(ranked, View(), None)
    urgent = content.answer_lines(ranked, View(), "urgent")
    assert urgent[0].startswith("While you arrange to see a doctor today: for pain that has lasted")
    assert urgent[1:] == usual[1:]


def test_what_matters_is_called_the_persons_only_once_they_set_it(ds: Dataset) -> None:
    usual = content.answer_lines(matching.ranked_for(ds, View()), View(), None)
    assert usual[-1].startswith("Closest match to the usual things that matter (set yours in Step 3)")
    theirs = View().with_weights(View().weight_map | {"cost": 3})
    assert content.answer_lines(matching.ranked_for(ds, theirs), theirs, None)[-1].startswith(
        "Closest match to what you said matters"
    )
