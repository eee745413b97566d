"""The provider against a real HTTP server: request counts, retries, faults, usage."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from datetime import UTC

import pytest
from pydantic import BaseModel

from summarize import (
    Extractor,
    ModelOutputError,
    ProviderError,
    ResponseCache,
    TransientProviderError,
    TruncatedOutputError,
)
from summarize.providers.base import UsageMeter
from summarize.providers.openai_compat import OpenAICompatProvider
from tests.conftest import (
    ARTICLE_000,
    SECRET_KEY,
    extraction_json,
    position,
    remote_config,
)
from tests.openai_server import Reply

QUOTE = "I am in favor of exiting NATO."
GOOD = extraction_json([position("Melenchon", "leave_nato", [QUOTE])])


def run(server, cache, **overrides):
    return Extractor(remote_config(server, **overrides), cache=cache).extract(ARTICLE_000)


@pytest.mark.parametrize("mode", ["tools", "json", "json_schema", "md_json"])
def test_each_instructor_mode_yields_a_grounded_canonical_record(server, cache, mode):
    server.push(Reply(content=GOOD if mode != "md_json" else f"```json\n{GOOD}\n```"))
    summary = run(server, cache, mode=mode)
    assert len(server.requests) == 1
    [pos] = summary.positions
    assert pos.speaker == "Jean-Luc Mélenchon"  # alias table applied
    assert pos.evidence[0].start == ARTICLE_000.read_text().index(QUOTE)
    assert summary.usage.requests == 1 and summary.usage.prompt_tokens == 100


def test_one_429_then_success_is_exactly_two_requests_and_honours_retry_after(server, cache):
    server.push(Reply(status=429, headers={"Retry-After": "1"}), Reply(content=GOOD))
    summary = run(server, cache)
    assert len(server.requests) == 2
    assert server.request_times[1] - server.request_times[0] >= 0.95
    assert summary.usage.requests == 2


def test_500_is_retried_with_backoff(server, cache):
    server.push(Reply(status=500), Reply(status=503), Reply(content=GOOD))
    summary = run(server, cache)
    assert len(server.requests) == 3
    assert len(summary.positions) == 1


def test_a_stalled_server_times_out_and_is_retried(server, cache):
    server.push(Reply(content=GOOD, delay=3.0), Reply(content=GOOD))
    started = time.monotonic()
    summary = run(server, cache, timeout=1.0)
    assert time.monotonic() - started < 3.0
    assert len(server.requests) == 2 and len(summary.positions) == 1


def test_persistent_failure_stops_after_max_attempts(server, cache):
    server.push(*[Reply(status=500)] * 5)
    with pytest.raises(TransientProviderError, match="HTTP 500"):
        run(server, cache, max_attempts=3)
    assert len(server.requests) == 3


def test_malformed_json_is_reasked_once_and_usage_sums_both_attempts(server, cache):
    server.push(Reply(content='{"summary": "x", "positions": [', prompt_tokens=10, completion_tokens=5),
                Reply(content=GOOD, prompt_tokens=20, completion_tokens=7))
    summary = run(server, cache)
    assert len(server.requests) == 2
    assert (summary.usage.prompt_tokens, summary.usage.completion_tokens) == (30, 12)
    assert summary.usage.requests == 2


def test_output_that_never_validates_fails_after_the_reask_bound(server, cache):
    bad = extraction_json([position("X", "not_an_issue", ["I am in favor of exiting NATO."])])
    server.push(*[Reply(content=bad)] * 5)
    with pytest.raises(ModelOutputError, match="after 3 attempt"):
        run(server, cache, max_reasks=2)
    assert len(server.requests) == 3


def test_output_cut_by_the_length_limit_is_asked_once_more_then_reported_not_parsed(server, cache):
    server.push(Reply(content=GOOD[:40], finish_reason="length"), Reply(content=GOOD[:40], finish_reason="length"))
    with pytest.raises(TruncatedOutputError, match="max_tokens"):
        run(server, cache)
    assert len(server.requests) == 2  # a cut that repeats is the model's real answer
    server.push(Reply(content=GOOD[:40], finish_reason="length"), Reply(content=GOOD))
    run(server, cache)  # a cut made by a fault in transit is healed by the second ask
    assert len(server.requests) == 4


def test_an_auth_failure_is_not_retried_and_never_shows_the_key(server, cache):
    server.push(Reply(status=401, body=json.dumps({"error": {"message": f"bad key {SECRET_KEY}"}})))
    with pytest.raises(ProviderError) as info:
        run(server, cache)
    assert len(server.requests) == 1
    assert SECRET_KEY not in str(info.value)
    assert not isinstance(info.value, TransientProviderError)


def test_second_run_is_served_from_cache_and_the_cache_holds_no_key(server, tmp_path):
    cache = ResponseCache(tmp_path / "cache")
    server.push(Reply(content=GOOD))
    first = run(server, cache)
    second = run(server, cache)
    assert len(server.requests) == 1
    assert second.positions == first.positions
    assert (second.usage.requests, second.usage.cache_hits) == (0, 1)
    cache.close()
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            assert SECRET_KEY.encode() not in path.read_bytes()


def test_no_cache_asks_the_model_every_time(server, tmp_path):
    cache = ResponseCache(tmp_path / "cache", enabled=False)
    server.push(Reply(content=GOOD), Reply(content=GOOD))
    run(server, cache)
    run(server, cache)
    assert len(server.requests) == 2


def test_the_key_is_sent_as_a_bearer_token(server, cache):
    server.push(Reply(content=GOOD))
    run(server, cache)
    assert server.headers[0].get("authorization") == f"Bearer {SECRET_KEY}"


@pytest.mark.parametrize(
    "headers,expected",
    [({"retry-after": "3"}, 3.0), ({"retry-after-ms": "250"}, 0.25), ({"retry-after": "soon"}, None), ({}, None)],
)
def test_retry_after_hints_are_read_in_seconds(headers, expected):
    from summarize.limiter import retry_after_seconds

    assert retry_after_seconds(headers) == expected


def test_retry_after_as_an_http_date():
    from datetime import datetime, timedelta
    from email.utils import format_datetime

    from summarize.limiter import retry_after_seconds

    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= retry_after_seconds({"retry-after": when}) <= 30


def test_a_retried_failure_logs_no_warning_or_error(server, cache, caplog):
    server.push(Reply(status=429, headers={"retry-after": "0"}), Reply(status=500), Reply(content=GOOD))
    with caplog.at_level(logging.DEBUG):
        run(server, cache)
    assert len(server.requests) == 3
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert any("retrying" in r.getMessage() for r in caplog.records)  # there, for who asks for DEBUG


def test_instructor_checks_each_response_model_for_async_validators_once_and_still_rejects(server, cache):
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    assert hasattr(check, "cache_info"), "the per-class cache is not in force"
    server.push(Reply(content=GOOD))
    run(server, cache)
    before = check.cache_info()
    server.push(Reply(content=GOOD))
    Extractor(remote_config(server), cache=ResponseCache(enabled=False)).extract(ARTICLE_000)
    after = check.cache_info()
    assert after.hits > before.hits and after.misses == before.misses  # the same class, checked once

    class Checked(BaseModel):
        name: str

        @async_validators.async_field_validator("name")
        async def known(self, value: str) -> str:
            return value

    for _ in range(2):  # a failed check is not cached
        with pytest.raises(ValueError, match="async validators"):
            check(Checked)


def test_a_dropped_connection_is_reported_as_one_not_as_a_timeout(server, cache):
    server.push(Reply(reset=True))
    with pytest.raises(TransientProviderError, match="cannot connect to") as raised:
        run(server, cache, max_attempts=1, timeout=30.0)
    assert "within" not in str(raised.value)


def test_a_provider_awaited_from_two_event_loops_in_turn_answers_both(server):
    # The HTTP session is bound to the loop that opened it; a caller's second
    # `asyncio.run` once failed with "attached to a different loop" (a flaky CI run).
    class Word(BaseModel):
        word: str

    provider = OpenAICompatProvider(remote_config(server))
    answers = []
    for word in ("first", "second"):
        server.push(Reply(content=json.dumps({"word": word})))
        answers.append(asyncio.run(provider.acomplete([{"role": "user", "content": "A word?"}], Word, UsageMeter())))
    assert [a.word for a in answers] == ["first", "second"]
