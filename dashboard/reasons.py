"""The words of a match (`dashboard.matching`): why an option is out, what to watch for,
why it fits, and the answer's first lines.

Each reason is one whole message with placeholders, in this run's language: no reason is
glued from smaller ones or lower-cased to go inside another, so a translation can put its
words in its own order. The logic reads values and codes, never these words.
"""

from __future__ import annotations

from collections.abc import Sequence

from dashboard.data import Option
from dashboard.i18n import N_, _
from dashboard.situation import NEED_HOURS, Situation
from dashboard.text import (
    cost_in_sentence,
    duration_words,
    hours_range,
    join_words,
    money,
    own_cost_state,
    severity_words,
    stage_words,
)

# ------------------------------------------------------------------ why it is out


def _severity(option: Option, situation: Situation) -> str:
    words = {
        "severities": join_words([severity_words(s) for s in option.severities]),
        "severity": severity_words(situation.severity),
    }
    if situation.said("severity"):
        return _("It is meant for {severities} pain, and you said yours is {severity}.").format(**words)
    return _(
        "It is meant for {severities} pain, and we used {severity}, the usual answer (change it in Step 2)."
    ).format(**words)


def _duration(option: Option, situation: Situation) -> str:
    words = {
        "durations": join_words([duration_words(d) for d in option.durations]),
        "lasted": duration_words(situation.duration),
    }
    if situation.said("duration"):
        return _("It is meant for pain that has lasted {durations}, and yours has lasted {lasted}.").format(
            **words
        )
    return _(
        "It is meant for pain that has lasted {durations}, and we used {lasted}, the usual answer "
        "(change it in Step 2)."
    ).format(**words)


def _doctor(option: Option) -> str:
    if option.doctor_reason:
        return _("{reason} You said you'd rather not see a doctor.").format(reason=option.doctor_reason)
    return _("It needs a prescription, and you said you'd rather not see a doctor.")


def answers(option: Option, situation: Situation) -> tuple[list[str], list[str]]:
    """What rules the option out given the person's answers, and what to watch for."""
    out: list[str] = []
    caveats: list[str] = []
    if situation.severity not in option.severities:
        out.append(_severity(option, situation))
    if situation.duration not in option.durations:
        out.append(_duration(option, situation))
    if not situation.wants_doctor and option.doctor_needed == "yes":
        out.append(_doctor(option))
    if not situation.wants_doctor and option.doctor_needed == "sometimes":
        caveats.append(_("Some forms need a doctor's referral, for example to be covered."))
    if situation.avoids_medicine and option.is_medicine:
        out.append(_("It is a medicine, and you said you'd rather avoid medicines."))
    if situation.budget is not None:
        reason, caveat = _budget(option, situation.budget)
        out += [reason] if reason else []
        caveats += [caveat] if caveat else []
    if situation.article_only and not option.named_in_article:
        out.append(_("The article does not name it, and you asked for only the article's options."))
    return out, caveats


def local_price(option: Option) -> bool:
    """True when the option's cost is a coach's local price (a pack), which every reason marks."""
    return option.local is not None and bool(option.local.price)


def _budget(option: Option, budget: int) -> tuple[str, str]:
    """(reason it is left out, caveat), either may be empty. Only a known cost can rule an
    option out; a known doctor visit is a known floor even when the medicine's price is unknown."""
    low, high = option.total_cost_low, option.total_cost_high
    visit = option.visit_cost_low_usd
    if low is None and visit is not None and visit > budget:
        return (
            _("A doctor visit alone costs {visit} or more, more than your budget of {budget}.").format(
                visit=money(visit), budget=money(budget)
            ),
            "",
        )
    if low is None or high is None:
        return "", _("We could not find its full cost, so check the price first.")
    words = {"cost": cost_in_sentence(option), "budget": money(budget)}
    local = local_price(option)
    if low > budget:
        reason = (
            _("Its local price ({cost}) is more than your budget of {budget}.")
            if local
            else _("Its cost ({cost}) is more than your budget of {budget}.")
        )
        return reason.format(**words), ""
    if high > budget:
        caveat = (
            _("Only the cheaper end of its local price ({cost}) fits your budget.")
            if local
            else _("Only the cheaper end of its cost ({cost}) fits your budget.")
        )
        return "", caveat.format(**words)
    return "", ""


# ------------------------------------------------------------------ what to watch for

# (said by the person, how soon) -> the caveat for an option that takes longer.
TIMING = {
    (True, "today"): N_("It takes about {took} to help, and you need relief today."),
    (True, "week"): N_("It takes about {took} to help, and you need relief this week."),
    (False, "today"): N_("It takes about {took} to help, and we assumed you want relief today."),
    (False, "week"): N_("It takes about {took} to help, and we assumed you want relief this week."),
}


def timing(option: Option, situation: Situation) -> list[str]:
    """A caveat when the person needs relief soon and the option is known to take longer.
    An unknown onset gets none: it is shown as unknown, and never counts against an option."""
    limit = NEED_HOURS.get(situation.need)
    if limit is None or not option.beat_placebo or option.stage_gap:
        return []
    if option.onset_hours_low is not None and option.onset_hours_low > limit:
        took = hours_range(option.onset_hours_low, option.onset_hours_high)
        when = "today" if situation.need == "today" else "week"
        return [_(TIMING[situation.said("need"), when]).format(took=took)]
    return []


def evidence(option: Option) -> list[str]:
    """What the evidence and guidelines say that a person should know before trying it."""
    caveats = []
    if option.stage_gap:
        caveats.append(
            _(
                "Its studies were of newer pain than yours, so how well it works for pain of 4 to 12 weeks "
                "is not known."
            )
        )
    elif not option.beat_placebo and option.is_medicine:
        caveats.append(_("In trials it did no better than a dummy pill for pain like yours."))
    elif not option.beat_placebo:
        caveats.append(_("Trials found no benefit from it for pain like yours."))
    if option.guideline_verdict == "not_recommended":
        caveats.append(_("Guidelines advise against it for pain like yours."))
    elif option.guideline_verdict == "last_resort":
        caveats.append(_("Guidelines keep it as a last resort."))
    if option.caveat:
        caveats.append(option.caveat)
    if not option.has_stage_evidence:
        caveats.append(_("What we show is known for {stage}.").format(stage=stage_words(option.ev.stage)))
    return caveats


# ------------------------------------------------------------------ why it fits

# (what the doctor part is, what the cost part is) -> why it fits, as one sentence.
# "check": a doctor's check first (the stage's own reason); "prescription": a prescription.
WHY = {
    ("no", "priced"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs no doctor, and costs {cost}."
    ),
    ("no", "free"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs no doctor, and costs nothing."
    ),
    ("no", "free_local"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs no doctor, and costs nothing (a local price)."
    ),
    ("no", "unknown"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs no doctor, and has no price we could find."
    ),
    ("sometimes", "priced"): N_(
        "It suits {severity} pain that has lasted {how_long}, may need a doctor's referral, and costs {cost}."
    ),
    ("sometimes", "free"): N_(
        "It suits {severity} pain that has lasted {how_long}, may need a doctor's referral, and costs nothing."
    ),
    ("sometimes", "free_local"): N_(
        "It suits {severity} pain that has lasted {how_long}, may need a doctor's referral, and costs nothing "
        "(a local price)."
    ),
    ("sometimes", "unknown"): N_(
        "It suits {severity} pain that has lasted {how_long}, may need a doctor's referral, and has no price "
        "we could find."
    ),
    ("check", "priced"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's check first, which you are "
        "open to, and costs {cost}."
    ),
    ("check", "free"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's check first, which you are "
        "open to, and costs nothing."
    ),
    ("check", "free_local"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's check first, which you are "
        "open to, and costs nothing (a local price)."
    ),
    ("check", "unknown"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's check first, which you are "
        "open to, and has no price we could find."
    ),
    ("prescription", "priced"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's prescription, which you are "
        "open to, and costs {cost}."
    ),
    ("prescription", "free"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's prescription, which you are "
        "open to, and costs nothing."
    ),
    ("prescription", "free_local"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's prescription, which you are "
        "open to, and costs nothing (a local price)."
    ),
    ("prescription", "unknown"): N_(
        "It suits {severity} pain that has lasted {how_long}, needs a doctor's prescription, which you are "
        "open to, and has no price we could find."
    ),
}


def _cost_part(option: Option) -> tuple[str, str]:
    """(the cost's key in WHY, the cost in words for "costs {cost}")."""
    state = own_cost_state(option)
    if option.visit_cost_low_usd is not None and option.visit_cost_high_usd is not None:
        state = "priced"  # a doctor visit has a price, whatever the medicine's is
    local = local_price(option)
    if state == "free":
        return ("free_local" if local else "free"), ""
    if state == "unknown":
        return "unknown", ""
    cost = cost_in_sentence(option)
    return "priced", _("{price} (a local price)").format(price=cost) if local else cost


def why(option: Option, situation: Situation) -> str:
    how_long = duration_words(situation.duration)
    if option.guideline_verdict == "not_recommended":
        return _("Guidelines advise against it for pain that has lasted {how_long}.").format(
            how_long=how_long
        )
    doctor: str = option.doctor_needed
    if doctor == "yes":
        doctor = "check" if option.doctor_reason else "prescription"
    cost_key, cost = _cost_part(option)
    return _(WHY[doctor, cost_key]).format(
        severity=severity_words(situation.severity), how_long=how_long, cost=cost
    )


# ------------------------------------------------------------------ the answer's first lines

# (while an urgent sign is ticked, any guideline-first option fits) -> the first line.
FIRST_LINE = {
    (False, True): N_("For pain that has lasted {how_long}, guidelines suggest starting with: {names}."),
    (False, False): N_(
        "None of the options guidelines suggest first for pain that has lasted {how_long} fits your answers. "
        "See why below."
    ),
    (True, True): N_(
        "While you arrange to see a doctor today: for pain that has lasted {how_long}, guidelines suggest "
        "starting with: {names}."
    ),
    (True, False): N_(
        "While you arrange to see a doctor today: none of the options guidelines suggest first for pain that "
        "has lasted {how_long} fits your answers. See why below."
    ),
}
# (what matters is still the usual, one stands out) -> the closest-match line.
CLOSEST_LINE = {
    (False, True): N_("Closest match to what you said matters: {names}."),
    (False, False): N_(
        "Closest match to what you said matters: none stands out. Too much about these options is not known "
        "to put one above the others."
    ),
    (True, True): N_("Closest match to the usual things that matter (set yours in Step 3): {names}."),
    (True, False): N_(
        "Closest match to the usual things that matter (set yours in Step 3): none stands out. Too much about "
        "these options is not known to put one above the others."
    ),
}


def headline_lines(
    guideline_first: Sequence[str],
    closest: Sequence[str],
    duration: str,
    stands_out: bool,
    usual: bool = False,
    urgent: bool = False,
) -> list[str]:
    """The answer's first lines: what guidelines suggest first, then the closest match to what
    matters (`usual`: the person has not set it yet), if any. `urgent` speaks first to the
    doctor the person is to see today."""
    first = _(FIRST_LINE[urgent, bool(guideline_first)]).format(
        how_long=duration_words(duration), names="; ".join(guideline_first)
    )
    lines = [first]
    if closest:
        lines.append(_(CLOSEST_LINE[usual, stands_out]).format(names="; ".join(closest)))
    return lines
