"""The fixed words of the dataset and the plain labels people see for them.

Every enum column in `data/` takes its allowed values from here, so the
validator, the pages and the handout all speak the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, get_args

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
SEVERITY_LABELS = {"mild": "Mild", "moderate": "Moderate", "severe": "Severe"}

DURATIONS: tuple[Duration, ...] = get_args(Duration)
DURATION_LABELS = {
    "acute": "Under 4 weeks",
    "subacute": "4 to 12 weeks",
    "chronic": "Over 12 weeks",
}

DOCTOR_NEEDED: tuple[DoctorNeeded, ...] = get_args(DoctorNeeded)
DOCTOR_LABELS = {
    "no": "No doctor needed",
    "sometimes": "Sometimes (a referral may be needed)",
    "yes": "Yes, a prescription is needed",
}

CATEGORIES: tuple[Category, ...] = get_args(Category)
CATEGORY_LABELS = {
    "self_care": "Self-care",
    "otc_medicine": "Store-bought medicine",
    "rx_medicine": "Prescription medicine",
    "therapy": "Therapy",
}

YES_NO: tuple[YesNo, ...] = get_args(YesNo)

VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
VERDICT_LABELS = {
    "recommended": "Recommended",
    "option": "An option",
    "last_resort": "Last resort only",
    "not_recommended": "Not recommended",
    "not_addressed": "Not covered",
}

CLAIM_VERDICTS: tuple[ClaimVerdict, ...] = get_args(ClaimVerdict)
CLAIM_VERDICT_LABELS = {
    "agrees": "Agrees",
    "partly_agrees": "Partly agrees",
    "not_supported": "Not supported by evidence",
    "disagrees": "Disagrees",
    "not_addressed": "Not addressed",
}

CONFIDENCE: tuple[Confidence, ...] = get_args(Confidence)
CONFIDENCE_LABELS = {
    "V": "Verified",
    "S": "Secondary source",
    "W": "Weak source",
    "U": "Unconfirmed",
}
LOW_CONFIDENCE: tuple[Confidence, ...] = ("W", "U")

HARM_LEVELS: tuple[HarmLevel, ...] = get_args(HarmLevel)
EFFECT_SIZES: tuple[EffectSize, ...] = get_args(EffectSize)
EVIDENCE_QUALITY: tuple[EvidenceQuality, ...] = get_args(EvidenceQuality)
EVIDENCE_LABELS = {
    "high": "High",
    "moderate": "Moderate",
    "low": "Low",
    "very_low": "Very low",
    "unknown": "Unknown",
}

WARNING_LEVELS: tuple[WarningLevel, ...] = get_args(WarningLevel)
WARNING_LEVEL_LABELS = {
    "emergency": "Get emergency help now",
    "urgent": "Contact a doctor today",
    "soon": "Book a visit with your doctor",
}

QUOTE_ROLES: tuple[QuoteRole, ...] = get_args(QuoteRole)
GENERAL_TOPICS: tuple[GeneralTopic, ...] = get_args(GeneralTopic)

# Evidence differs between new pain and pain that has lasted over 12 weeks, so
# verdicts, timing and effect are stored per stage (`data/evidence.csv`).
STAGES: tuple[Stage, ...] = get_args(Stage)
STAGE_LABELS = {"new": "New pain (under 12 weeks)", "long": "Long-lasting pain (over 12 weeks)"}
STAGE_OF_DURATION: dict[str, Stage] = {"acute": "new", "subacute": "new", "chronic": "long"}
STAGE_SHORT = {"new": "for new pain", "long": "for pain over 12 weeks"}

# What a cost covers. The same words everywhere a cost is shown.
COST_UNITS: tuple[CostUnit, ...] = get_args(CostUnit)
COST_UNIT_WORDS = {"month": "a month", "course": "a course", "one_off": "one-off"}

# A coach's local prices (`dashboard.pack`) may also be per session or per visit.
PRICE_UNITS: tuple[PriceUnit, ...] = get_args(PriceUnit)
PRICE_UNIT_WORDS = {**COST_UNIT_WORDS, "session": "a session", "visit": "a visit"}
PACK_ROW_KINDS: tuple[PackRowKind, ...] = get_args(PackRowKind)

# Optional health answers. An option whose label says "ask a doctor first" for one of
# these moves to its own marked list (`data/health_cautions.csv`).
HEALTH_CONDITIONS: tuple[HealthCondition, ...] = get_args(HealthCondition)
HEALTH_LABELS = {
    "pregnant": "I am pregnant",
    "heart": "I have heart disease, high blood pressure or had a stroke",
    "kidney": "I have kidney disease",
    "ulcer": "I have had a stomach ulcer or stomach bleeding",
    "blood_thinner": "I take a blood thinner",
    "age60": "I am 60 or older",
    "age65": "I am 65 or older",
    "liver": "I have liver disease, or I have 3 or more alcoholic drinks a day",
    "antidepressant": "I take an antidepressant (for example an SSRI or SNRI)",
}
# Short words for the same answers, for a list ("Health: pregnant; 60 or older").
HEALTH_SHORT = {
    "pregnant": "pregnant",
    "heart": "heart disease, high blood pressure or a stroke",
    "kidney": "kidney disease",
    "ulcer": "a stomach ulcer or bleeding",
    "blood_thinner": "a blood thinner",
    "age60": "60 or older",
    "age65": "65 or older",
    "liver": "liver disease or 3 or more drinks a day",
    "antidepressant": "an antidepressant",
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
    "recommended": "Guidelines suggest these first",
    "option": "Also an option in guidelines",
    "not_addressed": "Guidelines do not cover these",
    "last_resort": "Guidelines keep these as a last resort",
    "not_recommended": "Guidelines advise against these",
}
