"""An HTML page's article text and metadata, through trafilatura (and htmldate for the date).

Saved pages and fetched pages both come here, so a page reads the same wherever it
came from. trafilatura replaced a hand-written stdlib reduction that dropped whole
elements by tag name (nav, header, footer, aside): on the saved pages in tests/pages
both keep every article sentence, but the hand-written one let through every cookie
banner, comment thread, newsletter box and link list not wrapped in one of those tags
(`python benchmarks/html_reduction.py`; figures in README). `favor_precision` is set
because a reader comment or a "Read more" headline in the text becomes a candidate
position; on those pages it lost no article sentence.

The publication date is htmldate's: trafilatura runs `htmldate.find_date` on the same
parsed tree with `DATE_OPTIONS` (its `date_extraction_params`), so the page is parsed
once. htmldate is given a tree, never a string, and the page's URL only as data: it
fetches nothing (a string that looks like a URL, it would download).

trafilatura and htmldate load on the first page read, not on `import summarize`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarize.errors import InputError

_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
    re.IGNORECASE | re.DOTALL,
)

# htmldate's options. `original_date`: the publication date, not the last update.
# `extensive_search=False`: dates come from the markup (meta tags, JSON-LD, <time>,
# elements classed as dates) and from a bare date in the text only as the last resort,
# never from a free-text scan that would take a date a reader comment mentions.
# `deferred_url_extractor`: a date in the page's URL path (/2024/03/12/) counts only
# when the page's meta tags and JSON-LD give none; it still beats <time> elements and
# visible datelines. Dates after today are refused (htmldate's default `max_date`).
DATE_OPTIONS: dict[str, Any] = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}


def looks_like_html(text: str) -> bool:
    """True for a document that starts as an HTML or XHTML page does (an XML prolog,
    comments, then doctype, html, head or body)."""
    return bool(_HTML_START.match(text[:4096]))


@dataclass(frozen=True, slots=True)
class Page:
    """What a page says about itself. `url` is its canonical or og:url, else the URL it
    was read from; `outlet` its site name, else that URL's host."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None

    def meta(self) -> dict[str, str]:
        """The metadata fields that the page has, as `build_article` takes them."""
        fields = {"title": self.title, "outlet": self.outlet, "published": self.published, "url": self.url}
        return {key: value for key, value in fields.items() if value}


def read_page(html: str, *, source: str | Path, url: str | None = None) -> Page:
    """The article in `html`: main text (paragraphs separated by blank lines, no
    navigation, comments or link boxes), title, site name, publication date and URL.
    `url` is where the page was fetched from, when it was. Raises `InputError` naming
    `source` when the page holds no article text."""
    import trafilatura

    tree = trafilatura.load_html(html)
    document = None if tree is None else trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, favor_precision=True,
        date_extraction_params=DATE_OPTIONS,
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        raise InputError("no article text found in the HTML page", source=source)
    paragraphs = (line.strip() for line in (document.text or "").splitlines())
    return Page(
        text="\n\n".join(p for p in paragraphs if p),
        title=document.title,
        outlet=document.sitename,
        published=document.date,
        url=document.url or url,
    )
