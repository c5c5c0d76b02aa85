"""The view (everything a person chose) and the link contract in `dashboard.view`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dashboard import i18n, link_values, scoring, vocab
from dashboard import view as view_module
from dashboard.matching import WEIGHT_LEVELS
from dashboard.pack import link_value
from dashboard.situation import DOCTOR_CHOICES, MAX_BUDGET, MEDICATION_CHOICES, NEEDS, Situation
from dashboard.view import (
    BY_NAME,
    MAX_OPTIONS,
    PAGE_PARAMS,
    PAGES,
    PARAMS,
    USUAL_WEIGHTS,
    View,
    parse,
    parse_option_ids,
    parse_situation,
    parse_slide,
    parse_weights,
    resolve,
    to_query,
    weights_to_query,
)
from tests.builders import packs
from tests.test_checkin import histories
from tools import link_table

KNOWN = ("massage", "heat", "otc_nsaid", "opioid", "exercise")

situations = st.builds(
    Situation,
    severity=st.sampled_from(vocab.SEVERITIES),
    duration=st.sampled_from(vocab.DURATIONS),
    doctor=st.sampled_from(DOCTOR_CHOICES),
    medication=st.sampled_from(MEDICATION_CHOICES),
    budget=st.none() | st.integers(min_value=0, max_value=MAX_BUDGET),
    need=st.sampled_from(NEEDS),
    article_only=st.booleans(),
)
views = st.builds(
    View,
    situation=situations,
    weights=st.tuples(*[st.sampled_from(WEIGHT_LEVELS) for _ in scoring.ATTRIBUTES]),
    options=st.lists(st.sampled_from(KNOWN), unique=True, max_size=MAX_OPTIONS).map(tuple),
    slide=st.integers(min_value=1, max_value=20),
    plan=st.lists(st.sampled_from(KNOWN), unique=True, max_size=2).map(tuple),
    planned=st.none() | st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 1, 1)),
    # Check-ins up to a day already past: a link never holds one dated after tomorrow.
    checkins=histories.map(lambda h: tuple(c for c in h if c.day <= dt.date(2026, 12, 1))),
    pack=st.none() | packs(KNOWN, max_services=3),
    lang=st.sampled_from(i18n.LANGUAGES),
)


# ------------------------------------------------------------------ the round trip


@given(views)
def test_a_link_reopens_the_same_view_on_the_page_that_wrote_it(view: View) -> None:
    # Each page writes what it shows; reading that link back gives the same view for that page.
    for page in PAGES:
        parsed = parse(to_query(view, page), KNOWN)
        assert parsed.notices == ()
        assert parsed.view.lang == view.lang  # every link keeps the language
        if "severity" in PAGE_PARAMS[page]:
            assert parsed.view.situation == view.situation
            assert parsed.view.weights == view.weights
        else:  # the Local prices page's link holds only the pack (and the language)
            assert set(to_query(view, page)) <= {"pack", "lang"}
        # A pack goes in every page's link that shows prices, unless it is too big for one.
        fits = view.pack is not None and link_value(view.pack) is not None
        assert parsed.view.pack == (view.pack if fits and "pack" in PAGE_PARAMS[page] else None)
        if page in ("compare", "present"):
            assert parsed.view.options == view.options
        if page == "present":
            assert parsed.view.slide == view.slide
        if page in ("present", "checkin"):
            assert (parsed.view.plan, parsed.view.planned, parsed.view.checkins) == (
                view.plan,
                view.planned,
                view.checkins,
            )


@given(
    st.dictionaries(
        st.sampled_from([*PARAMS, "x"]),
        st.text(max_size=12) | st.lists(st.text(max_size=8), max_size=3),
    )
)
def test_parsing_never_raises(params: dict[str, str | list[str]]) -> None:
    parsed = parse(params, KNOWN)
    assert isinstance(parsed.view, View)
    assert all(isinstance(n, str) for n in parsed.notices)


def test_health_answers_and_warning_signs_are_never_in_a_link() -> None:
    private = View(
        Situation(health=frozenset({"pregnant", "kidney"})), signs=frozenset({"fever"}), no_signs=True
    )
    for page in PAGES:
        assert to_query(private, page) == to_query(View(), page)


def test_pages_without_a_view_write_only_the_language() -> None:
    assert to_query(View(), "guidance") == {"lang": "en"}
    assert to_query(View(lang="es"), "about") == {"lang": "es"}


# ------------------------------------------------------------------ the situation


def test_defaults_with_no_parameters() -> None:
    parsed = parse({}, KNOWN)
    assert parsed.view == View()
    assert parsed.notices == ()
    assert parsed.given == frozenset()


def test_reads_the_brief_names() -> None:
    situation, notices = parse_situation(
        {"severity": "severe", "duration": "chronic", "doctor": "no", "medication": "avoid", "budget": "50"}
    )
    assert situation == Situation("severe", "chronic", "no", "avoid", 50)
    assert notices == []


def test_invalid_values_are_ignored_with_a_notice_naming_them() -> None:
    situation, notices = parse_situation({"severity": "extreme", "budget": "-5", "doctor": "maybe"})
    assert situation == Situation()
    assert len(notices) == 3
    assert any("severity='extreme'" in n for n in notices)
    assert any("budget='-5'" in n for n in notices)
    assert any("doctor='maybe'" in n for n in notices)


def test_one_bad_value_keeps_the_good_ones() -> None:
    situation, notices = parse_situation({"severity": "mild", "duration": "forever"})
    assert situation.severity == "mild"
    assert situation.duration == Situation().duration
    assert notices == ["We ignored duration='forever': it must be one of acute, subacute, chronic."]


def test_repeated_parameter_uses_the_last_value() -> None:
    situation, _ = parse_situation({"severity": ["mild", "severe"]})
    assert situation.severity == "severe"


def test_case_and_spaces_are_forgiven() -> None:
    situation, notices = parse_situation({"severity": " Severe "})
    assert situation.severity == "severe" and notices == []


def test_describe_is_plain_words() -> None:
    lines = Situation(budget=40, article_only=True).describe()
    assert "Budget: $40 a month" in lines
    assert "Only the options the article names" in lines


def test_a_value_that_could_be_markup_is_not_repeated_back() -> None:
    _, notices = parse_situation({"severity": "[x](https://example.com)"})
    assert notices == [
        "We ignored severity=(a value we don't show): it must be one of mild, moderate, severe."
    ]
    _, notices = parse_option_ids("massage,www.example.com/x", KNOWN)
    assert "example" not in notices[0]


# ------------------------------------------------------------------ weights, options, slide


def test_weights_round_trip_and_the_usual_weights_write_nothing() -> None:
    weights = View().weight_map | {"speed": 3, "cost": 0}
    assert weights_to_query(weights) == "speed:3,cost:0"
    assert parse_weights("speed:3,cost:0") == (weights, [])
    assert weights_to_query(View().weight_map) == ""
    assert "weights" not in to_query(View(), "find")


def test_bad_weights_are_ignored_with_a_notice_and_the_good_ones_kept() -> None:
    weights, notices = parse_weights("speed:9,joy:2,cost:2")
    assert weights == View().weight_map | {"cost": 2}
    assert notices == [
        "We ignored part of weights: 'speed:9', 'joy:2'. Use names like speed or cost with 0 to 3, as in speed:3."
    ]


def test_option_ids_keep_order_and_drop_unknown_and_repeats() -> None:
    chosen, notices = parse_option_ids("massage,nonsense,heat,massage", KNOWN)
    assert chosen == ["massage", "heat"]
    assert notices == ["We ignored unknown option ids: nonsense."]


def test_more_than_four_options_are_trimmed_with_a_notice() -> None:
    chosen, notices = parse_option_ids(",".join(KNOWN), KNOWN)
    assert chosen == list(KNOWN[:MAX_OPTIONS])
    assert notices == ["You can compare up to 4 options, so we kept the first 4 and left out exercise."]


def test_no_options_parameter() -> None:
    assert parse_option_ids(None, KNOWN) == ([], [])


def test_slide_numbers() -> None:
    assert parse_slide(None) == (1, [])
    assert parse_slide("3") == (3, [])
    assert parse_slide("0")[0] == 1 and parse_slide("0")[1]
    assert parse_slide("two") == (1, ["We ignored slide='two': it must be a slide number, like 1 or 2."])
    assert parse_slide("²")[0] == 1  # a digit to Python, not a number to us


# ------------------------------------------------------------------ which view wins


COACHED = View(
    Situation(severity="severe", duration="chronic", health=frozenset({"heart"})),
    weights=(3, *USUAL_WEIGHTS[1:]),
    options=("massage", "heat"),
    slide=4,
    signs=frozenset({"fever"}),
)


def test_no_link_keeps_the_session_view() -> None:
    # A click on the menu opens a page with an empty link.
    assert resolve({}, COACHED, {"severity": "severe"}, KNOWN) == (COACHED, ())


def test_the_link_a_page_wrote_itself_keeps_the_session_view() -> None:
    written = to_query(COACHED, "present")
    assert resolve(written, COACHED, written, KNOWN) == (COACHED, ())


def test_with_no_session_the_link_is_the_view() -> None:
    view, notices = resolve(to_query(COACHED, "present"), None, None, KNOWN)
    assert view == replace(
        COACHED, situation=replace(COACHED.situation, health=frozenset()), signs=frozenset()
    )
    assert notices == ()


def test_a_link_from_outside_wins_but_keeps_the_private_answers_and_the_options() -> None:
    view, _ = resolve({"severity": "mild"}, COACHED, None, KNOWN)
    assert view.signs == COACHED.signs
    # The link describes a whole situation: names it leaves out take their usual value.
    assert view.situation == Situation(severity="mild", health=frozenset({"heart"}))
    assert view.weights == USUAL_WEIGHTS
    assert view.options == COACHED.options and view.slide == COACHED.slide


def test_a_link_with_only_options_keeps_the_situation_and_weights() -> None:
    view, _ = resolve({"options": "opioid"}, COACHED, None, KNOWN)
    assert view == replace(COACHED, options=("opioid",))


def test_a_bad_link_gives_notices_and_keeps_what_it_could() -> None:
    view, notices = resolve({"severity": "loud", "options": "heat"}, COACHED, None, KNOWN)
    assert view.situation.severity == Situation().severity
    assert view.options == ("heat",)
    assert notices == ("We ignored severity='loud': it must be one of mild, moderate, severe.",)


def test_describe_keeps_the_capital_i() -> None:
    assert "Relief needed: I can build up over weeks" in Situation(need="weeks").describe()
    assert "Relief needed: this week" in Situation().describe()


# ------------------------------------------------------------------ one declaration per link name


def test_the_readme_table_of_link_names_is_the_declarations(repo_root: Path) -> None:
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- link names: written from dashboard/view.py -->\n") + len(
        "<!-- link names: written from dashboard/view.py -->\n"
    )
    end = readme.index("\n<!-- end of link names -->")
    assert readme[start:end] == link_table.readme_table()


def test_each_page_writes_only_its_declared_names_and_says_what_they_hold() -> None:
    for page in PAGES:
        declared = {n.name for n in view_module.LINK_NAMES if page in n.pages}
        assert set(PAGE_PARAMS[page]) == declared
        if page != "pack":
            sentence = view_module.holds(page)
            assert sentence.startswith("The link holds ") and "never holds your health answers" in sentence
    assert len({n.name for n in view_module.LINK_NAMES}) == len(view_module.LINK_NAMES)


@given(st.text(max_size=30), st.text(max_size=30))
def test_an_unknown_name_gets_one_notice_that_quotes_nothing(name: str, value: str) -> None:
    if name in PARAMS or name in link_values.PASS_THROUGH or name.startswith(link_values.PASS_THROUGH_PREFIX):
        return
    parsed = parse({name: value, "zz_other": "x"}, KNOWN)
    (notice,) = [n for n in parsed.notices if "does not use" in n]
    assert notice == "We ignored 2 names in the link that this app does not use."
    # The notice is the same whatever the link holds: it repeats nothing from it.


def test_utm_names_pass_through_every_page_untouched_and_lang_is_ours() -> None:
    parsed = parse({"severity": "mild", "lang": "es", "utm_source": "clinic-flyer"}, KNOWN)
    assert not parsed.notices
    assert parsed.view.lang == "es" and parsed.view.passed == (("utm_source", "clinic-flyer"),)
    for page in ("find", "compare", "present", "checkin"):
        query = to_query(parsed.view, page)
        assert query["lang"] == "es" and query["utm_source"] == "clinic-flyer"
    # A value that could carry markup or a link is not carried; a bad language is the source's.
    odd = parse({"lang": "<b>es</b>", "utm_x": "https://example.com"}, KNOWN)
    assert odd.view.passed == () and odd.view.lang == "en"
    assert len(odd.notices) == 1 and "<b>" not in odd.notices[0]
    # The session keeps them when a menu click has no link.
    kept, _ = resolve({}, parsed.view, None, KNOWN)
    assert dict(kept.passed) == {"utm_source": "clinic-flyer"} and kept.lang == "es"
    # A link from outside without a language keeps the session's.
    shared, _ = resolve({"severity": "severe"}, parsed.view, None, KNOWN)
    assert shared.lang == "es" and shared.situation.severity == "severe"


def test_a_value_too_long_to_be_ours_is_not_read() -> None:
    parsed = parse({"options": "massage," * 1000, "severity": "mild"}, KNOWN)
    assert parsed.view.options == () and parsed.view.situation.severity == "mild"
    assert "We ignored options: too long to be a value this app wrote." in parsed.notices


def test_each_name_has_a_cap_that_fits_the_longest_value_the_app_writes() -> None:
    longest = View(
        weights=(3,) * len(scoring.ATTRIBUTES),
        options=tuple(sorted(KNOWN, key=len)[-MAX_OPTIONS:]),
        plan=tuple(sorted(KNOWN, key=len)[-2:]),
        slide=99,
        planned=dt.date(2026, 11, 27),
    )
    for page in ("compare", "present", "checkin"):
        for name, value in to_query(longest, page).items():
            assert len(value) <= BY_NAME[name].cap, name
    notices = parse({"weights": "speed:3," * 30, "slide": "123"}, KNOWN).notices
    assert notices[0] == "We ignored slide, weights: too long to be a value this app wrote."


def test_a_notice_names_a_few_parts_once_each() -> None:
    _, notices = parse_option_ids("x1,x2,x1,x3,x4,x5", KNOWN)
    assert notices == ["We ignored unknown option ids: x1, x2, x3 and 2 more."]
    _, said = parse_weights("www.evil.example,name@host,https://evil.example/a")
    assert "evil" not in said[0] and "@" not in said[0]
