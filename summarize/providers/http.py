"""The HTTP client under the OpenAI SDK: aiohttp's connection pool behind the httpx2
interface the SDK speaks (the SDK's own `DefaultAioHttpClient`, its `aiohttp` extra),
where every request holds a slot of its endpoint's limiter for exactly as long as it
is on the wire.

Two measurements (`benchmarks/concurrency.py`, 200 articles, 32 at once, 0.5 s per
answer, 2 cores, 2026-12-03, five runs of each) chose this:

- httpcore's pool, the SDK's default, checks every pooled connection on each request
  (13% of the event loop's time at 32 in flight, py-spy); with aiohttp's pool the run
  took 1.17x the floor ceil(N/C) x L on average instead of 1.18x, with a fifth less CPU.
- The slot used to be held around the whole SDK call: building the request
  (instructor's arguments, the SDK's parameter transform, JSON) and validating its
  answer are milliseconds of CPU on the one event loop, during which a slot was taken
  and nothing was on the wire. Held here, around the HTTP exchange only, an article
  waiting for a slot has its request built, and it leaves as soon as an answer frees
  one: 1.12x on average against 1.14x with the slot around the call (both with
  aiohttp, and with twice `concurrency` articles admitted: `Extractor.aextract_many`).

Both were measured against a loopback server that added 40 ms to every answer (Nagle's
algorithm, fixed since: `tests/openai_server.py`); with that fixed the whole run takes
1.04x to 1.13x the floor.

A re-ask (instructor's second request after an invalid answer) takes a slot of its
own, as any request does.
"""

from __future__ import annotations

from typing import Any

import httpx2
import openai

from summarize import portal
from summarize.limiter import REQUEST_TOKENS, EndpointLimiter

_clients: dict[EndpointLimiter, LimitedClient] = {}


def client_for(limiter: EndpointLimiter) -> LimitedClient:
    """The one HTTP client of an endpoint (and key), as its limiter is: shared by every
    provider that asks it, so that an application making many extractors holds one
    connection pool per endpoint rather than one per extractor, each left open (an
    aiohttp session is closed explicitly or it says so on stderr). Closed at exit."""
    if limiter not in _clients:
        _clients[limiter] = LimitedClient(limiter)
        portal.close_at_exit(_clients[limiter].aclose)
    return _clients[limiter]


class LimitedClient(openai.DefaultAioHttpClient):
    """httpx2's client on aiohttp, each request in one slot of `limiter`, which also
    sees every answer's status and headers (`EndpointLimiter.observe`) while the slot
    is held, so that it knows which request the answer belongs to."""

    def __init__(self, limiter: EndpointLimiter, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.limiter = limiter

    async def send(self, request: httpx2.Request, **kwargs: Any) -> httpx2.Response:
        async with self.limiter.slot(REQUEST_TOKENS.get()):
            response = await super().send(request, **kwargs)
            try:
                await response.aread()  # the answer is on the wire until its body is in
            except BaseException:
                await response.aclose()
                raise
            self.limiter.observe(response.status_code, response.headers)
            return response
