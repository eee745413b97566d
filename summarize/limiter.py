"""One rate limiter per endpoint, shared by every concurrent request to it.

When each request retries a 429 on its own, one rate limit meets N independent
backoffs, and N requests keep hitting a server that asked them to wait. Here every
request to an endpoint takes a slot from one `EndpointLimiter`, which:

- pauses everyone when a 429 names a wait (`Retry-After`), not only the request that
  got it;
- reads the `x-ratelimit-limit/remaining/reset-*` headers OpenAI sends with every
  answer and keeps its own copy of the server's budget (`_Budget`): what the last
  answer said remains, less the requests started since, plus what has refilled. A
  request starts only when that copy holds one more, so the client slows down before
  the limit rather than after, uses a burst the server allows, and then starts requests
  one refill apart rather than a window of them at once when the budget runs out;
- adapts how many requests are in flight (AIMD: halve on a 429, grow by one per
  window of successes), up to the configured concurrency;
- keeps optional requests- and tokens-per-minute budgets with aiolimiter's leaky bucket.

All of it runs on the portal loop (`summarize.portal`), so plain attributes are safe.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from aiolimiter import AsyncLimiter

# The estimated size (tokens) of the request a task is about to send, for --tpm: set
# where the messages are known (`providers.structured`), read where the request takes
# its slot (`providers.http`).
REQUEST_TOKENS: ContextVar[int] = ContextVar("summarize_request_tokens", default=0)
# The requests of one batch (`Extractor.aextract_many`), held to its `concurrency` on top
# of the endpoint's ceiling, which other callers share and may have raised: the batch
# admits twice `concurrency` articles, so that their next requests are built meanwhile.
BATCH_REQUESTS: ContextVar[asyncio.Semaphore | None] = ContextVar("summarize_batch_requests", default=None)
# The limiter, number (its start among the endpoint's) and start time of the request a
# task is sending, read when its answer's headers arrive, in that task, with its slot held.
_STARTED: ContextVar[tuple[EndpointLimiter, int, float] | None] = ContextVar("summarize_request_started", default=None)
# Without a hint, a 429 pauses the endpoint this long.
DEFAULT_PAUSE = 1.0
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def retry_after_seconds(headers: object) -> float | None:
    """The server's wait hint: `retry-after-ms`, or `retry-after` in seconds or as an HTTP date."""
    get = getattr(headers, "get", None)
    if get is None:
        return None
    if (ms := get("retry-after-ms")) is not None:
        try:
            return float(ms) / 1000
        except ValueError:
            pass
    raw = get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None  # an unreadable hint is no hint: the backoff decides
    return max(0.0, when.timestamp() - time.time())


def parse_reset(value: str | None) -> float | None:
    """OpenAI's reset durations ("1s", "6m0s", "20ms", "0.5s") in seconds."""
    if not value:
        return None
    parts = _DURATION.findall(value)
    if not parts:
        try:
            return max(0.0, float(value))
        except ValueError:
            return None
    return sum(float(number) * _UNIT[unit] for number, unit in parts)


@dataclass
class _Budget:
    """The client's copy of one of the server's budgets (requests, or tokens).

    `remaining` is what the server's last answer said, less what the client has started
    since; it refills at one unit per `seconds_per_unit`, up to `limit` when known."""

    remaining: float
    at: float
    seconds_per_unit: float
    limit: float | None

    def available(self, now: float) -> float:
        refilled = self.remaining + (now - self.at) / self.seconds_per_unit
        return min(refilled, self.limit) if self.limit is not None else refilled

    def spend(self, units: float, now: float) -> None:
        self.remaining, self.at = self.available(now) - units, now


@dataclass
class LimiterStats:
    """What the limiter saw: shown in the CLI's progress line and run summary."""

    requests: int = 0
    retries: int = 0
    rate_limited: int = 0
    paused_seconds: float = 0.0


class EndpointLimiter:
    def __init__(self, max_concurrency: int, *, rpm: float | None = None, tpm: float | None = None) -> None:
        self.max_concurrency = max(1, max_concurrency)
        self.window = float(self.max_concurrency)  # the AIMD congestion window
        self.in_flight = 0
        self.paused_until = 0.0
        self.stats = LimiterStats()
        self._waiters: deque[asyncio.Future[None]] = deque()  # for a slot, oldest first
        self._last_decrease = float("-inf")
        self._rpm = AsyncLimiter(rpm, 60) if rpm else None
        self._tpm = AsyncLimiter(tpm, 60) if tpm else None
        self._tpm_max = tpm or 0.0
        self._tokens_per_request = 0.0  # running mean of the requests' estimated size
        self._budgets: dict[str, _Budget] = {}  # "requests", "tokens": as the server reports them
        self._starts = 0  # requests started so far

    @asynccontextmanager
    async def slot(self, tokens: int = 0) -> AsyncIterator[None]:
        """Hold one request slot (and one of the task's batch, if any); `tokens` is the
        request's estimated size for --tpm."""
        batch = BATCH_REQUESTS.get()
        async with batch if batch is not None else contextlib.nullcontext():
            await self._acquire(tokens)
            try:
                yield
            finally:
                _STARTED.set(None)
                self.in_flight -= 1
                self._wake()

    async def _acquire(self, tokens: int) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                wait = self.paused_until - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                    continue
                if self.in_flight >= max(1, int(self.window)):
                    waiter = loop.create_future()
                    self._waiters.append(waiter)
                    await waiter
                    continue
                if (short := self._short_by(tokens, loop.time())) > 0:  # until the budget has refilled
                    await asyncio.sleep(short)
                    continue
                break
        except BaseException:
            # Cancelled after being woken for a free slot, perhaps while sleeping out a
            # pause since: the slot goes to the next waiter (a spare wake-up is harmless).
            self._wake()
            raise
        now = loop.time()
        for kind, budget in self._budgets.items():
            budget.spend(self._units(kind, tokens), now)
        self._starts += 1
        _STARTED.set((self, self._starts, now))  # seen again by `observe` in this request's response hook
        self.in_flight += 1
        self._tokens_per_request += (tokens - self._tokens_per_request) / 16
        try:
            if self._rpm is not None:
                await self._rpm.acquire()
            if self._tpm is not None and tokens:
                await self._tpm.acquire(min(float(tokens), self._tpm_max))
        except BaseException:
            self.in_flight -= 1
            self._wake()
            raise
        self.stats.requests += 1

    def _wake(self) -> None:
        """Wake as many waiters as there are free slots, oldest first. Waking every
        waiter on each freed slot (an Event) made C waiters re-check for each of N
        requests: C x N task switches on the loop every request needs."""
        room = max(1, int(self.window)) - self.in_flight
        while room > 0 and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                room -= 1

    def _units(self, kind: str, tokens: int) -> float:
        return 1.0 if kind == "requests" else float(tokens or self._tokens_per_request)

    def _short_by(self, tokens: int, now: float) -> float:
        """Seconds until every reported budget holds this request, 0 when they do now."""
        wait = 0.0
        for kind, budget in self._budgets.items():
            units = self._units(kind, tokens)
            if budget.limit is not None:
                units = min(units, budget.limit)  # a request larger than the whole budget waits for all of it
            wait = max(wait, (units - budget.available(now)) * budget.seconds_per_unit)
        return wait

    def raise_ceiling(self, max_concurrency: int) -> None:
        """Allow up to `max_concurrency` requests in flight, if that is more than now; the
        window grows by the same amount, so a halving after a 429 is kept. Waiters see the
        room when the next request ends (this may run off the portal loop, where waking
        them is not safe)."""
        if max_concurrency > self.max_concurrency:
            self.window += max_concurrency - self.max_concurrency
            self.max_concurrency = max_concurrency

    def pause(self, seconds: float) -> None:
        """Hold every new request of this endpoint for `seconds` from now."""
        now = asyncio.get_running_loop().time()
        until = now + seconds
        if until > self.paused_until:
            self.stats.paused_seconds += until - max(now, self.paused_until)
            self.paused_until = until

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        """Learn from one HTTP answer of the endpoint (called for every response)."""
        now = asyncio.get_running_loop().time()
        if status == 429:
            self.stats.rate_limited += 1
            wait = retry_after_seconds(headers)
            if wait is None:
                wait = parse_reset(headers.get("x-ratelimit-reset-requests")) or DEFAULT_PAUSE
            self.pause(wait)
            for budget in self._budgets.values():  # spent: it refills from now, one start at a time
                budget.remaining, budget.at = min(0.0, budget.available(now)), now
            if now - self._last_decrease >= max(wait, DEFAULT_PAUSE):  # one halving per burst
                self.window = max(1.0, self.window / 2)
                self._last_decrease = now
            return
        if 200 <= status < 300:
            self.window = min(float(self.max_concurrency), self.window + 1.0 / self.window)
            for kind in ("requests", "tokens"):
                self._learn(kind, headers, now)

    def _learn(self, kind: str, headers: Mapping[str, str], now: float) -> None:
        """Update the copy of one budget from an answer's headers.

        The server counted this request, and those started before it, when it took
        them in; the ones started after this one it may not have seen yet, so they are
        taken off what it says remains, and what has refilled since this one started is
        added (a slow answer, read long after, says little remains of a budget that has
        refilled since). Which request an answer belongs to, and when it started, is
        known from the context it is read in (`_STARTED`), so answers arriving out of
        order each give the same copy. `reset` is the time to refill all of `limit - remaining`
        (OpenAI's meaning); without `limit`, to refill one unit. A zero limit (some
        proxies' "no limit") says nothing."""
        limit = _number(headers.get(f"x-ratelimit-limit-{kind}"))
        remaining = _number(headers.get(f"x-ratelimit-remaining-{kind}"))
        reset = parse_reset(headers.get(f"x-ratelimit-reset-{kind}"))
        if remaining is None or reset is None or limit == 0:
            return
        context = _STARTED.get()
        started, at = (context[1], context[2]) if context is not None and context[0] is self else (None, now)
        unit = 1.0 if kind == "requests" else max(1.0, self._tokens_per_request)
        # `remaining` is rounded down: up to one more may remain than it says, and
        # `limit - remaining` may count one too many as used. The rate is taken from
        # one less, which errs toward waiting.
        used = limit - remaining - 1.0 if limit is not None else unit
        known = self._budgets.get(kind)
        if used > 0 and reset > 0:
            seconds_per_unit = reset / used
        elif known is not None:
            seconds_per_unit = known.seconds_per_unit  # a full budget says little of its rate
        else:
            seconds_per_unit = 60.0 / limit if limit else reset or 1.0
        unseen = (self._starts - started if started is not None else max(0, self.in_flight - 1)) * unit
        self._budgets[kind] = _Budget(remaining - unseen, at, seconds_per_unit, limit)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


_limiters: dict[tuple[str, str], EndpointLimiter] = {}


def limiter_for(endpoint: str, identity: str, max_concurrency: int, *, rpm: float | None = None,
                tpm: float | None = None) -> EndpointLimiter:
    """The one limiter of an endpoint (and credentials: two keys are two budgets).

    A later caller that asks for a higher ceiling raises it: the first configuration to
    reach an endpoint must not hold every later one (a second extractor sized for a GPU
    server, say) to its smaller number."""
    key = (endpoint, identity)
    if key not in _limiters:
        _limiters[key] = EndpointLimiter(max_concurrency, rpm=rpm, tpm=tpm)
    else:
        _limiters[key].raise_ceiling(max_concurrency)
    return _limiters[key]
