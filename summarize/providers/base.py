"""The interface every model backend implements, and the meter that counts what it spends.

A provider turns chat messages and a Pydantic schema into a validated instance of that
schema, or raises one of `summarize.errors.ModelError`'s subclasses. Everything above
this layer is provider-agnostic.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from summarize.config import ModelConfig
from summarize.records import Usage

M = TypeVar("M", bound=BaseModel)


class UsageMeter:
    """Counts requests and tokens over every attempt of one call: re-asks and retries too."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._usage = Usage()

    def count_request(self, *_: Any, **__: Any) -> None:
        with self._lock:
            self._usage = self._usage + Usage(requests=1)

    def count_response(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        if usage is None:
            return
        with self._lock:
            self._usage = self._usage + Usage(
                prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
                completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            )

    @property
    def usage(self) -> Usage:
        with self._lock:
            return self._usage


class Provider(Protocol):
    config: ModelConfig

    async def acomplete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        """A validated `schema` instance; raises ModelError subclasses on failure. Called
        on the portal loop (`summarize.portal`)."""
        ...
