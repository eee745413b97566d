"""The embedded offline default: a GGUF model run by llama.cpp on this machine.

llama.cpp's `response_format={"type": "json_object", "schema": ...}` compiles the JSON
schema into a grammar, so even a 135M model writes schema-shaped JSON and stops within
the schema's length bounds. The request goes through instructor (JSON mode) like any
other provider, for the same re-asks, usage accounting and truncation check; the
`create` function below only adds the schema that the grammar needs and hands the
request to the llama.cpp worker process (`llama_process`), so that a crash in native
code is an error here, not the end of the caller.

The worker starts loading the model when the provider is built, at the first request
the cache cannot answer (`summarize.providers`): a run whose every answer is cached
never loads the model.
"""

from __future__ import annotations

import asyncio
import functools
import json
import weakref
from typing import Any, TypeVar

import instructor
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from summarize.config import ModelConfig
from summarize.errors import ModelError
from summarize.providers.base import UsageMeter
from summarize.providers.llama_process import LlamaProcess, worker_for
from summarize.providers.structured import instructor_over, structured_call

M = TypeVar("M", bound=BaseModel)

# llama.cpp refuses grammars whose repetitions multiply past a fixed bound (seen: a
# string of maxLength 1,200) and then crashes the process on the first token instead
# of raising. The grammar gets bounds it accepts; validation still applies the schema's.
GRAMMAR_MAX_LENGTH = 1000
GRAMMAR_MAX_ITEMS = 50


def grammar_safe(schema: Any) -> Any:
    """A copy of a JSON schema with string and array bounds clamped to what compiles."""
    if isinstance(schema, list):
        return [grammar_safe(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    safe = {key: grammar_safe(value) for key, value in schema.items()}
    if isinstance(safe.get("maxLength"), int):
        safe["maxLength"] = min(safe["maxLength"], GRAMMAR_MAX_LENGTH)
    if isinstance(safe.get("maxItems"), int):
        safe["maxItems"] = min(safe["maxItems"], GRAMMAR_MAX_ITEMS)
    return safe


def _canonical_json(content: str | None) -> str | None:
    """llama.cpp's JSON grammar lets raw newlines into strings, which strict JSON parsers
    (pydantic's) reject. Re-encoding the same data fixes the form without touching the
    content; anything that still does not parse is left for validation to report."""
    if content is None:
        return None
    try:
        return json.dumps(json.loads(content, strict=False), ensure_ascii=False)
    except json.JSONDecodeError:
        return content


# Each event loop's turn at each worker. An article's requests are gathered at once;
# without a turn, up to six threads raced for the worker's lock and took it in any
# order, so two runs of one article asked in different orders, and llama.cpp reused
# less of the previous prompt: france-nato 002 with SmolLM2 took 37 to 49 s against 35 s
# for its requests replayed in order (`benchmarks/isolation_overhead.py`, 2026-12-03).
# An asyncio.Lock is first come, first served: requests reach the worker in the order
# the article made them, one thread at a time.
_TURNS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[int, asyncio.Lock]] = weakref.WeakKeyDictionary()


def _turn(worker: LlamaProcess) -> asyncio.Lock:
    return _TURNS.setdefault(asyncio.get_running_loop(), {}).setdefault(id(worker), asyncio.Lock())


def _no_transport_errors(_: BaseException) -> ModelError | None:
    """The worker's failures arrive as our own errors already (see llama_process)."""
    return None


class LocalProvider:
    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self.worker: LlamaProcess = worker_for(config)

    def _create(self, grammar: dict[str, Any], **kwargs: Any) -> ChatCompletion:
        """An OpenAI-shaped create() over the llama.cpp worker, constrained to `grammar`."""
        kwargs.pop("model", None)
        kwargs["response_format"] = {"type": "json_object", "schema": grammar}
        completion = ChatCompletion.model_validate(self.worker.complete(kwargs))
        for choice in completion.choices:
            choice.message.content = _canonical_json(choice.message.content)
        return completion

    async def acomplete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        # The worker answers one request at a time; a thread waits for it, not the loop.
        async with _turn(self.worker):
            return await asyncio.to_thread(self.complete, messages, schema, meter)

    def complete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        # One instructor client per call, bound to this call's schema: threads sharing
        # the provider never see each other's grammar. The worker serializes requests.
        create = functools.partial(self._create, grammar_safe(schema.model_json_schema()))
        client = instructor_over(create, instructor.Mode.JSON)
        return structured_call(client, self.config, messages, schema, meter, _no_transport_errors, seed=self.config.seed)
