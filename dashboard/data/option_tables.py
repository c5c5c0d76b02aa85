"""The declarations of the option files: each option, its evidence for each stage of pain,
and the labels' health cautions. `schema.TABLES` lists them with the other files."""

from __future__ import annotations

import re

from dashboard import vocab
from dashboard.data.kinds import (
    SLUG,
    Column,
    Kind,
    Table,
    date,
    days_or_empty,
    list_of,
    note,
    number_or_unknown,
    one_of,
    slug,
    source_list,
    text,
    yes_no,
)
from dashboard.i18n import N_

SOURCE_IDS_OF_ROW = N_("The sources behind this row (ids from sources.csv, joined by ;).")

OPTIONS = Table(
    "options.csv",
    N_("One row per relief option, with its costs, timing, benefits, harms and sources."),
    (
        Column("id", slug(), N_("Short fixed name of the option, used in links and tests.")),
        Column("name", text(), N_("The option's name.")),
        Column(
            "category",
            one_of(vocab.CATEGORIES),
            N_("Kind of option: self-care, store-bought medicine, prescription medicine or therapy."),
        ),
        Column("is_medicine", yes_no(), N_("Yes if it is a medicine.")),
        Column("named_in_article", yes_no(), N_("Yes if the article names it.")),
        Column("summary", text(), N_("What it is, in a sentence or two.")),
        Column(
            "cost_low_usd",
            number_or_unknown(),
            N_("Low end of the option's own cost in US dollars, for the cost_unit. Empty means unknown."),
        ),
        Column(
            "cost_high_usd",
            number_or_unknown(),
            N_("High end of the option's own cost in US dollars, for the cost_unit. Empty means unknown."),
        ),
        Column(
            "cost_unit",
            one_of(vocab.COST_UNITS),
            N_("What the cost covers: month (a month), course (one course, as the label allows) or one_off."),
        ),
        Column("cost_basis", text(), N_("How we worked out the cost, and what it leaves out.")),
        Column(
            "cost_source_ids",
            source_list(required=False),
            N_("The sources behind the cost figure (empty when the cost is unknown)."),
        ),
        Column(
            "cost_confidence",
            one_of(vocab.CONFIDENCE),
            N_("How sure we are of the cost (V, S, W or U, see below)."),
        ),
        Column(
            "visit_cost_low_usd",
            number_or_unknown(),
            N_("Low end of a doctor visit, when one is needed. Empty if none is needed."),
        ),
        Column(
            "visit_cost_high_usd",
            number_or_unknown(),
            N_("High end of a doctor visit, when one is needed. Empty if none is needed."),
        ),
        Column(
            "doctor_needed",
            one_of(vocab.DOCTOR_NEEDED),
            N_("Whether you need a doctor: no, sometimes or yes. A stage may say otherwise (evidence.csv)."),
            field="base_doctor_needed",
        ),
        Column(
            "severities",
            list_of(vocab.SEVERITIES),
            N_("Which pain it suits: mild, moderate, severe (joined by |)."),
        ),
        Column(
            "durations",
            list_of(vocab.DURATIONS),
            N_(
                "How long the pain has lasted: acute (under 4 weeks), subacute (4 to 12 weeks), "
                "chronic (over 12 weeks)."
            ),
        ),
        Column("harms", text(), N_("Side effects and risks, in the same detail as the benefits.")),
        Column(
            "main_harm",
            note(),
            N_(
                "The most serious harms, copied from harms: every boxed warning and every "
                "'do not use' line. Needed when harm_level is moderate or high."
            ),
        ),
        Column(
            "harm_level",
            one_of(vocab.HARM_LEVELS),
            N_(
                "Our harm grade: low (only minor harms), moderate (label warns of serious harm), "
                "high (boxed warning), or unknown (we found no safety data)."
            ),
        ),
        Column(
            "harm_source_ids",
            source_list(required=False),
            N_("The sources behind the harm grade (empty when it is unknown)."),
        ),
        Column(
            "same_medicine_as",
            Kind("must be empty or an option id", lambda x: x == "" or re.fullmatch(SLUG, x) is not None),
            N_(
                "For a prescription form: the store-bought option with the same kind of medicine. "
                "Every health caution of that option applies to this one too."
            ),
        ),
        Column("what_its_like", text(), N_("What doing it is like day to day.")),
        Column("try_it", text(), N_("One line on how to start, said only as its sources say it.")),
        Column("try_it_source_ids", source_list(required=True), N_("The sources behind try_it.")),
        Column(
            "start_today",
            yes_no(),
            N_("Yes if a person can start it today on their own: no visit, prescription, class or referral."),
        ),
        Column(
            "if_owned",
            note(),
            N_("For a reusable item a person may have already: what it costs then, in a sentence."),
        ),
        Column("source_ids", source_list(required=True), SOURCE_IDS_OF_ROW, field="base_source_ids"),
        Column("last_reviewed", date(), N_("The date we last checked this row.")),
    ),
)

EVIDENCE = Table(
    "evidence.csv",
    N_(
        "What is known about each option for new pain and for pain over 12 weeks: "
        "what guidelines say, how soon it helps, how long it lasts, and how strong the evidence is."
    ),
    (
        Column("option_id", slug(unique=False), N_("The option this row is about.")),
        Column("stage", one_of(vocab.STAGES), N_("new (pain under 12 weeks) or long (pain over 12 weeks).")),
        Column(
            "guideline_verdict",
            one_of(vocab.VERDICTS),
            N_(
                "What guidelines say for this stage: recommended, option, last resort, "
                "not recommended or not covered."
            ),
        ),
        Column("guideline_says", text(), N_("What guidelines say, in a sentence or two.")),
        Column(
            "onset_hours_low",
            number_or_unknown(),
            N_("Soonest it starts to help, in hours. Empty means unknown."),
        ),
        Column(
            "onset_hours_high",
            number_or_unknown(),
            N_("Latest it starts to help, in hours. Empty means unknown."),
        ),
        Column("onset_text", text(), N_("How soon it helps, in words.")),
        Column(
            "onset_source_ids",
            source_list(required=False),
            N_("The sources behind the onset hours (empty when they are unknown)."),
        ),
        Column(
            "onset_confidence",
            one_of(vocab.CONFIDENCE),
            N_("How sure we are of the timing (V, S, W or U)."),
        ),
        Column(
            "lasts_hours_low",
            number_or_unknown(),
            N_("Shortest time the benefit lasts, in hours. Empty means unknown."),
        ),
        Column(
            "lasts_hours_high",
            number_or_unknown(),
            N_("Longest time the benefit lasts, in hours. Empty means unknown."),
        ),
        Column("lasts_text", text(), N_("How long the benefit lasts, in words.")),
        Column(
            "lasts_source_ids",
            source_list(required=False),
            N_("The sources behind the lasting hours (empty when they are unknown)."),
        ),
        Column(
            "lasts_confidence",
            one_of(vocab.CONFIDENCE),
            N_("How sure we are of how long it lasts (V, S, W or U)."),
        ),
        Column("benefits", text(), N_("What it can do for you, with numbers where we have them.")),
        Column(
            "effect_size",
            one_of(vocab.EFFECT_SIZES),
            N_(
                "How big the benefit was in trials: none (no better than a dummy pill), small, "
                "moderate or unknown."
            ),
        ),
        Column(
            "evidence_quality",
            one_of(vocab.EVIDENCE_QUALITY),
            N_("How sure the trials are: high, moderate, low, very low or unknown."),
        ),
        Column(
            "effect_source_ids",
            source_list(required=False),
            N_("The sources behind the effect size and how sure it is (empty when unknown)."),
        ),
        Column(
            "covers_subacute",
            yes_no(),
            N_(
                "For a new-pain row: yes if its evidence also covers pain of 4 to 12 weeks. If no, "
                "people with pain of 4 to 12 weeks see its figures as not known for them. "
                "Always no for a long-pain row."
            ),
        ),
        Column(
            "doctor_needed",
            Kind(
                "must be empty, or one of: " + ", ".join(vocab.DOCTOR_NEEDED),
                lambda x: x == "" or x in vocab.DOCTOR_NEEDED,
                lambda x: x or None,
            ),
            N_(
                "For this stage only, when it differs from options.csv: no, sometimes or yes. "
                "Empty means the option's own answer."
            ),
        ),
        Column(
            "doctor_reason",
            note(),
            N_(
                "Why a doctor is needed at this stage, in the label's words. Needed when doctor_needed is set."
            ),
        ),
        Column(
            "caveat",
            note(),
            N_("A note shown with the option for this stage, such as a label's time limit. May be empty."),
        ),
        Column(
            "label_limit_days",
            days_or_empty(),
            N_(
                "The label's limit: ask a doctor if you still need it after this many days. "
                "Empty if the label sets none. The caveat says the same in words."
            ),
        ),
        Column("source_ids", source_list(required=True), SOURCE_IDS_OF_ROW),
    ),
)

HEALTH_CAUTIONS = Table(
    "health_cautions.csv",
    N_("Where a label says to ask a doctor first, for each health answer."),
    (
        Column("option_id", slug(unique=False), N_("The option the label is for.")),
        Column(
            "condition",
            one_of(vocab.HEALTH_CONDITIONS),
            N_("The health answer: pregnant, heart, kidney, ulcer, blood_thinner or age65."),
        ),
        Column("reason", text(), N_("What the label says, in plain words.")),
        Column("source_ids", source_list(required=True), N_("The label or source behind it.")),
    ),
)
