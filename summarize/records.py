"""The value types of ANNOTATION.md, and the schema the model is asked to fill.

Two families live here on purpose:

* `Position` / `ArticleSummary` are what the library returns and writes. Their field
  names are exactly the gold format's, so a prediction file and a gold file are read
  by the same code.
* `build_extraction_schema()` makes the smaller model-facing schema: evidence as
  plain strings (the model cannot know character offsets), every list and string
  bounded (small models loop), `issue` constrained to the codebook. Its docstrings and
  field descriptions are prompt text, hashed into the prompt version.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    create_model,
    model_validator,
)

_PARTIAL_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PARTIAL_ISO_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


class Stance(StrEnum):
    """A speaker's stance toward an issue's proposition as written in the codebook."""

    SUPPORT = "support"
    OPPOSE = "oppose"
    MIXED = "mixed"
    UNCLEAR = "unclear"


def check_partial_date(value: str | None) -> str | None:
    """Accept `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date, or None."""
    if value is None:
        return None
    value = value.strip()
    if not _PARTIAL_ISO.match(value):
        raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    parts = [int(p) for p in value.split("-")]
    year, month, day = parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
    try:
        dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not a calendar date: {exc}") from None
    return value


PartialDate = Annotated[str | None, AfterValidator(check_partial_date)]


class Evidence(BaseModel):
    """A verbatim span of the article; offsets are None when it could not be located.

    `match` says how it was found: exactly, after folding quotes/whitespace/case, or by
    fuzzy alignment (then `text` is the article's own span, not the model's wording).
    """

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int | None = None
    end: int | None = None
    match: Literal["exact", "normalized", "fuzzy"] | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, data: Any) -> Any:
        # Gold files and older predictions write evidence as bare strings.
        return {"text": data} if isinstance(data, str) else data

    @property
    def grounded(self) -> bool:
        return self.start is not None


class Position(BaseModel):
    """One speaker's stance on one issue at one time (ANNOTATION.md, "Fields")."""

    model_config = ConfigDict(extra="ignore")

    speaker: str
    party: str | None = None
    role: str | None = None
    issue: str
    stance: Stance
    position: str = ""
    hedges: list[str] = Field(default_factory=list)
    date: PartialDate = None
    date_text: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Usage(BaseModel):
    """What this call spent: tokens summed over every request, retries included.

    A cache hit spends nothing and is counted in `cache_hits`.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = 0
    cache_hits: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            requests=self.requests + other.requests,
            cache_hits=self.cache_hits + other.cache_hits,
        )


class ArticleSummary(BaseModel):
    """The extraction record of one article: what `summarize extract` writes.

    `positions` holds only positions with at least one located evidence span;
    positions whose every quote was invented are kept apart in
    `ungrounded_positions`, never passed off as supported.
    """

    model_config = ConfigDict(extra="ignore")

    article_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: PartialDate = None
    language: str | None = None  # the article's language, ISO 639-1 ("fr"), detected from its text
    summary: str = ""
    positions: list[Position] = Field(default_factory=list)
    ungrounded_positions: list[Position] = Field(default_factory=list)
    grounding_rate: float | None = None
    model: str | None = None
    prompt_version: str | None = None
    strategy: str | None = None
    # The language each position's `position` sentence is written in (summarize.wording);
    # evidence and hedges are always in the article's `language`.
    position_language: str = "en"
    usage: Usage = Field(default_factory=Usage)
    warnings: list[str] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SchemaLimits:
    """Bounds on what the model may generate; they become JSON-schema limits, which a
    grammar-constrained local model cannot exceed, so a looping model still stops."""

    max_positions: int = 25
    max_evidence: int = 4
    max_hedges: int = 4
    max_quote_chars: int = 500
    max_sentence_chars: int = 300
    max_name_chars: int = 120


SMALL_MODEL_LIMITS = SchemaLimits(
    max_positions=6, max_evidence=2, max_hedges=2, max_quote_chars=300, max_sentence_chars=200,
    max_name_chars=80,
)


def build_extraction_schema(
    issue_ids: Sequence[str] | None, limits: SchemaLimits = SchemaLimits(), language_name: str = "English"
) -> type[BaseModel]:
    """The model-facing schema (see `_extraction_schema`), one class per codebook, limits
    and language of the `position` sentence, by its English name ("French"; the codes
    are `summarize.wording`'s, which imports this module)."""
    return _extraction_schema(tuple(issue_ids) if issue_ids else None, limits, language_name)


@lru_cache(maxsize=32)
def _extraction_schema(
    issue_ids: tuple[str, ...] | None, limits: SchemaLimits, language_name: str
) -> type[BaseModel]:
    """The model-facing schema. With a codebook, `issue` may only be one of its ids.

    Cached: a batch builds it once per codebook, not once per article.
    Every field is required, nullable ones included: a grammar-constrained model must
    then write `"party": ...` and decide, where an optional field lets it skip the
    question (measured: a 1.5B model left every party out when it could).
    """
    issue_type: Any = Literal[tuple(issue_ids)] if issue_ids else str
    name = Annotated[str, Field(min_length=1, max_length=limits.max_name_chars)]
    optional_name = Annotated[str | None, Field(max_length=limits.max_name_chars)]
    quote = Annotated[str, Field(min_length=1, max_length=limits.max_quote_chars)]

    extracted_position = create_model(
        "ExtractedPosition",
        __doc__=(
            "One named speaker's stance on one issue on one occasion, supported by "
            "verbatim quotes copied from the article."
        ),
        speaker=(name, Field(description="Full name of the person, party, organization or state holding the view.")),
        party=(optional_name, Field(description="The speaker's party at the time (from the article or public knowledge), or null for non-partisan actors.")),
        role=(optional_name, Field(description="Office or role the article gives, or null.")),
        issue=(issue_type, Field(description="The codebook issue id this position is about.")),
        stance=(Stance, Field(description="support, oppose, mixed or unclear, toward the issue's proposition as written.")),
        position=(
            Annotated[str, Field(max_length=limits.max_sentence_chars)],
            Field(description=f"One plain-{language_name} sentence saying what the speaker holds."),
        ),
        hedges=(
            list[quote],
            Field(max_length=limits.max_hedges,
                  description="Verbatim phrases that qualify the position (conditions, timing, carve-outs, softeners)."),
        ),
        date=(
            Annotated[Annotated[str, Field(pattern=PARTIAL_ISO_PATTERN)] | None, AfterValidator(check_partial_date)],
            Field(description="When it was expressed: YYYY, YYYY-MM or YYYY-MM-DD, or null."),
        ),
        date_text=(optional_name, Field(description="The article's phrase that dates the statement, or null.")),
        evidence=(
            list[quote],
            Field(min_length=1, max_length=limits.max_evidence,
                  description="Sentences or quotes copied character for character from the article."),
        ),
    )
    return create_model(
        "Extraction",
        __doc__="The political positions an article reports, and a short neutral summary of it.",
        summary=(
            Annotated[str, Field(max_length=2 * limits.max_sentence_chars)],
            Field(description="One or two neutral sentences summarizing the article."),
        ),
        positions=(
            list[extracted_position],  # type: ignore[valid-type]
            Field(default_factory=list, max_length=limits.max_positions),
        ),
    )


class IssueNarrative(BaseModel):
    """A short neutral synthesis of one issue's records, and the speakers it names.

    The bounds are also what llama.cpp compiles into a grammar, which it refuses when
    they are large (seen: a 1,200-character string); these compile."""

    text: str = Field(min_length=1, max_length=600, description="Two to four neutral sentences drawn only from the records.")
    speakers_named: list[Annotated[str, Field(max_length=80)]] = Field(
        max_length=12, description="Every speaker the text names, spelled as in the records.")
