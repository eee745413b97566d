"""Options shared by every command that runs a model, and the config they resolve to."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from summarize.article import DEFAULT_MAX_CHARS
from summarize.cache import ResponseCache
from summarize.config import ModelConfig, resolve_config
from summarize.ingest import DEFAULT_LIMITS

Model = Annotated[
    str | None,
    typer.Option("--model", "-m", help="Model name on an OpenAI-compatible server, 'local', or 'local:FILE.gguf' [env SUMMARIZE_MODEL; default: the embedded smoke-test model]."),
]
ModelPath = Annotated[Path | None, typer.Option("--model-path", help="A GGUF file to run in-process with llama.cpp.")]
BaseUrl = Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 [env OPENAI_BASE_URL]. The key is read from OPENAI_API_KEY.")]
Mode = Annotated[str | None, typer.Option("--mode", help="How instructor asks for JSON: tools, json, json_schema (vLLM and Ollama decode under the schema: use it there), md_json [env SUMMARIZE_MODE; default tools].")]
MaxTokens = Annotated[int | None, typer.Option("--max-tokens", min=64, help="Output token limit per request.")]
ContextWindow = Annotated[int | None, typer.Option("--context-window", min=512, help="The model's context in tokens; longer articles are split [env SUMMARIZE_CONTEXT_WINDOW].")]
ChunkChars = Annotated[int | None, typer.Option("--chunk-chars", min=500, help="At most this many article characters per request, below what the context allows [env SUMMARIZE_CHUNK_CHARS].")]
Timeout = Annotated[float | None, typer.Option("--timeout", min=1, help="Seconds to wait for one answer [env SUMMARIZE_TIMEOUT; default 120, 600 for a local model].")]
Strategy = Annotated[str | None, typer.Option("--strategy", help="How positions are drafted: one_shot (one request per article), decomposed (code finds quoted sentences, the model labels each), overlap (code alone: no model is asked; the stance is oppose after a negation, else support), or auto (overlap for the embedded smoke-test model and other sub-1B models, decomposed for other local models, one_shot for APIs) [env SUMMARIZE_STRATEGY; default auto].")]
PositionLanguage = Annotated[str | None, typer.Option("--position-language", help="The language each record's `position` sentence (and one_shot's `summary`) is written in: en or fr (decomposed and overlap need the codebook's statements in it: `translations` in codebook.yaml). Evidence and hedges stay verbatim in the article's language [env SUMMARIZE_POSITION_LANGUAGE; default en].")]
Inputs = Annotated[list[str] | None, typer.Argument(help="Article files (.txt, or saved .html pages) and http(s) URLs of web pages.", show_default=False, metavar="FILE|URL")]
Feeds = Annotated[list[str] | None, typer.Option("--feed", help="An RSS or Atom feed (URL or file): extract the page of each of its items. Repeatable.", show_default=False, metavar="FEED")]
Codebook = Annotated[Path | None, typer.Option("--codebook", help="Codebook YAML [default: the article's corpus folder; else open mode].")]
Aliases = Annotated[Path | None, typer.Option("--aliases", help="Alias table YAML [default: the article's corpus folder].")]
Encoding = Annotated[str | None, typer.Option("--encoding", help="Text encoding of the files [default: UTF-8].")]
MaxChars = Annotated[int, typer.Option("--max-chars", min=1, help="Refuse longer articles (they are split, never cut, below it).")]
Concurrency = Annotated[int, typer.Option("--concurrency", "-j", min=1, help="Requests in flight to the endpoint at most (fewer after a 429); twice as many articles are read and prepared meanwhile (as many with the embedded model). Size it to the server: 32-128 for vLLM on a GPU, OLLAMA_NUM_PARALLEL for Ollama.")]
BatchConcurrency = Annotated[int, typer.Option("--concurrency", "-j", min=1, help="Articles prepared at once (their requests go into the batch file, not to the endpoint).")]
FetchTimeout = Annotated[float, typer.Option("--fetch-timeout", min=0.1, help="Seconds a page or feed may take to arrive, redirects included; slower ones fail.")]
MaxBytes = Annotated[int, typer.Option("--max-bytes", min=1, help="Refuse a page or feed larger than this many bytes (it is never cut).")]
UserAgent = Annotated[str | None, typer.Option("--user-agent", help="User-Agent of fetches [default: summarize/VERSION (...)].")]
MAX_CHARS = DEFAULT_MAX_CHARS
FETCH_TIMEOUT = DEFAULT_LIMITS.timeout
MAX_BYTES = DEFAULT_LIMITS.max_bytes
# The OpenAI Batch API (summarize batch, summarize extract --batch)
StateFile = Annotated[Path | None, typer.Option("--state", help="The batch run's state file [default: OUT/_batch.json].")]
Poll = Annotated[float, typer.Option("--poll", min=0.01, help="Seconds before the second look at a batch; each pause is 1.5 times the last.")]
PollMax = Annotated[float, typer.Option("--poll-max", min=0.01, help="Longest pause between two looks at a batch, in seconds.")]
PriceInput = Annotated[float | None, typer.Option("--price-input", min=0, help="US dollars per million input tokens that you pay for Batch (OpenAI's batch prices have been half its online ones; no discount is applied here), for the cost estimate [env SUMMARIZE_PRICE_INPUT].")]
PriceOutput = Annotated[float | None, typer.Option("--price-output", min=0, help="US dollars per million output tokens that you pay for Batch, for the cost estimate [env SUMMARIZE_PRICE_OUTPUT].")]
POLL = 10.0
POLL_MAX = 300.0
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
CacheDir = Annotated[Path | None, typer.Option("--cache-dir", help="Cache folder [env SUMMARIZE_CACHE_DIR].")]


def model_config(
    model: str | None, model_path: Path | None, base_url: str | None, mode: str | None,
    max_tokens: int | None, context_window: int | None, timeout: float | None, chunk_chars: int | None = None,
    strategy: str | None = None, position_language: str | None = None,
) -> ModelConfig:
    return resolve_config(
        model, model_path=model_path, base_url=base_url, mode=mode,  # type: ignore[arg-type]
        max_tokens=max_tokens, context_window=context_window, timeout=timeout, max_chunk_chars=chunk_chars,
        strategy=strategy, position_language=position_language,
    )


def response_cache(no_cache: bool, cache_dir: Path | None) -> ResponseCache:
    return ResponseCache(cache_dir, enabled=not no_cache)
