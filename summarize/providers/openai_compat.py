"""Any server that speaks the OpenAI chat-completions API: OpenAI, Azure, Ollama, vLLM,
a llama.cpp server. The SDK's own retries are off (`max_retries=0`): see summarize.retry.
"""

from __future__ import annotations

from typing import Any, TypeVar

import instructor
import openai
from pydantic import BaseModel

from summarize import portal
from summarize.config import ModelConfig
from summarize.errors import (
    ContextOverflowError,
    ModelError,
    ProviderError,
    TransientProviderError,
)
from summarize.limiter import EndpointLimiter, limiter_for, retry_after_seconds
from summarize.providers.base import UsageMeter
from summarize.providers.http import client_for
from summarize.providers.structured import astructured_call

M = TypeVar("M", bound=BaseModel)

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}
_TRANSIENT_STATUS = {408, 409, 425, 429}
# A placeholder for servers that need no key (Ollama, vLLM): the SDK insists on one.
NO_KEY = "no-key-needed"


def request_params(config: ModelConfig) -> dict[str, Any]:
    """The create() arguments of this provider beyond `structured.create_arguments`'s: the batch
    path (`providers.deferred`) sends the same, so its bodies equal the online ones."""
    return {"model": config.model, "seed": config.seed}


def scrub(config: ModelConfig, message: str) -> str:
    """`message` without the API key, should an SDK message ever quote it."""
    key = config.api_key
    return message.replace(key, "***") if key else message


def transport_error(config: ModelConfig, exc: BaseException) -> ModelError | None:
    """Our error for an SDK failure, or None when it is not a transport failure."""
    where = config.base_url or "api.openai.com"
    if isinstance(exc, openai.APITimeoutError) and _refused(exc):
        return TransientProviderError(f"cannot connect to {where}", source=config.model)
    if isinstance(exc, openai.APITimeoutError):
        return TransientProviderError(f"no answer from {where} within {config.timeout:g}s", source=config.model)
    if isinstance(exc, openai.APIConnectionError):
        return TransientProviderError(f"cannot connect to {where}", source=config.model)
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = scrub(config, str(getattr(exc, "message", "") or exc))[:300]
        if status in _TRANSIENT_STATUS or status >= 500:
            return TransientProviderError(
                f"HTTP {status} from {where}: {detail}",
                retry_after=retry_after_seconds(exc.response.headers),
                source=config.model,
            )
        if status == 400 and "context" in detail.lower() and ("length" in detail.lower() or "window" in detail.lower()):
            return ContextOverflowError(f"the prompt is larger than the model's context: {detail}", source=config.model)
        return ProviderError(f"HTTP {status} from {where}: {detail}", source=config.model)
    if isinstance(exc, openai.OpenAIError):
        return ProviderError(scrub(config, str(exc))[:300], source=config.model)
    return None


class OpenAICompatProvider:
    """Requests go out on the portal loop through the async SDK; every request to one
    endpoint shares one `EndpointLimiter`, which the HTTP client (`providers.http`)
    holds each request to and shows every answer (headers included)."""

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self.limiter: EndpointLimiter = limiter_for(
            config.base_url or "https://api.openai.com/v1", _key_identity(config.api_key),
            config.concurrency, rpm=config.rpm, tpm=config.tpm)
        self._instructor: instructor.AsyncInstructor | None = None

    def _client(self) -> instructor.AsyncInstructor:
        # Built on first use, on the portal loop that will run every request.
        if self._instructor is None:
            client = openai.AsyncOpenAI(
                api_key=self.config.api_key or NO_KEY,
                base_url=self.config.base_url,
                max_retries=0,
                timeout=self.config.timeout,
                http_client=client_for(self.limiter),
            )
            self._instructor = instructor.from_openai(client, mode=MODES[self.config.mode])
        return self._instructor

    def map_transport_error(self, exc: BaseException) -> ModelError | None:
        return transport_error(self.config, exc)

    async def acomplete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        # On the portal loop, whoever awaits: the client's aiohttp session belongs to the
        # loop that first used it, and a call from a second loop (a test's or an
        # application's `asyncio.run`) would otherwise fail, or not, as ports get reused.
        return await portal.arun(self._acomplete(messages, schema, meter))

    async def _acomplete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        return await astructured_call(
            self._client(), self.config, messages, schema, meter, self.map_transport_error, self.limiter,
            **request_params(self.config),
        )


def _refused(exc: BaseException) -> bool:
    """Whether a "timeout" is a connection that failed: the SDK's aiohttp transport
    reports a refused, reset or dropped connection as a connect timeout."""
    import aiohttp

    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        if isinstance(cause, aiohttp.ClientConnectionError) and not isinstance(cause, aiohttp.ServerTimeoutError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _key_identity(api_key: str | None) -> str:
    """Which credentials a limiter is for, without keeping the key itself."""
    import hashlib

    return hashlib.sha256((api_key or "").encode("utf-8")).hexdigest()[:16]
