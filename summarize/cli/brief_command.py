"""`summarize brief`: a briefing document from articles (extracted through the cache)
or from a folder of records (no model called)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from summarize.cli import options
from summarize.cli.errors import report_error, report_warning, run_guarded, stderr
from summarize.client import ModelClient
from summarize.corpus import (
    AliasTable,
    Codebook,
    find_corpus_dir,
    load_aliases,
    load_codebook,
)
from summarize.errors import InputError
from summarize.records import ArticleSummary, check_partial_date


def _read_records(folder: Path) -> tuple[list[ArticleSummary], dict[str, str]]:
    if not folder.is_dir():
        raise InputError("--predictions must be a folder of <article id>.json records", source=folder)
    summaries, failures = [], {}
    for path in sorted(folder.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(raw, dict) and "error" in raw and "positions" not in raw:
                failures[path.stem] = str(raw["error"])
                continue
            summaries.append(ArticleSummary.model_validate(raw))
        except (json.JSONDecodeError, UnicodeDecodeError, ValidationError) as exc:
            raise InputError(f"not a valid record: {str(exc).splitlines()[0]}", source=path) from None
    if not summaries and not failures:
        raise InputError("no *.json records", source=folder)
    return summaries, failures


def _reference(corpus_dir: Path | None, codebook: Path | None, aliases: Path | None) -> tuple[Codebook | None, AliasTable | None]:
    if codebook is None and corpus_dir is not None and (corpus_dir / "codebook.yaml").is_file():
        codebook = corpus_dir / "codebook.yaml"
    if aliases is None and corpus_dir is not None and (corpus_dir / "aliases.yaml").is_file():
        aliases = corpus_dir / "aliases.yaml"
    return (load_codebook(codebook) if codebook else None, load_aliases(aliases) if aliases else None)


def _date_option(value: str | None, name: str) -> str | None:
    try:
        return check_partial_date(value)
    except ValueError as exc:
        raise InputError(f"{name}: {exc}") from None


def brief(
    articles: Annotated[list[Path] | None, typer.Argument(help="Article files to extract and brief.")] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="briefing.md (Markdown) or briefing.html (HTML).")] = Path("briefing.md"),
    corpus: Annotated[Path | None, typer.Option("--corpus", help="Brief every article of a corpus folder (extracted through the cache).")] = None,
    predictions: Annotated[Path | None, typer.Option("--predictions", help="Brief a folder of records (e.g. from summarize extract --out); calls no model.")] = None,
    issue: Annotated[list[str] | None, typer.Option("--issue", help="Only this issue id (repeatable).")] = None,
    speaker: Annotated[list[str] | None, typer.Option("--speaker", help="Only this speaker, any spelling (repeatable).")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only positions dated on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only positions dated on or before.")] = None,
    title: Annotated[str | None, typer.Option("--title", help="The document's title.")] = None,
    generated_at: Annotated[str | None, typer.Option("--generated-at", help="Fix the generation time shown (for byte-identical output).")] = None,
    codebook: Annotated[Path | None, typer.Option("--codebook", help="Codebook YAML [default: the corpus folder's].")] = None,
    aliases: Annotated[Path | None, typer.Option("--aliases", help="Alias table YAML [default: the corpus folder's].")] = None,
    narrative: Annotated[bool, typer.Option("--narrative", help="Add a model-written synthesis per issue, its names checked against the records.")] = False,
    model: options.Model = None, model_path: options.ModelPath = None, base_url: options.BaseUrl = None,
    mode: options.Mode = None, max_tokens: options.MaxTokens = None, context_window: options.ContextWindow = None, chunk_chars: options.ChunkChars = None,
    strategy: options.Strategy = None,
    position_language: options.PositionLanguage = None,
    timeout: options.Timeout = None, no_cache: options.NoCache = False, cache_dir: options.CacheDir = None,
) -> None:
    """Who holds which position, with caveats, dates and citations, across articles."""
    from summarize.briefing import build_briefing
    from summarize.render.briefing_html import briefing_html
    from summarize.render.briefing_markdown import briefing_markdown

    sources = [bool(articles), corpus is not None, predictions is not None]
    if sum(sources) != 1:
        report_error("give exactly one of: ARTICLES..., --corpus DIR, --predictions DIR")
        raise typer.Exit(2)
    if output.suffix.lower() not in (".md", ".markdown", ".html", ".htm"):
        report_error(f"{output}: the output must end in .md or .html")
        raise typer.Exit(2)

    def model_client() -> ModelClient:
        config = options.model_config(model, model_path, base_url, mode, max_tokens, context_window, timeout, chunk_chars, strategy,
                                      position_language)
        if config.trust_warning:
            report_warning(config.trust_warning)
        return ModelClient(config, options.response_cache(no_cache, cache_dir))

    def build() -> str:
        since_d, until_d = _date_option(since, "--since"), _date_option(until, "--until")
        failures: dict[str, str] = {}
        client: ModelClient | None = None
        if predictions is not None:
            summaries, failures = _read_records(predictions)
            corpus_dir = predictions.parent if (predictions.parent / "articles").is_dir() else None
        else:
            from summarize.pipeline import Extractor

            files = sorted((corpus / "articles").glob("*.txt")) if corpus else list(articles or [])
            if not files:
                raise InputError("no articles to brief", source=corpus)
            corpus_dir = corpus or find_corpus_dir(files[0])
            client = model_client()
            cb, al = _reference(corpus_dir, codebook, aliases)
            extractor = Extractor(client.config, codebook=cb, aliases=al, cache=client.cache)
            done = []
            for outcome in extractor.extract_many(files):
                if outcome.summary is not None:
                    done.append((outcome.index, outcome.summary))
                else:
                    report_error(str(outcome.error))
                    failures[Path(outcome.source).stem] = str(outcome.error)
            summaries = [summary for _, summary in sorted(done, key=lambda pair: pair[0])]  # input order
        cb, al = _reference(corpus_dir, codebook, aliases)
        texts = {}
        if corpus_dir is not None:
            texts = {p.stem: p.read_text(encoding="utf-8") for p in (corpus_dir / "articles").glob("*.txt")}
        briefing = build_briefing(
            summaries, generated_at=generated_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            texts=texts, codebook=cb, aliases=al, issues=issue or [], speakers=speaker or [],
            since=since_d, until=until_d, title=title, corpus=corpus_dir.name if corpus_dir else None,
            failures=failures,
        )
        if narrative:
            from summarize.narrative import add_narratives

            add_narratives(briefing, client or model_client())
        html = output.suffix.lower() in (".html", ".htm")
        return briefing_html(briefing) if html else briefing_markdown(briefing)

    document = run_guarded(build)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(document, encoding="utf-8")
    stderr.print(f"wrote {output} ({len(document.encode('utf-8')) / 1e3:.0f} kB)")
