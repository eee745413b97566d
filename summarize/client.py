"""One model, one cache: a validated answer for a prompt, from the cache when it is there.

Extraction and the briefing's narrative both ask through here, so both get the same
cache key rules (model identity, prompt version, messages, generation parameters and
any extra key parts; never the API key) and the same lazy provider: a fully cached run
never builds one, so it never imports an SDK or loads weights.

What happens on a cache miss is one method, `answer`: a batch run (`summarize.batch`)
overrides it to take the answer from an OpenAI batch's output, or to record the request
for the next batch, and keeps everything else here (keys, caching) as it is online.
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import threading
from typing import Any

from pydantic import BaseModel

from summarize import portal
from summarize.cache import ResponseCache, cache_key
from summarize.config import ModelConfig
from summarize.limiter import LimiterStats
from summarize.providers import Provider, UsageMeter, get_provider
from summarize.records import Usage


class ModelClient:
    def __init__(self, config: ModelConfig, cache: ResponseCache) -> None:
        self.config = config
        self.cache = cache
        self._provider: Provider | None = None
        self._provider_lock = threading.Lock()

    def with_config(self, config: ModelConfig) -> ModelClient:
        """This client for another configuration (a strategy's own output budget): the
        same cache and the same way of answering (a batch run's requests stay in its
        batch), with a provider of its own."""
        clone = copy.copy(self)
        clone.config = config
        clone._provider = None
        clone._provider_lock = threading.Lock()
        return clone

    @property
    def provider(self) -> Provider:
        with self._provider_lock:  # extract_many's threads share one provider
            if self._provider is None:
                self._provider = get_provider(self.config)
            return self._provider

    def request_stats(self) -> LimiterStats | None:
        """Requests, retries and rate limits of this client's endpoint so far; None for a
        provider without a limiter (the local model) or before the first request."""
        limiter = getattr(self._provider, "limiter", None)
        return limiter.stats if limiter is not None else None

    def request_stats_dict(self) -> dict[str, Any] | None:
        stats = self.request_stats()
        return dataclasses.asdict(stats) if stats is not None else None

    def ask(
        self,
        messages: list[dict[str, str]],
        schema: type[BaseModel],
        prompt_version: str,
        extra_key: dict[str, Any] | None = None,
    ) -> tuple[dict[str, Any], Usage]:
        """`aask` from sync code."""
        return portal.run(self.aask(messages, schema, prompt_version, extra_key))

    async def aask(
        self,
        messages: list[dict[str, str]],
        schema: type[BaseModel],
        prompt_version: str,
        extra_key: dict[str, Any] | None = None,
    ) -> tuple[dict[str, Any], Usage]:
        """The validated answer as JSON data, and what it cost now (nothing on a cache hit)."""
        key = cache_key({
            "model": self.config.identity,
            "prompt_version": prompt_version,
            "messages": messages,
            "generation": self.config.generation,
            **(extra_key or {}),
        })
        hit = await asyncio.to_thread(self.cache.get, key)  # sqlite: off the event loop
        if hit is not None and isinstance(hit.get("answer"), dict):
            return hit["answer"], Usage(cache_hits=1)
        meter = UsageMeter()
        data = await self.answer(key, messages, schema, meter)
        await asyncio.to_thread(self.cache.set, key, {"answer": data, "usage": meter.usage.model_dump()})
        return data, meter.usage

    async def answer(
        self, key: str, messages: list[dict[str, str]], schema: type[BaseModel], meter: UsageMeter
    ) -> dict[str, Any]:
        """The validated answer to a request that is not in the cache, counted in `meter`:
        the provider is asked now. `key` is the request's cache key (unused here; a batch
        run names its requests by it)."""
        return (await self.provider.acomplete(messages, schema, meter)).model_dump(mode="json")
