"""The article organised by topic, and each of its claims beside the evidence.

The words made here (a claim view's topic label, the summary) are in this run's language;
the article's quotes stay as published."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from dashboard.data import Dataset, Quote
from dashboard.i18n import _


@dataclass(frozen=True)
class ClaimView:
    """A claim of the article or a cause it names, ready to show."""

    id: str
    topic_label: str
    quote: Quote
    claim: str
    evidence: str
    verdict: str
    reason: str
    source_ids: tuple[str, ...]
    compare_ids: tuple[str, ...]
    is_cause: bool = False


def claim_views(ds: Dataset) -> list[ClaimView]:
    views = []
    for c in ds.claims:
        option_ids = tuple(t for t in c.topics if t in ds.option_ids)
        label = ", ".join(ds.option(t).name for t in option_ids) or _("General advice")
        views.append(
            ClaimView(
                c.id,
                label,
                ds.quote(c.quote_id),
                c.claim,
                c.guidelines_say,
                c.verdict,
                c.reason,
                c.source_ids,
                option_ids,
            )
        )
    for cause in ds.causes:
        views.append(
            ClaimView(
                cause.id,
                # The cause's name is data: lower-cased as a name inside a label, as before.
                _("Cause: {cause}").format(cause=cause.name.lower()),
                ds.quote(cause.quote_id),
                _("{cause} can cause back pain.").format(cause=cause.name),
                cause.evidence_says,
                cause.verdict,
                cause.what_helps,
                cause.source_ids,
                (),
                is_cause=True,
            )
        )
    return views


def verdict_counts(ds: Dataset) -> Counter[str]:
    return Counter(v.verdict for v in claim_views(ds))


def summary(ds: Dataset) -> list[str]:
    """Three or four plain sentences: what the article says, where evidence agrees and differs."""
    counts = verdict_counts(ds)
    total = sum(counts.values())
    return [
        _(
            "The article says to reach for medicine first: store-bought aspirin or acetaminophen, "
            "then prescription medicine for severe pain. It also suggests massage and water therapy."
        ),
        _(
            "The evidence agrees that care without drugs is a good choice, and that massage and water "
            "exercise can ease pain for a while."
        ),
        _(
            "It differs on medicine: acetaminophen did not beat a dummy pill, and guidelines say to "
            "avoid narcotics. US guidelines put heat first for new pain, and exercise first for long-lasting pain."
        ),
        _(
            "Of the article's {total} claims and causes, the evidence agrees with {agrees}, partly agrees "
            "with {partly_agrees}, does not support {not_supported}, disagrees with {disagrees}, and does "
            "not address {not_addressed}."
        ).format(
            total=total,
            agrees=counts["agrees"],
            partly_agrees=counts["partly_agrees"],
            not_supported=counts["not_supported"],
            disagrees=counts["disagrees"],
            not_addressed=counts["not_addressed"],
        ),
    ]


def option_sections(ds: Dataset) -> list[tuple[str, list[Quote], list[ClaimView]]]:
    """Options the article speaks about, in the order it first mentions them."""
    views = claim_views(ds)
    sections = []
    for option in sorted(
        (o for o in ds.options if ds.quotes_for(o.id)),
        key=lambda o: min((q.paragraph, ds.quotes.index(q)) for q in ds.quotes_for(o.id)),
    ):
        quotes = list(ds.quotes_for(option.id))
        claims = [v for v in views if option.id in v.compare_ids]
        sections.append((option.id, quotes, claims))
    return sections


def general_claims(ds: Dataset) -> list[ClaimView]:
    return [v for v in claim_views(ds) if not v.compare_ids and not v.is_cause]
