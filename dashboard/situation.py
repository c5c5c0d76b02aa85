"""The person's situation: their pain, what they are open to, and their health answers.

Its link form lives in `dashboard.view`, the one owner of the link contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from dashboard import vocab

Need = Literal["today", "week", "weeks"]
WillingToSeeDoctor = Literal["yes", "no"]
MedicineChoice = Literal["ok", "avoid"]

NEEDS: tuple[Need, ...] = get_args(Need)
NEED_LABELS = {"today": "Today", "week": "This week", "weeks": "I can build up over weeks"}
NEED_HOURS = {"today": 24.0, "week": 168.0}
NEED_WORDS = {"today": "today", "week": "this week", "weeks": "I can build up over weeks"}  # mid-sentence

DOCTOR_CHOICES: tuple[WillingToSeeDoctor, ...] = get_args(WillingToSeeDoctor)
MEDICATION_CHOICES: tuple[MedicineChoice, ...] = get_args(MedicineChoice)
MAX_BUDGET = 100_000


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

    @property
    def wants_doctor(self) -> bool:
        return self.doctor == "yes"

    @property
    def avoids_medicine(self) -> bool:
        return self.medication == "avoid"

    def describe(self) -> list[str]:
        """The situation in plain words, one line per answer."""
        lines = [
            f"Pain: {self.severity}",
            f"How long: {vocab.DURATION_LABELS[self.duration].lower()}",
            "Willing to see a doctor: " + ("yes" if self.wants_doctor else "no"),
            "Medicines: " + ("prefer to avoid" if self.avoids_medicine else "fine"),
            "Budget: " + ("no limit set" if self.budget is None else f"${self.budget:,} a month"),
            f"Relief needed: {NEED_WORDS[self.need]}",
        ]
        if self.article_only:
            lines.append("Only the options the article names")
        if self.health:
            lines.append(
                "Health: "
                + "; ".join(
                    vocab.HEALTH_LABELS[c].lower() for c in vocab.HEALTH_CONDITIONS if c in self.health
                )
            )
        return lines
