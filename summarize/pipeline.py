"""Orchestration: article -> prompt -> model -> validated record -> grounded record.

`Extractor` holds what a run shares (a `ModelClient` — model, provider, cache — the
codebook and the alias table) so a batch builds the provider once; `extract`,
`aextract` and `extract_many` are the public entry points.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from summarize.article import DEFAULT_MAX_CHARS, Article, build_article, load_article
from summarize.cache import ResponseCache
from summarize.chunking import Chunk, chunk_budget, merge_positions, split_into_chunks
from summarize.client import ModelClient
from summarize.config import ModelConfig, resolve_config
from summarize.corpus import (
    AliasTable,
    Codebook,
    find_corpus_dir,
    load_aliases,
    load_codebook,
)
from summarize.errors import ConfigError, ModelError, SummarizeError
from summarize.grounding import ground_positions
from summarize.normalize import NameNormalizer, settle_date
from summarize.prompting import prompt_version, render_messages
from summarize.records import (
    ArticleSummary,
    Evidence,
    Position,
    Usage,
    build_extraction_schema,
)

ArticleInput = str | Path | Article
MIN_CHUNK_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's result in a batch: a summary, or the error that stopped it."""

    source: str
    summary: ArticleSummary | None = None
    error: SummarizeError | None = None


def _names_a_file(text: str) -> bool:
    """`extract("article.txt")` means the file: a one-line string that is a file's path."""
    return "\n" not in text and len(text) < 1024 and Path(text).is_file()


def _as_codebook(value: Codebook | str | Path | None) -> Codebook | None:
    return load_codebook(value) if isinstance(value, (str, Path)) else value


def _as_aliases(value: AliasTable | str | Path | None) -> AliasTable | None:
    return load_aliases(value) if isinstance(value, (str, Path)) else value


class Extractor:
    """Extracts positions from articles with one model, cache and codebook."""

    def __init__(
        self,
        model: str | ModelConfig | None = None,
        *,
        codebook: Codebook | str | Path | None = None,
        aliases: AliasTable | str | Path | None = None,
        cache: ResponseCache | None = None,
    ) -> None:
        self.config = model if isinstance(model, ModelConfig) else resolve_config(model)
        self.codebook = _as_codebook(codebook)
        self.aliases = _as_aliases(aliases)
        self.client = ModelClient(self.config, cache if cache is not None else ResponseCache())
        self._corpus_data: dict[Path, tuple[Codebook | None, AliasTable | None]] = {}

    def _reference_data(self, article: Article) -> tuple[Codebook | None, AliasTable | None]:
        """The codebook and aliases given, else those of the corpus folder the article is in
        (read once per folder: a batch over one corpus parses them once)."""
        corpus_dir = find_corpus_dir(article.path) if article.path else None
        if corpus_dir is None:
            return self.codebook, self.aliases
        if corpus_dir not in self._corpus_data:
            aliases_path = corpus_dir / "aliases.yaml"
            self._corpus_data[corpus_dir] = (
                self.codebook or load_codebook(corpus_dir / "codebook.yaml"),
                self.aliases or (load_aliases(aliases_path) if aliases_path.is_file() else None),
            )
        return self._corpus_data[corpus_dir]

    def extract(
        self,
        article: ArticleInput,
        *,
        published: str | None = None,
        encoding: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> ArticleSummary:
        """Extract one article: a `Path` is read from disk, a `str` is the article text
        (unless it is one line naming an existing file: then that file is read)."""
        if isinstance(article, str) and _names_a_file(article):
            article = Path(article)
        if isinstance(article, Path):
            article = load_article(article, published=published, encoding=encoding, max_chars=max_chars)
        elif isinstance(article, str):
            article = build_article(article, published=published, max_chars=max_chars)
        codebook, aliases = self._reference_data(article)
        schema = build_extraction_schema(codebook.ids if codebook else None, self.config.limits)
        version = prompt_version(schema)
        chunks = self._chunks(article, codebook, schema)

        usage = Usage()
        chunk_positions: list[list[Position]] = []
        summaries: list[str] = []
        normalizer = NameNormalizer(aliases)
        warnings: list[str] = []
        for index, chunk in enumerate(chunks, start=1):
            messages = self._messages(article, chunk.text, codebook, index, len(chunks))
            try:
                data, spent = self.client.ask(messages, schema, version, extra_key={
                    "codebook": [(i.id, i.proposition) for i in codebook.issues] if codebook else None})
            except ModelError as exc:
                # Name the article (a batch reports many) and keep the model in the message.
                raise type(exc)(f"{exc.message} [model {self.config.model}]", source=article.source) from exc
            usage = usage + spent
            extraction = schema.model_validate(data)
            summaries.append(extraction.summary.strip())  # type: ignore[attr-defined]
            positions = [
                self._to_position(p, normalizer, article, warnings)
                for p in extraction.positions  # type: ignore[attr-defined]
            ]
            chunk_positions.append(positions)
        merged, merge_warnings = merge_positions(chunk_positions)
        grounded = ground_positions(merged, article.text)

        if len(chunks) > 1:
            warnings.insert(0, f"article split into {len(chunks)} overlapping chunks to fit the model's context")
        if self.config.trust_warning:
            warnings.insert(0, self.config.trust_warning)
        return ArticleSummary(
            article_id=article.id,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
            summary=" ".join(s for s in dict.fromkeys(summaries) if s),
            positions=grounded.positions,
            ungrounded_positions=grounded.ungrounded_positions,
            grounding_rate=grounded.rate,
            model=self.config.identity,
            prompt_version=version,
            usage=usage,
            warnings=[*warnings, *merge_warnings, *grounded.warnings],
        )

    def _chunks(self, article: Article, codebook: Codebook | None, schema: type[BaseModel]) -> list[Chunk]:
        """The article in pieces that fit the context beside the prompt, the schema (which
        JSON and tools modes send with every request) and the reserved output tokens; a
        re-ask also carries the failed answer, hence twice the output when re-asks are on."""
        overhead = sum(len(m["content"]) for m in self._messages(article, "", codebook, 1, 1))
        overhead += len(json.dumps(schema.model_json_schema()))
        reserved = self.config.max_tokens * (2 if self.config.max_reasks else 1)
        budget = chunk_budget(self.config.context_window, reserved, overhead)
        if budget < MIN_CHUNK_CHARS:
            raise ConfigError(
                f"a {self.config.context_window}-token context leaves no room for the article beside "
                f"the prompt and {reserved} reserved output tokens; raise --context-window or lower --max-tokens",
                source=self.config.model,
            )
        return split_into_chunks(article.text, min(budget, self.config.max_chunk_chars or budget))

    def _messages(
        self, article: Article, text: str, codebook: Codebook | None, index: int, count: int
    ) -> list[dict[str, str]]:
        return render_messages(
            text, codebook=codebook, title=article.title, chunk_index=index, chunk_count=count,
        )

    @staticmethod
    def _to_position(extracted: Any, normalizer: NameNormalizer, article: Article, warnings: list[str]) -> Position:
        """Model output to a Position: canonical names, and dates settled in code."""
        date, overruled = settle_date(extracted.date, extracted.date_text, article.published, article.text)
        if overruled:
            warnings.append(f"date of {extracted.speaker} / {extracted.issue}: {overruled}")
        return Position(
            speaker=normalizer.speaker(extracted.speaker),
            party=normalizer.party(extracted.party),
            role=extracted.role,
            issue=extracted.issue,
            stance=extracted.stance,
            position=extracted.position,
            hedges=list(extracted.hedges),
            date=date,
            date_text=extracted.date_text,
            evidence=[Evidence(text=e) for e in extracted.evidence],
        )

    async def aextract(self, article: ArticleInput, *, published: str | None = None) -> ArticleSummary:
        """`extract` off the event loop (the SDK calls and llama.cpp are blocking)."""
        return await asyncio.to_thread(self.extract, article, published=published)

    def extract_many(
        self,
        articles: Iterable[ArticleInput],
        *,
        concurrency: int = 4,
        encoding: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        on_done: Callable[[Outcome], None] | None = None,
    ) -> list[Outcome]:
        """Extract articles concurrently (at most `concurrency` at once), in input order.

        One article's failure is recorded in its `Outcome` and the others go on.
        """
        items: Sequence[ArticleInput] = list(articles)

        def run(item: ArticleInput) -> Outcome:
            source = item.source if isinstance(item, Article) else str(item) if isinstance(item, Path) else "<text>"
            try:
                outcome = Outcome(source, summary=self.extract(item, encoding=encoding, max_chars=max_chars))
            except SummarizeError as exc:
                outcome = Outcome(source, error=exc)
            if on_done is not None:
                on_done(outcome)
            return outcome

        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            return list(pool.map(run, items))


def extract(
    article: ArticleInput,
    *,
    published: str | None = None,
    codebook: Codebook | str | Path | None = None,
    aliases: AliasTable | str | Path | None = None,
    model: str | ModelConfig | None = None,
    cache: ResponseCache | None = None,
    encoding: str | None = None,
) -> ArticleSummary:
    """Extract the positions one article reports.

    `article` is a file path (`Path`, or a one-line `str` naming a file) or the
    article's text (`str`). A file inside a
    corpus folder picks up its codebook, alias table and `meta/<id>.json`. `model` is a
    model name, "local", "local:/path/model.gguf" or a `ModelConfig`; by default the
    `SUMMARIZE_MODEL` environment variable, else the embedded smoke-test model.
    """
    extractor = Extractor(model, codebook=codebook, aliases=aliases, cache=cache)
    return extractor.extract(article, published=published, encoding=encoding)


async def aextract(
    article: ArticleInput,
    *,
    published: str | None = None,
    codebook: Codebook | str | Path | None = None,
    aliases: AliasTable | str | Path | None = None,
    model: str | ModelConfig | None = None,
    cache: ResponseCache | None = None,
) -> ArticleSummary:
    """The awaitable form of `extract`."""
    extractor = Extractor(model, codebook=codebook, aliases=aliases, cache=cache)
    return await extractor.aextract(article, published=published)


def extract_many(
    articles: Iterable[ArticleInput],
    *,
    concurrency: int = 4,
    codebook: Codebook | str | Path | None = None,
    aliases: AliasTable | str | Path | None = None,
    model: str | ModelConfig | None = None,
    cache: ResponseCache | None = None,
    on_done: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Extract many articles concurrently; failures are reported per article, not raised."""
    extractor = Extractor(model, codebook=codebook, aliases=aliases, cache=cache)
    return extractor.extract_many(articles, concurrency=concurrency, on_done=on_done)
