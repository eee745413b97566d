"""Scoring extractions against hand-labelled gold (ANNOTATION.md, "How an extraction is
scored"). Pure computation: no model SDK is imported here, so scoring runs without the
model extras."""

from summarize.scoring.matching import match_positions
from summarize.scoring.metrics import score_corpus

__all__ = ["match_positions", "score_corpus"]
