"""Driving instructor: one structured call with re-asks, hooks, retries and error mapping.

Both backends end here, so the attempt accounting is the same for a remote server and
the embedded model: instructor re-asks only on validation errors (`config.max_reasks`,
which instructor >= 1.17 reads as "retries after the first attempt"); transport
failures leave instructor at once and are retried by `summarize.retry`; an answer cut
by the token limit is reported, never parsed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

import instructor
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from instructor.v2.core.function_calls import response_schema
from instructor.v2.validation import async_validators
from pydantic import BaseModel

from summarize.config import ModelConfig
from summarize.errors import (
    ModelError,
    ModelOutputError,
    SummarizeError,
    TruncatedOutputError,
)
from summarize.limiter import REQUEST_TOKENS, EndpointLimiter
from summarize.providers.base import UsageMeter
from summarize.retry import acall_with_retries, call_with_retries

M = TypeVar("M", bound=BaseModel)


class _Demote(logging.Filter):
    """instructor logs every failed API call at ERROR, before our retry policy decides
    whether it matters: a long run against a rate-limited server would print three lines
    per 429. Its records go down to DEBUG; what finally fails is reported by us, once."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


logging.getLogger("instructor.v2.retry").addFilter(_Demote())

# On every request instructor checks that the response model has no async validators,
# walking its fields and the members of every base class: a fifth of the event loop's
# CPU in a batch of small answers (profiled in benchmarks/concurrency.py). The verdict
# depends on the model class alone, and ours are built once (`prepared`), so it is kept
# per class; a model that fails the check raises every time (exceptions are not
# cached). instructor imports the function at call time, so the cached one is used;
# tests/test_openai_provider.py checks that it is, and that the check still rejects.
async_validators.reject_async_validators = cache(async_validators.reject_async_validators)
TransportErrorMapper = Callable[[BaseException], ModelError | None]


def _first_line(text: str, limit: int = 300) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:limit] + ("…" if len(line) > limit else "")


def map_instructor_error(
    exc: BaseException, config: ModelConfig, transport: TransportErrorMapper
) -> SummarizeError:
    """Turn what instructor raised into our error tree; the cause decides transience."""
    if isinstance(exc, IncompleteOutputException):
        return TruncatedOutputError(
            f"the model's answer was cut at max_tokens={config.max_tokens} and is incomplete; "
            "raise --max-tokens, or use a model with more room",
            source=config.model,
        )
    cause = exc.__cause__ if isinstance(exc, InstructorRetryException) else exc
    if isinstance(cause, IncompleteOutputException):
        return map_instructor_error(cause, config, transport)
    if isinstance(cause, SummarizeError):  # raised by our own create() (e.g. model load)
        return cause
    mapped = transport(cause) if cause is not None else None
    if mapped is not None:
        return mapped
    attempts = getattr(exc, "n_attempts", None) or config.max_reasks + 1
    return ModelOutputError(
        f"output did not validate against the schema after {attempts} attempt(s): "
        f"{_first_line(str(cause or exc))}",
        source=config.model,
    )


def instructor_over(create: Callable[..., Any], mode: instructor.Mode) -> instructor.Instructor:
    """A sync instructor client whose requests go to `create` instead of an SDK client:
    the embedded model's worker, or (`providers.deferred`) no network at all."""
    return instructor.Instructor(client=None, create=instructor.patch(create=create, mode=mode), mode=mode)


@cache
def prepared(schema: type[M]) -> type[M]:
    """`schema` as the response model instructor would build from it on every request.

    instructor wraps a plain model in a new class per call, so its schema cache never
    hits and every request regenerates the JSON schema; wrapped once here, the class is
    the same each time (a few milliseconds of CPU per request, which a batch of
    thousands spends on the event loop). Answers are instances of `schema`'s subclass.
    """
    return response_schema(schema)


def create_arguments(config: ModelConfig, messages: list[dict[str, str]], schema: type[BaseModel], meter: UsageMeter,
                     params: dict[str, Any]) -> dict[str, Any]:
    """instructor's create() arguments: re-asks only on validation errors, and hooks that
    count every attempt's request and tokens in `meter`."""
    hooks = Hooks()
    hooks.on("completion:kwargs", meter.count_request)
    hooks.on("completion:response", meter.count_response)
    return {"response_model": prepared(schema), "messages": messages, "max_retries": config.max_reasks,
            "hooks": hooks, "max_tokens": config.max_tokens, "temperature": config.temperature, **params}


def structured_call(
    client: instructor.Instructor,
    config: ModelConfig,
    messages: list[dict[str, str]],
    schema: type[M],
    meter: UsageMeter,
    transport: TransportErrorMapper,
    **params: Any,
) -> M:
    """One validated answer, counted in `meter`, with the single retry policy around it."""
    request = create_arguments(config, messages, schema, meter, params)

    def attempt() -> M:
        try:
            return client.create(**request)
        except SummarizeError:
            raise
        except Exception as exc:
            raise map_instructor_error(exc, config, transport) from exc

    return call_with_retries(
        attempt, max_attempts=config.max_attempts, initial_wait=config.retry_initial_wait, max_wait=config.max_wait)


async def astructured_call(
    client: instructor.AsyncInstructor,
    config: ModelConfig,
    messages: list[dict[str, str]],
    schema: type[M],
    meter: UsageMeter,
    transport: TransportErrorMapper,
    limiter: EndpointLimiter,
    **params: Any,
) -> M:
    """`structured_call` on an async client. Each HTTP request of each attempt holds a
    slot of the endpoint's shared limiter (taken by the HTTP client, `providers.http`),
    so retries wait with everyone else rather than on their own."""
    request = create_arguments(config, messages, schema, meter, params)
    REQUEST_TOKENS.set(sum(len(m["content"]) for m in messages) // 4 + config.max_tokens)

    async def attempt() -> M:
        try:
            answer: M = await client.create(**request)
            return answer
        except SummarizeError:
            raise
        except Exception as exc:
            raise map_instructor_error(exc, config, transport) from exc

    def count(_: BaseException | None) -> None:
        limiter.stats.retries += 1

    return await acall_with_retries(
        attempt, max_attempts=config.max_attempts, initial_wait=config.retry_initial_wait,
        max_wait=config.max_wait, on_retry=count)
