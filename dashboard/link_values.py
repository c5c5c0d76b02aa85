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

from dashboard import scoring, vocab
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

# Names the app carries through every link untouched: a language for later, and a campaign tag.
PASS_THROUGH = ("lang",)
PASS_THROUGH_PREFIX = "utm_"
PASS_THROUGH_VALUE = re.compile(r"[A-Za-z0-9_.-]{1,40}")
MAX_VALUE = 4_000  # the most any name may hold (a pack is at most 2,000); each has its own cap

# What a notice may quote back: short, and no ".", "@" or "/", so it can never read as an
# address (www.example.org, name@host, https://...) or as markup.
SAFE_TO_SHOW = re.compile(r"[\w ,:-]{0,30}")


def shown(value: str) -> str:
    """A value from a link, quoted for a notice. Anything that could be a link or markup
    (or is long) is not repeated back, so a shared link can't plant text on the page."""
    return repr(value) if SAFE_TO_SHOW.fullmatch(value) else "(a value we don't show)"


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
            notices.append(f"We ignored {name}={shown(value)}: it must be one of {', '.join(allowed)}.")

    budget = last_value(params.get("budget"))
    if budget is not None:
        if budget.isascii() and budget.isdigit() and int(budget) <= MAX_BUDGET:
            values["budget"] = int(budget)
        else:
            notices.append(
                f"We ignored budget={shown(budget)}: it must be whole US dollars a month, "
                f"from 0 to {MAX_BUDGET:,}."
            )

    article = last_value(params.get("article"))
    if article is not None:
        if article.lower() in ("only", "all"):
            values["article_only"] = article.lower() == "only"
        else:
            notices.append(f"We ignored article={shown(article)}: it must be only or all.")
    answered = frozenset(values)  # what the link says counts as given
    return replace(Situation(), **values, answered=answered), notices  # type: ignore[arg-type]


def parse_weights(raw: str | None) -> tuple[dict[str, int], list[str]]:
    """Read `weights=speed:3,cost:0`. Names not given keep their usual level."""
    weights = dict(DEFAULT_WEIGHTS)
    bad: list[str] = []
    for part in (raw or "").split(","):
        name, _, level = part.strip().lower().partition(":")
        if name in weights and level in {str(x) for x in WEIGHT_LEVELS}:
            weights[name] = int(level)
        elif part.strip():
            bad.append(shown(part.strip()))
    if not bad:
        return weights, []
    return weights, [
        f"We ignored part of weights: {named(bad)}. Use names like speed or cost with 0 to 3, as in speed:3."
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
        notices.append(f"We ignored unknown option ids: {named([shown(u).strip(chr(39)) for u in unknown])}.")
    if len(chosen) > limit:
        notices.append(
            f"You can compare up to {limit} options, so we kept the first {limit} "
            f"and left out {named(chosen[limit:])}."
        )
        chosen = chosen[:limit]
    return chosen, notices


def parse_slide(raw: str | None) -> tuple[int, list[str]]:
    """`slide=` is a number from 1. Anything else is ignored with a notice."""
    if raw is None or raw == "":
        return 1, []
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_SLIDE:
        return int(raw), []
    return 1, [f"We ignored slide={shown(raw)}: it must be a slide number, like 1 or 2."]


def parse_planned(raw: str | None) -> tuple[dt.date | None, list[str]]:
    """`planned=2026-11-27`: the day the plan was made."""
    if not raw:
        return None, []
    try:
        return dt.date.fromisoformat(raw), []
    except ValueError:
        return None, [f"We ignored planned={shown(raw)}: it must be a date like 2026-11-27."]


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
    names = "name" if unknown == 1 else "names"
    return tuple(passed), [f"We ignored {unknown} {names} in the link that this app does not use."]


def capped(params: Params, caps: Mapping[str, int]) -> tuple[dict[str, str | Sequence[str]], list[str]]:
    """The link's values, before any is parsed: a name of ours whose value is longer than
    its cap (`caps`, characters; names given more than once count all their values) is left
    out whole, with one notice naming it. Other names are kept as they are."""

    def size(value: str | Sequence[str]) -> int:
        return len(value) if isinstance(value, str) else sum(len(v) for v in value)

    long = sorted(n for n, v in params.items() if n in caps and size(v) > caps[n])
    kept = {name: value for name, value in params.items() if name not in long}
    notices = [f"We ignored {named(long)}: too long to be a value this app wrote."] if long else []
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
