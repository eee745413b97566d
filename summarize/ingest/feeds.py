"""Feeds: an RSS or Atom feed (a URL or a saved file) becomes one web page per item.

A feed URL is fetched like a page (`web.fetch`, same limits) but must be served as RSS,
Atom or XML. feedparser then reads the bytes, handed over as a stream: given a URL or
bytes it would open them itself (bytes as a file name, even), outside our limits. The
feed's URL after redirects is the base for relative item links.

Each item becomes a `PageSource` carrying the feed's title and date for it, which win
over what the page says (the publisher's feed states them; a page's date is found by
heuristics). A feed that cannot be read, or an item without an http(s) link, becomes a
`FailedSource`: it is reported once, as its own failure, and the other items go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarize.article import DEFAULT_MAX_CHARS, Article
from summarize.errors import InputError
from summarize.ingest.files import read_bytes
from summarize.ingest.web import FetchLimits, PageSource, fetch, is_url

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")


@dataclass(frozen=True, slots=True)
class FailedSource:
    """An input that failed before there was an article to read (a feed, or an item of
    one): loading it raises its error, so the batch reports it like any other failure."""

    location: str
    error: InputError

    @property
    def article_id(self) -> str:
        # Never the id of a record, so a resumed run tries the input again.
        return "failed-" + hashlib.sha256(self.location.encode("utf-8")).hexdigest()[:12]

    def load(self, *, published: str | None = None, encoding: str | None = None,
             max_chars: int = DEFAULT_MAX_CHARS) -> Article:
        raise self.error


def _parse(spec: str, limits: FetchLimits) -> Any:
    import feedparser

    headers: dict[str, str] = {}
    if is_url(spec):
        fetched = fetch(spec, limits, FEED_TYPES, "an RSS or Atom feed")
        data = fetched.body
        headers = {"content-location": fetched.url, "content-type": fetched.media_type
                   + (f"; charset={fetched.charset}" if fetched.charset else "")}
    else:
        data = read_bytes(Path(spec))
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        reason = f"not an RSS or Atom feed ({parsed.get('bozo_exception')})" if parsed.bozo else "the feed has no items"
        raise InputError(reason, source=spec)
    return parsed


def _item_meta(entry: Any) -> dict[str, str]:
    meta = {}
    if entry.get("title"):
        meta["title"] = str(entry["title"]).strip()
    when = entry.get("published_parsed")  # UTC, as feedparser normalizes it
    if when:
        meta["published"] = dt.date(when.tm_year, when.tm_mon, when.tm_mday).isoformat()
    return meta


def feed_sources(spec: str, limits: FetchLimits) -> list[PageSource | FailedSource]:
    """One source per item of the feed at `spec` (a URL or a file), in feed order; a
    feed that cannot be read is one `FailedSource` naming it. Never raises."""
    try:
        parsed = _parse(spec, limits)
    except InputError as exc:
        return [FailedSource(spec, exc)]
    items: list[PageSource | FailedSource] = []
    for number, entry in enumerate(parsed.entries, start=1):
        link = str(entry.get("link") or "")
        if is_url(link):
            items.append(PageSource(link, limits, _item_meta(entry)))
        else:
            where = f"{spec} (item {number})"
            reason = f"the item's link {link!r} is not an http(s) URL" if link else "the item has no link"
            items.append(FailedSource(where, InputError(reason, source=where)))
    return items
