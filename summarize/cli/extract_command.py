"""`summarize extract FILE|URL... [--feed FEED]...`: records to stdout (JSON, or JSONL for
several) or to --out.

Inputs become `summarize.ingest` sources: files, pages by URL, and the items of each
feed (a feed is read before the run starts, so the run knows its size). With --out,
each record is written as its article finishes, the run manifest (`OUT/_run.json`) is
kept current, and a run started again skips the articles already done (see
`summarize.runs`), without fetching their pages again. Retries and rate limits show as
counts on the progress line and in the closing summary, not as a warning per request.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summarize.batch import Backoff, Prices
from summarize.cli import options
from summarize.cli.batch_command import build_spec, open_run, run_batch
from summarize.cli.errors import report_error, report_warning, run_guarded, stderr
from summarize.cli.outcomes import print_record
from summarize.errors import InputError
from summarize.ingest import FetchLimits, source_for, sources
from summarize.pipeline import Extractor
from summarize.runs import RunDirectory

# The manifest is rewritten at most this often (and once at the end).
MANIFEST_INTERVAL = 1.0


def _requests_line(extractor: Extractor) -> str:
    stats = extractor.client.request_stats()
    if stats is None:
        return ""
    return f"{stats.requests} requests, {stats.retries} retries, {stats.rate_limited} rate-limited"


def extract(
    inputs: options.Inputs = None,
    feed: options.Feeds = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write OUT/<article id>.json for each article as it finishes, and the run manifest OUT/_run.json; a run started again skips articles already done.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON record per line on stdout, each as its article finishes.")] = False,
    codebook: options.Codebook = None,
    aliases: options.Aliases = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD, or YYYY-MM / YYYY) for resolving 'last Friday', 'le 1er mars'.")] = None,
    encoding: options.Encoding = None,
    max_chars: options.MaxChars = options.MAX_CHARS,
    concurrency: options.Concurrency = 4,
    rpm: Annotated[float | None, typer.Option("--rpm", min=0.1, help="Requests per minute at most, for every request to the endpoint.")] = None,
    tpm: Annotated[float | None, typer.Option("--tpm", min=1, help="Tokens per minute at most (estimated from the prompt and max tokens).")] = None,
    fetch_timeout: options.FetchTimeout = options.FETCH_TIMEOUT,
    max_bytes: options.MaxBytes = options.MAX_BYTES,
    user_agent: options.UserAgent = None,
    model: options.Model = None,
    model_path: options.ModelPath = None,
    base_url: options.BaseUrl = None,
    mode: options.Mode = None,
    max_tokens: options.MaxTokens = None,
    context_window: options.ContextWindow = None, chunk_chars: options.ChunkChars = None,
    strategy: options.Strategy = None,
    position_language: options.PositionLanguage = None,
    timeout: options.Timeout = None,
    no_cache: options.NoCache = False,
    cache_dir: options.CacheDir = None,
    batch: Annotated[bool, typer.Option("--batch", help="Through the OpenAI Batch API (needs --out): submit, wait, collect, and again for strategies whose questions depend on earlier answers; run again after a crash to resume. See `summarize batch`.")] = False,
    state_file: options.StateFile = None,
    poll: options.Poll = options.POLL,
    poll_max: options.PollMax = options.POLL_MAX,
    price_input: options.PriceInput = None,
    price_output: options.PriceOutput = None,
) -> None:
    """Extract the political positions each article reports, with verbatim evidence."""

    def build() -> Extractor:
        config = options.model_config(model, model_path, base_url, mode, max_tokens, context_window, timeout, chunk_chars, strategy,
                                      position_language)
        config = config.sized_for(concurrency).with_overrides(rpm=rpm, tpm=tpm)
        return Extractor(config, codebook=codebook, aliases=aliases, cache=options.response_cache(no_cache, cache_dir))

    inputs, feeds = inputs or [], feed or []
    if not inputs and not feeds:
        report_error("give at least one FILE or URL, or --feed FEED")
        raise typer.Exit(2)
    limits = FetchLimits(timeout=fetch_timeout, max_bytes=max_bytes, user_agent=user_agent)
    if batch:
        def through_batches() -> int:
            if out is None:
                raise InputError("--batch writes the records and its state to a folder: give --out DIR")
            spec = build_spec(inputs, feeds, model=model, model_path=model_path, base_url=base_url, mode=mode,
                              max_tokens=max_tokens, context_window=context_window, timeout=timeout,
                              chunk_chars=chunk_chars, strategy=strategy, position_language=position_language,
                              no_cache=no_cache, cache_dir=cache_dir,
                              codebook=codebook, aliases=aliases, encoding=encoding, max_chars=max_chars,
                              limits=limits, concurrency=concurrency)
            return run_batch(open_run(out, state_file, spec), Backoff(first=poll, longest=poll_max),
                             Prices.resolve(price_input, price_output))

        raise typer.Exit(run_guarded(through_batches))
    extractor = run_guarded(build)
    for warning in (extractor.config.trust_warning, extractor.strategy.notice):
        if warning:
            report_warning(warning)

    if len(inputs) == 1 and not feeds and out is None:
        summary = run_guarded(lambda: extractor.extract(
            source_for(inputs[0], limits), published=published, encoding=encoding, max_chars=max_chars))
        typer.echo(summary.model_dump_json() if jsonl else summary.model_dump_json(indent=2))
        return

    everything = list(sources(inputs, feeds, limits))
    run = RunDirectory(out, model=extractor.config.identity, strategy=extractor.strategy.name,
                       total=len(everything), position_language=extractor.config.position_language) if out is not None else None
    todo = everything
    if run is not None:
        todo = [s for s in everything if not run.has_record(s.article_id)]
        run.resumed(len(everything) - len(todo))
        if len(todo) < len(everything):
            stderr.print(f"resuming: {len(everything) - len(todo)} of {len(everything)} articles already done in {out}")
    failures = 0
    last_save = 0.0
    with Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.description}"), console=stderr, transient=True,
    ) as progress:
        task = progress.add_task("", total=len(todo))
        for outcome in extractor.extract_many(todo, concurrency=concurrency, encoding=encoding, max_chars=max_chars):
            if outcome.summary is not None:
                if run is not None:
                    run.write(outcome.summary, outcome.source)
                    print_record(outcome)
                else:
                    typer.echo(outcome.summary.model_dump_json())
            else:
                failures += 1
                report_error(str(outcome.error))
                if run is not None:
                    run.failed(outcome.source, str(outcome.error))
            progress.update(task, advance=1, description=_requests_line(extractor))
            if run is not None and time.monotonic() - last_save >= MANIFEST_INTERVAL:
                run.save(extractor.client.request_stats_dict())
                last_save = time.monotonic()
    if run is not None:
        run.save(extractor.client.request_stats_dict())
    if line := _requests_line(extractor):
        stderr.print(line)
    if failures:
        stderr.print(f"{failures} of {len(everything)} articles failed")
        raise typer.Exit(1)
