"""Load and validate the dataset in `data/` and the article in `seeds/`.

Each CSV file has one pandera schema. Rules that join files (every source id
exists, every quote is verbatim in the article, ...) run after the schemas.
All problems are collected and reported together as
``file:row column — rule (value)``, where *row* is the line number in the
file (the header is line 1).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from dashboard import vocab

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
SEED_PATH = ROOT / "seeds" / "how-do-you-spell-relief.txt"

DATA_FILES = (
    "options.csv",
    "sources.csv",
    "quotes.csv",
    "claims.csv",
    "causes.csv",
    "warning_signs.csv",
    "natural_course.csv",
    "evidence.csv",
    "health_cautions.csv",
)


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Evidence:
    """What is known about one option for one stage of pain (new, or over 12 weeks)."""

    option_id: str
    stage: str
    guideline_verdict: str
    guideline_says: str
    onset_hours_low: float | None
    onset_hours_high: float | None
    onset_text: str
    onset_confidence: str
    lasts_hours_low: float | None
    lasts_hours_high: float | None
    lasts_text: str
    lasts_confidence: str
    benefits: str
    effect_size: str
    evidence_quality: str
    caveat: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Option:
    """An option as seen for one stage of pain. `stage` picks the evidence row; the
    stage-specific facts (verdict, timing, benefits, effect) read from that row."""

    id: str
    name: str
    category: str
    is_medicine: bool
    named_in_article: bool
    summary: str
    cost_low_usd: float | None
    cost_high_usd: float | None
    cost_unit: str
    cost_basis: str
    cost_confidence: str
    visit_cost_low_usd: float | None
    visit_cost_high_usd: float | None
    doctor_needed: str
    severities: tuple[str, ...]
    durations: tuple[str, ...]
    harms: str
    harm_level: str
    what_its_like: str
    base_source_ids: tuple[str, ...]
    last_reviewed: dt.date
    evidence: tuple[Evidence, ...]
    stage: str = "new"

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
    def facts_stage(self) -> str:
        """The stage the shown facts are for: the one asked for, or the other if it has no row."""
        return self.ev.stage

    def for_stage(self, stage: str) -> Option:
        return self if stage == self.stage else replace(self, stage=stage)

    def for_duration(self, duration: str) -> Option:
        return self.for_stage(vocab.STAGE_OF_DURATION[duration])

    @property
    def guideline_verdict(self) -> str:
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
    def onset_confidence(self) -> str:
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
    def lasts_confidence(self) -> str:
        return self.ev.lasts_confidence

    @property
    def benefits(self) -> str:
        return self.ev.benefits

    @property
    def effect_size(self) -> str:
        return self.ev.effect_size

    @property
    def evidence_quality(self) -> str:
        return self.ev.evidence_quality

    @property
    def caveat(self) -> str:
        return self.ev.caveat

    @property
    def beat_placebo(self) -> bool:
        """False when trials found it no better than a dummy pill for this stage."""
        return self.effect_size != "none"

    @property
    def source_ids(self) -> tuple[str, ...]:
        ids = list(self.base_source_ids)
        ids += [s for s in self.ev.source_ids if s not in ids]
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
    condition: str
    reason: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Source:
    id: str
    citation: str
    year: int
    url: str
    confidence: str


@dataclass(frozen=True)
class Quote:
    id: str
    paragraph: int
    topics: tuple[str, ...]
    role: str
    text: str


@dataclass(frozen=True)
class Claim:
    id: str
    quote_id: str
    topics: tuple[str, ...]
    claim: str
    guidelines_say: str
    verdict: str
    reason: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Cause:
    id: str
    name: str
    quote_id: str
    what_helps: str
    evidence_says: str
    verdict: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class WarningSign:
    id: str
    level: str
    symptom: str
    what_to_do: str
    source_ids: tuple[str, ...]


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
    _by_id: dict[str, Option] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Built anew for every instance, so dataclasses.replace() never shares a stale index.
        object.__setattr__(self, "_by_id", {o.id: o for o in self.options})

    def option(self, option_id: str) -> Option:
        return self._by_id[option_id]

    @property
    def stage(self) -> str:
        return self.options[0].stage if self.options else "new"

    def for_duration(self, duration: str) -> Dataset:
        """The same dataset with every option's facts read for this duration of pain."""
        stage = vocab.STAGE_OF_DURATION[duration]
        if stage == self.stage:
            return self
        return replace(self, options=tuple(o.for_stage(stage) for o in self.options))

    def cautions_for(self, option_id: str, conditions: Iterable[str]) -> tuple[HealthCaution, ...]:
        """The label's "ask a doctor first" notes for this option that match the person's answers."""
        wanted = set(conditions)
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


# ------------------------------------------------------------------ errors


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    row: int
    column: str
    rule: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.row}"
        col = f" {self.column}" if self.column else ""
        val = f" ({self.value})" if self.value != "" else ""
        return f"{where}{col} — {self.rule}{val}"


class DataError(Exception):
    """The bundled data broke one or more rules. `problems` lists them all."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


# ----------------------------------------------------------------- schemas

SLUG = r"^[a-z][a-z0-9_]*$"
ID_LIST = r"^([A-Za-z0-9_]+(;[A-Za-z0-9_]+)*)?$"


def _is_number(text: str) -> bool:
    try:
        return float(text) >= 0
    except ValueError:
        return False


def _is_whole(text: str) -> bool:
    return re.fullmatch(r"[0-9]+", text) is not None


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _check(fn: Callable[[str], bool], error: str) -> pa.Check:
    return pa.Check(fn, element_wise=True, error=error)


def _text() -> pa.Column:
    return pa.Column(str, _check(lambda x: x.strip() != "", "must not be empty"))


def _slug(unique: bool = True) -> pa.Column:
    return pa.Column(
        str,
        _check(lambda x: re.fullmatch(SLUG, x) is not None, "must be a lowercase id (a-z, 0-9, _)"),
        unique=unique,
    )


def _one_of(values: Iterable[str]) -> pa.Column:
    allowed = tuple(values)
    return pa.Column(str, _check(lambda x: x in allowed, f"must be one of: {', '.join(allowed)}"))


def _list_of(values: Iterable[str]) -> pa.Column:
    allowed = tuple(values)
    rule = f"must be one or more of {', '.join(allowed)}, joined by |"
    return pa.Column(str, _check(lambda x: x != "" and all(v in allowed for v in x.split("|")), rule))


def _number_or_unknown() -> pa.Column:
    return pa.Column(
        str, _check(lambda x: x == "" or _is_number(x), "must be a number ≥ 0, or empty for unknown")
    )


def _source_list(required: bool) -> pa.Column:
    def ok(x: str) -> bool:
        return re.fullmatch(ID_LIST, x) is not None and (x != "" or not required)

    rule = "must be source ids joined by ;" if required else "must be empty or source ids joined by ;"
    return pa.Column(str, _check(ok, rule))


SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "options.csv": pa.DataFrameSchema(
        {
            "id": _slug(),
            "name": _text(),
            "category": _one_of(vocab.CATEGORIES),
            "is_medicine": _one_of(vocab.YES_NO),
            "named_in_article": _one_of(vocab.YES_NO),
            "summary": _text(),
            "cost_low_usd": _number_or_unknown(),
            "cost_high_usd": _number_or_unknown(),
            "cost_unit": _one_of(vocab.COST_UNITS),
            "cost_basis": _text(),
            "cost_confidence": _one_of(vocab.CONFIDENCE),
            "visit_cost_low_usd": _number_or_unknown(),
            "visit_cost_high_usd": _number_or_unknown(),
            "doctor_needed": _one_of(vocab.DOCTOR_NEEDED),
            "severities": _list_of(vocab.SEVERITIES),
            "durations": _list_of(vocab.DURATIONS),
            "harms": _text(),
            "harm_level": _one_of(vocab.HARM_LEVELS),
            "what_its_like": _text(),
            "source_ids": _source_list(required=True),
            "last_reviewed": pa.Column(str, _check(_is_date, "must be a date like 2026-11-27")),
        },
        strict=True,
    ),
    "evidence.csv": pa.DataFrameSchema(
        {
            "option_id": _slug(unique=False),
            "stage": _one_of(vocab.STAGES),
            "guideline_verdict": _one_of(vocab.VERDICTS),
            "guideline_says": _text(),
            "onset_hours_low": _number_or_unknown(),
            "onset_hours_high": _number_or_unknown(),
            "onset_text": _text(),
            "onset_confidence": _one_of(vocab.CONFIDENCE),
            "lasts_hours_low": _number_or_unknown(),
            "lasts_hours_high": _number_or_unknown(),
            "lasts_text": _text(),
            "lasts_confidence": _one_of(vocab.CONFIDENCE),
            "benefits": _text(),
            "effect_size": _one_of(vocab.EFFECT_SIZES),
            "evidence_quality": _one_of(vocab.EVIDENCE_QUALITY),
            "caveat": pa.Column(str),
            "source_ids": _source_list(required=True),
        },
        strict=True,
    ),
    "health_cautions.csv": pa.DataFrameSchema(
        {
            "option_id": _slug(unique=False),
            "condition": _one_of(vocab.HEALTH_CONDITIONS),
            "reason": _text(),
            "source_ids": _source_list(required=True),
        },
        strict=True,
    ),
    "sources.csv": pa.DataFrameSchema(
        {
            "id": pa.Column(
                str,
                _check(
                    lambda x: re.fullmatch(r"^[A-Za-z0-9_]+$", x) is not None, "must be an id (A-Z, 0-9, _)"
                ),
                unique=True,
            ),
            "citation": _text(),
            "year": pa.Column(
                str, _check(lambda x: re.fullmatch(r"(19|20)\d\d", x) is not None, "must be a year like 2017")
            ),
            "url": pa.Column(
                str, _check(lambda x: re.match(r"^https?://\S+$", x) is not None, "must be a web address")
            ),
            "confidence": _one_of(vocab.CONFIDENCE),
        },
        strict=True,
    ),
    "quotes.csv": pa.DataFrameSchema(
        {
            "id": _slug(),
            "paragraph": pa.Column(
                str, _check(lambda x: _is_whole(x) and int(x) >= 1, "must be a paragraph number from 1")
            ),
            "topics": pa.Column(
                str,
                _check(
                    lambda x: all(re.fullmatch(SLUG, t) for t in x.split("|")),
                    "must be option ids, cause ids, general or causes, joined by |",
                ),
            ),
            "role": _one_of(vocab.QUOTE_ROLES),
            "text": _text(),
        },
        strict=True,
    ),
    "claims.csv": pa.DataFrameSchema(
        {
            "id": _slug(),
            "quote_id": _slug(unique=False),
            "topics": pa.Column(
                str,
                _check(
                    lambda x: all(re.fullmatch(SLUG, t) for t in x.split("|")),
                    "must be option ids or general, joined by |",
                ),
            ),
            "claim": _text(),
            "guidelines_say": _text(),
            "verdict": _one_of(vocab.CLAIM_VERDICTS),
            "reason": _text(),
            "source_ids": _source_list(required=True),
        },
        strict=True,
    ),
    "causes.csv": pa.DataFrameSchema(
        {
            "id": _slug(),
            "name": _text(),
            "quote_id": _slug(unique=False),
            "what_helps": _text(),
            "evidence_says": _text(),
            "verdict": _one_of(vocab.CLAIM_VERDICTS),
            "source_ids": _source_list(required=False),
        },
        strict=True,
    ),
    "warning_signs.csv": pa.DataFrameSchema(
        {
            "id": _slug(),
            "level": _one_of(vocab.WARNING_LEVELS),
            "symptom": _text(),
            "what_to_do": _text(),
            "source_ids": _source_list(required=True),
        },
        strict=True,
    ),
    "natural_course.csv": pa.DataFrameSchema(
        {
            "id": _slug(),
            "statement": pa.Column(
                str,
                _check(lambda x: "{value}" in x and "{out_of}" in x, "must contain {value} and {out_of}"),
            ),
            "value": pa.Column(str, _check(lambda x: _is_whole(x), "must be a whole number")),
            "out_of": pa.Column(
                str, _check(lambda x: _is_whole(x) and int(x) > 0, "must be a whole number above 0")
            ),
            "weeks": pa.Column(str, _check(lambda x: _is_whole(x), "must be a whole number of weeks")),
            "source_ids": _source_list(required=True),
        },
        strict=True,
    ),
}


def _rule_name(check: str) -> str:
    if check == "column_in_dataframe":
        return "required column is missing"
    if check == "column_in_schema":
        return "column is not part of this file's schema"
    if check.startswith("field_uniqueness"):
        return "must be unique"
    return check


def _read_csv(path: Path) -> tuple[pd.DataFrame | None, list[Problem]]:
    name = path.name
    if not path.exists():
        return None, [Problem(name, 0, "", "file is missing")]
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        message = " ".join(str(exc).split())
        return None, [Problem(name, 0, "", "cannot be read as CSV", message)]
    return frame, []


def _schema_problems(name: str, frame: pd.DataFrame) -> list[Problem]:
    try:
        SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems = []
        for case in exc.failure_cases.to_dict("records"):
            index = case.get("index")
            row = 1 if index is None or pd.isna(index) else int(index) + 2
            column = case.get("column")
            check = str(case.get("check"))
            value = "" if case.get("failure_case") is None else str(case.get("failure_case"))
            if check in ("column_in_dataframe", "column_in_schema"):
                column, value = value, ""
            problems.append(
                Problem(name, row, "" if pd.isna(column) else str(column), _rule_name(check), value)
            )
        return problems
    return []


def _ids(text: str) -> tuple[str, ...]:
    return tuple(x for x in text.split(";") if x)


def _num(text: str) -> float | None:
    return None if text == "" else float(text)


def read_article(seed_path: Path = SEED_PATH) -> Article:
    text = seed_path.read_text(encoding="utf-8")
    return Article(tuple(line.strip() for line in text.splitlines() if line.strip()))


RANGES = {
    "options.csv": (("cost_low_usd", "cost_high_usd"), ("visit_cost_low_usd", "visit_cost_high_usd")),
    "evidence.csv": (("onset_hours_low", "onset_hours_high"), ("lasts_hours_low", "lasts_hours_high")),
}


def _records(frames: dict[str, pd.DataFrame], name: str) -> Iterable[tuple[int, dict[str, str]]]:
    """(line number, row) pairs; the header is line 1."""
    for i, record in enumerate(frames[name].to_dict("records")):
        yield i + 2, {str(k): str(v) for k, v in record.items()}


def _range_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Low and high are both empty (unknown) or both set, and low is not above high."""
    problems: list[Problem] = []
    for name, pairs in RANGES.items():
        for line, rec in _records(frames, name):
            for low, high in pairs:
                lo, hi = rec[low], rec[high]
                if not (_is_number(lo) or lo == "") or not (_is_number(hi) or hi == ""):
                    continue  # already reported by the schema
                if (lo == "") != (hi == ""):
                    rule = f"must be empty when {low} is empty, and set when it is set"
                    problems.append(Problem(name, line, high, rule, hi))
                elif lo and float(lo) > float(hi):
                    problems.append(Problem(name, line, high, f"must not be below {low}", f"{hi} < {lo}"))
    return problems


def _evidence_problems(frames: dict[str, pd.DataFrame]) -> list[Problem]:
    """Evidence rows name a known option, once per stage, and cover every duration it suits.
    Health cautions name a known option."""
    problems: list[Problem] = []
    option_ids = set(frames["options.csv"]["id"])
    seen: set[tuple[str, str]] = set()
    for line, rec in _records(frames, "evidence.csv"):
        key = (rec["option_id"], rec["stage"])
        if rec["option_id"] not in option_ids:
            problems.append(Problem("evidence.csv", line, "option_id", "unknown option id", rec["option_id"]))
        elif key in seen:
            problems.append(
                Problem(
                    "evidence.csv",
                    line,
                    "stage",
                    "this option already has a row for this stage",
                    rec["stage"],
                )
            )
        seen.add(key)
    for line, rec in _records(frames, "options.csv"):
        for duration in rec["durations"].split("|"):
            stage = vocab.STAGE_OF_DURATION.get(duration)
            if stage and (rec["id"], stage) not in seen:
                rule = f"needs a row in evidence.csv for stage {stage}, since it suits {duration} pain"
                problems.append(Problem("options.csv", line, "durations", rule, duration))
        if not any(oid == rec["id"] for oid, _ in seen):
            problems.append(Problem("options.csv", line, "id", "has no row in evidence.csv", rec["id"]))
    for line, rec in _records(frames, "health_cautions.csv"):
        if rec["option_id"] not in option_ids:
            problems.append(
                Problem("health_cautions.csv", line, "option_id", "unknown option id", rec["option_id"])
            )
    return problems


def _cross_file_problems(frames: dict[str, pd.DataFrame], article: Article) -> list[Problem]:
    problems: list[Problem] = []
    source_ids = set(frames["sources.csv"]["id"])
    option_ids = set(frames["options.csv"]["id"])
    cause_ids = set(frames["causes.csv"]["id"])
    quote_ids = set(frames["quotes.csv"]["id"])

    for name in (
        "options.csv",
        "claims.csv",
        "causes.csv",
        "warning_signs.csv",
        "natural_course.csv",
        "evidence.csv",
        "health_cautions.csv",
    ):
        for line, rec in _records(frames, name):
            for sid in _ids(rec["source_ids"]):
                if sid not in source_ids:
                    problems.append(Problem(name, line, "source_ids", "unknown source id", sid))

    problems += _range_problems(frames)
    problems += _evidence_problems(frames)

    topics = option_ids | cause_ids | set(vocab.GENERAL_TOPICS)
    used_quotes = set(frames["claims.csv"]["quote_id"]) | set(frames["causes.csv"]["quote_id"])
    covered: set[int] = set()
    for line, rec in _records(frames, "quotes.csv"):
        for topic in rec["topics"].split("|"):
            if topic not in topics:
                problems.append(
                    Problem(
                        "quotes.csv",
                        line,
                        "topics",
                        "unknown topic (not an option id, cause id, general or causes)",
                        topic,
                    )
                )
        if not _is_whole(rec["paragraph"]):
            continue
        number = int(rec["paragraph"])
        if not 1 <= number <= len(article.paragraphs):
            problems.append(
                Problem(
                    "quotes.csv",
                    line,
                    "paragraph",
                    f"the article has paragraphs 1 to {len(article.paragraphs)}",
                    rec["paragraph"],
                )
            )
        elif rec["text"] not in article.paragraph(number):
            problems.append(
                Problem(
                    "quotes.csv",
                    line,
                    "text",
                    f"is not verbatim in paragraph {number} of the article",
                    rec["text"][:60],
                )
            )
        else:
            covered.add(number)
        if rec["role"] == "guidance" and rec["id"] not in used_quotes:
            problems.append(
                Problem(
                    "quotes.csv", line, "id", "guidance quote is not used by any claim or cause", rec["id"]
                )
            )
    for number in range(1, len(article.paragraphs) + 1):
        if number not in covered:
            problems.append(
                Problem(
                    "quotes.csv",
                    0,
                    "paragraph",
                    "article paragraph has no quote (add one as guidance or context)",
                    str(number),
                )
            )

    for name in ("claims.csv", "causes.csv"):
        for line, rec in _records(frames, name):
            if rec["quote_id"] not in quote_ids:
                problems.append(Problem(name, line, "quote_id", "unknown quote id", rec["quote_id"]))
    for line, rec in _records(frames, "claims.csv"):
        for topic in rec["topics"].split("|"):
            if topic not in option_ids | {"general"}:
                problems.append(
                    Problem(
                        "claims.csv", line, "topics", "unknown topic (not an option id or general)", topic
                    )
                )
    for line, rec in _records(frames, "natural_course.csv"):
        if _is_whole(rec["value"]) and _is_whole(rec["out_of"]) and int(rec["value"]) > int(rec["out_of"]):
            problems.append(
                Problem("natural_course.csv", line, "value", "must not be above out_of", rec["value"])
            )
    return problems


def _build(frames: dict[str, pd.DataFrame], article: Article) -> Dataset:
    def records(name: str) -> list[dict[str, str]]:
        return [{str(k): str(v) for k, v in r.items()} for r in frames[name].to_dict("records")]

    evidence = [
        Evidence(
            option_id=r["option_id"],
            stage=r["stage"],
            guideline_verdict=r["guideline_verdict"],
            guideline_says=r["guideline_says"],
            onset_hours_low=_num(r["onset_hours_low"]),
            onset_hours_high=_num(r["onset_hours_high"]),
            onset_text=r["onset_text"],
            onset_confidence=r["onset_confidence"],
            lasts_hours_low=_num(r["lasts_hours_low"]),
            lasts_hours_high=_num(r["lasts_hours_high"]),
            lasts_text=r["lasts_text"],
            lasts_confidence=r["lasts_confidence"],
            benefits=r["benefits"],
            effect_size=r["effect_size"],
            evidence_quality=r["evidence_quality"],
            caveat=r["caveat"].strip(),
            source_ids=_ids(r["source_ids"]),
        )
        for r in records("evidence.csv")
    ]
    options = tuple(
        Option(
            id=r["id"],
            name=r["name"],
            category=r["category"],
            is_medicine=r["is_medicine"] == "yes",
            named_in_article=r["named_in_article"] == "yes",
            summary=r["summary"],
            cost_low_usd=_num(r["cost_low_usd"]),
            cost_high_usd=_num(r["cost_high_usd"]),
            cost_unit=r["cost_unit"],
            cost_basis=r["cost_basis"],
            cost_confidence=r["cost_confidence"],
            visit_cost_low_usd=_num(r["visit_cost_low_usd"]),
            visit_cost_high_usd=_num(r["visit_cost_high_usd"]),
            doctor_needed=r["doctor_needed"],
            severities=tuple(r["severities"].split("|")),
            durations=tuple(r["durations"].split("|")),
            harms=r["harms"],
            harm_level=r["harm_level"],
            what_its_like=r["what_its_like"],
            base_source_ids=_ids(r["source_ids"]),
            last_reviewed=dt.date.fromisoformat(r["last_reviewed"]),
            # New pain first, so an option with no row for a stage shows the other stage's facts.
            evidence=tuple(
                sorted((e for e in evidence if e.option_id == r["id"]), key=lambda e: e.stage != "new")
            ),
        )
        for r in records("options.csv")
    )
    cautions = tuple(
        HealthCaution(r["option_id"], r["condition"], r["reason"], _ids(r["source_ids"]))
        for r in records("health_cautions.csv")
    )
    sources = {
        r["id"]: Source(r["id"], r["citation"], int(r["year"]), r["url"], r["confidence"])
        for r in records("sources.csv")
    }
    quotes = tuple(
        Quote(r["id"], int(r["paragraph"]), tuple(r["topics"].split("|")), r["role"], r["text"])
        for r in records("quotes.csv")
    )
    claims = tuple(
        Claim(
            r["id"],
            r["quote_id"],
            tuple(r["topics"].split("|")),
            r["claim"],
            r["guidelines_say"],
            r["verdict"],
            r["reason"],
            _ids(r["source_ids"]),
        )
        for r in records("claims.csv")
    )
    causes = tuple(
        Cause(
            r["id"],
            r["name"],
            r["quote_id"],
            r["what_helps"],
            r["evidence_says"],
            r["verdict"],
            _ids(r["source_ids"]),
        )
        for r in records("causes.csv")
    )
    signs = tuple(
        WarningSign(r["id"], r["level"], r["symptom"], r["what_to_do"], _ids(r["source_ids"]))
        for r in records("warning_signs.csv")
    )
    course = tuple(
        NaturalCourse(
            r["id"], r["statement"], int(r["value"]), int(r["out_of"]), int(r["weeks"]), _ids(r["source_ids"])
        )
        for r in records("natural_course.csv")
    )
    return Dataset(options, sources, quotes, claims, causes, signs, course, article, cautions)


def load_dataset(data_dir: Path = DATA_DIR, seed_path: Path = SEED_PATH) -> Dataset:
    """Read, validate and return the dataset, or raise DataError listing every problem."""
    frames: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for name in DATA_FILES:
        frame, read_problems = _read_csv(data_dir / name)
        problems += read_problems
        if frame is not None:
            problems += _schema_problems(name, frame)
            frames[name] = frame
    if problems:
        raise DataError(problems)
    article = read_article(seed_path)
    problems = _cross_file_problems(frames, article)
    if problems:
        raise DataError(problems)
    return _build(frames, article)
