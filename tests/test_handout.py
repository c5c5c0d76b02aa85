"""The PDF handout, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import zxingcpp
from pypdf import PdfReader

from dashboard import content, matching
from dashboard import pack as packs
from dashboard.data import Dataset
from dashboard.handout import _printable, build_handout, typed_texts, unprintable
from dashboard.handout_link import paper_link
from dashboard.situation import Situation
from dashboard.view import View

DAY = dt.date(2026, 11, 27)


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())  # line breaks fall where the page is full


def test_handout_holds_the_situation_options_disclaimer_and_date(ds: Dataset) -> None:
    pdf = build_handout(
        ds, View(Situation(severity="severe", doctor="no", budget=60), options=("massage", "heat")), DAY
    )
    assert pdf.startswith(b"%PDF-")
    pages, text = text_of(pdf)
    assert 1 <= pages <= 2
    for expected in (
        "Back pain relief options: your summary",
        "Made on 27 November 2026",
        "Pain: severe",
        "Willing to see a doctor: no",
        "Budget: $60 a month",
        "Massage therapy",
        "Heat wrap or heating pad",
        "Call 911",
        "Questions to ask your doctor",
        "Not medical advice",
        f"Data last reviewed {ds.last_reviewed:%d %B %Y}",
    ):
        assert expected in text, expected


def test_four_options_still_fit_on_three_pages(ds: Dataset) -> None:
    # The help text promises "two or three pages": four options, the usual course and the
    # numbered next steps take three.
    pages, _ = text_of(
        build_handout(ds, View(options=("massage", "water_therapy", "opioid", "rx_anti_inflammatory")), DAY)
    )
    assert pages <= 3


def test_unicode_characters_print(ds: Dataset) -> None:
    odd = replace(ds.option("heat"), name="Café heat – ≤ 5 days’ use")
    patched = replace(ds, options=(odd,))
    _, text = text_of(build_handout(patched, View(options=("heat",)), DAY))
    assert "Café heat – ≤ 5 days’ use" in text


def test_every_warning_sign_is_on_the_handout(ds: Dataset) -> None:
    """Everyone's signs on every handout; the pregnancy signs only for a pregnant person."""
    pregnant = View(Situation(health=frozenset({"pregnant"})))
    for view in (View(), pregnant):
        _, text = text_of(build_handout(ds, view, DAY))
        flat = " ".join(text.lower().split())
        for sign in ds.warning_signs:
            shown = " ".join(sign.symptom.split()).lower() in flat
            assert shown == sign.applies(view.situation.health), sign.id


def test_without_chosen_options_the_handout_follows_what_matters(ds: Dataset) -> None:
    cheap = View().with_weights(dict.fromkeys(View().weight_map, 0) | {"cost": 3})
    _, text = text_of(build_handout(ds, cheap, DAY))
    flat = text
    names = [ds.option(i).name for i in matching.shortlist(ds, cheap)]
    positions = [flat.index(f"{name} — guidelines") for name in names]
    assert positions == sorted(positions)


def test_ticked_warning_signs_come_first_with_what_to_do(ds: Dataset) -> None:
    sign = next(s for s in ds.warning_signs if s.level == "urgent")
    _, text = text_of(build_handout(ds, View(signs=frozenset({sign.id})), DAY))
    top = text.split("Your situation", 1)[0]
    assert "You ticked a warning sign: get medical help" in top
    assert " ".join(f"{sign.symptom}: {sign.what_to_do}".split()) in top
    _, plain = text_of(build_handout(ds, View(), DAY))
    assert "You ticked" not in plain


def pages_of(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


LINK = "http://localhost:8501/?severity=mild&duration=acute&doctor=yes&medication=ok"


def test_the_shortlist_comes_first_and_the_link_back_is_text_and_a_qr_code(ds: Dataset) -> None:
    pdf = build_handout(ds, View(), DAY, link=LINK)
    _, text = text_of(pdf)
    assert text.index("Your shortlist") < text.index("Your situation") < text.index("Warning signs")
    assert LINK in text.replace(" ", "") or LINK in text
    images = [img for page in PdfReader(io.BytesIO(pdf)).pages for img in page.images]
    assert len(images) == 1  # the QR code
    assert "It holds no health answers and no names" in text


def scanned(pdf: bytes) -> list[str]:
    """What a phone reads from the handout's QR codes (zxing-cpp, a real decoder)."""
    return [
        code.text
        for page in PdfReader(io.BytesIO(pdf)).pages
        for img in page.images
        for code in zxingcpp.read_barcodes(img.image)
    ]


def test_the_qr_code_scans_to_the_printed_link(ds: Dataset) -> None:
    pdf = build_handout(ds, View(), DAY, link=LINK)
    assert scanned(pdf) == [LINK]


def test_a_link_too_long_for_a_qr_code_is_cut_down_and_says_what_it_left_out(ds: Dataset) -> None:
    entries = "_".join(f"{(DAY + dt.timedelta(days=i)):%Y%m%d}.5.5.s.n.0" for i in range(60))
    long = f"{LINK}&plan=heat&planned=2026-11-27&checkins={entries}&pack=1.{'x' * 1900}"
    short, left_out = paper_link(long)
    assert len(short) < len(long) and "pack=" not in short
    assert "severity=mild" in short and "plan=heat" in short and "planned=2026-11-27" in short
    kept = dict(parse_qsl(urlsplit(short).query))["checkins"].split("_")
    assert kept[-1] == entries.split("_")[-1]  # the latest check-ins stay
    assert left_out[0].startswith("the local prices")
    assert left_out[1].startswith(f"{60 - len(kept)} older check-ins")
    pdf = build_handout(ds, View(), DAY, link=long)
    _, text = text_of(pdf)
    assert scanned(pdf) == [short]
    assert "To fit on paper, it leaves out the local prices" in text
    assert paper_link(LINK) == (LINK, ())


def test_no_link_no_qr_code(ds: Dataset) -> None:
    pdf = build_handout(ds, View(), DAY)
    assert not [img for page in PdfReader(io.BytesIO(pdf)).pages for img in page.images]


def test_the_questions_for_the_doctor_are_never_split_across_pages(ds: Dataset) -> None:
    for options in [(), ("massage",), ("massage", "water_therapy", "opioid", "rx_anti_inflammatory")]:
        view = View(signs=frozenset({"fever", "lump"}), options=options)
        pages = pages_of(build_handout(ds, view, DAY, link=LINK))
        holding = [i for i, page in enumerate(pages) if "Questions to ask your doctor" in page]
        assert len(holding) == 1
        for question in content.QUESTIONS_FOR_DOCTOR:
            assert question in pages[holding[0]], (options, question)


def test_coach_and_client_names_print_and_only_sure_sources_are_listed(ds: Dataset) -> None:
    view = View(options=("massage", "water_therapy"), coach="Dan Reyes, 555-0100", client="Maria")
    _, text = text_of(build_handout(ds, view, DAY))
    assert "Back pain relief options for Maria" in text
    assert "by Dan Reyes, 555-0100." in text
    sources = text.split("Sources", 1)[1]
    for source in content.cited(ds, view.options):
        brief = " ".join(content.source_brief(source).split())
        assert (brief in sources) == (source.confidence in ("V", "S")), source.id


def test_each_option_says_what_it_involves(ds: Dataset) -> None:
    _, text = text_of(build_handout(ds, View(options=("heat",)), DAY))
    assert " ".join(f"What it involves: {ds.option('heat').what_its_like}".split()) in text


# ------------------------------------------------------------------ letters the font can't print

CJK = "王医生"  # "Dr Wang" in Chinese: DejaVu Sans has no shapes for it


def test_unprintable_names_each_missing_letter_once_in_order() -> None:
    assert unprintable([f"{CJK} Studio", "Dr. 王 and 医院"]) == "王医生院"
    assert unprintable(["Zoë Ærø – Łódź ≤ ‘ok’ é", "two\nlines\tand spaces", ""]) == ""
    # unprintable skips printable ASCII without reading the font: the font must have all of it.
    assert {ord(c) for c in map(chr, range(32, 127))} <= _printable()


def test_letters_called_printable_print_and_the_others_are_blank(ds: Dataset) -> None:
    # The note on the page says what really happens in the PDF: check both halves.
    latin = "Zoë Ærø Łódź"
    _, text = text_of(build_handout(ds, View(options=("heat",), coach=latin, client=CJK), DAY))
    assert unprintable([latin]) == "" and latin in text
    assert unprintable([CJK]) == CJK and not any(letter in text for letter in CJK)


def test_typed_texts_are_the_names_and_every_text_of_a_pack() -> None:
    service = packs.PackRow("service", "massage", name="N", where="W", contact="C", note="T")
    pack = packs.Pack("Studio", dt.date(2026, 11, 20), (service,))
    texts = typed_texts(View(coach="Coach", client="Client", pack=pack))
    assert set(texts) >= {"Coach", "Client", "Studio", "N", "W", "C", "T"}
    assert unprintable(typed_texts(View(pack=replace(pack, set_by=CJK)))) == CJK


def test_a_name_in_letters_the_font_lacks_leaves_nothing_in_the_log(ds: Dataset, caplog: Any) -> None:
    """Security review M3: fpdf2 logged each missing letter, so a typed name reached the log."""
    caplog.set_level(logging.DEBUG)
    pdf = build_handout(ds, View(options=("heat",), coach="李医生 555-0100", client="王小明"), DAY)
    assert pdf.startswith(b"%PDF-")
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert not any(letter in logged for letter in "李医生王小明") and "555-0100" not in logged
