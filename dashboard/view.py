"""Everything a person has chosen, and the link that holds it.

A `View` is one value for the whole app: the situation (with the private health
answers), what matters (the weights), the chosen options, the slide, the safety check
(private too) and the language. Every page reads the same view.

This module owns the whole link contract (the README's "Links" section):

- `parse` reads a link. It never raises: a bad value is dropped, the usual value is
  used, and a plain notice says what was ignored.
- `to_query` writes the view back for a page, so the link reopens that view.
- `resolve` decides where the view comes from on each run: a link from outside wins;
  the link a page wrote itself, or no link at all, keeps this session's view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from dashboard import i18n, scoring
from dashboard import pack as packs
from dashboard.checkin import MAX_CHECKINS, CheckIn, checkins_to_query, parse_checkins
from dashboard.i18n import N_, _
from dashboard.link_values import (
    MAX_OPTIONS,
    MAX_PLAN,
    MAX_SLIDE,
    MAX_VALUE,
    Params,
    capped,
    last_value,
    parse_language,
    parse_option_ids,
    parse_planned,
    parse_situation,
    parse_slide,
    parse_weights,
    shown,
    situation_query,
    unknown_names,
    weights_to_query,
)
from dashboard.matching import DEFAULT_WEIGHTS, weights_for
from dashboard.situation import Situation

__all__ = [
    "BY_NAME",
    "CAPS",
    "LINK_NAMES",
    "MAX_OPTIONS",
    "MAX_PLAN",
    "MAX_SLIDE",
    "PAGES",
    "PAGE_PARAMS",
    "PARAMS",
    "USUAL_WEIGHTS",
    "View",
    "holds",
    "parse",
    "parse_option_ids",
    "parse_planned",
    "parse_situation",
    "parse_slide",
    "parse_weights",
    "resolve",
    "shown",
    "situation_query",
    "to_query",
    "weights_to_query",
]

PAGES = ("find", "compare", "present", "checkin", "pack")
SITUATION_PAGES = ("find", "compare", "present", "checkin")
PLAN_PAGES = ("present", "checkin")
PRICE_PAGES = (*SITUATION_PAGES, "pack")
EVERY_PAGE = (*PAGES, "guidance", "about")  # the pages with no view of their own hold only `lang`


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
    # What the coach and client agreed, and their next session: on the handout only, private too.
    agreed: str = ""
    next_session: dt.date | None = None
    # What the person chose to try, when, and their check-ins since (all in the link).
    plan: tuple[str, ...] = ()
    planned: dt.date | None = None
    checkins: tuple[CheckIn, ...] = ()
    # A coach's local prices and services (in the link, unless too big for one).
    pack: packs.Pack | None = None
    # The language of the words (dashboard/i18n.py): the link's, else the browser's.
    lang: str = i18n.SOURCE
    # Names the app does not use but carries on untouched (`PASS_THROUGH`), as (name, value).
    passed: tuple[tuple[str, str], ...] = ()

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


@dataclass(frozen=True)
class LinkName:
    """One name of the link contract: the pages that carry it, what it holds in plain words,
    one line for the README, and how its value is written from a View (None: left out).
    Reading is by `reads`: the View fields it fills, from the parsers in `link_values`."""

    name: str
    pages: tuple[str, ...]
    holds: str
    doc: str
    write: Callable[[View], str | None]
    reads: str  # "situation", "weights", or the View field it fills
    # The longest value this app writes for the name, in characters. A longer value is left
    # out before it is parsed, with a notice (`link_values.capped`).
    cap: int = 20


def _situation_value(name: str) -> Callable[[View], str | None]:
    return lambda view: situation_query(view.situation).get(name)


def _joined(field_name: str) -> Callable[[View], str | None]:
    return lambda view: ",".join(getattr(view, field_name)) or None


SITUATION_HOLDS = N_("your answers about your pain")
# Caps, in characters: "side_effects:3" for each factor, an option id and its comma, and a
# check-in ("20261204.10.10.y.n.0") and its "_" for each kept.
WEIGHTS_CAP = sum(len(a) + 3 for a in scoring.ATTRIBUTES)
IDS_CAP = 41
CHECKINS_CAP = MAX_CHECKINS * 21
LINK_NAMES: tuple[LinkName, ...] = (
    LinkName(
        "severity",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "How bad the pain is: `mild`, `moderate` or `severe`.",
        _situation_value("severity"),
        "situation",
    ),
    LinkName(
        "duration",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "How long it has lasted: `acute` (under 4 weeks), `subacute` (4 to 12) or `chronic` (over 12).",
        _situation_value("duration"),
        "situation",
    ),
    LinkName(
        "doctor",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "Willing to see a doctor: `yes` or `no`.",
        _situation_value("doctor"),
        "situation",
    ),
    LinkName(
        "medication",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "Medicines: `ok` or `avoid`.",
        _situation_value("medication"),
        "situation",
    ),
    LinkName(
        "budget",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "Most to spend, whole US dollars a month (left out: no limit).",
        _situation_value("budget"),
        "situation",
    ),
    LinkName(
        "need",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "How soon relief is needed: `today`, `week` (the usual, left out) or `weeks`.",
        _situation_value("need"),
        "situation",
    ),
    LinkName(
        "article",
        SITUATION_PAGES,
        SITUATION_HOLDS,
        "`only`: only the options the article names.",
        _situation_value("article"),
        "situation",
    ),
    LinkName(
        "weights",
        SITUATION_PAGES,
        N_("what matters to you"),
        "What matters, 0 to 3 each, only those not at the usual 1: `speed:3,cost:0`.",
        lambda v: weights_to_query(v.weight_map) or None,
        "weights",
        cap=WEIGHTS_CAP,
    ),
    LinkName(
        "options",
        ("compare", "present"),
        N_("the options chosen"),
        f"Up to {MAX_OPTIONS} option ids, in order: `massage,heat`.",
        _joined("options"),
        "options",
        cap=IDS_CAP * MAX_OPTIONS,
    ),
    LinkName(
        "slide",
        ("present",),
        N_("the slide"),
        f"The slide number, 1 to {MAX_SLIDE}.",
        lambda v: str(v.slide),
        "slide",
        cap=2,
    ),
    LinkName(
        "plan",
        PLAN_PAGES,
        N_("what you chose to try"),
        f"Up to {MAX_PLAN} option ids the person chose to try.",
        _joined("plan"),
        "plan",
        cap=IDS_CAP * MAX_PLAN,
    ),
    LinkName(
        "planned",
        PLAN_PAGES,
        N_("the day the plan was made"),
        "The day the plan was made: `2026-11-27`.",
        lambda v: v.planned.isoformat() if v.planned else None,
        "planned",
        cap=10,
    ),
    LinkName(
        "checkins",
        PLAN_PAGES,
        N_("your check-ins: pain scores, what helped, side effects and how serious any warning sign was"),
        "The check-ins, `YYYYMMDD.pain.able.helped.side.warning` joined by `_` (see below).",
        lambda v: checkins_to_query(v.checkins) or None,
        "checkins",
        cap=CHECKINS_CAP,
    ),
    LinkName(
        "pack",
        PRICE_PAGES,
        N_("a coach's local prices"),
        "A coach's local prices and services, written by `/pack` (see below).",
        lambda v: packs.link_value(v.pack) or None,
        "pack",
        # The app writes at most packs.LINK_LIMIT; the pack reader bounds its own work (it
        # stops a zip bomb in under a millisecond), so a longer one gets the pack's own notice.
        cap=MAX_VALUE,
    ),
    LinkName(
        "lang",
        EVERY_PAGE,
        N_("the language"),
        "The language of the words: `en` or `es` (left out: the browser's language).",
        lambda v: v.lang,
        "lang",
        cap=3,  # a language code: "es", or three letters for a language such as "fil"
    ),
)
BY_NAME = {n.name: n for n in LINK_NAMES}
CAPS = {n.name: n.cap for n in LINK_NAMES}
PARAMS = tuple(n.name for n in LINK_NAMES)
SITUATION_PARAMS = tuple(n.name for n in LINK_NAMES if n.reads == "situation")
PLAN_PARAMS = ("plan", "planned", "checkins")
# What each page writes to its link, from the declarations (the Local prices page: only `pack`).
PAGE_PARAMS: dict[str, tuple[str, ...]] = {
    page: tuple(n.name for n in LINK_NAMES if page in n.pages) for page in EVERY_PAGE
}
NEVER_HELD = N_("It never holds your health answers, which warning signs you ticked, or any names.")


def holds(page: str) -> str:
    """What a page's link holds, in plain words, from the declarations ("" for none). A
    coach's local prices are said apart (`ui.pack_share_note`), held or too big."""
    said = list(dict.fromkeys(n.holds for n in LINK_NAMES if page in n.pages and n.name != "pack"))
    if page not in PAGES:
        return ""
    words = i18n.join_and([_(h) for h in said])
    return _("The link holds {things}.").format(things=words) + " " + _(NEVER_HELD)


def parse(params: Params, option_ids: Sequence[str]) -> Parsed:
    """The view a link holds. Names it does not hold take their usual value."""
    passed, name_notices = unknown_names(params, BY_NAME)
    params, long_notices = capped(params, CAPS)
    given = frozenset(name for name in PARAMS if name in params)
    situation, notices = parse_situation(params)
    weights, weight_notices = parse_weights(last_value(params.get("weights")))
    options, option_notices = parse_option_ids(params.get("options"), option_ids)
    slide, slide_notices = parse_slide(last_value(params.get("slide")))
    plan, plan_notices = parse_option_ids(params.get("plan"), option_ids, limit=MAX_PLAN)
    planned, planned_notices = parse_planned(last_value(params.get("planned")))
    checkins, checkin_notices = parse_checkins(last_value(params.get("checkins")))
    lang, lang_notices = parse_language(last_value(params.get("lang")))
    raw_pack = last_value(params.get("pack"))
    pack, pack_notices = packs.from_link(raw_pack, option_ids) if raw_pack else (None, ())
    view = View(
        situation,
        options=tuple(options),
        slide=slide,
        plan=tuple(plan),
        planned=planned,
        checkins=checkins,
        pack=pack,
        lang=lang,
        passed=passed,
    ).with_weights(weights)
    found = (*long_notices, *notices, *weight_notices, *option_notices, *slide_notices)
    later = (*plan_notices, *planned_notices, *checkin_notices, *pack_notices, *lang_notices, *name_notices)
    return Parsed(view, (*found, *later), given)


def to_query(view: View, page: str) -> dict[str, str]:
    """The link for `page` that reopens this view, in the declarations' order, with the
    names passed through. Pages without a view of their own get {}."""
    wanted = PAGE_PARAMS.get(page, ())
    if not wanted:
        return {}
    query = {n: value for n in wanted if (value := BY_NAME[n].write(view)) is not None}
    return query | dict(view.passed)


def same_query(params: Params, query: Mapping[str, str]) -> bool:
    """True when a link holds exactly `query` (what a page last wrote)."""
    return set(params) == set(query) and all(last_value(params[k]) == v for k, v in query.items())


def resolve(
    params: Params, session: View | None, written: Mapping[str, str] | None, option_ids: Sequence[str]
) -> tuple[View, tuple[str, ...]]:
    """The view for this run, and notices about the link.

    - No view in the link (a menu click, a bare address), or the link this session's page
      wrote itself: keep the session's view.
    - Any other link is a view from outside (shared, bookmarked, a link on a page): it wins.
      It describes a whole situation and what matters, so names it leaves out take their
      usual value. Other names it leaves out, the health answers and the safety check
      (never in a link) stay as this session had them."""
    kept = session or View()
    if written is not None and same_query(params, written):
        return kept, ()
    link = parse(params, option_ids)
    if not link.given:
        return replace(kept, passed=link.view.passed or kept.passed), link.notices
    if link.given.isdisjoint((*SITUATION_PARAMS, "weights")):
        situation, weights = kept.situation, kept.weights
    else:
        situation = replace(link.view.situation, health=kept.situation.health)
        weights = link.view.weights
    # Every other name fills its own field: from the link if it holds the name, else kept.
    fields = {
        n.reads: getattr(link.view if n.name in link.given else kept, n.reads)
        for n in LINK_NAMES
        if n.reads not in ("situation", "weights")
    }
    passed = link.view.passed or kept.passed
    return replace(kept, situation=situation, weights=weights, passed=passed, **fields), link.notices
