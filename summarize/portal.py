"""One event loop, in a background thread, where every model request of the process runs.

The OpenAI SDK's async client, its connection pool and the per-endpoint rate limiter
are bound to the event loop that created them. Running them all on one loop of our own
lets the same code serve three kinds of caller: sync code (`extract`, the CLI), which
blocks on `run`; async code on any other loop (`aextract` from an application or a
notebook), which awaits `arun`; and the batch, whose articles are tasks on this loop.
"""

from __future__ import annotations

import asyncio
import atexit
import os
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from summarize.errors import AnswerPending

T = TypeVar("T")

_loop: asyncio.AbstractEventLoop | None = None
_lock = threading.Lock()
_closers: list[Callable[[], Awaitable[None]]] = []
_pid = 0  # the process whose thread runs the loop: a forked child has none
# At exit, how long resources bound to the loop (HTTP sessions) may take to close.
CLOSE_TIMEOUT = 5.0


def portal_loop() -> asyncio.AbstractEventLoop:
    """The loop, started on first use."""
    global _loop, _pid
    with _lock:
        if _loop is None:
            _loop, _pid = asyncio.new_event_loop(), os.getpid()
            threading.Thread(target=_loop.run_forever, name="summarize-portal", daemon=True).start()
        return _loop


def close_at_exit(aclose: Callable[[], Awaitable[None]]) -> None:
    """Have `aclose` awaited on the portal loop when the process exits: a resource bound
    to the loop (an aiohttp session) cannot be closed from anywhere else, and one left
    open says so on stderr."""
    with _lock:
        if not _closers:
            atexit.register(_close_all)
        _closers.append(aclose)


def _close_all() -> None:
    loop = _loop
    if loop is None or not loop.is_running() or _pid != os.getpid():
        return

    async def close() -> None:
        await asyncio.gather(*(aclose() for aclose in _closers), return_exceptions=True)

    try:
        asyncio.run_coroutine_threadsafe(close(), loop).result(timeout=CLOSE_TIMEOUT)
    except Exception:  # noqa: BLE001 - exiting: a resource that will not close is not worth a traceback
        pass


def _on_portal() -> bool:
    try:
        return asyncio.get_running_loop() is _loop
    except RuntimeError:
        return False


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` on the portal loop and wait for it (from sync code)."""
    if _on_portal():
        coro.close()
        raise RuntimeError("summarize: a blocking call was made on the portal loop; await the async form instead")
    future = asyncio.run_coroutine_threadsafe(coro, portal_loop())
    try:
        return future.result()
    except BaseException:
        future.cancel()  # Ctrl-C in the caller stops the work, not only the wait
        raise


async def arun(coro: Coroutine[Any, Any, T]) -> T:
    """Await `coro` run on the portal loop (from any event loop, including the portal's)."""
    if _on_portal():
        return await coro
    future = asyncio.run_coroutine_threadsafe(coro, portal_loop())
    try:
        return await asyncio.wrap_future(future)
    except asyncio.CancelledError:
        future.cancel()
        raise


async def gather(*aws: Awaitable[T]) -> list[T]:
    """`asyncio.gather` that cancels the rest when one fails: an article whose first
    request failed stops asking, instead of finishing its other requests for nothing.

    A request deferred to an OpenAI batch (`AnswerPending`) is not a failure: its
    siblings run to the end, so that one batch round records every request of the
    article that does not depend on another's answer. Then a real failure among them
    is raised, else one `AnswerPending` for all of them.
    """
    tasks = [asyncio.ensure_future(aw) for aw in aws]
    try:
        return list(await asyncio.gather(*tasks))
    except AnswerPending:
        settled = await asyncio.gather(*tasks, return_exceptions=True)
        failures = [r for r in settled if isinstance(r, BaseException) and not isinstance(r, AnswerPending)]
        if failures:
            raise failures[0] from None
        raise AnswerPending.merge([r for r in settled if isinstance(r, AnswerPending)]) from None
    except BaseException:
        for task in tasks:
            task.cancel()
        raise
