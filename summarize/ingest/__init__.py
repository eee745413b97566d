"""Where articles come from: files, web pages and feeds, each turned into a `Source`.

A source knows how it is named and its article id before anything is read, so a batch
can name a failure, and a resumed run skip a finished article, without fetching it.
It is read into an `Article` only when the pipeline gets to it (in a worker thread,
so pages are fetched while other articles wait on the model). Reading it raises an
`InputError` naming it (a `FetchError` for a URL); a feed that cannot be read, or one
of its items without a link, is a `FailedSource` that raises when read. Either way one
bad input is one failure, and the rest of the batch goes on.

    files.py  article files: text, Markdown with front matter, saved HTML pages
    web.py    a page by URL: one bounded, polite fetch (httpx), then the page
    feeds.py  an RSS or Atom feed (feedparser): one page source per item
    html.py   a page's article text and metadata (trafilatura, htmldate)

The network and HTML libraries are imported here only, and only when first used
(an import-linter contract keeps them out of the other modules).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from summarize.article import DEFAULT_MAX_CHARS, Article, build_article
from summarize.ingest.feeds import FEED_TYPES, FailedSource, feed_sources
from summarize.ingest.files import FileSource, load_article
from summarize.ingest.html import looks_like_html, read_page
from summarize.ingest.web import DEFAULT_LIMITS, PAGE_TYPES, FetchLimits, PageSource, is_url

Source = FileSource | PageSource | FailedSource

__all__ = [
    "DEFAULT_LIMITS", "FEED_TYPES", "PAGE_TYPES", "FailedSource", "FetchLimits", "FileSource", "PageSource",
    "Source", "article_from_text", "is_url", "load_article", "source_for", "sources",
]


def source_for(spec: str | Path, limits: FetchLimits = DEFAULT_LIMITS) -> FileSource | PageSource:
    """An http(s) URL is a web page; anything else names a file."""
    if isinstance(spec, str) and is_url(spec):
        return PageSource(spec, limits)
    return FileSource(Path(spec))


def sources(
    inputs: Iterable[str | Path] = (), feeds: Iterable[str] = (), limits: FetchLimits = DEFAULT_LIMITS
) -> Iterator[Source]:
    """The sources of `inputs` (file paths and page URLs), then of each feed's items (a
    feed is a URL or a file, read when the iteration reaches it), in order."""
    for spec in inputs:
        yield source_for(spec, limits)
    for feed in feeds:
        yield from feed_sources(feed, limits)


def article_from_text(text: str, *, published: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """An article given as a string; an HTML page is reduced to its article text first."""
    if not looks_like_html(text):
        return build_article(text, published=published, max_chars=max_chars)
    page = read_page(text, source="<html text>")
    return build_article(page.text, meta=page.meta(), published=published, max_chars=max_chars)
