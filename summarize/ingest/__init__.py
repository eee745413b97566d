"""Where articles come from: files (and, next, web pages and feeds).

A source knows how it is named and its article id before anything is read, so a batch
can name a failure, and a resumed run skip a finished article, without reading it.

    files.py  article files: text, Markdown with front matter, saved HTML pages
    html.py   a page's article text and metadata (trafilatura, htmldate)

The HTML libraries are imported here only, and only when first used (an import-linter
contract keeps them out of the other modules).
"""

from __future__ import annotations

from summarize.article import DEFAULT_MAX_CHARS, Article, build_article
from summarize.ingest.files import FileSource, load_article
from summarize.ingest.html import looks_like_html, read_page

__all__ = ["FileSource", "article_from_text", "load_article"]


def article_from_text(text: str, *, published: str | None = None, max_chars: int = DEFAULT_MAX_CHARS) -> Article:
    """An article given as a string; an HTML page is reduced to its article text first."""
    if not looks_like_html(text):
        return build_article(text, published=published, max_chars=max_chars)
    page = read_page(text, source="<html text>")
    return build_article(page.text, meta=page.meta(), published=published, max_chars=max_chars)
