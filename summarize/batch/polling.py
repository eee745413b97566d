"""Waiting for a batch: look at it with growing pauses, never longer than a bound.

A batch takes minutes to hours (OpenAI's window is 24 hours). Asking every few seconds
for hours wastes requests; waiting an hour between looks delays a batch that finished
in five minutes. The pause starts short, grows by a factor, and is capped: the wait
after the batch ends is at most one capped pause, and the number of looks stays small.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarize.errors import SummarizeError

if TYPE_CHECKING:
    from summarize.providers.batch_files import BatchInfo


@dataclass(frozen=True, slots=True)
class Backoff:
    """Pauses of `first` seconds, times `factor` after each look, at most `longest`."""

    first: float = 10.0
    factor: float = 1.5
    longest: float = 300.0

    def pauses(self) -> Iterator[float]:
        pause = min(self.first, self.longest)
        while True:
            yield pause
            pause = min(pause * self.factor, self.longest)


def wait_until_finished(
    look: Callable[[], BatchInfo],
    backoff: Backoff,
    *,
    timeout: float | None = None,
    on_look: Callable[[BatchInfo], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> BatchInfo:
    """Look at the batch until it has ended; after `timeout` seconds, give up with a
    SummarizeError (the batch goes on: collect it later)."""
    started = clock()
    pauses = backoff.pauses()
    while True:
        info = look()
        if on_look is not None:
            on_look(info)
        if info.finished:
            return info
        pause = next(pauses)
        if timeout is not None and clock() - started + pause > timeout:
            raise SummarizeError(f"batch {info.id} is still {info.status} after {timeout:g} s; "
                                 "it goes on: collect it later with `summarize batch collect`")
        sleep(pause)
