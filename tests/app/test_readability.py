"""Plain language, measured on what each page shows (not the article's words or citations)."""

from __future__ import annotations

import re

import lxml.html
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import pack, readability
from dashboard.data import ROOT, SEED_PATH
from tests.app.test_pages import open_page
from tests.conftest import fixture_dataset


def example_link() -> str:
    """The made-up example pack's link, so the Local prices page shows what a coach sees."""
    found, _ = pack.read_csv(
        (ROOT / "tests" / "data" / "example-pack.csv").read_bytes(), fixture_dataset().option_ids
    )
    assert found is not None
    return pack.to_link(found)


PAGES = {
    "find": {},
    "compare": {"options": "massage,water_therapy,otc_nsaid,stay_active"},
    "guidance": {},
    "present": {"options": "massage,heat", "slide": "4"},
    "about": {},
    "pack": {"pack": example_link()},
}
ARTICLE = SEED_PATH.read_text(encoding="utf-8")
NUMBERED = re.compile(r"^\d+\.\s+")
MARKUP = re.compile(r":[a-z]+-badge\[|:material/[a-z_]+:|[*_#>\\\[\]]|\(paragraph \d+\)")


def shown_text(at: AppTest) -> list[str]:
    """Everything the page writes in prose, minus quotes from the article and source lists."""
    elements = [
        *at.title,
        *at.header,
        *at.subheader,
        *at.markdown,
        *at.caption,
        *at.info,
        *at.success,
        *at.warning,
    ]
    values = [str(element.value) for element in elements]
    # A Coach mode slide's text is one block of escaped HTML: its paragraphs and list items.
    values += [
        "\n".join(e.text_content() for e in lxml.html.fromstring(h.value).iter("p", "li"))
        for h in at.html
        if 'class="relief-slide ' in h.value
    ]
    texts = []
    for value in values:
        for line in value.splitlines():
            line = MARKUP.sub("", line).strip(" -")
            if not line or "“" in line or line.startswith(("Sources:", "Score ", "Fuentes:", "Puntaje ")):
                continue
            if NUMBERED.sub("", line) in ARTICLE:  # the article's own words, shown whole
                continue
            texts.append(line if line.endswith((".", "?", "!", ":")) else line + ".")
    return texts


@pytest.mark.parametrize("page", list(PAGES))
def test_page_text_reads_at_grade_8_or_lower(page: str) -> None:
    at = open_page(page, **PAGES[page])
    texts = shown_text(at)
    # A floor, not today's count: a grade from a handful of lines would mean little, and
    # a page that shows almost nothing has failed to render.
    sentences = readability.sentence_grades(texts)
    assert len(sentences) > 10
    grade = readability.grade(texts)
    worst = sentences[:3]
    assert grade <= readability.MAX_GRADE, f"{page}: grade {grade:.1f}; hardest sentences: {worst}"


SPANISH_PAGES = PAGES | {
    "checkin": {"plan": "heat", "planned": "2026-12-01", "checkins": "20261201.5.5.s.n.0_20261203.4.6.y.n.0"}
}


@pytest.mark.parametrize("page", list(SPANISH_PAGES))
def test_spanish_page_text_reads_at_fernandez_huerta_70_or_more(page: str) -> None:
    at = open_page(page, lang="es", **SPANISH_PAGES[page])
    texts = shown_text(at)
    sentences = readability.sentence_eases(texts)
    assert len(sentences) > 10
    ease = readability.ease(texts)
    worst = sentences[:3]
    assert ease >= readability.MIN_EASE, f"{page}: Fernández-Huerta {ease:.1f}; hardest sentences: {worst}"
