"""The handout made in Spanish (`i18n.using("es")`), read back with pypdf: its headings,
dates and page numbers are Spanish, no English heading is left, its letters print, and the
way back (the printed link and the QR code) keeps `lang=es`.

The words come from the compiled Spanish catalogue (dashboard/locale/es), so this needs the
translators' part catalogues merged and compiled (`python -m tools.i18n merge es`, then
`python -m tools.i18n compile`). The data stays the fixture's English: only our words are
checked here."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from babel.messages import pofile

from dashboard import i18n
from dashboard.checkin import CheckIn
from dashboard.handout import build_handout, unprintable, verdict_words
from dashboard.handout_link import paper_link
from dashboard.situation import Situation
from dashboard.text import verdict_for
from dashboard.view import View, to_query
from tests.conftest import fixture_dataset
from tests.test_handout import scanned, text_of

DAY = dt.date(2026, 11, 27)
START = dt.date(2026, 11, 13)
HANDOUT_FILES = (
    "dashboard/handout.py",
    "dashboard/handout_guide.py",
    "dashboard/handout_link.py",
    "dashboard/pdf_parts.py",
    "dashboard/slides.py",
)
# A view that prints every heading: a ticked sign, a plan with check-ins, the coach's words.
EVERYTHING = View(
    Situation(severity="severe", budget=60),
    options=("heat", "massage"),
    signs=frozenset({"fever"}),
    plan=("heat",),
    planned=START,
    checkins=(
        CheckIn(START, 6, 5, "some", "none"),
        CheckIn(START + dt.timedelta(days=7), 4, 7, "yes", "mild"),
    ),
    coach="Begoña Núñez",
    client="Íñigo",
    agreed="¿Caminar cada mañana? ¡Sí! Y calor por la noche.",
    next_session=dt.date(2026, 12, 18),
    lang="es",
)
# Our Spanish for the handout's headings and printed lines (dashboard/locale/es/parts/docs.po).
# The disclaimer's paragraph and the data's words are other catalogues' (and overlays'): the
# footer's "No es consejo médico" is ours.
SPANISH = (
    "Opciones de alivio del dolor de espalda para Íñigo",
    "Hecho el 27 de noviembre de 2026 con Relief Explorer por Begoña Núñez.",
    "Usted marcó una señal de alarma: busque ayuda médica",
    "Su plan:",
    "Sus seguimientos (2)",
    "Su lista corta",
    "guías clínicas:",
    "Su situación",
    "Sobre el dolor de espalda común",
    "Qué hacer ahora",
    "Lo que acordamos",
    "¿Caminar cada mañana? ¡Sí! Y calor por la noche.",
    "Próxima sesión:",
    "Señales de alarma: cuándo buscar ayuda",
    "Preguntas para hacerle a su médico",
    "Ábralo de nuevo",
    "Escanee el código",
    "Fuentes",
    "No es consejo médico",
    "Datos revisados el",
    "Página 1 de",
)
ENGLISH = (
    "Back pain relief options",
    "Made on",
    "You ticked a warning sign",
    "Your plan:",
    "Your check-ins",
    "Your shortlist",
    "guidelines:",
    "Your situation",
    "About everyday back pain",
    "What to do next",
    "What we agreed",
    "Next session:",
    "Warning signs: when to get help",
    "Questions to ask your doctor",
    "Open this again",
    "Scan the code",
    "Data reviewed",
    "Page 1 of",
    # Each option's facts (content.Fact labels), as a client reads them.
    "Cost:",
    "How soon it helps:",
    "Doctor:",
    "Main harm:",
    "Harms:",
    "Main benefit:",
    "What it involves:",
)


def link_for(view: View) -> str:
    return "http://localhost:8501/present?" + urlencode(to_query(view, "present"), safe=",:")


def spanish_handout(view: View, link: str = "") -> tuple[int, str, bytes]:
    with i18n.using("es"):
        pdf = build_handout(fixture_dataset(), view, DAY, link=link)
    pages, text = text_of(pdf)
    return pages, text, pdf


def test_the_spanish_handout_has_spanish_headings_and_no_english_ones() -> None:
    pages, text, _ = spanish_handout(EVERYTHING, link_for(EVERYTHING))
    assert pages <= 3
    for phrase in SPANISH:
        assert phrase in text, phrase
    for phrase in ENGLISH:
        assert phrase not in text, phrase


def test_the_link_and_the_qr_code_keep_the_language() -> None:
    link = link_for(EVERYTHING)
    assert "lang=es" in link
    _, text, pdf = spanish_handout(EVERYTHING, link)
    assert scanned(pdf) == [link]
    assert link in text.replace(" ", "")  # the printed address, wherever its lines break


def test_a_link_cut_to_fit_on_paper_keeps_the_language_and_says_what_it_left_out_in_spanish() -> None:
    entries = "_".join(f"{(DAY - dt.timedelta(days=i)):%Y%m%d}.5.5.s.n.0" for i in range(59, -1, -1))
    long = f"{link_for(EVERYTHING)}&checkins={entries}"
    with i18n.using("es"):
        short, left_out = paper_link(long)
    assert len(short) < len(long) and "lang=es" in short
    assert left_out and left_out[0].endswith(
        "seguimientos más antiguos (el enlace de la página Seguimiento los tiene todos)"
    )
    _, text, pdf = spanish_handout(EVERYTHING, long)
    assert scanned(pdf) == [short]
    assert "Para que quepa en el papel, deja fuera" in text


def test_spanish_letters_print_with_the_handout_font() -> None:
    letters = "áéíóúüñÁÉÍÓÚÜÑ¿¡«»“”–—·"
    assert unprintable([letters, EVERYTHING.coach, EVERYTHING.client, EVERYTHING.agreed]) == ""
    _, text, _ = spanish_handout(EVERYTHING)
    for name in (EVERYTHING.coach, EVERYTHING.client):
        assert name in text


def test_every_spanish_word_the_handout_prints_has_a_shape_in_its_font() -> None:
    with (i18n.LOCALE_DIR / "es" / "LC_MESSAGES" / f"{i18n.DOMAIN}.po").open("rb") as f:
        catalog = pofile.read_po(f)
    printed = [
        text
        for m in catalog
        if m.id and any(path.replace("\\", "/").endswith(HANDOUT_FILES) for path, _ in m.locations)
        for text in ([m.string] if isinstance(m.string, str) else list(m.string or ()))
    ]
    assert printed and all(printed)  # every message of the handout is translated
    assert unprintable(printed) == ""


def test_the_verdict_in_a_sentence_reads_as_the_fact_did_in_english() -> None:
    # The handout's "guidelines: recommended for new pain (under 12 weeks)" was made by
    # lower-casing the fact; it has its own words now, which read the same in English.
    ds = fixture_dataset()
    for duration in ("acute", "chronic"):
        for option in ds.for_duration(duration).options:
            assert verdict_words(option) == verdict_for(option).lower(), option.id
