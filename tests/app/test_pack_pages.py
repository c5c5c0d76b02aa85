"""App tests of a coach's local pack: the Local prices page, and local prices on every page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import pack as packs
from dashboard import pack_tables
from dashboard.data import Dataset
from dashboard.ui.parts import plain_table
from tests.app.test_pages import app, card_titles, open_page, plain_texts, texts

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "example-pack.csv"
SIGNED = "Prices set by Example Wellness Studio, 20 Nov 2026"


@pytest.fixture(scope="module")
def example(ds: Dataset) -> packs.Pack:
    pack, problems = packs.read_csv(EXAMPLE.read_bytes(), ds.option_ids)
    assert problems == [] and pack is not None
    return pack


@pytest.fixture(scope="module")
def link(example: packs.Pack) -> str:
    value = packs.link_value(example)
    assert value is not None
    return value


def tables(at: AppTest) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The Local prices page's two tables (prices, services), as the data editors hold them."""
    prices, services = (cast(Any, e).value for e in at.get("data_editor"))
    return prices, services


def all_text(at: AppTest) -> str:
    """Every text on the page as a person reads it: Markdown, notes and plain text."""
    return texts(at) + "\n" + "\n".join(str(i.value) for i in at.info)


# ------------------------------------------------------------------ the Local prices page


def test_the_page_starts_empty_with_our_national_figures_to_read() -> None:
    at = open_page("pack")
    assert not at.exception
    frame, services = tables(at)
    assert len(frame) == 11 and frame["price_low_usd"].isna().all()
    # The national figures, to read: an Rx visit, free care, and "Unknown" where we have no price.
    assert {"Free", "Unknown", "Doctor visit $138 to $183, plus the medicine (price unknown)"} <= set(
        frame["national"]
    )
    assert len(services) == 0
    assert "Add a price, a service" in all_text(at)
    assert not at.error


def test_the_page_opens_a_pack_from_a_link_in_its_tables(link: str) -> None:
    at = open_page("pack", pack=link)
    assert not at.exception and not at.warning
    prices, services = tables(at)
    massage = prices.set_index("option_id").loc["massage"]
    assert (massage["price_low_usd"], massage["price_high_usd"], massage["price_unit"]) == (55, 70, "session")
    assert not prices.set_index("option_id").loc["opioid"]["offered"]
    assert list(services["name"]) == ["Tuesday aqua back class", "Back care walking group"]
    assert at.text_input(key="pack_set_by").value == "Example Wellness Studio"
    assert at.date_input(key="pack_set_on").value == dt.date(2026, 11, 20)
    # The share box holds a link to Find with the pack, and says what the link holds.
    share = at.text_input(key="share_link_find").value
    assert share is not None and "pack=" + link in share
    assert "hold only your name or practice, the date, and the prices" in all_text(at)
    # The page's own link keeps the pack, so a reload keeps it too.
    assert at.query_params["pack"] == link


def test_changing_the_name_changes_the_pack_and_its_link(ds: Dataset, example: packs.Pack, link: str) -> None:
    at = open_page("pack", pack=link)
    at.text_input(key="pack_set_by").input("Dana's Back Studio").run()
    assert not at.exception
    new = at.query_params["pack"]
    assert new != link
    pack, notices = packs.from_link(new, ds.option_ids)
    assert notices == () and pack is not None
    assert pack.set_by == "Dana's Back Studio" and pack.rows == example.rows
    assert at.session_state["view"].pack == pack


def test_an_empty_name_is_a_problem_and_the_last_good_pack_stays(link: str, example: packs.Pack) -> None:
    at = open_page("pack", pack=link)
    with_problems = "The file holds the tables as they are now, problems too."
    assert not any(with_problems in c.value for c in at.caption)  # a good pack: the file is the pack
    at.text_input(key="pack_set_by").input("").run()
    assert any(with_problems in c.value for c in at.caption)
    assert not at.exception
    assert at.error and "not in use yet" in at.error[0].value
    problems = html_tables(at)[0]
    assert list(problems.columns) == ["Table", "Row", "Column", "Problem", "Value"]
    assert problems.iloc[0]["Column"] == "Your name or practice"
    assert problems.iloc[0]["Problem"] == "must be filled in, above the tables"
    assert at.session_state["view"].pack == example
    # What the coach typed stays: the tables still hold the pack's rows.
    assert len(tables(at)[1]) == 2


def test_stop_using_local_prices_clears_the_pack_and_the_tables(link: str) -> None:
    at = open_page("pack", pack=link)
    stop = next(b for b in at.button if b.label == "Stop using local prices")
    stop.click().run()
    assert not at.exception
    assert at.session_state["view"].pack is None
    assert tables(at)[0]["price_low_usd"].isna().all()
    assert "pack" not in at.query_params


def test_a_pack_too_big_for_a_link_says_so_and_offers_the_file(ds: Dataset) -> None:
    services = tuple(
        packs.PackRow(
            "service",
            "massage",
            name=f"Service {i}",
            price_low_usd=i,
            price_high_usd=i + 1,
            price_unit="one_off",
            note=hashlib.sha256(str(i).encode()).hexdigest(),
        )
        for i in range(packs.MAX_ROWS)
    )  # fmt: skip  (notes that do not compress, as real ones would not)
    big = packs.Pack("Example Wellness Studio", dt.date(2026, 11, 20), services)
    assert packs.link_value(big) is None
    at = open_page("pack", pack=packs.to_link(big))
    assert not at.exception
    assert any("too big for a link" in w.value for w in at.warning)
    assert "pack" not in at.query_params  # never a link cut to fit
    assert at.session_state["view"].pack == big  # still in use in this session
    download = cast(Any, at.get("download_button")[0])
    assert download.label == "Download the pack (CSV)"


# ------------------------------------------------------------------ local prices on the pages


def test_find_uses_local_prices_marked_and_signed(link: str) -> None:
    at = app(severity="moderate", duration="acute", pack=link).run()
    assert not at.exception
    text = all_text(at)
    assert "Local prices in use. " + SIGNED in text
    assert "Local price: $55 to $70 a session, 4 a month: about $220 to $280 a month. " + SIGNED in text
    # The budget filter uses the local price: store-bought pain pills had no price we trust,
    # and the coach's $4 to $6 a course fits a $10 budget.
    at = app(severity="moderate", duration="acute", budget="10", pack=link).run()
    # A card with a coach's words: heading, facts as plain text, then why it fits.
    marks = [m.value for m in at.markdown]
    head = next(i for i, m in enumerate(marks) if m.startswith("### ") and "naproxen" in m)
    card = marks[head] + marks[head + 1]
    assert "costs $4 to $6 a course (a local price)" in card
    assert "could not find its full cost" not in card
    # The link the page writes keeps the pack.
    assert at.query_params["pack"] == link


def test_without_the_pack_find_shows_national_figures(link: str) -> None:
    at = app(severity="moderate", duration="acute", budget="10").run()
    card = next(m.value for m in at.markdown if m.value.startswith("### ") and "naproxen" in m.value)
    assert "could not find its full cost" in card
    assert "Local price" not in all_text(at)


@pytest.mark.parametrize("cut", ["end", "middle", "version"])
def test_a_cut_or_changed_pack_link_gives_a_notice_and_national_prices(link: str, cut: str) -> None:
    bad = {
        "end": link[:-6],
        "middle": link[:30] + ("A" if link[30] != "A" else "B") + link[31:],
        "version": "9" + link[1:],
    }[cut]
    at = app(severity="moderate", duration="acute", pack=bad).run()
    assert not at.exception
    assert any("We ignored the local prices in this link" in w.value for w in at.warning)
    assert "Local price" not in all_text(at)
    assert "pack" not in at.query_params


EVIL = "![x](https://tracker.example/p.png) www.evil.example a@evil.example **bold** :red[x] $1$ <b>x</b>"


def html_tables(at: AppTest) -> list[pd.DataFrame]:
    """The tables drawn as plain-text HTML (`ui.parts.plain_table`), read back with pandas."""
    return [
        pd.read_html(io.StringIO(h.value), flavor="lxml", keep_default_na=False)[0]
        for h in at.html
        if "<table" in h.value
    ]


def shown_values(at: AppTest) -> list[str]:
    """Every text the page passes through Markdown: prose, notices, captions and table cells."""
    values = [
        str(e.value) for e in [*at.markdown, *at.info, *at.caption, *at.warning, *at.error, *at.success]
    ]
    for frame in [t.value for t in at.table]:
        values += [str(c) for c in frame.columns] + [str(v) for v in frame.to_numpy().ravel()]
    return values


def assert_plain(at: AppTest) -> None:
    """A pack's text never reaches Markdown (not even escaped: a bare address would still be
    a link), and what is drawn as HTML is escaped: no tag of its own."""
    for value in shown_values(at):
        assert "evil" not in value and "tracker.example" not in value, value
    for h in at.html:
        if 'class="relief-' in h.value:
            assert "<b>x</b>" not in h.value and "<img" not in h.value and "<a " not in h.value, h.value


def test_text_from_a_pack_is_never_markup_on_any_page(ds: Dataset) -> None:
    row = packs.PackRow("option", "massage", price_low_usd=50, price_high_usd=60, price_unit="month")
    service = packs.PackRow("service", "massage", name=EVIL[:60], where=EVIL[:80], note=EVIL)
    pack = packs.Pack(EVIL[:60], dt.date(2026, 11, 20), (row, service))
    value = packs.to_link(pack)
    at = app(severity="moderate", duration="acute", pack=value).run()
    assert not at.exception
    assert_plain(at)
    assert any(EVIL in t for t in plain_texts(at))
    for page, params in (
        ("compare", {"options": "massage,heat"}),
        ("present", {"options": "massage,heat", "slide": "4"}),
        ("pack", {}),
    ):
        at = open_page(page, pack=value, **params)
        assert not at.exception, page
        assert_plain(at)
        if page != "pack":  # the Local prices page shows the name in its text box, not as prose
            assert any(EVIL[:60] in t for t in plain_texts(at)), page


def test_the_page_says_which_letters_of_a_pack_the_handout_cannot_print(example: packs.Pack) -> None:
    at = open_page("pack", pack=packs.to_link(example))
    assert not any("can't print" in c.value for c in at.caption)
    named = dataclasses.replace(example, set_by="王 Studio")
    at = open_page("pack", pack=packs.to_link(named))
    assert not at.exception
    said = "The handout can&#x27;t print these letters: 王."
    assert any(said in h.value for h in at.html)


def test_a_bad_file_or_table_never_shows_its_text_as_markup(ds: Dataset) -> None:
    # The problem tables quote a file's bad values and unknown column names.
    header = ",".join([*packs.COLUMNS, EVIL]).encode()
    _, problems = packs.read_csv(header + b"\n", ds.option_ids)
    drawn: list[str] = []
    plain_table(pack_tables.file_problems(problems), SimpleNamespace(html=drawn.append))
    shown = "".join(drawn)
    assert html.escape(EVIL) in shown
    assert "<a " not in shown and "<img" not in shown


def test_the_coach_can_leave_the_page_and_come_back_to_the_same_tables(
    link: str, example: packs.Pack
) -> None:
    at = open_page("pack", pack=link)
    at.text_input(key="pack_set_by").input("Dana's Back Studio").run()
    at.switch_page("../pages/find.py").run()
    at.switch_page("../pages/pack.py").run()
    assert not at.exception and not at.error
    assert at.text_input(key="pack_set_by").value == "Dana's Back Studio"
    assert at.date_input(key="pack_set_on").value == dt.date(2026, 11, 20)
    assert list(tables(at)[1]["name"]) == ["Tuesday aqua back class", "Back care walking group"]
    assert at.session_state["view"].pack == dataclasses.replace(example, set_by="Dana's Back Studio")


def test_compare_starts_from_the_order_with_local_prices(ds: Dataset) -> None:
    # A local price for massage (whose national price is unknown) travels from Find to Compare.
    row = packs.PackRow("option", "massage", price_low_usd=10, price_high_usd=20, price_unit="month")
    value = packs.to_link(packs.Pack("Dana", dt.date(2026, 11, 20), (row,)))
    find = app(severity="moderate", duration="chronic", budget="50", pack=value).run()
    first = [t.split(". ", 1)[1] for t in card_titles(find)[:3]]
    at = open_page("compare", severity="moderate", duration="chronic", budget="50", pack=value)
    names = {o.id: o.name for o in ds.options}
    assert [names[i] for i in at.multiselect[0].value] == first


def test_compare_shows_local_prices_and_services_beside_national_figures(link: str) -> None:
    at = open_page("compare", options="massage,water_therapy", pack=link)
    assert not at.exception
    text = all_text(at)
    assert "#### What is offered near you?" in text
    assert "Tuesday aqua back class" in text
    assert "National figure: Unknown" in text
    assert at.query_params["pack"] == link


def test_coach_mode_slides_use_local_prices(link: str) -> None:
    at = open_page("present", options="massage,water_therapy", slide="4", pack=link)
    assert not at.exception
    text = all_text(at)
    assert "Local price" in text
    assert at.query_params["pack"] == link


def test_about_documents_every_pack_column() -> None:
    at = open_page("about")
    assert not at.exception
    documented = next(
        t.value for t in at.table if "Column" in t.value.columns and "per_month" in set(t.value["Column"])
    )
    assert list(documented["Column"]) == list(packs.COLUMNS)
