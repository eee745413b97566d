"""Options shared by every command that runs a model, and the config they resolve to."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarize.cache import ResponseCache
from summarize.config import ModelConfig, resolve_config

Model = Annotated[
    str | None,
    typer.Option("--model", "-m", help="Model name on an OpenAI-compatible server, 'local', or 'local:FILE.gguf' [env SUMMARIZE_MODEL; default: the embedded smoke-test model]."),
]
ModelPath = Annotated[Path | None, typer.Option("--model-path", help="A GGUF file to run in-process with llama.cpp.")]
BaseUrl = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 [env OPENAI_BASE_URL]. The key is read from OPENAI_API_KEY.")]
Mode = Annotated[str | None, typer.Option("--mode", help="How instructor asks for JSON: tools, json, json_schema, md_json [env SUMMARIZE_MODE; default tools].")]
MaxTokens = Annotated[int | None, typer.Option("--max-tokens", min=64, help="Output token limit per request.")]
ContextWindow = Annotated[int | None, typer.Option("--context-window", min=512, help="The model's context in tokens; longer articles are split [env SUMMARIZE_CONTEXT_WINDOW].")]
ChunkChars = Annotated[int | None, typer.Option("--chunk-chars", min=500, help="At most this many article characters per request, below what the context allows [env SUMMARIZE_CHUNK_CHARS].")]
Timeout = Annotated[float | None, typer.Option("--timeout", min=1, help="Seconds to wait for one answer [env SUMMARIZE_TIMEOUT; default 120, 600 for a local model].")]
Strategy = Annotated[str | None, typer.Option("--strategy", help="How positions are drafted: one_shot (one request per article), decomposed (code finds quoted sentences, the model labels each), overlap (code alone: no model is asked, the stance is not read), or auto (overlap for the embedded smoke-test model and other sub-1B models, decomposed for other local models, one_shot for APIs) [env SUMMARIZE_STRATEGY; default auto].")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
CacheDir = Annotated[Path | None, typer.Option("--cache-dir", help="Cache folder [env SUMMARIZE_CACHE_DIR].")]


def model_config(
    model: str | None, model_path: Path | None, base_url: str | None, mode: str | None,
    max_tokens: int | None, context_window: int | None, timeout: float | None, chunk_chars: int | None = None,
    strategy: str | None = None,
) -> ModelConfig:
    return resolve_config(
        model, model_path=model_path, base_url=base_url, mode=mode,  # type: ignore[arg-type]
        max_tokens=max_tokens, context_window=context_window, timeout=timeout, max_chunk_chars=chunk_chars,
        strategy=strategy,
    )


def response_cache(no_cache: bool, cache_dir: Path | None) -> ResponseCache:
    return ResponseCache(cache_dir, enabled=not no_cache)
