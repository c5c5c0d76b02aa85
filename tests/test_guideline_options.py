"""Content tests: the care ACP 2017 and NICE NG59 name that the article leaves out (yoga or tai
chi, spinal manipulation, acupuncture, talking therapy, team rehab), read against their sources.

Each expectation names the guideline wording it rests on (ACP 2017 Rec 1 and 2; NICE NG59 1.2:
manual and psychological therapy only in a package with exercise; acupuncture not to be offered).
"""

from __future__ import annotations

import pytest

from dashboard import matching, scoring
from dashboard.data import Dataset
from dashboard.matching import DEFAULT_WEIGHTS, match, rank
from dashboard.situation import Situation
from dashboard.ui import cards
from dashboard.view import View

NEW = ("yoga_tai_chi", "spinal_manipulation", "acupuncture", "talking_therapy", "team_rehab")

# (option, duration) -> verdict. ACP Rec 1 (new pain): massage, acupuncture or spinal manipulation.
# ACP Rec 2 (over 12 weeks): exercise, multidisciplinary rehabilitation, acupuncture, MBSR, tai chi,
# yoga, ..., CBT or spinal manipulation. NICE backs manipulation and talking therapy only in a
# package with exercise, and says not to offer acupuncture: so only yoga or tai chi, which NICE
# counts as group exercise, is "recommended"; the others are "an option".
VERDICTS = {
    ("spinal_manipulation", "acute"): "option",
    ("acupuncture", "acute"): "option",
    ("yoga_tai_chi", "chronic"): "recommended",
    ("spinal_manipulation", "chronic"): "option",
    ("acupuncture", "chronic"): "option",
    ("talking_therapy", "chronic"): "option",
    ("team_rehab", "chronic"): "option",
}


# The NICE recommendation each one rests on: manual therapy (1.2.7), group exercise, psychological
# therapy and combined programmes (the 2016 wording), and "do not offer" acupuncture.
NICE_SOURCE = {
    "spinal_manipulation": "NICE_NG59_MANUAL",
    "yoga_tai_chi": "NICE_NG59_DEVON",
    "talking_therapy": "NICE_NG59_DEVON",
    "team_rehab": "NICE_NG59_DEVON",
    "acupuncture": "NICE_NG59_ACUP",
}


@pytest.mark.parametrize(("option_id", "duration"), sorted(VERDICTS))
def test_each_new_option_has_the_verdict_its_guidelines_give(
    ds: Dataset, option_id: str, duration: str
) -> None:
    o = ds.for_duration(duration).option(option_id)
    assert o.guideline_verdict == VERDICTS[option_id, duration]
    assert set(o.ev.source_ids) >= {"ACP2017", NICE_SOURCE[option_id]}
    assert "ACP 2017" in o.guideline_says and "NICE" in o.guideline_says


def test_options_only_for_pain_over_12_weeks_are_not_offered_for_new_pain(ds: Dataset) -> None:
    # ACP Rec 1 names none of these for new pain.
    for option_id in ("yoga_tai_chi", "talking_therapy", "team_rehab"):
        assert ds.option(option_id).durations == ("chronic",)
        m = next(m for m in match(ds.options, Situation(duration="acute")) if m.option.id == option_id)
        assert not m.fits


def test_acupuncture_shows_where_the_two_guidelines_disagree(ds: Dataset) -> None:
    for duration in ("acute", "chronic"):
        o = ds.for_duration(duration).option("acupuncture")
        assert "says not to offer it" in o.guideline_says and "disagree" in o.guideline_says
        assert o.caveat.startswith("The US and UK guidelines disagree")


def test_care_nice_backs_only_with_exercise_says_so_and_comes_after_exercise(ds: Dataset) -> None:
    for option_id, duration in (("spinal_manipulation", "acute"), ("spinal_manipulation", "chronic")):
        assert "only as part of a plan with exercise" in ds.for_duration(duration).option(option_id).caveat
    assert (
        "only as part of a plan with exercise" in ds.for_duration("chronic").option("talking_therapy").caveat
    )
    for weights in (DEFAULT_WEIGHTS, dict.fromkeys(scoring.ATTRIBUTES, 0) | {"side_effects": 3}):
        ids = [r.option.id for r in rank(match(ds.options, Situation(duration="chronic")), weights)]
        for later in ("spinal_manipulation", "talking_therapy"):
            assert ids.index("exercise") < ids.index(later)


def test_no_new_option_has_a_price_we_could_not_source(ds: Dataset) -> None:
    # No Medicare fee-schedule amount was found for their visit codes: cost stays unknown.
    for option_id in NEW:
        o = ds.option(option_id)
        assert (o.cost_low_usd, o.cost_high_usd, o.cost_confidence) == (None, None, "U")
        assert not o.cost_source_ids and "We found no price" in o.cost_basis


def test_the_harms_say_what_their_sources_say(ds: Dataset) -> None:
    manipulation, acupuncture = ds.option("spinal_manipulation"), ds.option("acupuncture")
    assert "More than half" in manipulation.harms and manipulation.harm_source_ids == (
        "PAIGE2017",
        "SWAIT2017",
    )
    assert (
        "1 in 2 million treatments to 13 in 10,000 people" in manipulation.harms
    )  # Swait 2017, neck included
    assert "about 4 in 100" in acupuncture.harms and acupuncture.harm_source_ids == ("ZHAO2011",)
    # The trials were of other health problems: the US government's caution is said too.
    assert "can cause serious harm" in acupuncture.harms and "NCCIH_ACUP" in acupuncture.source_ids
    # No harm figures found: the grade is unknown, with no source, and the text says so.
    for option_id in ("talking_therapy", "team_rehab"):
        o = ds.option(option_id)
        assert (o.harm_level, o.harm_source_ids) == ("unknown", ())
        assert o.harms.startswith("We found no figures on harms")


def test_the_article_names_none_of_them(ds: Dataset) -> None:
    assert not [i for i in NEW if ds.option(i).named_in_article]
    only_article = {m.option.id for m in match(ds.options, Situation(article_only=True)) if m.fits}
    assert not only_article & set(NEW)


def test_for_pain_over_12_weeks_more_care_without_drugs_now_fits(ds: Dataset) -> None:
    fits = {r.option.id for r in matching.ranked_for(ds, View(Situation(duration="chronic")))}
    assert set(NEW) <= fits


def test_find_cards_say_which_options_the_article_names(ds: Dataset) -> None:
    ranked = matching.ranked_for(ds, View(Situation(duration="chronic")))
    for r in ranked:
        head, _, _ = cards.card_parts(ds, "1", r)
        assert ("Named in the article" in head) == r.option.named_in_article
    assert any(r.option.named_in_article for r in ranked)  # massage and water therapy, at least
