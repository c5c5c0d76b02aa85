"""The person's situation: their pain, what they are open to, and their health answers.

Its link form lives in `dashboard.view`, the one owner of the link contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, get_args

from dashboard import vocab
from dashboard.i18n import N_, _, format_number

Need = Literal["today", "week", "weeks"]
WillingToSeeDoctor = Literal["yes", "no"]
MedicineChoice = Literal["ok", "avoid"]

NEEDS: tuple[Need, ...] = get_args(Need)
NEED_LABELS = {"today": N_("Today"), "week": N_("This week"), "weeks": N_("I can build up over weeks")}
NEED_HOURS = {"today": 24.0, "week": 168.0}

DOCTOR_CHOICES: tuple[WillingToSeeDoctor, ...] = get_args(WillingToSeeDoctor)
MEDICATION_CHOICES: tuple[MedicineChoice, ...] = get_args(MedicineChoice)
MAX_BUDGET = 100_000


# The answers in Step 2 of Find (health answers are separate and optional).
ANSWERS = ("severity", "duration", "doctor", "medication", "budget", "need", "article_only")

# The usual answers still in use, for "Based on typical answers for ...": one phrase per value.
TYPICAL_WORDS: dict[str, dict[str, str]] = {
    "severity": {"mild": N_("mild pain"), "moderate": N_("moderate pain"), "severe": N_("severe pain")},
    "duration": {
        "acute": N_("pain for under 4 weeks"),
        "subacute": N_("pain for 4 to 12 weeks"),
        "chronic": N_("pain for over 12 weeks"),
    },
    "doctor": {"yes": N_("open to seeing a doctor"), "no": N_("no doctor")},
    "medication": {"ok": N_("medicines are fine"), "avoid": N_("no medicines")},
    "need": {"today": N_("relief today"), "week": N_("relief this week"), "weeks": N_("relief over weeks")},
}
# The situation, one whole line per answer and value (`Situation.describe`).
DESCRIBE_LINES: dict[str, dict[str, str]] = {
    "severity": {"mild": N_("Pain: mild"), "moderate": N_("Pain: moderate"), "severe": N_("Pain: severe")},
    "duration": {
        "acute": N_("How long: under 4 weeks"),
        "subacute": N_("How long: 4 to 12 weeks"),
        "chronic": N_("How long: over 12 weeks"),
    },
    "doctor": {"yes": N_("Willing to see a doctor: yes"), "no": N_("Willing to see a doctor: no")},
    "medication": {"ok": N_("Medicines: fine"), "avoid": N_("Medicines: prefer to avoid")},
    "need": {
        "today": N_("Relief needed: today"),
        "week": N_("Relief needed: this week"),
        "weeks": N_("Relief needed: I can build up over weeks"),
    },
}


@dataclass(frozen=True)
class Situation:
    severity: vocab.Severity = "moderate"
    duration: vocab.Duration = "acute"
    doctor: WillingToSeeDoctor = "yes"
    medication: MedicineChoice = "ok"
    budget: int | None = None
    need: Need = "week"
    article_only: bool = False
    # Optional health answers. Private: never written to a link.
    health: frozenset[vocab.HealthCondition] = frozenset()
    # Which answers the person (or the link they opened) gave. The rest are the usual
    # answers, and the app never says "you said" about them. Not part of equality.
    answered: frozenset[str] = field(default=frozenset(), compare=False)

    def said(self, answer: str) -> bool:
        """True if the person gave this answer: they chose it (or a link did), or it is not the usual one."""
        return answer in self.answered or getattr(self, answer) != getattr(Situation, answer)

    def confirmed(self) -> Situation:
        """The person says these answers fit them."""
        return replace(self, answered=frozenset(ANSWERS))

    def answer(self, **changes: object) -> Situation:
        """A changed answer, remembered as given by the person."""
        return replace(self, **changes, answered=self.answered | set(changes))  # type: ignore[arg-type]

    def typical(self) -> list[str]:
        """The usual answers still in use, in plain words (this run's language), for "based on
        typical answers"."""
        words = {name: _(TYPICAL_WORDS[name][getattr(self, name)]) for name in TYPICAL_WORDS}
        return [text for name, text in words.items() if not self.said(name)]

    @property
    def wants_doctor(self) -> bool:
        return self.doctor == "yes"

    @property
    def avoids_medicine(self) -> bool:
        return self.medication == "avoid"

    def describe(self) -> list[str]:
        """The situation in plain words (this run's language), one line per answer, in the
        order of `slides.DESCRIBED`."""
        lines = [
            _(DESCRIBE_LINES[name][getattr(self, name)])
            for name in ("severity", "duration", "doctor", "medication")
        ]
        lines.append(
            _("Budget: no limit set")
            if self.budget is None
            else _("Budget: ${amount} a month").format(amount=format_number(self.budget))
        )
        need = DESCRIBE_LINES["need"][self.need]
        lines.append(_(need))
        if self.article_only:
            lines.append(_("Only the options the article names"))
        if self.health:
            answers = "; ".join(_(vocab.HEALTH_SHORT[c]) for c in vocab.HEALTH_CONDITIONS if c in self.health)
            lines.append(_("Health: {answers}").format(answers=answers))
        return lines
