"""Where articles come from: files and web pages (next, feeds), each turned into a `Source`.

A source knows how it is named and its article id before anything is read, so a batch
can name a failure, and a resumed run skip a finished article, without fetching it.
It is read into an `Article` only when the pipeline gets to it (in a worker thread,
so pages are fetched while other articles wait on the model). Reading it raises an
`InputError` naming it (a `FetchError` for a URL), so one bad input is one failure,
and the rest of the batch goes on.

    files.py  article files: text, Markdown with front matter, saved HTML pages
    web.py    a page by URL: one bounded, polite fetch (httpx), then the page
    html.py   a page's article text and metadata (trafilatura, htmldate)

The network and HTML libraries are imported here only, and only when first used
(an import-linter contract keeps them out of the other modules).
"""

from __future__ import annotations

from pathlib import Path

from summarize.article import DEFAULT_MAX_CHARS, Article, build_article
from summarize.ingest.files import FileSource, load_article
from summarize.ingest.html import looks_like_html, read_page
from summarize.ingest.web import DEFAULT_LIMITS, PAGE_TYPES, FetchLimits, PageSource, is_url

Source = FileSource | PageSource

__all__ = [
    "DEFAULT_LIMITS", "PAGE_TYPES", "FetchLimits", "FileSource", "PageSource",
    "Source", "article_from_text", "is_url", "load_article", "source_for",
]


def source_for(spec: str | Path, limits: FetchLimits = DEFAULT_LIMITS) -> FileSource | PageSource:
    """An http(s) URL is a web page; anything else names a file."""
    if isinstance(spec, str) and is_url(spec):
        return PageSource(spec, limits)
    return FileSource(Path(spec))


def article_from_text(text: str, *, published: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """An article given as a string; an HTML page is reduced to its article text first."""
    if not looks_like_html(text):
        return build_article(text, published=published, max_chars=max_chars)
    page = read_page(text, source="<html text>")
    return build_article(page.text, meta=page.meta(), published=published, max_chars=max_chars)
