"""The rows of the other files (sources, quotes, claims, causes, warning signs, courses), the
article, and the `Dataset` that holds them with the options."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from dashboard import vocab
from dashboard.data.model import HealthCaution, Option
from dashboard.vocab import (
    ClaimVerdict,
    Confidence,
    QuoteRole,
    SourceKind,
    Stage,
    WarningLevel,
)


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    year: int
    url: str
    confidence: Confidence
    kind: SourceKind = "journal"


@dataclass(frozen=True)
class Quote:
    """The article's words (`text`, verbatim English in every language), and in another
    language our translation of them, shown beside the English and labelled as ours."""

    id: str
    paragraph: int
    topics: tuple[str, ...]
    role: QuoteRole
    text: str
    # Not a column of quotes.csv: the loader sets it from the language's overlay (`with_translation`).
    translation: str | None = field(default=None, init=False)

    def with_translation(self, translation: str | None) -> Quote:
        """This quote with our translation of it (None: there is none, as in English)."""
        quote = replace(self)  # a new copy: translation starts as None
        object.__setattr__(quote, "translation", translation)
        return quote


@dataclass(frozen=True)
class Claim:
    id: str
    quote_id: str
    topics: tuple[str, ...]
    claim: str
    guidelines_say: str
    verdict: ClaimVerdict
    reason: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Cause:
    id: str
    name: str
    quote_id: str
    what_helps: str
    evidence_says: str
    verdict: ClaimVerdict
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class WarningSign:
    id: str
    level: WarningLevel
    symptom: str
    what_to_do: str
    condition: str  # a health answer the sign is only for (such as pregnant), or ""
    source_ids: tuple[str, ...]

    def applies(self, health: Iterable[str]) -> bool:
        return not self.condition or self.condition in set(health)


@dataclass(frozen=True)
class NaturalCourse:
    id: str
    statement: str
    value: int
    out_of: int
    weeks: int
    source_ids: tuple[str, ...]

    @property
    def text(self) -> str:
        return self.statement.format(value=self.value, out_of=self.out_of)


@dataclass(frozen=True)
class PainCourse:
    """Average pain out of 100 at a time after the start, in studies of one stage of pain."""

    stage: Stage
    weeks: int
    mean_pain: int
    low: int
    high: int
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """The seed article. Paragraphs are its non-blank lines, numbered from 1."""

    paragraphs: tuple[str, ...]

    @property
    def title(self) -> str:
        return self.paragraphs[0]

    def paragraph(self, number: int) -> str:
        return self.paragraphs[number - 1]


@dataclass(frozen=True)
class Dataset:
    options: tuple[Option, ...]
    sources: dict[str, Source]
    quotes: tuple[Quote, ...]
    claims: tuple[Claim, ...]
    causes: tuple[Cause, ...]
    warning_signs: tuple[WarningSign, ...]
    natural_course: tuple[NaturalCourse, ...]
    article: Article
    cautions: tuple[HealthCaution, ...] = ()
    pain_course: tuple[PainCourse, ...] = ()
    _by_id: dict[str, Option] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built anew for every instance, so dataclasses.replace() never shares a stale index.
        object.__setattr__(self, "_by_id", {o.id: o for o in self.options})

    def option(self, option_id: str) -> Option:
        return self._by_id[option_id]

    @property
    def stage(self) -> Stage:
        return self.options[0].stage if self.options else "new"

    def for_duration(self, duration: str) -> Dataset:
        """The same dataset with every option's facts read for this duration of pain."""
        stage = vocab.STAGE_OF_DURATION[duration]
        if stage == self.stage:
            return self
        return replace(self, options=tuple(o.for_stage(stage) for o in self.options))

    def signs_for(self, health: Iterable[str]) -> tuple[WarningSign, ...]:
        """The warning signs for this person: everyone's, and those for their health answers
        (such as the pregnancy signs)."""
        given = vocab.with_implied(health)
        return tuple(s for s in self.warning_signs if s.applies(given))

    def cautions_for(self, option_id: str, conditions: Iterable[str]) -> tuple[HealthCaution, ...]:
        """The label's "ask a doctor first" notes for this option that match the person's answers."""
        wanted = vocab.with_implied(conditions)
        return tuple(c for c in self.cautions if c.option_id == option_id and c.condition in wanted)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    @property
    def last_reviewed(self) -> dt.date:
        return max(o.last_reviewed for o in self.options)

    def quote(self, quote_id: str) -> Quote:
        return next(q for q in self.quotes if q.id == quote_id)

    def quotes_for(self, topic: str) -> tuple[Quote, ...]:
        """Quotes about a topic: tagged with it, or behind a claim about it; article order."""
        ids = {q.id for q in self.quotes if topic in q.topics}
        ids |= {c.quote_id for c in self.claims if topic in c.topics}
        return tuple(q for q in self.quotes if q.id in ids)
