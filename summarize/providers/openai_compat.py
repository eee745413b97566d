"""Any server that speaks the OpenAI chat-completions API: OpenAI, Azure, Ollama, vLLM,
a llama.cpp server. The SDK's own retries are off (`max_retries=0`): see summarize.retry.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import instructor
import openai
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from summarize.config import ModelConfig
from summarize.errors import (
    ContextOverflowError,
    ModelError,
    ProviderError,
    TransientProviderError,
)
from summarize.limiter import EndpointLimiter, limiter_for, retry_after_seconds
from summarize.providers.base import UsageMeter
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


def untransformed_create(client: openai.AsyncOpenAI) -> Callable[..., Awaitable[ChatCompletion]]:
    """`client.chat.completions.create` without the SDK's walk of the request body.

    The SDK checks every request's messages, tools and schema against its TypedDicts
    before sending them (`async_maybe_transform`): for our plain-JSON requests the walk
    changes nothing, yet it took more than half of the client's CPU per request
    (benchmarks/concurrency.py: 9 to 12 ms per article with it, 4 to 5 ms without), and
    at 64 requests a second that CPU delays every wave. This sends the same body through
    the SDK's public `post`, with the client's auth, timeout, headers and response
    parsing; tests/test_openai_provider.py checks that the server receives the very
    body the SDK's own create() sends."""

    async def create(*, extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
                     extra_body: Mapping[str, object] | None = None, timeout: Any = openai.NOT_GIVEN,
                     **params: Any) -> ChatCompletion:
        if params.get("stream"):
            raise ValueError("untransformed_create does not stream")
        options: dict[str, Any] = {}
        if extra_headers:
            options["headers"] = extra_headers
        if extra_query:
            options["params"] = extra_query
        if extra_body:
            options["extra_json"] = extra_body
        if not isinstance(timeout, openai.NotGiven):
            options["timeout"] = timeout
        body = {key: value for key, value in params.items() if not isinstance(value, (openai.NotGiven, openai.Omit))}
        return await client.post("/chat/completions", body=body, cast_to=ChatCompletion,  # type: ignore[call-overload]
                                 options=options)

    return create


class OpenAICompatProvider:
    """Requests go out on the portal loop through the async SDK; every request to one
    endpoint shares one `EndpointLimiter`, which sees every HTTP answer (headers
    included) through the HTTP client's response hook."""

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self.limiter: EndpointLimiter = limiter_for(
            config.base_url or "https://api.openai.com/v1", _key_identity(config.api_key),
            config.concurrency, rpm=config.rpm, tpm=config.tpm)
        self._instructor: instructor.AsyncInstructor | None = None

    def _client(self) -> instructor.AsyncInstructor:
        # Built on first use, on the portal loop that will run every request.
        if self._instructor is None:
            async def observe(response: Any) -> None:
                self.limiter.observe(response.status_code, response.headers)

            client = openai.AsyncOpenAI(
                api_key=self.config.api_key or NO_KEY,
                base_url=self.config.base_url,
                max_retries=0,
                timeout=self.config.timeout,
                http_client=openai.DefaultAsyncHttpxClient(event_hooks={"response": [observe]}),
            )
            # instructor calls the create() it finds on the client when it is wrapped.
            client.chat.completions.create = untransformed_create(client)  # type: ignore[method-assign,assignment]
            self._instructor = instructor.from_openai(client, mode=MODES[self.config.mode])
        return self._instructor

    def map_transport_error(self, exc: BaseException) -> ModelError | None:
        return transport_error(self.config, exc)

    async def acomplete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        return await astructured_call(
            self._client(), self.config, messages, schema, meter, self.map_transport_error, self.limiter,
            **request_params(self.config),
        )


def _key_identity(api_key: str | None) -> str:
    """Which credentials a limiter is for, without keeping the key itself."""
    import hashlib

    return hashlib.sha256((api_key or "").encode("utf-8")).hexdigest()[:16]
