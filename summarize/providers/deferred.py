"""instructor without the network: the request it would send, and its validation of an
answer that arrived another way (the OpenAI Batch API, `summarize.batch`).

Both go through the very create() call the online provider makes (`structured.create_arguments`
plus `openai_compat.request_params`), with instructor's create function replaced:

- `request_body` stops at the create function and keeps its arguments: the messages,
  the tools or response format of the configured mode, the model and the generation
  parameters, exactly the JSON the SDK would post to /v1/chat/completions.
- `validate_answer` hands instructor a chat completion from the batch's output as if
  the server had just sent it, so it is parsed, validated (and refused when cut at
  max_tokens) by the same code, with the same errors, and its tokens are counted by
  the same hooks. A batch holds one answer per request, so there is no re-ask: an
  answer that does not validate fails (an online run would re-ask).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError

from summarize.config import ModelConfig
from summarize.errors import ModelError, ModelOutputError
from summarize.providers.base import UsageMeter
from summarize.providers.openai_compat import MODES, request_params
from summarize.providers.structured import create_arguments, instructor_over, structured_call

M = TypeVar("M", bound=BaseModel)


class _Captured(Exception):
    """Raised by the recording create function: carries what instructor would send."""

    def __init__(self, kwargs: dict[str, Any]) -> None:
        super().__init__("request captured")
        self.kwargs = kwargs


def _capture(**kwargs: Any) -> Any:
    raise _Captured(kwargs)


def request_body(config: ModelConfig, messages: list[dict[str, str]], schema: type[BaseModel]) -> dict[str, Any]:
    """The /v1/chat/completions body instructor sends for this call in `config.mode`."""
    client = instructor_over(_capture, MODES[config.mode])
    request = create_arguments(config, messages, schema, UsageMeter(), request_params(config))
    try:
        client.create(**request)
    except Exception as exc:  # instructor wraps what create raised in its retry error
        captured = exc if isinstance(exc, _Captured) else exc.__cause__
        if not isinstance(captured, _Captured):
            raise
        # A JSON round trip: the body is what goes into the batch file, nothing else.
        body: dict[str, Any] = json.loads(json.dumps(captured.kwargs, ensure_ascii=False))
        return body
    raise AssertionError("instructor returned without calling create")  # pragma: no cover


def _no_transport_errors(_: BaseException) -> ModelError | None:
    return None  # nothing is sent: every failure here is the answer's own


def validate_answer(config: ModelConfig, messages: list[dict[str, str]], schema: type[M],
                    completion: Mapping[str, Any], meter: UsageMeter) -> M:
    """`completion` (a chat.completion body from a batch's output) validated as instructor
    validates an online answer to the same call; raises ModelOutputError or
    TruncatedOutputError as the online path does."""
    try:
        answer = ChatCompletion.model_validate(completion)
    except ValidationError as exc:
        raise ModelOutputError(f"the batch's answer is not a chat completion: {str(exc).splitlines()[0]}",
                               source=config.model) from None

    def replay(**_: Any) -> ChatCompletion:
        return answer

    client = instructor_over(replay, MODES[config.mode])
    once = config.with_overrides(max_reasks=0, max_attempts=1)
    return structured_call(client, once, messages, schema, meter, _no_transport_errors, **request_params(config))
