"""The About page says who makes the aid, that it is not yet tested with people, and how the
evidence was found; Compare's Sources row cites sources, never their ids."""

from __future__ import annotations

from dashboard import about, content
from tests.app.test_pages import open_page, texts
from tests.conftest import fixture_dataset


def test_about_shows_who_makes_it_testing_and_how_the_evidence_was_found() -> None:
    at = open_page("about")
    headers = [h.value for h in at.header]
    for expected in ("Who makes this", "Not yet tested with people", "How we found the evidence"):
        assert expected in headers, headers
    # Who makes it and the testing come before the method, so they are read.
    assert headers.index("Who makes this") < headers.index("How we chose the options")
    assert "When the US and UK guidelines differ" in [s.value for s in at.subheader]
    shown = texts(at)
    ds = fixture_dataset()
    assert about.MAINTAINERS in shown and about.NOT_TESTED in shown and about.TEST_PLAN in shown
    assert about.DISAGREEMENT_RULE in shown
    # The date comes from the data the page runs on (the fixture), in US form.
    assert f"The data was last reviewed on {about.us_date(ds.last_reviewed)}." in shown
    assert f"Our {len(ds.sources)} sources are from" in shown
    kinds = next(t.value for t in at.table if "Kind of source" in t.value.columns)
    assert int(kinds["Sources"].sum()) == len(ds.sources)
    grades = next(t.value for t in at.table if "Goal met" in t.value.columns)
    assert "This page (Sources and method)" in list(grades["Text"])


def test_compare_sources_row_shows_citations_not_ids() -> None:
    at = open_page("compare", options="heat,massage")
    ds = fixture_dataset()
    shown = "\n".join(str(m.value) for m in at.markdown)
    assert "#### Sources" in shown
    for option_id in ("heat", "massage"):
        for sid in ds.option(option_id).source_ids:
            source = ds.sources[sid]
            assert content.source_brief(source) in shown, sid
            if sid not in source.citation:
                assert f"{sid} (" not in shown, sid
