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
