"""The Local prices page's parts: the two tables, the file upload, and the ways to share.
The rules and messages live in `dashboard.pack`; this module only holds the page's state.
What the coach types stays in the tables, good or bad: a pack with problems is listed with
its problems and is not used, and the last good pack stays in use."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pandas as pd
import streamlit as st
from streamlit.elements.lib.column_types import ColumnConfig

from dashboard import pack as packs
from dashboard import pack_tables, vocab
from dashboard.data import Dataset
from dashboard.handout import pack_texts
from dashboard.i18n import _, format_number, ngettext
from dashboard.pack_tables import label, unit_words
from dashboard.ui.parts import plain_table
from dashboard.ui.sharing import share_link, unprintable_note
from dashboard.ui.state import keep, page_link, saved_view
from dashboard.view import View

PRICES_KEY = "pack_prices"  # the tables' widget keys
SERVICES_KEY = "pack_services"
NAME_KEY = "pack_set_by"
DATE_KEY = "pack_set_on"
UPLOAD_KEY = "pack_upload"
BASE = "pack_tables"  # the (prices, services) frames the tables start from
EDITED = "pack_edited"  # what the tables held at the end of the last run
AUTHOR = "pack_author"  # the name and date at the end of the last run
FRESH = "pack_fresh"  # the tables were just started (by a file or "stop"), not left and come back to
FROM = "pack_from"  # the pack the tables were started from, or last made
UPLOADED = "pack_uploaded"  # the last upload's result: ("ok", rows loaded) or ("bad", problems)
MAX_UPLOAD_MB = 1  # Streamlit refuses bigger files; our own limit (MAX_FILE_BYTES) is far lower


def _start(ds: Dataset, pack: packs.Pack | None) -> None:
    """Start both tables, the name and the date again, from a pack (or empty)."""
    st.session_state[BASE] = (pack_tables.price_frame(ds.options, pack), pack_tables.service_frame(pack))
    for key in (PRICES_KEY, SERVICES_KEY, EDITED):
        st.session_state.pop(key, None)
    st.session_state[NAME_KEY] = pack.set_by if pack else st.session_state.get(NAME_KEY, "")
    st.session_state[DATE_KEY] = pack.set_on if pack else dt.date.today()
    st.session_state[FROM] = pack
    st.session_state[FRESH] = True


def sync(ds: Dataset, view: View) -> None:
    """Start the tables on a first visit, and again when a pack arrives from outside (a link)."""
    fresh = st.session_state.pop(FRESH, False)  # set by a callback this run: a file, or "stop"
    if BASE not in st.session_state or view.pack != st.session_state.get(FROM):
        _start(ds, view.pack)
        st.session_state.pop(FRESH)
        return
    if fresh or PRICES_KEY in st.session_state:
        return
    # Back from another page: Streamlit dropped the widgets' state, so start from what they held.
    if EDITED in st.session_state:
        st.session_state[BASE] = st.session_state[EDITED]
    if AUTHOR in st.session_state:
        st.session_state[NAME_KEY], st.session_state[DATE_KEY] = st.session_state[AUTHOR]
    st.session_state.pop(UPLOADED, None)  # a message about a file loaded before is old news


def upload(ds: Dataset) -> None:
    """Load a pack file into the tables, or list its problems and change nothing."""
    st.file_uploader(
        _("Load a pack file (CSV)"),
        type=["csv"],
        key=UPLOAD_KEY,
        on_change=_uploaded,
        args=(ds,),
        max_upload_size=MAX_UPLOAD_MB,
        help=_(
            "A file you saved from this page. Up to {rows} rows and {size} KB. "
            "The columns are listed on the Sources and method page."
        ).format(rows=packs.MAX_ROWS, size=packs.MAX_FILE_BYTES // 1000),
    )
    result = st.session_state.get(UPLOADED)
    if result is None:
        return
    kind, detail = result
    if kind == "ok":
        loaded = ngettext(
            "Loaded {count} row. These prices are now in use.",
            "Loaded {count} rows. These prices are now in use.",
            detail,
        )
        st.success(loaded.format(count=detail), icon=":material/check_circle:")
        return
    st.error(
        _(
            "We could not use this file, so nothing changed. Fix these problems in the file and load it again. "
            "Line 1 is the row of column names."
        ),
        icon=":material/error:",
    )
    plain_table(pack_tables.file_problems(detail))


def _uploaded(ds: Dataset) -> None:
    file = st.session_state.get(UPLOAD_KEY)
    if file is None:
        st.session_state.pop(UPLOADED, None)
        return
    pack, problems = packs.read_csv(file.getvalue(), ds.option_ids, file=file.name)
    if problems:
        st.session_state[UPLOADED] = ("bad", problems)
        return
    if pack is None:  # read_csv gives a problem for an empty pack, so this is not expected
        return
    _start(ds, pack)
    keep(replace(saved_view(), pack=pack))
    st.session_state[UPLOADED] = ("ok", len(pack.rows))


def author() -> tuple[str, dt.date | None]:
    left, right = st.columns([2, 1])
    name = left.text_input(
        _("Your name or practice"),
        key=NAME_KEY,
        max_chars=packs.TEXT_LIMITS["set_by"],
        help=_('Shown beside every local price: "Prices set by ..."'),
    )
    day = right.date_input(_("Date the prices were set"), key=DATE_KEY, format="YYYY-MM-DD")
    when = day if isinstance(day, dt.date) else None
    st.session_state[AUTHOR] = (name, when)
    return name, when


def _money(column: str) -> ColumnConfig:
    return st.column_config.NumberColumn(
        label(column), min_value=0, max_value=packs.MAX_PRICE, format="$%.2f"
    )


def _units() -> ColumnConfig:
    return st.column_config.SelectboxColumn(
        label("price_unit"), options=vocab.PRICE_UNITS, format_func=unit_words
    )


def _per_month() -> ColumnConfig:
    return st.column_config.NumberColumn(
        label("per_month"),
        min_value=1,
        max_value=packs.MAX_PER_MONTH,
        step=1,
        help=_("For a price per session or per visit: how many a month. It gives the cost of a month."),
    )


def _text(column: str) -> ColumnConfig:
    return st.column_config.TextColumn(label(column), max_chars=packs.TEXT_LIMITS[column])


def tables(ds: Dataset) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The prices table (one row per option) and the services table (add as many as needed)."""
    base_prices, base_services = st.session_state[BASE]
    st.subheader(_("Prices for our options"))
    st.caption(
        _(
            "Fill in only what you know; leave the rest empty and our national figure stays. "
            'Untick "Offered here" if it is not offered near you: it is still shown, with its evidence. '
            "For a prescription, give the price of the medicine; we add the doctor visit."
        )
    )
    prices = st.data_editor(
        base_prices,
        key=PRICES_KEY,
        hide_index=True,
        width="stretch",
        height=pack_tables.table_height(len(base_prices), ROW),  # every row shown: no scrolling inside
        row_height=ROW,
        disabled=("option", "national"),
        placeholder="",
        column_order=("option", "national", *pack_tables.PRICE_COLUMNS[1:]),
        column_config={
            "option": st.column_config.TextColumn(_("Option"), pinned=True),
            "national": st.column_config.TextColumn(_("Our national figure"), width="medium"),
            "offered": st.column_config.CheckboxColumn(label("offered")),
            "price_low_usd": _money("price_low_usd"),
            "price_high_usd": _money("price_high_usd"),
            "price_unit": _units(),
            "per_month": _per_month(),
        },
    )
    st.subheader(_("Local services"))
    st.caption(
        _(
            "A local service is a kind of one of our options: a Tuesday aqua back class is a kind of "
            "water exercise therapy. It shows that option's evidence, harms and warnings. "
            'Add one with "Add a local service" below. To change one, type in its cell. To remove one, '
            "tick the box at the start of its row, then press Delete."
        )
    )
    names = {o.id: o.name for o in ds.options}
    services = st.data_editor(
        base_services,
        key=SERVICES_KEY,
        hide_index=True,
        width="stretch",
        # New services come from the form, whole: the table only edits and removes rows.
        num_rows="delete",
        height=pack_tables.table_height(max(1, len(base_services)), ROW),  # an empty table says so
        row_height=ROW,
        placeholder="",
        column_order=pack_tables.SERVICE_COLUMNS,
        column_config={
            "option_id": st.column_config.SelectboxColumn(
                _("Kind of option"),
                options=list(names),
                format_func=lambda option_id: names[str(option_id)],
                required=True,
            ),
            "name": _text("name"),
            "price_low_usd": _money("price_low_usd"),
            "price_high_usd": _money("price_high_usd"),
            "price_unit": _units(),
            "per_month": _per_month(),
            "where": _text("where"),
            "contact": _text("contact"),
            "note": _text("note"),
        },
    )
    st.session_state[EDITED] = (prices, services)
    add_service(ds)
    return prices, services


ROW = 35  # px: a row of the data editors (Streamlit's own height)
NEW = "pack_new_"  # the "Add a local service" form's widget keys: NEW + a service column
NEW_PROBLEMS = "pack_new_problems"  # what was wrong with the last service the form tried to add


def add_service(ds: Dataset) -> None:
    """A small labelled form for one local service. It is checked only when the coach presses
    "Add this service", never while it is half filled in; a service with a problem is not
    added, and the form keeps what was typed."""
    names = {o.id: o.name for o in ds.options}
    with st.form("pack_new_service"):
        st.markdown("#### " + _("Add a local service"))
        kind, name = st.columns([1, 1])
        kind.selectbox(
            _("Kind of option"),
            list(names),
            format_func=names.__getitem__,
            index=None,
            placeholder=_("Choose an option"),
            key=NEW + "option_id",
        )
        name.text_input(
            label("name"),
            max_chars=packs.TEXT_LIMITS["name"],
            placeholder=_("For example: Aqua back class, Eastside Y"),
            key=NEW + "name",
        )
        low, high, unit, month = st.columns(4)
        for column, where in (("price_low_usd", low), ("price_high_usd", high)):
            where.number_input(
                label(column),
                min_value=0.0,
                max_value=float(packs.MAX_PRICE),
                value=None,
                step=1.0,
                format="%.2f",
                key=NEW + column,
            )
        unit.selectbox(
            label("price_unit"),
            vocab.PRICE_UNITS,
            format_func=unit_words,
            index=None,
            placeholder=_("Choose an option"),
            key=NEW + "price_unit",
        )
        month.number_input(
            label("per_month"),
            min_value=1,
            max_value=packs.MAX_PER_MONTH,
            value=None,
            step=1,
            key=NEW + "per_month",
            help=_("For a price per session or per visit: how many a month."),
        )
        where, contact = st.columns(2)
        where.text_input(label("where"), max_chars=packs.TEXT_LIMITS["where"], key=NEW + "where")
        contact.text_input(label("contact"), max_chars=packs.TEXT_LIMITS["contact"], key=NEW + "contact")
        st.form_submit_button(_("Add this service"), icon=":material/add:", on_click=_add, args=(ds,))
    problems = st.session_state.get(NEW_PROBLEMS)
    if problems is not None:
        st.error(
            _("We did not add this service yet. Fix these, then press Add this service again:"),
            icon=":material/error:",
        )
        plain_table(problems)


def _add(ds: Dataset) -> None:
    fields = {c: st.session_state.get(NEW + c) for c in pack_tables.SERVICE_COLUMNS}
    problems = pack_tables.new_service_problems(fields, ds.option_ids)
    if len(problems):
        st.session_state[NEW_PROBLEMS] = problems
        return
    st.session_state.pop(NEW_PROBLEMS, None)
    base_prices, _ = st.session_state[BASE]
    _, services = st.session_state.get(EDITED, st.session_state[BASE])
    added = pd.DataFrame([{c: fields[c] for c in pack_tables.SERVICE_COLUMNS}]).astype(
        services.dtypes.to_dict()
    )
    st.session_state[BASE] = (base_prices, pd.concat([services, added], ignore_index=True))
    st.session_state.pop(SERVICES_KEY, None)  # the table starts again from its new rows
    for c in pack_tables.SERVICE_COLUMNS:  # an empty form for the next one
        if NEW + c in st.session_state:
            st.session_state[NEW + c] = "" if c in ("name", "where", "contact") else None


def check(
    ds: Dataset, view: View, author: tuple[str, dt.date | None], prices: pd.DataFrame, services: pd.DataFrame
) -> tuple[View, list[dict[str, str]]]:
    """Check the tables. A good pack goes into the view; problems are listed, and the last
    good pack stays in use. Returns the view, and the tables' rows when they have problems
    (the file then holds them as typed) or [] when the tables are the pack in use."""
    name, day = author
    rows, places = pack_tables.rows_from_tables(prices, services, name, day)
    pack, problems = packs.check_rows(rows, ds.option_ids)
    if problems:
        st.error(
            _(
                "Some entries break a rule, so your latest changes are not in use yet. "
                "What you typed stays in the tables. Fix these:"
            ),
            icon=":material/error:",
        )
        plain_table(pack_tables.page_problems(problems, places))
        return view, rows
    if pack != view.pack:
        view = replace(view, pack=pack)
        st.session_state[FROM] = pack
    return view, []


def share(ds: Dataset, view: View, broken: list[dict[str, str]]) -> None:
    """The pack's link for clients, or why it has none; the file; and a way to stop.
    `broken` holds the tables' rows when they have problems: the file then holds those."""
    st.header(_("Share or save"))
    pack = view.pack
    if pack is None:
        st.info(
            _('Add a price, a service or a "not offered" mark, with your name and the date, to share them.')
        )
    else:
        value = packs.link_value(pack)
        if value is None:
            st.warning(
                _(
                    "These prices are too big for a link ({size} characters; a link can hold {most}). "
                    "Share the file instead: your client loads it on this page."
                ).format(size=format_number(len(packs.to_link(pack))), most=format_number(packs.LINK_LIMIT)),
                icon=":material/link_off:",
            )
        else:
            st.markdown(_("**For your clients.** This link opens Find my options with your prices."))
            share_link("", {"pack": value})
            st.caption(
                _(
                    "The link and the file hold only your name or practice, the date, and the prices and "
                    "services in the tables. Nothing about a client. We store nothing on our server."
                )
            )
        unprintable_note(pack_texts(pack))
        page_link(
            "../pages/find.py", _("See Find my options with these prices"), ":material/search:", view, "find"
        )
    if broken:
        st.caption(
            _("The file holds the tables as they are now, problems too. Fix them before you load it again.")
        )
    # The file's columns and values are the same in every language (it is read back).
    st.download_button(
        _("Download the pack (CSV)"),
        packs.rows_to_csv(broken) if broken or pack is None else packs.to_csv(pack),
        file_name=_(packs.FILE_NAME),
        mime="text/csv",
        icon=":material/download:",
        disabled=not broken and pack is None,
        help=_("Keep it to load again later, or send it with the link."),
    )
    if pack is not None:
        st.button(_("Stop using local prices"), on_click=_clear, args=(ds,), icon=":material/restart_alt:")


def _clear(ds: Dataset) -> None:
    keep(replace(saved_view(), pack=None))
    _start(ds, None)
    st.session_state.pop(UPLOADED, None)
