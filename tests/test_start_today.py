"""'You can start today' only where a person can: the data says so and this pain's stage needs
no doctor (usability review 2, R2). Written once (`Option.can_start_today`), checked on built
options and on every option and duration of the real data."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dashboard import content, vocab
from dashboard.data import Dataset
from tests.builders import option


@given(
    st.booleans(),
    st.sampled_from(("no", "sometimes", "yes")),
    st.sampled_from(("", "no", "sometimes", "yes")),
)
def test_start_today_is_said_only_when_no_doctor_is_needed(start: bool, base: str, stage: str) -> None:
    made = option(
        start_today=start,
        doctor_needed=base,
        stages={"new": {"doctor_needed": stage or None, "doctor_reason": "Made up." if stage else ""}},
    )
    said = content.START_TODAY in content.how_soon(made).short
    assert said == (start and made.doctor_needed == "no")
    if made.doctor_needed == "yes" and base != "yes":  # the stage adds a doctor: it comes first
        assert content.try_it(made).short.startswith("Ask a doctor first.")


def test_on_the_real_data_no_card_says_start_today_beside_doctor_yes(ds: Dataset) -> None:
    for duration in vocab.DURATIONS:
        stage = ds.for_duration(duration)
        for o in stage.options:
            facts = content.option_facts(stage, o)
            if content.START_TODAY in facts["how_soon"].short:
                assert o.doctor_needed == "no", (duration, o.id)
                assert facts["doctor"].short == vocab.DOCTOR_LABELS["no"]
    # Named cases: a store-bought NSAID for new pain can start today; for pain over 12 weeks not.
    assert content.START_TODAY in content.how_soon(ds.for_duration("acute").option("otc_nsaid")).short
    assert content.START_TODAY not in content.how_soon(ds.for_duration("chronic").option("otc_nsaid")).short
    assert content.START_TODAY not in content.how_soon(ds.for_duration("acute").option("massage")).short
