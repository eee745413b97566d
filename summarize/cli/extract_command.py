"""`summarize extract FILE...`: records to stdout (JSON, or JSONL for several) or to --out."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from summarize.article import DEFAULT_MAX_CHARS
from summarize.cli import options
from summarize.cli.errors import report_error, report_warning, run_guarded, stderr
from summarize.pipeline import Extractor, Outcome
from summarize.records import ArticleSummary


def _write(summary: ArticleSummary, out: Path | None, jsonl: bool) -> None:
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{summary.article_id}.json").write_text(summary.model_dump_json(indent=2) + "\n", encoding="utf-8")
    elif jsonl:
        typer.echo(summary.model_dump_json())
    else:
        typer.echo(summary.model_dump_json(indent=2))


def _describe(outcome: Outcome) -> str:
    summary = outcome.summary
    assert summary is not None
    cached = " (cached)" if summary.usage.requests == 0 and summary.usage.cache_hits else ""
    rate = "n/a" if summary.grounding_rate is None else f"{summary.grounding_rate:.0%}"
    return f"{outcome.source}: {len(summary.positions)} positions, grounding {rate}{cached}"


def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (.txt, or saved .html pages).")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write OUT/<article id>.json for each article.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="One JSON record per line on stdout.")] = False,
    codebook: Annotated[Path | None, typer.Option("--codebook", help="Codebook YAML [default: the article's corpus folder; else open mode].")] = None,
    aliases: Annotated[Path | None, typer.Option("--aliases", help="Alias table YAML [default: the article's corpus folder].")] = None,
    published: Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for resolving 'last Friday'.")] = None,
    encoding: Annotated[str | None, typer.Option("--encoding", help="Text encoding of the files [default: UTF-8].")] = None,
    max_chars: Annotated[int, typer.Option("--max-chars", min=1, help="Refuse longer articles (they are split, never cut, below it).")] = DEFAULT_MAX_CHARS,
    concurrency: Annotated[int, typer.Option("--concurrency", "-j", min=1, help="Articles extracted at once.")] = 4,
    model: options.Model = None,
    model_path: options.ModelPath = None,
    base_url: options.BaseUrl = None,
    mode: options.Mode = None,
    max_tokens: options.MaxTokens = None,
    context_window: options.ContextWindow = None, chunk_chars: options.ChunkChars = None,
    strategy: options.Strategy = None,
    timeout: options.Timeout = None,
    no_cache: options.NoCache = False,
    cache_dir: options.CacheDir = None,
) -> None:
    """Extract the political positions each article reports, with verbatim evidence."""

    def build() -> Extractor:
        config = options.model_config(model, model_path, base_url, mode, max_tokens, context_window, timeout, chunk_chars, strategy)
        return Extractor(config, codebook=codebook, aliases=aliases, cache=options.response_cache(no_cache, cache_dir))

    extractor = run_guarded(build)
    if extractor.config.trust_warning:
        report_warning(extractor.config.trust_warning)
    jsonl = jsonl or (out is None and len(files) > 1)

    if len(files) == 1:
        summary = run_guarded(lambda: extractor.extract(
            files[0], published=published, encoding=encoding, max_chars=max_chars))
        _write(summary, out, jsonl)
        if out is not None:
            stderr.print(_describe(Outcome(str(files[0]), summary)))
        return

    failures = 0
    with Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=stderr, transient=True,
    ) as progress:
        task = progress.add_task("extract", total=len(files))

        def done(outcome: Outcome) -> None:
            progress.advance(task)
            if out is not None and outcome.summary is not None:
                _write(outcome.summary, out, jsonl)  # files appear as articles finish

        outcomes = extractor.extract_many(
            files, concurrency=concurrency, encoding=encoding, max_chars=max_chars, on_done=done)
    for outcome in outcomes:
        if outcome.summary is not None:
            if out is None:
                _write(outcome.summary, out, jsonl)
            else:
                stderr.print(_describe(outcome))
        else:
            failures += 1
            report_error(str(outcome.error))
    if failures:
        stderr.print(f"{failures} of {len(files)} articles failed")
        raise typer.Exit(1)
