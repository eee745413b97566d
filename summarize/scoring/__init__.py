"""Scoring extractions against hand-labelled gold (ANNOTATION.md, "How an extraction is
scored"). Pure computation: no model SDK is imported here, so scoring runs without the
model extras."""

from summarize.scoring.matching import SpeakerMatcher, match_positions
from summarize.scoring.metrics import score_corpus

__all__ = ["SpeakerMatcher", "match_positions", "score_corpus"]
