"""Orchestration: article -> strategy -> normalize -> merge -> ground -> record.

`Extractor` holds what a run shares (a `ModelClient` — model, provider, cache — the
strategy, the codebook and the alias table) so a batch builds the provider once. The
strategy only drafts positions; names, parties, dates, merging and grounding are done
here the same way for every strategy; `extract`,
`aextract` and `extract_many` are the public entry points.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from summarize import portal
from summarize.article import DEFAULT_MAX_CHARS, Article
from summarize.cache import ResponseCache
from summarize.chunking import merge_positions
from summarize.client import ModelClient
from summarize.config import ModelConfig, resolve_config
from summarize.corpus import (
    AliasTable,
    Codebook,
    find_corpus_dir,
    load_aliases,
    load_codebook,
)
from summarize.errors import ModelError, SummarizeError
from summarize.grounding import ground_positions
from summarize.ingest import Source, article_from_text, is_url, source_for
from summarize.limiter import BATCH_REQUESTS
from summarize.normalize import NameNormalizer, normalize_position
from summarize.records import ArticleSummary
from summarize.strategies import Draft, Strategy, build_strategy
from summarize.wording import check_position_language

ArticleInput = str | Path | Article | Source


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's result in a batch: a summary, or the error that stopped it.
    `index` is the article's place in the input (outcomes arrive as they finish)."""

    source: str
    index: int = 0
    summary: ArticleSummary | None = None
    error: SummarizeError | None = None


def _names_a_file(text: str) -> bool:
    """`extract("article.txt")` means the file: a one-line string that is a file's path."""
    return "\n" not in text and len(text) < 1024 and Path(text).is_file()


def _resolve(item: ArticleInput) -> Article | Source | str:
    """An `Article` or a `Source` as it is; a `Path`, a one-line `str` naming a file or an
    http(s) URL as its `Source`; any other `str` is the article's text."""
    if isinstance(item, str) and not (is_url(item) or _names_a_file(item)):
        return item
    return source_for(item) if isinstance(item, (str, Path)) else item


def _as_config(model: str | ModelConfig | None) -> ModelConfig:
    return model if isinstance(model, ModelConfig) else resolve_config(model)


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
        strategy: str | None = None,
        position_language: str | None = None,
        client: ModelClient | None = None,
    ) -> None:
        """`strategy` and `position_language` ("en", "fr"), when given, win over the
        model configuration's. `client`, when given, is how every answer is got (its
        model and cache win over `model` and `cache`): `summarize.batch` passes one that
        answers from an OpenAI batch."""
        overrides: dict[str, object] = {}
        if strategy:
            overrides["strategy"] = strategy
        if position_language:
            overrides["position_language"] = check_position_language(position_language)
        if client is None:
            config = _as_config(model).with_overrides(**overrides)
            client = ModelClient(config, cache if cache is not None else ResponseCache())
        elif overrides:
            client = client.with_config(client.config.with_overrides(**overrides))
        self.config = client.config
        self.codebook = _as_codebook(codebook)
        self.aliases = _as_aliases(aliases)
        self.client = client
        self.strategy: Strategy = build_strategy(self.client)
        if self.codebook is not None:
            self.strategy.check(self.codebook)
        self._corpus_data: dict[Path, tuple[Codebook | None, AliasTable | None]] = {}

    def _reference_data(self, article: Article) -> tuple[Codebook | None, AliasTable | None]:
        """The codebook and aliases given, else those of the corpus folder the article is in
        (read once per folder: a batch over one corpus parses them once)."""
        corpus_dir = find_corpus_dir(article.path) if article.path else None
        if corpus_dir is None:
            return self.codebook, self.aliases
        if corpus_dir not in self._corpus_data:
            aliases_path = corpus_dir / "aliases.yaml"
            codebook = self.codebook or load_codebook(corpus_dir / "codebook.yaml")
            self.strategy.check(codebook)  # each article of a corpus it fails fails alike, unasked
            self._corpus_data[corpus_dir] = (
                codebook, self.aliases or (load_aliases(aliases_path) if aliases_path.is_file() else None))
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
        (unless it is one line naming an existing file, or an http(s) URL: then that file
        is read, or that page fetched); a `summarize.ingest` source is read."""
        return portal.run(self._extract(article, published, encoding, max_chars))

    async def aextract(
        self,
        article: ArticleInput,
        *,
        published: str | None = None,
        encoding: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> ArticleSummary:
        """`extract` for async code: awaits the requests without blocking a thread."""
        return await portal.arun(self._extract(article, published, encoding, max_chars))

    async def _extract(
        self, article: ArticleInput, published: str | None, encoding: str | None, max_chars: int
    ) -> ArticleSummary:
        # Reading, normalizing and grounding are CPU work: they run in a thread, so that
        # the event loop keeps sending the other articles' requests meanwhile.
        loaded = await asyncio.to_thread(_load, article, published, encoding, max_chars)
        codebook, aliases = self._reference_data(loaded)
        try:
            draft = await self.strategy.draft(loaded, codebook, aliases)
        except ModelError as exc:
            # Name the article (a batch reports many) and keep the model in the message.
            raise type(exc)(f"{exc.message} [model {self.config.model}]", source=loaded.source) from exc
        return await asyncio.to_thread(self._record, loaded, draft, aliases)

    def _record(self, article: Article, draft: Draft, aliases: AliasTable | None) -> ArticleSummary:
        """The record of a drafted article: names, parties and dates settled, positions
        merged per occasion, every quote located in the text."""
        warnings = list(draft.warnings)
        normalizer = NameNormalizer(aliases)
        positions = [normalize_position(p, normalizer, article.published, article.text, warnings)
                     for p in draft.positions]
        merged, merge_warnings = merge_positions([positions])
        grounded = ground_positions(merged, article.text)
        if self.config.trust_warning:
            warnings.insert(0, self.config.trust_warning)
        return ArticleSummary(
            article_id=article.id,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=article.published,
            language=article.language,
            summary=draft.summary,
            positions=grounded.positions,
            ungrounded_positions=grounded.ungrounded_positions,
            grounding_rate=grounded.rate,
            model=self.config.identity,
            prompt_version=draft.prompt_version,
            strategy=self.strategy.name,
            position_language=self.config.position_language,
            usage=draft.usage,
            warnings=[*warnings, *merge_warnings, *grounded.warnings],
        )

    async def _outcome(self, index: int, item: ArticleInput, encoding: str | None, max_chars: int,
                       requests: asyncio.Semaphore) -> Outcome:
        BATCH_REQUESTS.set(requests)  # this task's context, on the portal loop
        resolved = _resolve(item)
        source = (resolved.source if isinstance(resolved, Article)
                  else f"<text {index}>" if isinstance(resolved, str) else resolved.location)
        try:
            return Outcome(source, index, summary=await self._extract(resolved, None, encoding, max_chars))
        except SummarizeError as exc:
            return Outcome(source, index, error=exc)

    async def aextract_many(
        self,
        articles: Iterable[ArticleInput] | AsyncIterable[ArticleInput],
        *,
        concurrency: int = 4,
        encoding: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> AsyncGenerator[Outcome, None]:
        """Extract articles, `concurrency` requests at once, yielding each outcome as it
        finishes (`Outcome.index` is its place in the input).

        The input is read lazily and nothing is kept once yielded, so memory does not
        grow with the corpus. One article's failure is its `Outcome`; the others go on.
        Requests of all articles share the endpoint's rate limiter, which holds them to
        `config.concurrency` in flight: build the extractor from
        `config.sized_for(concurrency)` (as the module-level functions and the CLI do)
        for all of them to be.
        """
        # Articles are admitted by a task of their own as soon as one finishes, not when
        # the consumer asks for the next outcome: a consumer in another thread (the sync
        # `extract_many`) or a slow one would otherwise hold back the next requests.
        # Twice `concurrency` are admitted: their requests in flight are held to
        # `concurrency` (`requests`, taken with the endpoint's slot), and the others are
        # read and their requests built meanwhile, ready to leave when an answer frees a
        # slot (benchmarks/concurrency.py: 1.14x the floor with them, 1.17x without,
        # five runs each). Memory stays bounded: at most 4 x `concurrency` articles are
        # running or waiting for the consumer. The embedded model answers one request at
        # a time in its worker: there, articles prepared ahead would only wait, and mix
        # their requests with those of the articles before them.
        width = (1 if self.config.provider == "local" else 2) * max(1, concurrency)
        running, room = asyncio.Semaphore(width), asyncio.Semaphore(2 * width)
        requests = asyncio.Semaphore(max(1, concurrency))
        finished: asyncio.Queue[asyncio.Future[Outcome] | None] = asyncio.Queue()
        tasks: set[asyncio.Future[Outcome]] = set()

        def done(task: asyncio.Future[Outcome]) -> None:
            tasks.discard(task)
            running.release()
            if not task.cancelled():
                finished.put_nowait(task)

        async def admit() -> None:
            index = 0
            async for item in _aiter(articles):
                await room.acquire()
                await running.acquire()
                task = asyncio.ensure_future(portal.arun(self._outcome(index, item, encoding, max_chars, requests)))
                tasks.add(task)
                task.add_done_callback(done)
                index += 1
            for _ in range(width):  # every article has finished
                await running.acquire()
            finished.put_nowait(None)

        admitting = asyncio.ensure_future(admit())
        try:
            while (article := await _first(finished, admitting)) is not None:
                room.release()
                yield article.result()  # an unexpected error (a bug) is raised, not lost
        finally:
            admitting.cancel()
            for task in tasks:
                task.cancel()

    def extract_many(
        self,
        articles: Iterable[ArticleInput],
        *,
        concurrency: int = 4,
        encoding: str | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> Iterator[Outcome]:
        """`aextract_many` for sync code: a generator of outcomes as they finish."""
        stream = self.aextract_many(articles, concurrency=concurrency, encoding=encoding, max_chars=max_chars)
        try:
            while True:
                try:
                    yield portal.run(_next(stream))
                except StopAsyncIteration:
                    return
        finally:
            portal.run(stream.aclose())


def _load(article: ArticleInput, published: str | None, encoding: str | None, max_chars: int) -> Article:
    resolved = _resolve(article)
    if isinstance(resolved, Article):
        return resolved
    if isinstance(resolved, str):
        return article_from_text(resolved, published=published, max_chars=max_chars)
    return resolved.load(published=published, encoding=encoding, max_chars=max_chars)


async def _first(
    finished: asyncio.Queue[asyncio.Future[Outcome] | None], admitting: asyncio.Future[None]
) -> asyncio.Future[Outcome] | None:
    """The next finished article (None once all are out); an error of the admitting task
    itself (the input iterator raised) is raised here rather than lost."""
    getting: asyncio.Future[asyncio.Future[Outcome] | None] = asyncio.ensure_future(finished.get())
    await asyncio.wait((getting, admitting), return_when=asyncio.FIRST_COMPLETED)
    if getting.done():
        return getting.result()
    getting.cancel()
    admitting.result()  # raises the input's error
    return await finished.get()


async def _next(stream: AsyncGenerator[Outcome, None]) -> Outcome:
    return await anext(stream)


async def _aiter(items: Iterable[ArticleInput] | AsyncIterable[ArticleInput]) -> AsyncIterator[ArticleInput]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


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

    `article` is a file path (`Path`, or a one-line `str` naming a file), an http(s)
    URL (a `str`; fetched with `summarize.ingest.DEFAULT_LIMITS`, or pass a
    `summarize.ingest.PageSource` for others) or the article's text (`str`). A file inside a
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
) -> Iterator[Outcome]:
    """Extract many articles concurrently, yielding each outcome as it finishes;
    failures are reported per article, not raised. The endpoint's limiter lets
    `concurrency` requests be in flight at least (`ModelConfig.sized_for`)."""
    extractor = Extractor(_as_config(model).sized_for(concurrency), codebook=codebook, aliases=aliases, cache=cache)
    return extractor.extract_many(articles, concurrency=concurrency)


def aextract_many(
    articles: Iterable[ArticleInput] | AsyncIterable[ArticleInput],
    *,
    concurrency: int = 4,
    codebook: Codebook | str | Path | None = None,
    aliases: AliasTable | str | Path | None = None,
    model: str | ModelConfig | None = None,
    cache: ResponseCache | None = None,
) -> AsyncGenerator[Outcome, None]:
    """The async form of `extract_many`: `async for outcome in aextract_many(...)`."""
    extractor = Extractor(_as_config(model).sized_for(concurrency), codebook=codebook, aliases=aliases, cache=cache)
    return extractor.aextract_many(articles, concurrency=concurrency)
