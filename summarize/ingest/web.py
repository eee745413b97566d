"""Web pages by URL: one bounded, polite GET with httpx, then the page through `html.read_page`.

Every bound is there so that one bad URL fails alone, soon and with a reason, while
the rest of a batch goes on:

- time: no network wait is longer than `timeout`, and a body still arriving `timeout`
  seconds after the request began is abandoned (httpx's own timeouts are per read, so
  a server trickling bytes could otherwise hold a worker indefinitely);
- size: a Content-Length over `max_bytes` is refused before the body is read, and a
  body that passes `max_bytes` while it streams stops the fetch. It is an error, never
  a truncated article: a cut page would be extracted as if it were whole;
- content type: the server must call it HTML or XHTML (a feed: RSS, Atom or XML), so
  a PDF or an image is refused before anything tries to read it as a page;
- redirects are followed, at most `max_redirects` of them;
- the User-Agent names summarize and its version, so a site knows who is asking.

The text is decoded by the charset of the Content-Type header, else the page's
`<meta charset>`, else as UTF-8 (never a guess: an undecodable page is an error that
says to pass --encoding). httpx loads on the first fetch, not on `import summarize`.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from summarize.article import DEFAULT_MAX_CHARS, Article, build_article, decode_bytes
from summarize.errors import FetchError
from summarize.ingest.html import read_page

PAGE_TYPES = ("text/html", "application/xhtml+xml")
_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


@cache
def default_user_agent() -> str:
    try:
        version = metadata.version("summarize")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"summarize/{version} (extracts political positions from news articles; python-httpx)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How far one fetch may go: seconds, bytes of body, redirects; and who it says it is
    (None: `default_user_agent()`)."""

    timeout: float = 30.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    user_agent: str | None = None


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body. `url` is where it came from after redirects; `media_type` the
    Content-Type without parameters, lower case; `charset` the header's, if any."""

    url: str
    media_type: str
    charset: str | None
    body: bytes


def is_url(text: str) -> bool:
    """True for an absolute http(s) URL and nothing else (one line, no spaces)."""
    return bool(_URL.fullmatch(text))


def url_article_id(url: str) -> str:
    """A readable id that a URL always gets, known before the fetch (a resumed run skips
    by it): the last path segment's stem, or the host, and a hash of the whole URL."""
    parts = urlsplit(url)
    name = PurePosixPath(parts.path).stem or parts.hostname or "page"
    name = re.sub(r"[^\w.-]+", "_", name).strip("._")[:60] or "page"
    return f"{name}-{hashlib.sha256(url.encode('utf-8')).hexdigest()[:12]}"


def _too_big(limits: FetchLimits, detail: str) -> str:
    return (f"larger than the {limits.max_bytes:,}-byte limit ({detail}); nothing was kept; "
            "raise the limit with --max-bytes if the page is wanted")


def _too_slow(limits: FetchLimits) -> str:
    return f"no complete answer within {limits.timeout:g} s; raise the limit with --fetch-timeout"


def fetch(url: str, limits: FetchLimits, accept: tuple[str, ...], what: str) -> Fetched:
    """GET `url` within `limits`, and only if it is one of the `accept` media types
    (`what` names them in the error). Raises `FetchError` naming `url`."""
    import httpx

    deadline = time.monotonic() + limits.timeout
    headers = {"User-Agent": limits.user_agent or default_user_agent(), "Accept": ", ".join(accept)}
    try:
        with httpx.Client(follow_redirects=True, max_redirects=limits.max_redirects, timeout=limits.timeout,
                          headers=headers) as client, client.stream("GET", url) as response:
            final = str(response.url)
            where = "" if final == url else f" (redirected to {final})"
            if not response.is_success:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}{where}", source=url)
            content_type = response.headers.get("content-type", "")
            media_type = content_type.split(";", 1)[0].strip().lower()
            if media_type not in accept:
                raise FetchError(f"content type {media_type or '(none)'} is not {what} "
                                 f"({', '.join(accept)}){where}", source=url)
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > limits.max_bytes:
                raise FetchError(_too_big(limits, f"Content-Length {int(length):,}"), source=url)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limits.max_bytes:
                    raise FetchError(_too_big(limits, f"over {limits.max_bytes:,} bytes received"), source=url)
                if time.monotonic() > deadline:
                    raise FetchError(_too_slow(limits), source=url)
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {limits.max_redirects} redirects", source=url) from None
    except httpx.TimeoutException:
        raise FetchError(_too_slow(limits), source=url) from None
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch: {exc}", source=url) from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid URL: {exc}", source=url) from None
    match = _CHARSET.search(content_type)
    return Fetched(url=final, media_type=media_type, charset=match.group(1) if match else None, body=bytes(body))


def _page_text(fetched: Fetched, encoding: str | None, source: str) -> str:
    declared = _META_CHARSET.search(fetched.body[:2048])
    charset = encoding or fetched.charset or (declared.group(1).decode("ascii") if declared else None)
    return decode_bytes(fetched.body, source=source, encoding=charset)


@dataclass(frozen=True, slots=True)
class PageSource:
    """A web page, fetched and read when the pipeline gets to it. `meta` is what a feed
    said of it (title, published): it wins over what the page says of itself."""

    url: str
    limits: FetchLimits = DEFAULT_LIMITS
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def location(self) -> str:
        return self.url

    @property
    def article_id(self) -> str:
        return url_article_id(self.url)

    def load(self, *, published: str | None = None, encoding: str | None = None,
             max_chars: int = DEFAULT_MAX_CHARS) -> Article:
        """The page's article; its `url` is the one the page came from after redirects
        and its `outlet` the site's name, else the host."""
        fetched = fetch(self.url, self.limits, PAGE_TYPES, "a web page")
        page = read_page(_page_text(fetched, encoding, self.url), source=self.url, url=fetched.url)
        meta = {**page.meta(), "url": fetched.url, **self.meta}
        return build_article(page.text, article_id=self.article_id, meta=meta, published=published,
                             max_chars=max_chars, source=self.url)
