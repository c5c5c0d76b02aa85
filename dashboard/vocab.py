"""The fixed words of the dataset and the plain labels people see for them.

Every enum column in `data/` takes its allowed values from here, so the
validator, the pages and the handout all speak the same words.

The labels are marked with `N_()` here and translated with `_()` where they are shown.
A label that starts a line has its own mid-sentence form (`DURATION_WORDS`, ...): never
lower-case a label to put it inside a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

from dashboard.i18n import N_, NP_, pgettext

# Each set of allowed values is written once, as a Literal type. The tuples below
# are read from it, so a model field typed with it and the validator agree, and a
# misspelt value (`verdict == "recomended"`) is a type error.
Severity = Literal["mild", "moderate", "severe"]
Duration = Literal["acute", "subacute", "chronic"]
DoctorNeeded = Literal["no", "sometimes", "yes"]
Category = Literal["self_care", "otc_medicine", "rx_medicine", "therapy"]
YesNo = Literal["yes", "no"]
Verdict = Literal["recommended", "option", "last_resort", "not_recommended", "not_addressed"]
ClaimVerdict = Literal["agrees", "partly_agrees", "not_supported", "disagrees", "not_addressed"]
Confidence = Literal["V", "S", "W", "U"]
HarmLevel = Literal["low", "moderate", "high", "unknown"]
EffectSize = Literal["none", "small", "moderate", "unknown"]
EvidenceQuality = Literal["high", "moderate", "low", "very_low", "unknown"]
WarningLevel = Literal["emergency", "urgent", "soon"]
QuoteRole = Literal["guidance", "context"]
GeneralTopic = Literal["general", "causes"]
Stage = Literal["new", "long"]
CostUnit = Literal["month", "course", "one_off"]
PriceUnit = Literal["session", "visit", "month", "course", "one_off"]  # a coach's local price
PackRowKind = Literal["option", "service"]
HealthCondition = Literal[
    "pregnant", "heart", "kidney", "ulcer", "blood_thinner", "age60", "age65", "liver", "antidepressant"
]
# What kind of source a row of sources.csv is. Only some kinds may stand behind a figure
# that feeds a score (SCORE_SOURCE_KINDS): a rule in dashboard/data/rules.py checks it.
ScoreSourceKind = Literal["guideline", "journal", "cochrane", "drug_label", "nhs", "regulator", "gov_price"]
SourceKind = Literal[
    ScoreSourceKind,
    "health_system",
    "professional_body",
    "trade_group",
    "maker",
    "news",
    "business",
    "blog",
    "content_site",
]

SEVERITIES: tuple[Severity, ...] = get_args(Severity)
SEVERITY_LABELS = {"mild": N_("Mild"), "moderate": N_("Moderate"), "severe": N_("Severe")}

DURATIONS: tuple[Duration, ...] = get_args(Duration)
DURATION_LABELS = {
    "acute": N_("Under 4 weeks"),
    "subacute": N_("4 to 12 weeks"),
    "chronic": N_("Over 12 weeks"),
}
# The same inside a sentence: "pain that has lasted under 4 weeks". Marked with a context,
# as "4 to 12 weeks" is also a label: shown with duration_words().
DURATION_CONTEXT = "duration, inside a sentence"
DURATION_WORDS = {
    "acute": NP_("duration, inside a sentence", "under 4 weeks"),
    "subacute": NP_("duration, inside a sentence", "4 to 12 weeks"),
    "chronic": NP_("duration, inside a sentence", "over 12 weeks"),
}


def duration_words(duration: str) -> str:
    """How long the pain has lasted, inside a sentence ("under 4 weeks"), in this run's language."""
    return pgettext(DURATION_CONTEXT, DURATION_WORDS[duration])


DOCTOR_NEEDED: tuple[DoctorNeeded, ...] = get_args(DoctorNeeded)
DOCTOR_LABELS = {
    "no": N_("No doctor needed"),
    "sometimes": N_("Sometimes (a referral may be needed)"),
    "yes": N_("Yes, a prescription is needed"),
}

CATEGORIES: tuple[Category, ...] = get_args(Category)
CATEGORY_LABELS = {
    "self_care": N_("Self-care"),
    "otc_medicine": N_("Store-bought medicine"),
    "rx_medicine": N_("Prescription medicine"),
    "therapy": N_("Therapy"),
}

YES_NO: tuple[YesNo, ...] = get_args(YesNo)

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
VERDICT_LABELS = {
    "recommended": N_("Recommended"),
    "option": N_("An option"),
    "last_resort": N_("Last resort only"),
    "not_recommended": N_("Not recommended"),
    "not_addressed": N_("Not covered"),
}

CLAIM_VERDICTS: tuple[ClaimVerdict, ...] = get_args(ClaimVerdict)
CLAIM_VERDICT_LABELS = {
    "agrees": N_("Agrees"),
    "partly_agrees": N_("Partly agrees"),
    "not_supported": N_("Not supported by evidence"),
    "disagrees": N_("Disagrees"),
    "not_addressed": N_("Not addressed"),
}

CONFIDENCE: tuple[Confidence, ...] = get_args(Confidence)
CONFIDENCE_LABELS = {
    "V": N_("Verified"),
    "S": N_("Secondary source"),
    "W": N_("Weak source"),
    "U": N_("Unconfirmed"),
}
# The same inside a sentence: "(weak source, 2006)".
CONFIDENCE_WORDS = {
    "V": N_("verified"),
    "S": N_("secondary source"),
    "W": N_("weak source"),
    "U": N_("unconfirmed"),
}
LOW_CONFIDENCE: tuple[Confidence, ...] = ("W", "U")

HARM_LEVELS: tuple[HarmLevel, ...] = get_args(HarmLevel)
EFFECT_SIZES: tuple[EffectSize, ...] = get_args(EffectSize)
EVIDENCE_QUALITY: tuple[EvidenceQuality, ...] = get_args(EvidenceQuality)
# How sure the evidence is. Marked with a context: "Moderate" evidence and "Moderate" pain
# differ in some languages. Shown with evidence_label() and evidence_words().
EVIDENCE_CONTEXT = "evidence quality"
EVIDENCE_LABELS = {
    "high": NP_("evidence quality", "High"),
    "moderate": NP_("evidence quality", "Moderate"),
    "low": NP_("evidence quality", "Low"),
    "very_low": NP_("evidence quality", "Very low"),
    "unknown": NP_("evidence quality", "Unknown"),
}
# The same inside a sentence: "How sure: moderate."
EVIDENCE_WORDS = {
    "high": NP_("evidence quality", "high"),
    "moderate": NP_("evidence quality", "moderate"),
    "low": NP_("evidence quality", "low"),
    "very_low": NP_("evidence quality", "very low"),
    "unknown": NP_("evidence quality", "unknown"),
}


def evidence_label(quality: str) -> str:
    """How sure the evidence is, as a label ("Moderate"), in this run's language."""
    return pgettext(EVIDENCE_CONTEXT, EVIDENCE_LABELS[quality])


def evidence_words(quality: str) -> str:
    """The same inside a sentence ("How sure: moderate."), in this run's language."""
    return pgettext(EVIDENCE_CONTEXT, EVIDENCE_WORDS[quality])


WARNING_LEVELS: tuple[WarningLevel, ...] = get_args(WarningLevel)
WARNING_LEVEL_LABELS = {
    "emergency": N_("Get emergency help now"),
    "urgent": N_("Contact a doctor today"),
    "soon": N_("Book a visit with your doctor"),
}

QUOTE_ROLES: tuple[QuoteRole, ...] = get_args(QuoteRole)
GENERAL_TOPICS: tuple[GeneralTopic, ...] = get_args(GeneralTopic)

# Evidence differs between new pain and pain that has lasted over 12 weeks, so
# verdicts, timing and effect are stored per stage (`data/evidence.csv`).
STAGES: tuple[Stage, ...] = get_args(Stage)
STAGE_LABELS = {"new": N_("New pain (under 12 weeks)"), "long": N_("Long-lasting pain (over 12 weeks)")}
# The same inside a sentence: "What we show is known for new pain (under 12 weeks)."
STAGE_WORDS = {"new": N_("new pain (under 12 weeks)"), "long": N_("long-lasting pain (over 12 weeks)")}
STAGE_OF_DURATION: dict[str, Stage] = {"acute": "new", "subacute": "new", "chronic": "long"}
STAGE_SHORT = {"new": N_("for new pain"), "long": N_("for pain over 12 weeks")}

# What a cost covers. The same words everywhere a cost is shown.
COST_UNITS: tuple[CostUnit, ...] = get_args(CostUnit)
COST_UNIT_WORDS = {"month": N_("a month"), "course": N_("a course"), "one_off": N_("one-off")}

# A coach's local prices (`dashboard.pack`) may also be per session or per visit.
PRICE_UNITS: tuple[PriceUnit, ...] = get_args(PriceUnit)
PRICE_UNIT_WORDS = {**COST_UNIT_WORDS, "session": N_("a session"), "visit": N_("a visit")}
PACK_ROW_KINDS: tuple[PackRowKind, ...] = get_args(PackRowKind)

# Optional health answers. An option whose label says "ask a doctor first" for one of
# these moves to its own marked list (`data/health_cautions.csv`).
HEALTH_CONDITIONS: tuple[HealthCondition, ...] = get_args(HealthCondition)
HEALTH_LABELS = {
    "pregnant": N_("I am pregnant"),
    "heart": N_("I have heart disease, high blood pressure or had a stroke"),
    "kidney": N_("I have kidney disease"),
    "ulcer": N_("I have had a stomach ulcer or stomach bleeding"),
    "blood_thinner": N_("I take a blood thinner"),
    "age60": N_("I am 60 or older"),
    "age65": N_("I am 65 or older"),
    "liver": N_("I have liver disease, or I have 3 or more alcoholic drinks a day"),
    "antidepressant": N_("I take an antidepressant (for example an SSRI or SNRI)"),
}
# Short words for the same answers, for a list ("Health: pregnant; 60 or older").
HEALTH_SHORT = {
    "pregnant": N_("pregnant"),
    "heart": N_("heart disease, high blood pressure or a stroke"),
    "kidney": N_("kidney disease"),
    "ulcer": N_("a stomach ulcer or bleeding"),
    "blood_thinner": N_("a blood thinner"),
    "age60": N_("60 or older"),
    "age65": N_("65 or older"),
    "liver": N_("liver disease or 3 or more drinks a day"),
    "antidepressant": N_("an antidepressant"),
}
# An answer that implies another: 65 or older is also 60 or older.
HEALTH_IMPLIES: dict[str, tuple[HealthCondition, ...]] = {"age65": ("age60",)}


def with_implied(health: Iterable[str]) -> frozenset[str]:
    """The health answers with the ones they imply (65 or older is also 60 or older)."""
    given = set(health)
    return frozenset(given | {implied for answer in given for implied in HEALTH_IMPLIES.get(answer, ())})


SOURCE_KINDS: tuple[SourceKind, ...] = get_args(SourceKind)
SCORE_SOURCE_KINDS: tuple[ScoreSourceKind, ...] = get_args(ScoreSourceKind)
MAX_PRICE_AGE_YEARS = 8  # a price behind a score is at most this many years older than its row's review

# The order of the answer: guideline groups first, then what matters to the person.
VERDICT_ORDER: tuple[Verdict, ...] = (
    "recommended",
    "option",
    "not_addressed",
    "last_resort",
    "not_recommended",
)
GROUP_HEADINGS = {
    "recommended": N_("Guidelines suggest these first"),
    "option": N_("Also an option in guidelines"),
    "not_addressed": N_("Guidelines do not cover these"),
    "last_resort": N_("Guidelines keep these as a last resort"),
    "not_recommended": N_("Guidelines advise against these"),
}
