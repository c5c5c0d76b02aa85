"""The dataset as objects: one frozen dataclass per kind of row, and the Dataset holding them.

Fields that take a fixed set of words are typed with the Literal types in
`dashboard.vocab`, so a misspelt value is a type error, not a silent mismatch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from dashboard import vocab
from dashboard.i18n import _, format_date
from dashboard.vocab import (
    Category,
    Confidence,
    CostUnit,
    DoctorNeeded,
    Duration,
    EffectSize,
    EvidenceQuality,
    HarmLevel,
    HealthCondition,
    Severity,
    Stage,
    Verdict,
)


@dataclass(frozen=True)
class Evidence:
    """What is known about one option for one stage of pain (new, or over 12 weeks)."""

    option_id: str
    stage: Stage
    guideline_verdict: Verdict
    guideline_says: str
    onset_hours_low: float | None
    onset_hours_high: float | None
    onset_text: str
    onset_source_ids: tuple[str, ...]  # the sources behind each scored figure (empty when unknown)
    onset_confidence: Confidence
    lasts_hours_low: float | None
    lasts_hours_high: float | None
    lasts_text: str
    lasts_source_ids: tuple[str, ...]
    lasts_confidence: Confidence
    benefits: str
    effect_size: EffectSize
    evidence_quality: EvidenceQuality
    effect_source_ids: tuple[str, ...]
    covers_subacute: bool  # a new-pain row whose evidence also covers pain of 4 to 12 weeks
    # For this stage only, when a doctor is needed where the option's own answer says not.
    doctor_needed: DoctorNeeded | None
    doctor_reason: str
    caveat: str
    label_limit_days: int | None
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class LocalService:
    """A local service from a coach's pack: a kind of one option, with its own name and price.
    Every field is the coach's text (price in words), so show it as plain text, never markup."""

    name: str
    price: str
    where: str = ""
    contact: str = ""
    note: str = ""
    priced: bool = True  # False: the coach gave no price, and `price` says so in words


@dataclass(frozen=True)
class Local:
    """What a coach's pack (`dashboard.pack`) says about one option in their area.

    `price` is the local price in words ("" when the pack gives none, and the national
    figure stays). `national` is our national figure in words, kept one click away."""

    set_by: str
    set_on: dt.date | None
    offered: bool = True
    price: str = ""
    national: str = ""
    national_basis: str = ""
    services: tuple[LocalService, ...] = ()

    @property
    def signed(self) -> str:
        """ "Prices set by Dana Lee, 20 Nov 2026 (not checked by us)". A pack is not signed:
        the name is whatever its maker typed, so it never reads as our endorsement."""
        if self.set_by and self.set_on:
            text = _("Prices set by {name}, {day} (not checked by us)")
        elif self.set_by:
            text = _("Prices set by {name} (not checked by us)")
        elif self.set_on:
            text = _("Prices set by a coach, {day} (not checked by us)")
        else:
            text = _("Prices set by a coach (not checked by us)")
        day = format_date(self.set_on, "date") if self.set_on else ""
        return text.format(name=self.set_by, day=day)


@dataclass(frozen=True)
class Option:
    """An option as seen for one stage of pain. `stage` picks the evidence row; the
    stage-specific facts (verdict, timing, benefits, effect) read from that row."""

    id: str
    name: str
    category: Category
    is_medicine: bool
    named_in_article: bool
    summary: str
    cost_low_usd: float | None
    cost_high_usd: float | None
    cost_unit: CostUnit
    cost_basis: str
    cost_source_ids: tuple[str, ...]  # the sources behind the cost figure (empty when unknown)
    cost_confidence: Confidence
    visit_cost_low_usd: float | None
    visit_cost_high_usd: float | None
    base_doctor_needed: DoctorNeeded
    severities: tuple[Severity, ...]
    durations: tuple[Duration, ...]
    harms: str
    main_harm: str  # the most serious harms, copied from `harms`
    harm_level: HarmLevel
    harm_source_ids: tuple[str, ...]
    same_medicine_as: str  # the store-bought option with the same medicine, for an Rx form
    what_its_like: str
    try_it: str  # one line on how to start, from try_it_source_ids
    try_it_source_ids: tuple[str, ...]
    start_today: bool  # it can be started today, with no visit, prescription, class or referral
    if_owned: str  # for a reusable item: its cost if the person has one already ("" if none)
    base_source_ids: tuple[str, ...]
    last_reviewed: dt.date
    evidence: tuple[Evidence, ...]
    stage: Stage = "new"
    local: Local | None = None  # a coach's local price and services, when a pack is in use
    # True when read for pain of 4 to 12 weeks. A new-pain row that does not cover that
    # stage then shows its figures as from other studies, and none of them is scored.
    subacute: bool = False

    # -- the evidence for this stage
    @property
    def has_stage_evidence(self) -> bool:
        """False when no evidence exists for this stage, and the other stage's is shown."""
        return any(e.stage == self.stage for e in self.evidence)

    @property
    def ev(self) -> Evidence:
        for e in self.evidence:
            if e.stage == self.stage:
                return e
        return self.evidence[0]

    @property
    def facts_stage(self) -> Stage:
        """The stage the shown facts are for: the one asked for, or the other if it has no row."""
        return self.ev.stage

    def for_stage(self, stage: Stage) -> Option:
        return self if stage == self.stage else replace(self, stage=stage)

    def for_duration(self, duration: str) -> Option:
        option = self.for_stage(vocab.STAGE_OF_DURATION[duration])
        subacute = duration == "subacute"
        return option if option.subacute == subacute else replace(option, subacute=subacute)

    @property
    def stage_gap(self) -> bool:
        """True when the shown facts come from studies of newer pain than the person's (pain
        of 4 to 12 weeks, read from a new-pain row that does not cover it). Its figures are
        then unknown for scoring, and shown as from other studies."""
        return self.subacute and self.ev.stage == "new" and not self.ev.covers_subacute

    @property
    def doctor_needed(self) -> DoctorNeeded:
        """Whether a doctor is needed for this stage: the stage's own answer, else the option's."""
        return self.ev.doctor_needed or self.base_doctor_needed

    @property
    def can_start_today(self) -> bool:
        """It can be started today on one's own: the data says so, and this stage needs no doctor."""
        return self.start_today and self.doctor_needed == "no"

    @property
    def doctor_reason(self) -> str:
        return self.ev.doctor_reason if self.ev.doctor_needed else ""

    @property
    def guideline_verdict(self) -> Verdict:
        return self.ev.guideline_verdict

    @property
    def guideline_says(self) -> str:
        return self.ev.guideline_says

    @property
    def onset_hours_low(self) -> float | None:
        return self.ev.onset_hours_low

    @property
    def onset_hours_high(self) -> float | None:
        return self.ev.onset_hours_high

    @property
    def onset_text(self) -> str:
        return self.ev.onset_text

    @property
    def onset_confidence(self) -> Confidence:
        return self.ev.onset_confidence

    @property
    def lasts_hours_low(self) -> float | None:
        return self.ev.lasts_hours_low

    @property
    def lasts_hours_high(self) -> float | None:
        return self.ev.lasts_hours_high

    @property
    def lasts_text(self) -> str:
        return self.ev.lasts_text

    @property
    def lasts_confidence(self) -> Confidence:
        return self.ev.lasts_confidence

    @property
    def benefits(self) -> str:
        return self.ev.benefits

    @property
    def effect_size(self) -> EffectSize:
        return self.ev.effect_size

    @property
    def evidence_quality(self) -> EvidenceQuality:
        return self.ev.evidence_quality

    @property
    def caveat(self) -> str:
        return self.ev.caveat

    @property
    def label_limit_days(self) -> int | None:
        return self.ev.label_limit_days

    @property
    def beat_placebo(self) -> bool:
        """False when trials found it no better than a dummy pill (or, for a care without
        drugs, than usual care) for this stage. Studies of other pain say nothing here."""
        return self.effect_size != "none" or self.stage_gap

    @property
    def source_ids(self) -> tuple[str, ...]:
        ids = list(self.base_source_ids)
        ids += [s for s in (*self.ev.source_ids, *self.try_it_source_ids) if s not in ids]
        return tuple(ids)

    # -- costs
    @property
    def cost_known(self) -> bool:
        return self.total_cost_high is not None

    @property
    def onset_known(self) -> bool:
        return self.onset_hours_low is not None

    @property
    def needs_visit(self) -> bool:
        return self.visit_cost_high_usd is not None

    @property
    def total_cost_low(self) -> float | None:
        """Lowest cost to try it: the option itself plus a doctor visit where one is needed."""
        if self.cost_low_usd is None:
            return None
        return self.cost_low_usd + (self.visit_cost_low_usd or 0.0)

    @property
    def total_cost_high(self) -> float | None:
        if self.cost_high_usd is None:
            return None
        return self.cost_high_usd + (self.visit_cost_high_usd or 0.0)


@dataclass(frozen=True)
class HealthCaution:
    """A label's "ask a doctor first" for one option and one health answer."""

    option_id: str
    condition: HealthCondition
    reason: str
    source_ids: tuple[str, ...]
