"""The one retry policy for transport failures.

Retries stack up if every layer has its own: the OpenAI SDK retries by default and
instructor re-asks. So the SDK is built with `max_retries=0`, instructor only re-asks
on validation errors, and this tenacity policy is the single place that retries a
request that failed in transit: `TransientProviderError` (timeouts, connection
errors, 429, 5xx), with exponential backoff and jitter, honouring the server's
Retry-After up to `max_wait`. One 429 then a success is exactly two requests.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    stop_after_attempt,
    wait_exponential_jitter,
)

from summarize.errors import TransientProviderError, TruncatedOutputError

T = TypeVar("T")
log = logging.getLogger("summarize.retry")


def _wait(initial: float, max_wait: float) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(multiplier=initial, max=max_wait, jitter=initial)

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        hinted = getattr(exc, "retry_after", None)
        if isinstance(hinted, (int, float)) and hinted >= 0:
            return min(float(hinted), max_wait)
        return backoff(state)

    return wait


def _policy(max_attempts: int, initial_wait: float, max_wait: float,
            on_retry: Callable[[BaseException | None], None] | None) -> dict[str, Any]:
    def before_sleep(state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        # Retries are routine in a long run: the CLI shows them as counts, the log at DEBUG.
        log.debug("attempt %d failed (%s); retrying", state.attempt_number, exc)
        if on_retry is not None:
            on_retry(exc)

    truncated = 0

    def retry(state: RetryCallState) -> bool:
        # An answer cut at the length limit is asked once more: a server fault can cut
        # an answer, but a model that needs more tokens cuts it again at temperature 0,
        # and that second cut is reported rather than paid for again.
        nonlocal truncated
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, TruncatedOutputError):
            truncated += 1
            return truncated == 1
        return isinstance(exc, TransientProviderError)

    return {
        "retry": retry,
        "stop": stop_after_attempt(max(1, max_attempts)),
        "wait": _wait(initial_wait, max_wait),
        "before_sleep": before_sleep,
        "reraise": True,
    }


def call_with_retries(
    fn: Callable[[], T], *, max_attempts: int, initial_wait: float = 1.0, max_wait: float = 60.0,
    on_retry: Callable[[BaseException | None], None] | None = None,
) -> T:
    """Call `fn`, retrying transient provider failures; other errors pass straight through."""
    return Retrying(**_policy(max_attempts, initial_wait, max_wait, on_retry))(fn)


async def acall_with_retries(
    fn: Callable[[], Awaitable[T]], *, max_attempts: int, initial_wait: float = 1.0, max_wait: float = 60.0,
    on_retry: Callable[[BaseException | None], None] | None = None,
) -> T:
    """`call_with_retries` for a coroutine function."""
    return await AsyncRetrying(**_policy(max_attempts, initial_wait, max_wait, on_retry))(fn)
