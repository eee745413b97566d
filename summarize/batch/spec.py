"""What a batch run extracts, as its state file keeps it: inputs, the resolved model
settings and the reading options, so that a fresh process (`summarize batch collect`
after a crash) runs the next pass exactly as the first one did.

The model settings are stored resolved (the model name, endpoint, mode, token budget
and strategy the first pass used, not the environment they came from): the cache keys,
and so the batch's custom_ids, depend on them. The API key is never stored: it is
read from the environment (OPENAI_API_KEY) by each process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

from pydantic import BaseModel

from summarize.article import DEFAULT_MAX_CHARS
from summarize.cache import ResponseCache
from summarize.config import InstructorMode, ModelConfig, resolve_config
from summarize.errors import ConfigError
from summarize.ingest import DEFAULT_LIMITS, FetchLimits, Source, is_url, sources
from summarize.wording import DEFAULT_POSITION_LANGUAGE


class RunSpec(BaseModel):
    """One batch run's articles and settings (no secret: see the module docstring)."""

    inputs: list[str]
    feeds: list[str] = []
    model: str
    base_url: str | None = None
    mode: InstructorMode = "tools"
    max_tokens: int
    context_window: int
    chunk_chars: int | None = None
    strategy: str = "auto"
    position_language: str = DEFAULT_POSITION_LANGUAGE
    timeout: float
    codebook: str | None = None
    aliases: str | None = None
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    fetch_timeout: float = DEFAULT_LIMITS.timeout
    max_bytes: int = DEFAULT_LIMITS.max_bytes
    user_agent: str | None = None
    cache_dir: str
    concurrency: int = 4

    @classmethod
    def of(cls, config: ModelConfig, cache: ResponseCache, *, inputs: list[str], feeds: list[str],
           codebook: Path | None = None, aliases: Path | None = None, encoding: str | None = None,
           max_chars: int = DEFAULT_MAX_CHARS, limits: FetchLimits = DEFAULT_LIMITS,
           concurrency: int = 4) -> RunSpec:
        """The spec of a run with `config`; paths are made absolute, so that a later pass
        from another directory reads the same files."""
        if config.provider != "openai":
            raise ConfigError("the OpenAI Batch API needs a model behind an OpenAI-compatible endpoint: "
                              "--model NAME with OPENAI_API_KEY or --base-url (not the embedded model)")
        if not cache.enabled:
            raise ConfigError("a batch run keeps its answers in the cache: drop --no-cache")
        return cls(
            inputs=[_absolute(i) for i in inputs], feeds=[_absolute(f) for f in feeds],
            model=config.model, base_url=config.base_url, mode=config.mode, max_tokens=config.max_tokens,
            context_window=config.context_window, chunk_chars=config.max_chunk_chars, strategy=config.strategy,
            position_language=config.position_language, timeout=config.timeout, codebook=_absolute(codebook) if codebook else None,
            aliases=_absolute(aliases) if aliases else None, encoding=encoding, max_chars=max_chars,
            fetch_timeout=limits.timeout, max_bytes=limits.max_bytes, user_agent=limits.user_agent,
            cache_dir=str(cache.directory.resolve()), concurrency=concurrency,
        )

    def same_run(self, other: RunSpec) -> bool:
        """Whether `other` asks the same requests of the same articles (how many articles
        are extracted at once does not change a request)."""
        return self.model_dump(exclude={"concurrency"}) == other.model_dump(exclude={"concurrency"})

    def config(self, env: Mapping[str, str] | None = None) -> ModelConfig:
        """The model configuration of the first pass, with the key from the environment."""
        config = resolve_config(self.model, base_url=self.base_url, mode=self.mode, max_tokens=self.max_tokens,
                                context_window=self.context_window, timeout=self.timeout,
                                max_chunk_chars=self.chunk_chars, strategy=self.strategy,
                                position_language=self.position_language,
                                env=os.environ if env is None else env)
        return config.with_overrides(base_url=self.base_url)  # not OPENAI_BASE_URL of this process

    def cache(self) -> ResponseCache:
        return ResponseCache(self.cache_dir)

    def sources(self) -> Iterator[Source]:
        """The run's articles, in order (a feed is read again by each pass)."""
        limits = FetchLimits(timeout=self.fetch_timeout, max_bytes=self.max_bytes, user_agent=self.user_agent)
        return sources(self.inputs, self.feeds, limits)


def _absolute(spec: str | Path) -> str:
    return str(spec) if isinstance(spec, str) and is_url(spec) else str(Path(spec).expanduser().resolve())
