"""The user's situation and its URL form.

`Situation.from_query` never raises: a bad value is dropped, the default is
used, and a plain notice says what was ignored. `to_query` writes the same
names back, so a link reopens the same view.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from dashboard import vocab

NEEDS = ("today", "week", "weeks")
NEED_LABELS = {"today": "Today", "week": "This week", "weeks": "I can build up over weeks"}
NEED_HOURS = {"today": 24.0, "week": 168.0}

DOCTOR_CHOICES = ("yes", "no")
MEDICATION_CHOICES = ("ok", "avoid")
MAX_BUDGET = 100_000

SAFE_TO_SHOW = re.compile(r"[\w ,.:-]{0,30}")


def shown(value: str) -> str:
    """A value from a link, quoted for a notice. Anything that could be a link or markup
    (or is long) is not repeated back, so a shared link can't plant text on the page."""
    return repr(value) if SAFE_TO_SHOW.fullmatch(value) else "(a value we don't show)"


SITUATION_PARAMS = ("severity", "duration", "doctor", "medication", "budget", "need", "article")


@dataclass(frozen=True)
class Situation:
    severity: str = "moderate"
    duration: str = "acute"
    doctor: str = "yes"
    medication: str = "ok"
    budget: int | None = None
    need: str = "week"
    article_only: bool = False
    # Optional health answers (vocab.HEALTH_CONDITIONS). Private: never written to a link.
    health: frozenset[str] = frozenset()

    @property
    def wants_doctor(self) -> bool:
        return self.doctor == "yes"

    @property
    def avoids_medicine(self) -> bool:
        return self.medication == "avoid"

    @classmethod
    def from_query(cls, params: Mapping[str, str | Sequence[str]]) -> tuple[Situation, list[str]]:
        """Build a situation from URL query parameters, collecting notices for bad values."""
        notices: list[str] = []
        values: dict[str, object] = {}

        def get(name: str) -> str | None:
            raw = params.get(name)
            if raw is None:
                return None
            if not isinstance(raw, str):
                raw = raw[-1] if len(raw) else ""
            return raw.strip().lower()

        choices = {
            "severity": vocab.SEVERITIES,
            "duration": vocab.DURATIONS,
            "doctor": DOCTOR_CHOICES,
            "medication": MEDICATION_CHOICES,
            "need": NEEDS,
        }
        for name, allowed in choices.items():
            value = get(name)
            if value is None:
                continue
            if value in allowed:
                values[name] = value
            else:
                notices.append(f"We ignored {name}={shown(value)}: it must be one of {', '.join(allowed)}.")

        budget = get("budget")
        if budget is not None:
            if budget.isascii() and budget.isdigit() and int(budget) <= MAX_BUDGET:
                values["budget"] = int(budget)
            else:
                notices.append(
                    f"We ignored budget={shown(budget)}: it must be whole US dollars a month, "
                    f"from 0 to {MAX_BUDGET:,}."
                )

        article = get("article")
        if article is not None:
            if article in ("only", "all"):
                values["article_only"] = article == "only"
            else:
                notices.append(f"We ignored article={shown(article)}: it must be only or all.")

        return replace(cls(), **values), notices  # type: ignore[arg-type]

    def to_query(self) -> dict[str, str]:
        """The URL form. The five brief names always; the rest only when set."""
        query = {
            "severity": self.severity,
            "duration": self.duration,
            "doctor": self.doctor,
            "medication": self.medication,
        }
        if self.budget is not None:
            query["budget"] = str(self.budget)
        if self.need != Situation.need:
            query["need"] = self.need
        if self.article_only:
            query["article"] = "only"
        return query

    def describe(self) -> list[str]:
        """The situation in plain words, one line per answer."""
        lines = [
            f"Pain: {self.severity}",
            f"How long: {vocab.DURATION_LABELS[self.duration].lower()}",
            "Willing to see a doctor: " + ("yes" if self.wants_doctor else "no"),
            "Medicines: " + ("prefer to avoid" if self.avoids_medicine else "fine"),
            "Budget: " + ("no limit set" if self.budget is None else f"${self.budget:,} a month"),
            f"Relief needed: {NEED_LABELS[self.need].lower()}",
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


def parse_option_ids(
    raw: str | Sequence[str] | None, known: Sequence[str], limit: int = 4
) -> tuple[list[str], list[str]]:
    """Parse `options=a,b,c`: keep known ids in order, once each, at most `limit`."""
    if raw is None:
        return [], []
    if not isinstance(raw, str):
        raw = ",".join(raw)
    notices: list[str] = []
    chosen: list[str] = []
    unknown: list[str] = []
    for part in raw.split(","):
        oid = part.strip().lower()
        if not oid or oid in chosen:
            continue
        if oid in known:
            chosen.append(oid)
        else:
            unknown.append(oid)
    if unknown:
        notices.append(
            f"We ignored unknown option ids: {', '.join(shown(u).strip(chr(39)) for u in unknown)}."
        )
    if len(chosen) > limit:
        notices.append(
            f"You can compare up to {limit} options, so we kept the first {limit} "
            f"and left out {', '.join(chosen[limit:])}."
        )
        chosen = chosen[:limit]
    return chosen, notices
