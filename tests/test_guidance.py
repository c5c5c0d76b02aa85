"""The article organised by topic, and its claims beside the evidence."""

from __future__ import annotations

from dashboard import guidance, vocab
from dashboard.data import SEED_PATH, Dataset

REQUIRED_CLAIMS = {
    "acetaminophen_sufficient",  # OTC "usually sufficient" for moderate pain
    "aspirin_sufficient",
    "medicine_first",  # reaching for medicine first
    "rx_relaxant_nsaid",  # muscle relaxants and anti-inflammatories for severe pain
    "narcotic_severe",  # narcotic medication in severe cases
    "massage_lessens_pain",  # massage lessens pain and helps healing
    "water_prevents",  # water therapy strengthens muscles and prevents episodes
}


def test_required_claims_are_covered_with_allowed_verdicts(ds: Dataset) -> None:
    views = {v.id: v for v in guidance.claim_views(ds)}
    assert set(views) >= REQUIRED_CLAIMS
    for cause in ("overweight", "lack_of_exercise", "poor_posture", "poor_mattress", "no_stretching"):
        assert cause in views
    for view in views.values():
        assert view.verdict in vocab.CLAIM_VERDICTS
        assert view.reason and view.evidence


def test_every_claim_quote_is_verbatim_in_the_seed(ds: Dataset) -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    for view in guidance.claim_views(ds):
        assert view.quote.text in text


def test_sources_of_claims_exist(ds: Dataset) -> None:
    for view in guidance.claim_views(ds):
        assert set(view.source_ids) <= set(ds.sources)


def test_summary_counts_match_the_claims(ds: Dataset) -> None:
    counts = guidance.verdict_counts(ds)
    assert sum(counts.values()) == len(ds.claims) + len(ds.causes)
    last = guidance.summary(ds)[-1]
    assert f"{sum(counts.values())} claims" in last
    assert (
        f"agrees with {counts['agrees']}, partly agrees with {counts['partly_agrees']}, "
        f"does not support {counts['not_supported']}, disagrees with {counts['disagrees']}, "
        f"and does not address {counts['not_addressed']}."
    ) in last
    # The page promises a short summary: three or four sentences, whatever the data.
    assert 3 <= len(guidance.summary(ds)) <= 4


def test_option_sections_follow_the_article_order(ds: Dataset) -> None:
    order = [section[0] for section in guidance.option_sections(ds)]
    assert (
        order.index("acetaminophen")
        < order.index("opioid")
        < order.index("massage")
        < order.index("water_therapy")
    )


def test_escape_markdown_keeps_text_visible_as_written() -> None:
    from dashboard.text import escape_markdown

    assert escape_markdown("How Do You Spell Relief? *bold*") == r"How Do You Spell Relief? \*bold\*"


def test_escape_markdown_defuses_links_and_directives() -> None:
    from dashboard.text import escape_markdown

    assert escape_markdown("[x](https://a.b)") == r"\[x\]\(https\://a\.b\)"
    assert escape_markdown(":red[alarm]") == r"\:red\[alarm\]"
