"""The embedded offline default: a GGUF model run in-process by llama.cpp.

llama.cpp's `response_format={"type": "json_object", "schema": ...}` compiles the JSON
schema into a grammar, so even a 135M model writes schema-shaped JSON and stops within
the schema's length bounds. The request goes through instructor (JSON mode) like any
other provider, for the same re-asks, usage accounting and truncation check; the
`create` function below only adds the schema that the grammar needs.

The model is loaded on the first request, not when the provider is built: a run whose
every chunk is cached never pays for loading it. llama.cpp is not thread-safe, so
requests to local models are serialized.
"""

from __future__ import annotations

import atexit
import json
import threading
from typing import Any, TypeVar

import instructor
from pydantic import BaseModel

from summarize.config import ModelConfig
from summarize.errors import ConfigError, ContextOverflowError, ModelError
from summarize.providers.base import UsageMeter
from summarize.providers.structured import structured_call

M = TypeVar("M", bound=BaseModel)

_LOADED: dict[tuple[str, int], Any] = {}
_LOAD_LOCK = threading.Lock()
# One llama.cpp context must never decode two requests at once (it crashes), even
# when two providers share it: every request to a local model holds this lock.
_INFERENCE_LOCK = threading.Lock()


@atexit.register
def _close_models() -> None:
    """Free models before interpreter teardown: llama.cpp's own __del__ then fails noisily."""
    while _LOADED:
        _, llm = _LOADED.popitem()
        llm.close()


def _load(config: ModelConfig) -> Any:
    assert config.model_path is not None  # resolve_config guarantees a path for "local"
    key = (str(config.model_path), config.context_window)
    with _LOAD_LOCK:
        if key not in _LOADED:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise ConfigError(
                    "the embedded model needs llama-cpp-python: pip install 'summarize[local]'"
                ) from None
            try:
                _LOADED[key] = Llama(
                    model_path=str(config.model_path),
                    n_ctx=config.context_window,
                    seed=config.seed,
                    verbose=False,
                )
            except (ValueError, RuntimeError) as exc:
                raise ConfigError(f"llama.cpp cannot load this model: {exc}", source=config.model_path) from None
        return _LOADED[key]


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


class LocalProvider:
    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self._schema: dict[str, Any] | None = None
        self._instructor = instructor.Instructor(
            client=None,
            create=instructor.patch(create=self._create, mode=instructor.Mode.JSON),
            mode=instructor.Mode.JSON,
        )

    def _create(self, **kwargs: Any) -> Any:
        """An OpenAI-shaped create() over llama.cpp, grammar-constrained to the schema."""
        llm = _load(self.config)
        kwargs.pop("model", None)
        kwargs["response_format"] = {"type": "json_object", "schema": self._schema}
        completion = llm.create_chat_completion_openai_v1(**kwargs)
        for choice in completion.choices:
            choice.message.content = _canonical_json(choice.message.content)
        return completion

    def map_transport_error(self, exc: BaseException) -> ModelError | None:
        if isinstance(exc, ValueError) and "exceed context window" in str(exc):
            return ContextOverflowError(
                f"the prompt is larger than the model's {self.config.context_window}-token context: {exc}",
                source=self.config.model,
            )
        return None

    def complete(self, messages: list[dict[str, str]], schema: type[M], meter: UsageMeter) -> M:
        with _INFERENCE_LOCK:
            self._schema = grammar_safe(schema.model_json_schema())
            return structured_call(
                self._instructor, self.config, messages, schema, meter, self.map_transport_error,
                seed=self.config.seed,
            )
