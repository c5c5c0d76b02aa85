"""Compare's Sources row cites each source as the handout does, never by its id (usability-2 R11)."""

from __future__ import annotations

from dataclasses import replace

from dashboard import compare, content, vocab
from dashboard.data import Dataset


def test_the_sources_row_cites_sources_as_the_handout_does(ds: Dataset) -> None:
    for option in ds.options:
        text = compare.cells(ds, option)["Sources"].text
        cited = [ds.sources[s] for s in option.source_ids]
        assert text.startswith(content.source_brief(cited[0])), option.id
        for source in cited:
            assert content.source_brief(source) in text, (option.id, source.id)
            # The raw id ("THERMACARE_WARNINGS") is never shown, unless the citation itself holds it.
            if source.id not in source.citation:
                assert source.id not in text, (option.id, source.id)


def test_the_heat_sources_read_like_citations(ds: Dataset) -> None:
    text = compare.cells(ds, ds.option("heat"))["Sources"].text
    assert "ThermaCare heat wrap warnings" in text
    assert "THERMACARE_WARNINGS" not in text and "(2026, verified)" not in text


def test_a_weak_or_unconfirmed_source_says_so_in_the_sources_row(ds: Dataset) -> None:
    heat = ds.option("heat")
    first = heat.source_ids[0]
    weak = replace(ds, sources={**ds.sources, first: replace(ds.sources[first], confidence="W")})
    text = compare.cells(weak, heat)["Sources"].text
    label = vocab.CONFIDENCE_LABELS["W"].lower()
    assert text.startswith(f"{content.source_brief(weak.sources[first])} [{label}]; ")
    if ds.sources[first].confidence not in vocab.LOW_CONFIDENCE:
        assert not compare.cells(ds, heat)["Sources"].text.startswith(
            f"{content.source_brief(ds.sources[first])} ["
        )


def test_the_csv_download_has_the_same_citations(ds: Dataset) -> None:
    data = compare.to_csv(compare.grid(ds, ["heat", "massage"])).decode()
    assert "ThermaCare heat wrap warnings" in data and "THERMACARE_WARNINGS" not in data
