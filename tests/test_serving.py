"""Self-hosted servers: vLLM and Ollama, through loopback stand-ins that answer as their
documentation says (tests/serving_stand_ins.py), and `-j` sized for a GPU server."""

from __future__ import annotations

import pytest

import summarize
from summarize import ResponseCache, resolve_config
from summarize.limiter import limiter_for
from tests.openai_server import FakeOpenAI, extraction_responder

TEXTS = [f"Article {i}. Jean said: I am in favor of exiting NATO." for i in range(64)]


@pytest.fixture
def slow_server():
    """Half a second per answer: requests in flight pile up as on a busy GPU server."""
    fake = FakeOpenAI(latency=0.5)
    fake.responder = extraction_responder
    yield fake.start()
    fake.stop()


def test_extract_many_puts_as_many_requests_in_flight_as_articles_at_once(slow_server):
    # The config's own ceiling is 8; the documented `extract_many(..., concurrency=32)`
    # must not leave 24 of its articles waiting for a slot.
    config = resolve_config("Qwen/Qwen2.5-7B-Instruct", base_url=slow_server.base_url, env={})
    assert config.concurrency == 8
    outcomes = list(summarize.extract_many(TEXTS, concurrency=32, model=config, cache=ResponseCache(enabled=False)))
    assert all(o.summary is not None and o.summary.positions for o in outcomes)
    assert slow_server.max_in_flight == 32


def test_sized_for_raises_the_ceiling_and_never_lowers_it():
    config = resolve_config("m", base_url="http://127.0.0.1:9/v1", env={})
    assert config.sized_for(64).concurrency == 64
    assert config.with_overrides(concurrency=128).sized_for(64).concurrency == 128
    assert config.sized_for(2) is config


def test_a_later_config_with_a_higher_ceiling_raises_the_shared_limiter():
    first = limiter_for("http://127.0.0.1:9/v1/ceiling", "id", 8)
    first.window = 4.0  # halved after a 429
    again = limiter_for("http://127.0.0.1:9/v1/ceiling", "id", 64)
    assert again is first and first.max_concurrency == 64
    assert first.window == 60.0  # the halving is kept, shifted by the new room
    limiter_for("http://127.0.0.1:9/v1/ceiling", "id", 16)
    assert first.max_concurrency == 64  # never lowered under requests already sized for it
