"""Any server that speaks the OpenAI chat-completions API: OpenAI, Azure, Ollama, vLLM,
a llama.cpp server. The SDK's own retries are off (`max_retries=0`): see summarize.retry.
"""

from __future__ import annotations

import email.utils
import time
from typing import TypeVar

import instructor
import openai
from pydantic import BaseModel

from summarize.config import ModelConfig
from summarize.errors import (
    ContextOverflowError,
    ModelError,
    ProviderError,
    TransientProviderError,
)
from summarize.providers.base import UsageMeter
from summarize.providers.structured import structured_call

M = TypeVar("M", bound=BaseModel)

_MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}
_TRANSIENT_STATUS = {408, 409, 425, 429}
# A placeholder for servers that need no key (Ollama, vLLM): the SDK insists on one.
_NO_KEY = "no-key-needed"


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


class OpenAICompatProvider:
    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self._client = openai.OpenAI(
            api_key=config.api_key or _NO_KEY,
            base_url=config.base_url,
            max_retries=0,
            timeout=config.timeout,
        )
        self._instructor = instructor.from_openai(self._client, mode=_MODES[config.mode])

    def _scrub(self, message: str) -> str:
        key = self.config.api_key
        return message.replace(key, "***") if key else message

    def map_transport_error(self, exc: BaseException) -> ModelError | None:
        """Our error for an SDK failure, or None when it is not a transport failure."""
        where = self.config.base_url or "api.openai.com"
        if isinstance(exc, openai.APITimeoutError):
            return TransientProviderError(f"no answer from {where} within {self.config.timeout:g}s", source=self.config.model)
        if isinstance(exc, openai.APIConnectionError):
            return TransientProviderError(f"cannot connect to {where}", source=self.config.model)
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            detail = self._scrub(str(getattr(exc, "message", "") or exc))[:300]
            if status in _TRANSIENT_STATUS or status >= 500:
                return TransientProviderError(
                    f"HTTP {status} from {where}: {detail}",
                    retry_after=retry_after_seconds(exc.response.headers),
                    source=self.config.model,
                )
            if status == 400 and "context" in detail.lower() and ("length" in detail.lower() or "window" in detail.lower()):
                return ContextOverflowError(f"the prompt is larger than the model's context: {detail}", source=self.config.model)
            return ProviderError(f"HTTP {status} from {where}: {detail}", source=self.config.model)
        if isinstance(exc, openai.OpenAIError):
            return ProviderError(self._scrub(str(exc))[:300], source=self.config.model)
        return None

    def complete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        return structured_call(
            self._instructor, self.config, messages, schema, meter, self.map_transport_error,
            model=self.config.model, seed=self.config.seed,
        )
