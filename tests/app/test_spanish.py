"""App tests in Spanish: every page runs with `lang=es`, its words are the catalogue's, the
language stays in the link and across pages, and the switch changes it."""

from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import i18n
from tests.app.test_pages import app, open_page, texts

PAGES = ["find", "compare", "guidance", "present", "checkin", "pack", "about"]
# The Spanish page titles (the menu's names), as the glossary gives them.
TITLES = {
    "find": "Buscar mis opciones",
    "compare": "Comparar",
    "guidance": "Lo que dice el artículo",
    "present": "Modo entrenador",
    "checkin": "Seguimiento",
    "pack": "Precios locales",
    "about": "Fuentes y método",
}
# Words of a page that are the same in both languages: the brand, numbers, codes.
SAME = re.compile(r"^(Relief Explorer|[\d\W]+|[A-Z]{2,5}|English|Español)$")


def headings(at: AppTest) -> list[str]:
    found = [t.value for t in at.title] + [h.value for h in at.header] + [s.value for s in at.subheader]
    return [str(h) for h in found]


def button_labels(at: AppTest) -> list[str]:
    return [str(b.label) for b in at.button]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_in_spanish(page: str) -> None:
    english, at = open_page(page, lang="en"), open_page(page, lang="es")
    assert not at.exception
    title = str(english.title[0].value)
    with i18n.using("es"):
        assert at.title[0].value == i18n._(title) != title
    assert at.query_params["lang"] == "es"


@pytest.mark.parametrize("page", PAGES)
def test_no_heading_or_button_is_left_in_english(page: str) -> None:
    english, spanish = open_page(page, lang="en"), open_page(page, lang="es")
    same = {h for h in headings(english) if h in headings(spanish) and not SAME.match(h)}
    assert not same, same
    same = {b for b in button_labels(english) if b in button_labels(spanish) and not SAME.match(b)}
    assert not same, same


def test_english_is_unchanged_by_the_languages() -> None:
    # The English page is the same with lang=en as with no lang at all.
    plain, english = open_page("find"), open_page("find", lang="en")
    assert texts(plain) == texts(english)
    assert headings(plain) == headings(english)


def test_the_language_is_kept_when_the_person_moves_to_another_page() -> None:
    at = app(lang="es").run()
    assert at.title[0].value == TITLES["find"]
    at.query_params.clear()  # the menu's own links hold no query
    at = at.switch_page("../pages/about.py").run()
    assert at.title[0].value == TITLES["about"]
    assert at.query_params["lang"] == "es"


def test_the_switch_changes_the_language_and_the_link() -> None:
    at = app().run()
    assert at.title[0].value == "Find my options"
    at.segmented_control(key="language_switch").set_value("es").run()
    assert at.title[0].value == TITLES["find"]
    assert at.query_params["lang"] == "es"
    at.segmented_control(key="language_switch").set_value("en").run()
    assert at.title[0].value == "Find my options"
    assert at.query_params["lang"] == "en"


def test_a_bad_language_in_the_link_gets_a_notice_and_english() -> None:
    at = app(lang="xx").run()
    assert at.title[0].value == "Find my options"
    assert "We ignored the language in the link" in texts(at) + " ".join(
        w.value for w in at.warning
    ) + " ".join(i.value for i in at.info)


def test_spanish_notices_for_a_bad_link() -> None:
    at = app(lang="es", severity="terrible").run()
    notices = " ".join(str(w.value) for w in [*at.warning, *at.info])
    with i18n.using("es"):
        expected = i18n._("We ignored {name}={value}: it must be one of {allowed}.").split("{")[0]
    assert expected in notices
    assert "We ignored" not in notices
