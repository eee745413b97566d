"""Splitting an article that does not fit the model's context, and merging the results.

Nothing is ever cut off: chunks cover the whole text, overlap so that a quote on a
boundary appears whole in at least one chunk, and break at paragraph, then sentence,
then word boundaries. Sizes are budgeted in characters at a conservative
CHARS_PER_TOKEN, because counting real tokens would mean loading the model even when
every chunk is already in the cache.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarize.records import Position
from summarize.text import fold_key

CHARS_PER_TOKEN = 3.0
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"(?<=[.!?…»\"”])\s+"), re.compile(r"\s+"))


@dataclass(frozen=True, slots=True)
class Chunk:
    start: int
    end: int
    text: str


def chunk_budget(context_window: int, reserved_tokens: int, overhead_chars: int) -> int:
    """Characters of article that fit beside the prompt and the reserved output tokens."""
    return int((context_window - reserved_tokens) * CHARS_PER_TOKEN) - overhead_chars


def _cut_point(text: str, lo: int, hi: int) -> int:
    """The last boundary in text[lo:hi], preferring paragraph, then sentence, then word."""
    window = text[lo:hi]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window)]
        good = [e for e in ends if e >= len(window) // 2]
        if good:
            return lo + good[-1]
    return hi


def split_into_chunks(text: str, max_chars: int, overlap_chars: int | None = None) -> list[Chunk]:
    """Overlapping chunks of at most `max_chars` that together cover all of `text`."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    if len(text) <= max_chars:
        return [Chunk(0, len(text), text)]
    overlap = min(overlap_chars if overlap_chars is not None else max_chars // 8, max_chars // 2)
    chunks: list[Chunk] = []
    start = 0
    while True:
        if len(text) - start <= max_chars:
            chunks.append(Chunk(start, len(text), text[start:]))
            return chunks
        end = _cut_point(text, start, start + max_chars)
        chunks.append(Chunk(start, end, text[start:end]))
        # Step back by the overlap, then forward to a word start, never backwards.
        space = _BREAKS[-1].search(text, end - overlap, end)
        next_start = space.end() if space else end
        start = next_start if next_start > start else end


def merge_positions(chunk_positions: Iterable[Sequence[Position]]) -> tuple[list[Position], list[str]]:
    """One position per (speaker, issue, date) across chunks; evidence and hedges united.

    When two chunks give one occasion different stances, the first is kept and the
    conflict is reported, not resolved silently.
    """
    merged: dict[tuple[str, str, str | None], Position] = {}
    warnings: list[str] = []
    for positions in chunk_positions:
        for pos in positions:
            key = (fold_key(pos.speaker), pos.issue, pos.date)
            seen = merged.get(key)
            if seen is None:
                merged[key] = pos.model_copy(deep=True)
                continue
            if seen.stance != pos.stance:
                warnings.append(
                    f"chunks disagree on {pos.speaker} / {pos.issue}: {seen.stance} kept, {pos.stance} dropped"
                )
            texts = {e.text for e in seen.evidence}
            seen.evidence.extend(e for e in pos.evidence if e.text not in texts)
            seen.hedges.extend(h for h in pos.hedges if h not in seen.hedges)
            seen.party = seen.party or pos.party
            seen.role = seen.role or pos.role
            seen.date_text = seen.date_text or pos.date_text
    return list(merged.values()), warnings
