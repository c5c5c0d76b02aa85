"""Using a pack: its prices in words, and a dataset whose options carry them (`apply`)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from dashboard.data import Dataset, Local, LocalService, Option
from dashboard.i18n import N_, _
from dashboard.pack.format import Pack, PackRow
from dashboard.text import cost_range, money
from dashboard.vocab import CostUnit

# ------------------------------------------------------------------ using a pack


UNPRICED = N_("Price not given")  # a local service the coach gave no price for: shown as _(UNPRICED)

# A price and what it covers, as vocab.PRICE_UNIT_WORDS says the unit ("$40 a session").
PRICE_PER = {
    "session": N_("{price} a session"),
    "visit": N_("{price} a visit"),
    "month": N_("{price} a month"),
    "course": N_("{price} a course"),
    "one_off": N_("{price} one-off"),
}
# A price per session or per visit, with how many a month and what a month costs.
PRICE_PER_MONTH = {
    "session": N_("{price} a session, {count} a month: about {month} a month"),
    "visit": N_("{price} a visit, {count} a month: about {month} a month"),
}


def dollars(value: float) -> str:
    """ "$12", "$12.50", "$0.40": cents only when there are some (a coach's prices may have them)."""
    # US English and US Spanish write it the same way: $1,234.50.
    return money(value) if float(value).is_integer() else f"${value:,.2f}"


def _range(low: float, high: float) -> str:
    if dollars(low) == dollars(high):
        return dollars(low)
    return _("{low} to {high}").format(low=dollars(low), high=dollars(high))


def price_words(row: PackRow) -> str:
    """ "$40 to $50 a session, 4 a month: about $160 to $200 a month"; "" with no price.
    In this run's language."""
    if row.price_low_usd is None or row.price_high_usd is None or row.price_unit is None:
        return ""
    if row.price_high_usd == 0:
        return _("Free")
    price = _range(row.price_low_usd, row.price_high_usd)
    if row.per_month and row.price_unit in PRICE_PER_MONTH:
        month = _range(row.price_low_usd * row.per_month, row.price_high_usd * row.per_month)
        return _(PRICE_PER_MONTH[row.price_unit]).format(price=price, count=row.per_month, month=month)
    return _(PRICE_PER[row.price_unit]).format(price=price)


def cost_to_try(row: PackRow) -> tuple[float, float, CostUnit] | None:
    """The price on the basis the budget and the ranking use: a month, a course or one-off."""
    if row.price_low_usd is None or row.price_high_usd is None or row.price_unit is None:
        return None
    if row.price_unit in ("session", "visit"):
        n = row.per_month or 0
        return row.price_low_usd * n, row.price_high_usd * n, "month"
    unit: CostUnit = row.price_unit  # type: ignore[assignment]
    return row.price_low_usd, row.price_high_usd, unit


def local_option(option: Option, pack: Pack) -> Option:
    """The option with this pack's price and services. Its evidence is untouched, and so is
    its cost unless the pack prices the option itself. Its words are in this run's language."""
    row = pack.price_row(option.id)
    services = pack.services(option.id)
    if row is None and not services:
        return option
    local = Local(
        pack.set_by,
        pack.set_on,
        offered=row.offered if row else True,
        national=cost_range(option),
        national_basis=option.cost_basis,
        services=tuple(
            LocalService(
                s.name, price_words(s) or _(UNPRICED), s.where, s.contact, s.note, priced=bool(price_words(s))
            )
            for s in services
        ),
    )
    # Only the coach's price for the option itself changes its cost. A service's price is its
    # own ("Near you"): a $25 gym class must not make free home exercise cost $25.
    cost = cost_to_try(row) if row is not None else None
    if row is None or cost is None:
        return replace(option, local=local)
    low, high, unit = cost
    words = price_words(row)
    return replace(
        option,
        cost_low_usd=low,
        cost_high_usd=high,
        cost_unit=unit,
        cost_basis=f"{local.signed}: {words}.",
        cost_confidence="U",
        local=replace(local, price=words),
    )


def apply(ds: Dataset, pack: Pack | None) -> Dataset:
    """The dataset with a coach's local prices and services; the same dataset without a pack."""
    if pack is None:
        return ds
    return replace(ds, options=tuple(local_option(o, pack) for o in ds.options))


def national_table(local_ds: Dataset) -> pd.DataFrame:
    """Every option's local price beside our national figure: the national figures one click
    away. A table a person reads, in this run's language."""
    not_given = _("Not given")
    return pd.DataFrame(
        [
            {
                _("Option"): o.name,
                _("Local price"): (o.local.price or not_given) if o.local else not_given,
                _("Offered here"): _("No") if o.local and not o.local.offered else "",
                _("National figure"): o.local.national if o.local else cost_range(o),
            }
            for o in local_ds.options
        ]
    )
