"""Reading one value of a link: each function takes the text a link holds for a name and
returns the value, or the usual value and a plain notice. None of them raises, and no notice
repeats back anything that could be a link or markup (`shown`).

The names themselves, which pages carry them and what they hold, are declared once in
`dashboard.view` (`LINK_NAMES`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from dashboard import i18n, scoring, vocab
from dashboard.i18n import _, ngettext
from dashboard.matching import DEFAULT_WEIGHTS, WEIGHT_LEVELS
from dashboard.situation import DOCTOR_CHOICES, MAX_BUDGET, MEDICATION_CHOICES, NEEDS, Situation
from dashboard.text import named

Params = Mapping[str, str | Sequence[str]]

MAX_OPTIONS = 4
MAX_PLAN = 2
MAX_SLIDE = 99

CHOICES: dict[str, tuple[str, ...]] = {
    "severity": vocab.SEVERITIES,
    "duration": vocab.DURATIONS,
    "doctor": DOCTOR_CHOICES,
    "medication": MEDICATION_CHOICES,
    "need": NEEDS,
}

# Names the app carries through every link untouched: a campaign tag (`utm_…`).
PASS_THROUGH: tuple[str, ...] = ()
PASS_THROUGH_PREFIX = "utm_"
PASS_THROUGH_VALUE = re.compile(r"[A-Za-z0-9_.-]{1,40}")
MAX_VALUE = 4_000  # the most any name may hold (a pack is at most 2,000); each has its own cap

# What a notice may quote back: short, and no ".", "@" or "/", so it can never read as an
# address (www.example.org, name@host, https://...) or as markup.
SAFE_TO_SHOW = re.compile(r"[\w ,:-]{0,30}")


def shown(value: str) -> str:
    """A value from a link, quoted for a notice. Anything that could be a link or markup
    (or is long) is not repeated back, so a shared link can't plant text on the page."""
    return repr(value) if SAFE_TO_SHOW.fullmatch(value) else _("(a value we don't show)")


def last_value(raw: str | Sequence[str] | None) -> str | None:
    """The value of a name given once or more: the last one wins, as in most web apps."""
    if raw is None:
        return None
    if not isinstance(raw, str):
        raw = raw[-1] if len(raw) else ""
    return raw.strip()


def parse_situation(params: Params) -> tuple[Situation, list[str]]:
    notices: list[str] = []
    values: dict[str, object] = {}
    for name, allowed in CHOICES.items():
        value = last_value(params.get(name))
        if value is None:
            continue
        if value.lower() in allowed:
            values[name] = value.lower()
        else:
            notices.append(
                _("We ignored {name}={value}: it must be one of {allowed}.").format(
                    name=name, value=shown(value), allowed=", ".join(allowed)
                )
            )

    budget = last_value(params.get("budget"))
    if budget is not None:
        if budget.isascii() and budget.isdigit() and int(budget) <= MAX_BUDGET:
            values["budget"] = int(budget)
        else:
            notices.append(
                _("We ignored budget={value}: it must be whole US dollars a month, from 0 to {most}.").format(
                    value=shown(budget), most=i18n.format_number(MAX_BUDGET)
                )
            )

    article = last_value(params.get("article"))
    if article is not None:
        if article.lower() in ("only", "all"):
            values["article_only"] = article.lower() == "only"
        else:
            notices.append(
                _("We ignored article={value}: it must be only or all.").format(value=shown(article))
            )
    answered = frozenset(values)  # what the link says counts as given
    return replace(Situation(), **values, answered=answered), notices  # type: ignore[arg-type]


def parse_weights(raw: str | None) -> tuple[dict[str, int], list[str]]:
    """Read `weights=speed:3,cost:0`. Names not given keep their usual level."""
    weights = dict(DEFAULT_WEIGHTS)
    bad: list[str] = []
    for part in (raw or "").split(","):
        name, _colon, level = part.strip().lower().partition(":")
        if name in weights and level in {str(x) for x in WEIGHT_LEVELS}:
            weights[name] = int(level)
        elif part.strip():
            bad.append(shown(part.strip()))
    if not bad:
        return weights, []
    return weights, [
        _(
            "We ignored part of weights: {parts}. Use names like speed or cost with 0 to 3, as in speed:3."
        ).format(parts=named(bad))
    ]


def weights_to_query(weights: Mapping[str, int]) -> str:
    """The link form of the weights that differ from the usual ("" when none do)."""
    return ",".join(f"{a}:{weights[a]}" for a in scoring.ATTRIBUTES if weights.get(a) != DEFAULT_WEIGHTS[a])


def parse_option_ids(
    raw: str | Sequence[str] | None, known: Sequence[str], limit: int = MAX_OPTIONS
) -> tuple[list[str], list[str]]:
    """Read `options=a,b,c`: known ids in order, once each, at most `limit`."""
    if raw is None:
        return [], []
    if not isinstance(raw, str):
        raw = ",".join(raw)
    chosen: list[str] = []
    unknown: list[str] = []
    for part in raw.split(","):
        oid = part.strip().lower()
        if not oid or oid in chosen:
            continue
        (chosen if oid in known else unknown).append(oid)
    notices: list[str] = []
    if unknown:
        notices.append(
            _("We ignored unknown option ids: {ids}.").format(
                ids=named([shown(u).strip(chr(39)) for u in unknown])
            )
        )
    if len(chosen) > limit:
        notices.append(
            _(
                "You can compare up to {limit} options, so we kept the first {limit} and left out {rest}."
            ).format(limit=limit, rest=named(chosen[limit:]))
        )
        chosen = chosen[:limit]
    return chosen, notices


def parse_slide(raw: str | None) -> tuple[int, list[str]]:
    """`slide=` is a number from 1. Anything else is ignored with a notice."""
    if raw is None or raw == "":
        return 1, []
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_SLIDE:
        return int(raw), []
    return 1, [
        _("We ignored slide={value}: it must be a slide number, like 1 or 2.").format(value=shown(raw))
    ]


def parse_planned(raw: str | None) -> tuple[dt.date | None, list[str]]:
    """`planned=2026-11-27`: the day the plan was made."""
    if not raw:
        return None, []
    try:
        return dt.date.fromisoformat(raw), []
    except ValueError:
        return None, [
            _("We ignored planned={value}: it must be a date like 2026-11-27.").format(value=shown(raw))
        ]


def parse_language(raw: str | None) -> tuple[str, list[str]]:
    """`lang=es`: the language of the words. Left out or not one we have: the source's."""
    if raw is None or raw in i18n.LANGUAGES:
        return raw or i18n.SOURCE, []
    return i18n.SOURCE, [_("We ignored the language in the link: it is not one this app has.")]


def unknown_names(params: Params, ours: Collection[str]) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """Names the app passes through (kept, if their value is plain), and one notice, quoting
    nothing, for any other name it does not use."""
    passed: list[tuple[str, str]] = []
    unknown = 0
    for name in params:
        if name in ours:
            continue
        if name in PASS_THROUGH or name.startswith(PASS_THROUGH_PREFIX):
            value = last_value(params[name]) or ""
            if PASS_THROUGH_VALUE.fullmatch(value) and len(passed) < 8:
                passed.append((name, value))
            continue
        unknown += 1
    if not unknown:
        return tuple(passed), []
    notice = ngettext(
        "We ignored {count} name in the link that this app does not use.",
        "We ignored {count} names in the link that this app does not use.",
        unknown,
    )
    return tuple(passed), [notice.format(count=unknown)]


def capped(params: Params, caps: Mapping[str, int]) -> tuple[dict[str, str | Sequence[str]], list[str]]:
    """The link's values, before any is parsed: a name of ours whose value is longer than
    its cap (`caps`, characters; names given more than once count all their values) is left
    out whole, with one notice naming it. Other names are kept as they are."""

    def size(value: str | Sequence[str]) -> int:
        return len(value) if isinstance(value, str) else sum(len(v) for v in value)

    long = sorted(n for n, v in params.items() if n in caps and size(v) > caps[n])
    kept = {name: value for name, value in params.items() if name not in long}
    notices = (
        [_("We ignored {names}: too long to be a value this app wrote.").format(names=named(long))]
        if long
        else []
    )
    return kept, notices


def situation_query(situation: Situation) -> dict[str, str]:
    """The situation's link form: the brief's four names always, the rest only when set."""
    query: dict[str, str] = {
        "severity": situation.severity,
        "duration": situation.duration,
        "doctor": situation.doctor,
        "medication": situation.medication,
    }
    if situation.budget is not None:
        query["budget"] = str(situation.budget)
    if situation.need != Situation.need:
        query["need"] = situation.need
    if situation.article_only:
        query["article"] = "only"
    return query
