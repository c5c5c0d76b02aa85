"""Everything a person has chosen, and the link that holds it.

A `View` is one value for the whole app: the situation (with the private health
answers), what matters (the weights), the chosen options, the slide, and the
safety check (private too). Every
page reads the same view, so the order a coach presents is the order the client
saw.

This module owns the whole link contract (the README's "Links" section):

- `parse` reads a link. It never raises: a bad value is dropped, the usual
  value is used, and a plain notice says what was ignored.
- `to_query` writes the view back for a page, so the link reopens that view.
- `resolve` decides where the view comes from on each run: a link from outside
  wins; the link a page wrote itself, or no link at all, keeps this session's
  view. Health answers are never in a link.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from dashboard import pack as packs
from dashboard import scoring, vocab
from dashboard.checkin import CheckIn, checkins_to_query, parse_checkins
from dashboard.matching import DEFAULT_WEIGHTS, WEIGHT_LEVELS, weights_for
from dashboard.situation import DOCTOR_CHOICES, MAX_BUDGET, MEDICATION_CHOICES, NEEDS, Situation

Params = Mapping[str, str | Sequence[str]]

SITUATION_PARAMS = ("severity", "duration", "doctor", "medication", "budget", "need", "article")
PLAN_PARAMS = ("plan", "planned", "checkins")
PARAMS = (*SITUATION_PARAMS, "weights", "options", "slide", *PLAN_PARAMS, "pack")

# What each page writes to its link. Every page keeps the situation and what
# matters; Compare and Coach mode add the options; Coach mode adds the slide.
# A coach's local prices (`pack`) travel with every page that shows a price, and
# the Local prices page's own link holds only them.
PAGES = ("find", "compare", "present", "checkin", "pack")
PAGE_PARAMS: dict[str, tuple[str, ...]] = {
    "find": (*SITUATION_PARAMS, "weights", "pack"),
    "compare": (*SITUATION_PARAMS, "weights", "options", "pack"),
    "present": (*SITUATION_PARAMS, "weights", "options", "slide", *PLAN_PARAMS, "pack"),
    "checkin": (*SITUATION_PARAMS, "weights", *PLAN_PARAMS, "pack"),
    "pack": ("pack",),
}

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

SAFE_TO_SHOW = re.compile(r"[\w ,.:-]{0,30}")


def shown(value: str) -> str:
    """A value from a link, quoted for a notice. Anything that could be a link or markup
    (or is long) is not repeated back, so a shared link can't plant text on the page."""
    return repr(value) if SAFE_TO_SHOW.fullmatch(value) else "(a value we don't show)"


Weights = tuple[int, ...]  # one level per scoring.ATTRIBUTES, in that order
USUAL_WEIGHTS: Weights = tuple(DEFAULT_WEIGHTS[a] for a in scoring.ATTRIBUTES)


@dataclass(frozen=True)
class View:
    situation: Situation = field(default_factory=Situation)
    weights: Weights = USUAL_WEIGHTS
    options: tuple[str, ...] = ()
    slide: int = 1
    # The safety check: signs ticked, or "none of these apply". Private, like the health
    # answers: never in a link, kept only for this browser session.
    signs: frozenset[str] = frozenset()
    no_signs: bool = False
    # For a coach's handout: who made it and for whom. Private too: never in a link.
    coach: str = ""
    client: str = ""
    # What the person chose to try, when, and their check-ins since (all in the link).
    plan: tuple[str, ...] = ()
    planned: dt.date | None = None
    checkins: tuple[CheckIn, ...] = ()
    # A coach's local prices and services (in the link, unless too big for one).
    pack: packs.Pack | None = None

    @property
    def weight_map(self) -> dict[str, int]:
        return dict(zip(scoring.ATTRIBUTES, self.weights, strict=True))

    @property
    def ranking_weights(self) -> dict[str, int]:
        """What orders the options: what matters, with how soon relief is needed folded in."""
        return weights_for(self.weight_map, self.situation.need)

    def with_weights(self, weights: Mapping[str, int]) -> View:
        return replace(self, weights=tuple(int(weights[a]) for a in scoring.ATTRIBUTES))

    def with_situation(self, **changes: object) -> View:
        return replace(self, situation=replace(self.situation, **changes))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Parsed:
    view: View
    notices: tuple[str, ...] = ()
    given: frozenset[str] = frozenset()  # the view's names the link held


# ------------------------------------------------------------------ reading a link


def _last(raw: str | Sequence[str] | None) -> str | None:
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
        value = _last(params.get(name))
        if value is None:
            continue
        if value.lower() in allowed:
            values[name] = value.lower()
        else:
            notices.append(f"We ignored {name}={shown(value)}: it must be one of {', '.join(allowed)}.")

    budget = _last(params.get("budget"))
    if budget is not None:
        if budget.isascii() and budget.isdigit() and int(budget) <= MAX_BUDGET:
            values["budget"] = int(budget)
        else:
            notices.append(
                f"We ignored budget={shown(budget)}: it must be whole US dollars a month, "
                f"from 0 to {MAX_BUDGET:,}."
            )

    article = _last(params.get("article"))
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
        f"We ignored part of weights: {', '.join(bad)}. Use names like speed or cost with 0 to 3, as in speed:3."
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
            f"We ignored unknown option ids: {', '.join(shown(u).strip(chr(39)) for u in unknown)}."
        )
    if len(chosen) > limit:
        notices.append(
            f"You can compare up to {limit} options, so we kept the first {limit} "
            f"and left out {', '.join(chosen[limit:])}."
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


def parse(params: Params, option_ids: Sequence[str]) -> Parsed:
    """The view a link holds. Names it does not hold take their usual value."""
    given = frozenset(name for name in PARAMS if name in params)
    situation, notices = parse_situation(params)
    weights, weight_notices = parse_weights(_last(params.get("weights")))
    options, option_notices = parse_option_ids(params.get("options"), option_ids)
    slide, slide_notices = parse_slide(_last(params.get("slide")))
    plan, plan_notices = parse_option_ids(params.get("plan"), option_ids, limit=MAX_PLAN)
    planned, planned_notices = parse_planned(_last(params.get("planned")))
    checkins, checkin_notices = parse_checkins(_last(params.get("checkins")))
    raw_pack = _last(params.get("pack"))
    pack, pack_notices = packs.from_link(raw_pack, option_ids) if raw_pack else (None, ())
    view = View(
        situation,
        options=tuple(options),
        slide=slide,
        plan=tuple(plan),
        planned=planned,
        checkins=checkins,
        pack=pack,
    ).with_weights(weights)
    found = (*notices, *weight_notices, *option_notices, *slide_notices)
    return Parsed(view, (*found, *plan_notices, *planned_notices, *checkin_notices, *pack_notices), given)


# ------------------------------------------------------------------ writing a link


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


def to_query(view: View, page: str) -> dict[str, str]:
    """The link for `page` that reopens this view. Pages without a view of their own get {}."""
    wanted = PAGE_PARAMS.get(page, ())
    if not wanted:
        return {}
    query = situation_query(view.situation) if "severity" in wanted else {}
    weights = weights_to_query(view.weight_map)
    if weights and "weights" in wanted:
        query["weights"] = weights
    if "options" in wanted and view.options:
        query["options"] = ",".join(view.options)
    if "slide" in wanted:
        query["slide"] = str(view.slide)
    if "plan" in wanted and view.plan:
        query["plan"] = ",".join(view.plan)
    if "planned" in wanted and view.planned:
        query["planned"] = view.planned.isoformat()
    if "checkins" in wanted and view.checkins:
        query["checkins"] = checkins_to_query(view.checkins)
    if "pack" in wanted and (value := packs.link_value(view.pack)):
        query["pack"] = value
    return query


def same_query(params: Params, query: Mapping[str, str]) -> bool:
    """True when a link holds exactly `query` (what a page last wrote)."""
    return set(params) == set(query) and all(_last(params[k]) == v for k, v in query.items())


# ------------------------------------------------------------------ which view to use


def resolve(
    params: Params, session: View | None, written: Mapping[str, str] | None, option_ids: Sequence[str]
) -> tuple[View, tuple[str, ...]]:
    """The view for this run, and notices about the link.

    - No view in the link (a menu click, a bare address), or the link this session's
      page wrote itself: keep the session's view.
    - Any other link is a view from outside (shared, bookmarked, a link on a page):
      it wins. It describes a whole situation and what matters, so names it leaves
      out take their usual value. Options and slide it leaves out, and the health
      answers and the safety check (never in a link), stay as this session had them.
    """
    kept = session or View()
    if written is not None and same_query(params, written):
        return kept, ()
    link = parse(params, option_ids)
    if not link.given:
        return kept, link.notices
    if link.given.isdisjoint((*SITUATION_PARAMS, "weights")):
        situation, weights = kept.situation, kept.weights
    else:
        situation = replace(link.view.situation, health=kept.situation.health)
        weights = link.view.weights
    return (
        replace(
            kept,
            situation=situation,
            weights=weights,
            options=link.view.options if "options" in link.given else kept.options,
            slide=link.view.slide if "slide" in link.given else kept.slide,
            plan=link.view.plan if "plan" in link.given else kept.plan,
            planned=link.view.planned if "planned" in link.given else kept.planned,
            checkins=link.view.checkins if "checkins" in link.given else kept.checkins,
            pack=link.view.pack if "pack" in link.given else kept.pack,
        ),
        link.notices,
    )
