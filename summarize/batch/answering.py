"""The one thing a batch run changes in the pipeline: where a cache miss's answer comes
from (`ModelClient.answer`).

A pass over the run's articles is the ordinary pipeline (strategy, cache keys, cache,
normalization, grounding, records) with a `BatchClient`. For a request that is not in
the cache it looks in the batch output in hand:

- there, and a chat completion: instructor validates it as it would online
  (`providers.deferred.validate_answer`), and `ModelClient.aask` stores it under the
  request's cache key;
- there, and failed (an error line, a non-200 status): the request fails, and with it
  its article, with the batch's reason;
- not there: the request's body is recorded for the next batch and the article ends
  `AnswerPending`. Its independent requests are recorded too (`portal.gather`);
  requests that need this one's answer are recorded by a later pass, after it is in.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from summarize.cache import ResponseCache
from summarize.client import ModelClient
from summarize.config import ModelConfig
from summarize.errors import AnswerPending, ModelOutputError, ProviderError, TruncatedOutputError
from summarize.providers import UsageMeter
from summarize.providers.batch_files import BatchAnswer


class BatchClient(ModelClient):
    """Answers from a batch's output; records what it does not hold (see module docstring).

    `requests` (custom_id -> request body) and `refused` (custom_id -> why its answer
    could not be used) are shared with the clients that strategies derive for their
    own settings (`with_config`), so one pass sees every request.
    """

    def __init__(self, config: ModelConfig, cache: ResponseCache, answers: Mapping[str, BatchAnswer],
                 batch_id: str | None = None) -> None:
        super().__init__(config, cache)
        self.answers = answers
        self.batch_id = batch_id
        self.requests: dict[str, dict[str, Any]] = {}
        self.refused: dict[str, str] = {}

    async def answer(self, key: str, messages: list[dict[str, str]], schema: type[BaseModel],
                     meter: UsageMeter) -> dict[str, Any]:
        from summarize.providers.deferred import request_body, validate_answer  # the SDKs, when needed

        found = self.answers.get(key)
        if found is None:
            self.requests[key] = await asyncio.to_thread(request_body, self.config, messages, schema)
            raise AnswerPending((key,))
        where = f"batch {self.batch_id}" if self.batch_id else "the batch"
        if found.completion is None:
            self.refused[key] = found.error or "no answer"
            raise ProviderError(f"{where} gave no answer: {found.error}", source=self.config.model)
        try:
            answer = await asyncio.to_thread(validate_answer, self.config, messages, schema, found.completion, meter)
        except (ModelOutputError, TruncatedOutputError) as exc:
            self.refused[key] = exc.message
            # One answer per request in a batch: an online run would re-ask instead.
            raise type(exc)(f"answer from {where}: {exc.message}", source=exc.source) from None
        return answer.model_dump(mode="json")
