"""Locating every quote a model gives in the article it claims to quote.

Three passes, cheapest and strictest first (as google/langextract aligns extractions):
exact substring; the same on folded text (quote marks, dashes, case, accents and
whitespace runs ignored), mapped back to original offsets; then fuzzy alignment
(rapidfuzz, score >= FUZZY_CUTOFF) for quotes long enough for a fuzzy match to mean
something. A folded or fuzzy match reports the article's own span as the quote, so
what we print as a quote is always text the article contains. A quote found by none
of the passes keeps null offsets and is flagged; it is never passed off as a quote.
A position is reported only if some evidence is located outside passages that speak to
a language model ("ignore the above instructions..."); the others are set apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from summarize.records import Evidence, Position
from summarize.text import Folded, fold

FUZZY_CUTOFF = 90.0
FUZZY_MIN_CHARS = 25

# Text that addresses the model rather than the reader. A model that obeys such a
# passage tends to "quote" the passage itself, so a quote inside one proves nothing.
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(above|previous|prior|earlier|all)\b[^.\n]{0,40}"
    r"\b(instructions?|prompts?|rules?|directions?)\b"
    r"|^[ \t]*(system|assistant|developer)[ \t]*:"
    r"|\byou are (now )?(an? )?(ai|assistant|language model|llm)\b"
    r"|\b(new|updated) instructions?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_PARAGRAPH = re.compile(r"\n\s*\n")


def injection_spans(text: str) -> list[tuple[int, int]]:
    """The paragraphs of `text` that contain instructions aimed at a language model."""
    spans: list[tuple[int, int]] = []
    for match in _INJECTION.finditer(text):
        breaks = [m.end() for m in _PARAGRAPH.finditer(text, 0, match.start())]
        start = breaks[-1] if breaks else 0
        after = _PARAGRAPH.search(text, match.end())
        end = after.start() if after else len(text)
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


@dataclass(frozen=True, slots=True)
class SourceText:
    """An article's text with its folded form computed once for all its quotes."""

    text: str
    folded: Folded

    @classmethod
    def of(cls, text: str) -> SourceText:
        return cls(text, fold(text))


def locate(quote: str, source: SourceText) -> Evidence:
    """Where `quote` occurs in the source; offsets are None when it does not."""
    stripped = quote.strip()
    if not stripped:
        return Evidence(text=quote)
    start = source.text.find(stripped)
    if start >= 0:
        return Evidence(text=stripped, start=start, end=start + len(stripped), match="exact")
    needle = fold(stripped).text
    if not needle:
        return Evidence(text=quote)
    at = source.folded.text.find(needle)
    if at >= 0:
        return _span(source, at, at + len(needle), "normalized")
    if len(needle) >= FUZZY_MIN_CHARS:
        alignment = fuzz.partial_ratio_alignment(needle, source.folded.text, score_cutoff=FUZZY_CUTOFF)
        if alignment is not None and alignment.dest_end > alignment.dest_start:
            return _span(source, alignment.dest_start, alignment.dest_end, "fuzzy")
    return Evidence(text=stripped)


def _span(source: SourceText, start: int, end: int, how: str) -> Evidence:
    lo, hi = source.folded.original_span(start, end)
    while lo < hi and source.text[lo].isspace():  # an alignment may start on a space
        lo += 1
    while hi > lo and source.text[hi - 1].isspace():
        hi -= 1
    return Evidence(text=source.text[lo:hi], start=lo, end=hi, match=how)  # type: ignore[arg-type]


def _inside(ev: Evidence, spans: Sequence[tuple[int, int]]) -> bool:
    assert ev.start is not None and ev.end is not None
    return any(lo <= ev.start and ev.end <= hi for lo, hi in spans)


@dataclass
class GroundingResult:
    """Positions split by whether any of their evidence was found, with what was not."""

    positions: list[Position] = field(default_factory=list)
    ungrounded_positions: list[Position] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    located: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        """Share of evidence strings and hedges found in the article (None if none given)."""
        return self.located / self.total if self.total else None


def ground_positions(positions: Sequence[Position], text: str) -> GroundingResult:
    """Fill evidence offsets and check hedges; positions with no located evidence are set apart."""
    source = SourceText.of(text)
    suspect = injection_spans(text)
    result = GroundingResult()
    if suspect:
        result.warnings.append(
            f"{len(suspect)} passage(s) address a language model (possible prompt injection); "
            "quotes from them do not count as evidence"
        )
    for pos in positions:
        # Two quotes that land on the same span are one piece of evidence.
        evidence = list({(ev.start, ev.end, ev.text): ev for ev in (locate(e.text, source) for e in pos.evidence)}.values())
        hedge_spans = [locate(h, source) for h in pos.hedges]
        label = f"{pos.speaker} / {pos.issue}"
        for item in (*evidence, *hedge_spans):
            result.total += 1
            result.located += item.grounded
        for ev in evidence:
            if not ev.grounded:
                result.warnings.append(f"evidence not found in the article ({label}): {ev.text!r}")
            elif ev.match == "fuzzy":
                result.warnings.append(f"evidence paraphrased; the closest article span is cited ({label})")
        for span in hedge_spans:
            if not span.grounded:
                result.warnings.append(f"hedge not found in the article ({label}): {span.text!r}")
        grounded = pos.model_copy(
            update={"evidence": evidence, "hedges": [span.text for span in hedge_spans]}
        )
        trusted = [ev for ev in evidence if ev.grounded and not _inside(ev, suspect)]
        if trusted:
            result.positions.append(grounded)
        elif any(ev.grounded for ev in evidence):
            result.ungrounded_positions.append(grounded)
            result.warnings.append(f"position set apart: its only evidence is a passage addressing the model ({label})")
        else:
            result.ungrounded_positions.append(grounded)
            result.warnings.append(f"position set apart: none of its evidence is in the article ({label})")
    return result
