"""Pairing predicted positions with gold positions within one article.

Two positions may pair when their speakers are the same person and their issue ids are
equal. Speakers are compared case-, accent- and punctuation-insensitively through the
alias table; a surname alone matches a full name when that surname is unique among the
article's speakers. Where several pairings are possible (one speaker, several dates),
a one-to-one maximum-weight assignment (Hungarian algorithm) prefers pairs that agree
on stance, then date, then evidence: the weights are powers of two so that one stance
agreement outweighs any date and evidence agreement together.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from summarize.grounding import SourceText
from summarize.normalize import SpeakerIndex
from summarize.records import Position
from summarize.text import fold

STANCE_WEIGHT, DATE_WEIGHT, EVIDENCE_WEIGHT, CANDIDATE_WEIGHT = 8.0, 4.0, 2.0, 1.0


Span = tuple[int, int]


def evidence_spans(position: Position, source: SourceText | None) -> list[Span]:
    """Where a position's evidence sits: its offsets, else an exact or folded find."""
    spans: list[Span] = []
    for ev in position.evidence:
        if ev.start is not None and ev.end is not None:
            spans.append((ev.start, ev.end))
        elif source is not None and (found := locate_verbatim(ev.text, source)) is not None:
            spans.append(found)
    return spans


def locate_verbatim(quote: str, source: SourceText) -> Span | None:
    """Exact or folded (quotes, case, accents, whitespace) match; never fuzzy."""
    if (at := source.text.find(quote)) >= 0 and quote:
        return at, at + len(quote)
    needle = fold(quote).text
    at = source.folded.text.find(needle) if needle else -1
    return source.folded.original_span(at, at + len(needle)) if at >= 0 else None


def overlaps(a: Sequence[Span], b: Sequence[Span]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def match_positions(
    gold: Sequence[Position],
    predicted: Sequence[Position],
    speakers: SpeakerIndex,
    gold_spans: Sequence[Sequence[Span]],
    pred_spans: Sequence[Sequence[Span]],
) -> list[tuple[int, int]]:
    """Index pairs (gold, predicted) of the one-to-one matching; spans from `evidence_spans`."""
    if not gold or not predicted:
        return []
    weights = np.zeros((len(gold), len(predicted)))
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if g.issue != p.issue or speakers.key(g.speaker) != speakers.key(p.speaker):
                continue
            weights[i, j] = (
                CANDIDATE_WEIGHT
                + STANCE_WEIGHT * (g.stance == p.stance)
                + DATE_WEIGHT * (g.date == p.date)
                + EVIDENCE_WEIGHT * overlaps(gold_spans[i], pred_spans[j])
            )
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if weights[i, j] > 0]
