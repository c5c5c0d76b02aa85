"""The person's situation: their pain, what they are open to, and their health answers.

Its link form lives in `dashboard.view`, the one owner of the link contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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


# The answers in Step 2 of Find (health answers are separate and optional).
ANSWERS = ("severity", "duration", "doctor", "medication", "budget", "need", "article_only")


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
        """The usual answers still in use, in plain words, for "based on typical answers"."""
        words = {
            "severity": f"{self.severity} pain",
            "duration": f"pain for {vocab.DURATION_LABELS[self.duration].lower()}",
            "doctor": "open to seeing a doctor" if self.wants_doctor else "no doctor",
            "medication": "medicines are fine" if not self.avoids_medicine else "no medicines",
            "need": {"today": "relief today", "week": "relief this week", "weeks": "relief over weeks"}[
                self.need
            ],
        }
        return [text for name, text in words.items() if not self.said(name)]

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
                + "; ".join(vocab.HEALTH_SHORT[c] for c in vocab.HEALTH_CONDITIONS if c in self.health)
            )
        return lines
