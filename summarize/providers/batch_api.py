"""The OpenAI Files and Batches endpoints, as `summarize.batch` needs them: upload a
JSONL file of requests, create a batch over it, look at it, find it again, download
its output. Nothing else in the package imports the SDK for this.

Every call goes through the one retry policy (`summarize.retry`) with the same
mapping of SDK failures as chat requests (`openai_compat.transport_error`), so the
API key never reaches a message. Creating a batch is not idempotent: before each
attempt the batches of the endpoint are searched for one over the same input file,
so a retry after a lost answer never starts (and pays for) a second batch.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import openai

from summarize.config import ModelConfig
from summarize.errors import SummarizeError
from summarize.providers.batch_files import COMPLETION_WINDOW, ENDPOINT, BatchInfo
from summarize.providers.openai_compat import NO_KEY, transport_error
from summarize.retry import call_with_retries

T = TypeVar("T")

# How many of the endpoint's most recent batches are searched for one over a given file.
SEARCH_LIMIT = 100


class BatchAPI:
    """One endpoint's Files and Batches API, with the run's model configuration."""

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self._client = openai.OpenAI(api_key=config.api_key or NO_KEY, base_url=config.base_url,
                                     max_retries=0, timeout=config.timeout)

    def _call(self, fn: Callable[[], T]) -> T:
        def attempt() -> T:
            try:
                return fn()
            except SummarizeError:
                raise
            except Exception as exc:
                mapped = transport_error(self.config, exc)
                if mapped is None:
                    raise
                raise mapped from None

        return call_with_retries(attempt, max_attempts=self.config.max_attempts,
                                 initial_wait=self.config.retry_initial_wait, max_wait=self.config.max_wait)

    def upload(self, name: str, data: bytes) -> str:
        """Upload a JSONL file of requests (purpose "batch"); its file id."""
        uploaded = self._call(lambda: self._client.files.create(file=(name, data, "application/jsonl"), purpose="batch"))
        return str(uploaded.id)

    def create(self, input_file_id: str, metadata: dict[str, str] | None = None) -> BatchInfo:
        """The batch over `input_file_id`: the one already created, else a new one."""
        def find_or_create() -> BatchInfo:
            return self._find(input_file_id) or BatchInfo.of(self._client.batches.create(
                input_file_id=input_file_id, endpoint=ENDPOINT, completion_window=COMPLETION_WINDOW,
                metadata=metadata or openai.omit))

        return self._call(find_or_create)

    def find(self, input_file_id: str) -> BatchInfo | None:
        """The batch over `input_file_id`, if one was created (say, by a process that died
        before it could note the batch's id)."""
        return self._call(lambda: self._find(input_file_id))

    def _find(self, input_file_id: str) -> BatchInfo | None:
        for seen, batch in enumerate(self._client.batches.list(limit=SEARCH_LIMIT)):
            if batch.input_file_id == input_file_id:
                return BatchInfo.of(batch)
            if seen + 1 >= SEARCH_LIMIT:
                break
        return None

    def retrieve(self, batch_id: str) -> BatchInfo:
        return self._call(lambda: BatchInfo.of(self._client.batches.retrieve(batch_id)))

    def download(self, file_id: str) -> str:
        """A file's content as text (an output or error file: JSONL)."""
        return self._call(lambda: self._client.files.content(file_id).text)
