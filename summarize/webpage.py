"""Readable text from a saved HTML page, with the stdlib parser (no extra dependency).

Users feed saved news pages as often as clean text. Scripts, styles, navigation,
headers, footers, forms and asides are dropped (ANNOTATION.md excludes navigation and
widgets from what counts); block elements become paragraph breaks so the chunker and
the model see the article's structure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg",
         "button", "iframe", "template", "select"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "blockquote", "tr", "table", "pre", "figcaption", "main", "hr"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col"}
# In order of trust: the first one a page has wins (a tuple, so the choice is stable).
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
                   "publish-date", "dc.date", "date")
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """True for a document that starts as an HTML page does (doctype, html, head, body)."""
    return bool(_HTML_START.match(text[:4096]))


@dataclass
class WebPage:
    text: str
    title: str | None = None
    published: str | None = None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.skip_depth = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> WebPage:
    """The page's visible article text, its <title> and a published date from <meta>."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    raw = "".join(collector.parts)
    paragraphs = (re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", raw))
    text = "\n\n".join(p for p in paragraphs if p)
    title = re.sub(r"\s+", " ", "".join(collector.title_parts)).strip() or None
    published = next((collector.meta[k] for k in _PUBLISHED_KEYS if k in collector.meta), None)
    return WebPage(text=text, title=title, published=published[:10] if published else None)
