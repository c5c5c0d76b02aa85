"""The fixed words of the dataset and the plain labels people see for them.

Every enum column in `data/` takes its allowed values from here, so the
validator, the pages and the handout all speak the same words.
"""

from __future__ import annotations

SEVERITIES = ("mild", "moderate", "severe")
SEVERITY_LABELS = {"mild": "Mild", "moderate": "Moderate", "severe": "Severe"}

DURATIONS = ("acute", "subacute", "chronic")
DURATION_LABELS = {
    "acute": "Under 4 weeks",
    "subacute": "4 to 12 weeks",
    "chronic": "Over 12 weeks",
}

DOCTOR_NEEDED = ("no", "sometimes", "yes")
DOCTOR_LABELS = {
    "no": "No doctor needed",
    "sometimes": "Sometimes (a referral may be needed)",
    "yes": "Yes, a prescription is needed",
}

CATEGORIES = ("self_care", "otc_medicine", "rx_medicine", "therapy")
CATEGORY_LABELS = {
    "self_care": "Self-care",
    "otc_medicine": "Store-bought medicine",
    "rx_medicine": "Prescription medicine",
    "therapy": "Therapy",
}

YES_NO = ("yes", "no")

VERDICTS = ("recommended", "option", "last_resort", "not_recommended", "not_addressed")
VERDICT_LABELS = {
    "recommended": "Recommended",
    "option": "An option",
    "last_resort": "Last resort only",
    "not_recommended": "Not recommended",
    "not_addressed": "Not covered",
}

CLAIM_VERDICTS = ("agrees", "partly_agrees", "disagrees", "not_addressed")
CLAIM_VERDICT_LABELS = {
    "agrees": "Agrees",
    "partly_agrees": "Partly agrees",
    "disagrees": "Disagrees",
    "not_addressed": "Not addressed",
}

CONFIDENCE = ("V", "S", "W", "U")
CONFIDENCE_LABELS = {
    "V": "Verified",
    "S": "Secondary source",
    "W": "Weak source",
    "U": "Unconfirmed",
}
LOW_CONFIDENCE = ("W", "U")

HARM_LEVELS = ("low", "moderate", "high")
EFFECT_SIZES = ("none", "small", "moderate", "unknown")
EVIDENCE_QUALITY = ("high", "moderate", "low", "very_low", "unknown")
EVIDENCE_LABELS = {
    "high": "High",
    "moderate": "Moderate",
    "low": "Low",
    "very_low": "Very low",
    "unknown": "Unknown",
}

WARNING_LEVELS = ("emergency", "urgent", "soon")
WARNING_LEVEL_LABELS = {
    "emergency": "Get emergency help now",
    "urgent": "Contact a doctor today",
    "soon": "Book a visit with your doctor",
}

QUOTE_ROLES = ("guidance", "context")
GENERAL_TOPICS = ("general", "causes")

# Evidence differs between new pain and pain that has lasted over 12 weeks, so
# verdicts, timing and effect are stored per stage (`data/evidence.csv`).
STAGES = ("new", "long")
STAGE_LABELS = {"new": "New pain (under 12 weeks)", "long": "Long-lasting pain (over 12 weeks)"}
STAGE_OF_DURATION = {"acute": "new", "subacute": "new", "chronic": "long"}
STAGE_SHORT = {"new": "for new pain", "long": "for pain over 12 weeks"}

# What a cost covers. The same words everywhere a cost is shown.
COST_UNITS = ("month", "course", "one_off")
COST_UNIT_WORDS = {"month": "a month", "course": "a course", "one_off": "one-off"}

# Optional health answers. An option whose label says "ask a doctor first" for one of
# these moves to its own marked list (`data/health_cautions.csv`).
HEALTH_CONDITIONS = ("pregnant", "heart", "kidney", "ulcer", "blood_thinner", "age65")
HEALTH_LABELS = {
    "pregnant": "I am pregnant",
    "heart": "I have heart disease, high blood pressure or had a stroke",
    "kidney": "I have kidney disease",
    "ulcer": "I have had a stomach ulcer or stomach bleeding",
    "blood_thinner": "I take a blood thinner",
    "age65": "I am 65 or older",
}

# The order of the answer: guideline groups first, then what matters to the person.
VERDICT_ORDER = ("recommended", "option", "not_addressed", "last_resort", "not_recommended")
GROUP_HEADINGS = {
    "recommended": "Guidelines suggest these first",
    "option": "Also an option in guidelines",
    "not_addressed": "Guidelines do not cover these",
    "last_resort": "Guidelines keep these as a last resort",
    "not_recommended": "Guidelines advise against these",
}
